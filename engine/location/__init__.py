"""Location planning: which candidate sites to open, on a cost matrix.

The models follow PySAL spopt's families, one file each (p-median,
capacitated p-median, covering, p-center), with the Lagrangian bound, the
swap search and the evaluation of a configuration beside them;
:func:`solve_location` is their entry point on a cost matrix
(:func:`travel_costs`) and :func:`plan_locations` the workflow the
Processing algorithm calls (costs, solve, today's sites, report).
"""

from .costs import COST_METHODS, DEFAULT_SPEED_KMH, TravelCosts, travel_costs
from .evaluation import evaluate_sites
from .plan import CostSpec, Points, as_flags, plan_locations
from .problem import METHODS, OBJECTIVES, LocationModel, LocationResult, SolverOptions
from .solve import solve_location

__all__ = [
    "COST_METHODS",
    "DEFAULT_SPEED_KMH",
    "METHODS",
    "OBJECTIVES",
    "CostSpec",
    "LocationModel",
    "LocationResult",
    "Points",
    "SolverOptions",
    "TravelCosts",
    "as_flags",
    "evaluate_sites",
    "plan_locations",
    "solve_location",
    "travel_costs",
]
