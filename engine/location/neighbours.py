"""Each demand unit's *k* cheapest candidates: the sparse view of the cost matrix.

The p-median's swap search (:mod:`.swap_search`) and Lagrangian bound
(:mod:`.lagrangian`) work on these lists instead of the whole matrix.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..progress import NullProgress, Progress, check_cancelled
from .costs import _ROWS_PER_CHUNK

#: Number of nearest candidates per demand unit kept for the Lagrangian bound.
LAGRANGIAN_NEIGHBOURS = 160


@dataclass(frozen=True)
class Neighbours:
    """Each demand row's ``k`` cheapest candidates, sorted: the sparse view the p-median searches use.

    ``index[i]`` are candidate columns and ``cost[i]`` their costs in
    increasing order. Built once per instance (``n × k`` instead of
    ``n × m``); with ``k = m`` it is the whole matrix.
    """

    index: np.ndarray  # (n, k) int32
    cost: np.ndarray  # (n, k) float32, sorted along rows
    complete: bool = False  # k = m: the lists hold every candidate


def nearest_candidates(costs: np.ndarray, k: int = LAGRANGIAN_NEIGHBOURS, *, progress: Progress | None = None) -> Neighbours:
    """The ``k`` cheapest candidates of every demand row (``numpy.argpartition`` per block of rows).

    Parameters
    ----------
    costs : numpy.ndarray
        ``(n, m)`` costs.
    k : int
        Candidates kept per row (at most ``m``).
    progress : Progress, optional
        Cancellation.

    Returns
    -------
    Neighbours
        The lists, sorted by cost along each row.
    """
    progress = progress or NullProgress()
    n, m = costs.shape
    k = max(1, min(int(k), m))
    index = np.empty((n, k), dtype=np.int32)
    near = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, _ROWS_PER_CHUNK):
        check_cancelled(progress)
        block = costs[start : start + _ROWS_PER_CHUNK]
        # the k cheapest columns of each row (all of them when k = m), then sorted by cost
        part = np.argpartition(block, k - 1, axis=1)[:, :k] if k < m else np.tile(np.arange(m), (block.shape[0], 1))
        values = np.take_along_axis(block, part, axis=1)
        order = np.argsort(values, axis=1, kind="stable")
        index[start : start + block.shape[0]] = np.take_along_axis(part, order, axis=1)
        near[start : start + block.shape[0]] = np.take_along_axis(values, order, axis=1)
    return Neighbours(index, near, k == m)
