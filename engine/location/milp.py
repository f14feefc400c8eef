"""The exact solver: mixed-integer programmes solved by HiGHS.

HiGHS (Huangfu and Hall 2018) through :func:`scipy.optimize.milp`, with a
time limit; its status is mapped to optimal, time limit or infeasible. The
models that are too large for it (:data:`EXACT_MAX_PAIRS`) are refused by
the exact method and left to the heuristics.

References
----------
Huangfu, Q. and Hall, J. A. J. (2018). Parallelizing the dual revised simplex method. Math. Prog. Comp. 10, 119-142.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import InvalidInputError
from ..i18n import format_count, tr

#: Largest number of demand–candidate pairs the exact solver is given: HiGHS
#: needs about 4 kB a pair for the p-median (380,000 pairs took 1.5 GB), so
#: larger instances must use the heuristic.
EXACT_MAX_PAIRS = 1_000_000


@dataclass
class _MilpOutcome:
    x: np.ndarray | None
    objective: float
    bound: float
    status: str
    message: str


def _milp(c, integrality, bounds, constraints, time_limit: float) -> _MilpOutcome:
    """Solve with HiGHS; map its status to optimal / time_limit / infeasible."""
    from scipy.optimize import Bounds, milp

    lower, upper = bounds
    result = milp(
        c,
        integrality=integrality,
        bounds=Bounds(lower, upper),
        constraints=constraints,
        options={"time_limit": max(0.5, float(time_limit)), "mip_rel_gap": 1e-7, "presolve": True},
    )
    if result.status == 2:
        return _MilpOutcome(None, math.nan, math.nan, "infeasible", result.message)
    status = "optimal" if result.status == 0 else "time_limit"
    bound = getattr(result, "mip_dual_bound", None)
    bound = float(bound) if bound is not None and np.isfinite(bound) else -math.inf
    if result.x is None:
        return _MilpOutcome(None, math.nan, bound, status, result.message)
    if status == "optimal":
        bound = max(bound, float(result.fun)) if bound == -math.inf else bound
    return _MilpOutcome(result.x, float(result.fun), bound, status, result.message)


def _exact_too_large(pairs: int) -> InvalidInputError:
    return InvalidInputError(
        tr(
            "The exact solver would need {pairs} demand–site pairs, more than the {limit} it can hold in memory: "
            "choose the heuristic or automatic solver, or aggregate the demand."
        ).format(pairs=format_count(pairs), limit=format_count(EXACT_MAX_PAIRS))
    )


def _sparse(rows, cols, values, shape):
    from scipy.sparse import csr_array

    return csr_array((values, (rows, cols)), shape=shape)
