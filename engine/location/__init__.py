"""Location planning: which candidate sites to open, on a cost matrix.

The models follow PySAL spopt's families (p-median, covering, p-center,
capacitated p-median); :func:`plan_locations` is the workflow the
Processing algorithm calls (costs, solve, today's sites, report).
"""

from .models import (
    COST_METHODS,
    DEFAULT_SPEED_KMH,
    METHODS,
    OBJECTIVES,
    LocationModel,
    LocationResult,
    SolverOptions,
    TravelCosts,
    evaluate_sites,
    solve_location,
    travel_costs,
)
from .plan import CostSpec, Points, as_flags, as_numbers, plan_locations

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
    "as_numbers",
    "evaluate_sites",
    "plan_locations",
    "solve_location",
    "travel_costs",
]
