"""Fast vertex substitution for the p-median: incremental gain, loss and extra bookkeeping.

Teitz and Bart's (1968) interchange evaluates every swap of an open site
``r`` for a closed site ``j``. Whitaker (1983) and Resende and Werneck
(2003) write the change of cost of that swap as

``Δ(j, r) = loss(r) − gain(j) − extra(j, r)``

with, over the demand units ``i`` (nearest open cost ``d1``, its open
site ``f1``, second-nearest open cost ``d2``):

- ``gain(j) = Σ_i w_i max(0, d1_i − c_ij)`` — saving when ``j`` opens;
- ``loss(r) = Σ_{i: f1_i = r} w_i (d2_i − d1_i)`` — cost when ``r`` closes;
- ``extra(j, r) = Σ_{i: f1_i = r, c_ij < d2_i} w_i (d2_i − max(c_ij, d1_i))``.

Each demand unit contributes to these sums through its own ``(d1, f1,
d2)`` only, so after a swap only the units whose nearest or second-nearest
open site changed (those served by the site that closed, and those closer
to the site that opened than to their second-nearest) are taken out of the
sums and put back with their new values (Resende and Werneck's
"affected users"). A swap then costs work in proportion to those units, not
to the whole matrix: at 20,000 × 1,700 with p = 50 a swap touches about
5 % of the demand. Contributions are summed over each unit's k-nearest list
(entries cheaper than ``d2``), and over its whole row when ``d2`` lies
beyond its k-th neighbour.

The sums accumulate rounding over many swaps; they only rank swaps (the
cost itself is recomputed from ``d1``), and :meth:`SwapSearch.reset`
recomputes them from scratch, which the callers do before trusting a local
optimum.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ..progress import NullProgress, Progress, check_cancelled
from .costs import _ROWS_PER_CHUNK
from .neighbours import Neighbours

#: Swaps between two full recomputations of the sums (bounds the rounding drift).
_RESET_EVERY = 200


def nearest_two(
    costs: np.ndarray, open_: np.ndarray, rows: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per row: nearest open cost, its position in ``open_``, second-nearest cost and its position.

    With one open site the second cost is ``inf`` and its position -1.

    Parameters
    ----------
    costs : numpy.ndarray
        ``(n, m)`` costs.
    open_ : numpy.ndarray
        The open columns.
    rows : numpy.ndarray, optional
        Restricts the computation to those rows of ``costs``.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray)
        ``(d1, f1, d2, f2)``, one value per row.
    """
    open_ = np.asarray(open_, dtype=np.int64)
    n = costs.shape[0] if rows is None else rows.size
    d1 = np.empty(n, dtype=np.float32)
    d2 = np.full(n, np.inf, dtype=np.float32)
    f1 = np.zeros(n, dtype=np.int64)
    f2 = np.full(n, -1, dtype=np.int64)
    for start in range(0, n, _ROWS_PER_CHUNK):
        stop = min(n, start + _ROWS_PER_CHUNK)
        sub = costs[start:stop][:, open_] if rows is None else costs[np.ix_(rows[start:stop], open_)]
        if open_.size == 1:
            d1[start:stop] = sub[:, 0]
            continue
        # the two cheapest open sites of each row, then which of the two is the nearer
        order = np.argpartition(sub, 1, axis=1)[:, :2]
        pair = np.take_along_axis(sub, order, axis=1)
        first = np.argmin(pair, axis=1)
        idx = np.arange(stop - start)
        f1[start:stop] = order[idx, first]
        f2[start:stop] = order[idx, 1 - first]
        d1[start:stop] = pair[idx, first]
        d2[start:stop] = pair[idx, 1 - first]
    return d1, f1, d2, f2


@dataclass
class _State:
    """What :meth:`SwapSearch.snapshot` keeps and :meth:`SwapSearch.restore` puts back."""

    open_: np.ndarray
    removable: np.ndarray
    d1: np.ndarray
    f1: np.ndarray
    d2: np.ndarray
    f2: np.ndarray
    gain: np.ndarray
    loss: np.ndarray
    extra: np.ndarray
    value: float


class SwapSearch:
    """Open sites of a p-median with the swap bookkeeping kept up to date.

    Parameters
    ----------
    costs : numpy.ndarray
        ``(n, m)`` finite costs (``float32``).
    weights : numpy.ndarray
        ``(n,)`` positive weights.
    neighbours : Neighbours
        Each row's k cheapest candidates, sorted (:func:`.neighbours.nearest_candidates`).
    open_ : numpy.ndarray
        The ``p`` open columns to start from (at least two).
    required : numpy.ndarray
        ``(m,)`` booleans: sites that are never swapped out. A swap puts the
        new site at the position of the old one, so positions keep their
        meaning.
    """

    def __init__(
        self, costs: np.ndarray, weights: np.ndarray, neighbours: Neighbours, open_: np.ndarray, required: np.ndarray
    ) -> None:
        self.costs = costs
        self.weights = np.asarray(weights, dtype=np.float64)
        self.nb = neighbours
        self.required = np.asarray(required, dtype=bool)
        self.reset(open_)

    # -- bookkeeping -------------------------------------------------------------
    def reset(self, open_: np.ndarray) -> None:
        """Open exactly ``open_`` and recompute every sum from scratch."""
        m = self.costs.shape[1]
        self.open_ = np.asarray(open_, dtype=np.int64).copy()
        self.removable = ~self.required[self.open_]
        p = self.open_.size
        self.d1, self.f1, self.d2, self.f2 = nearest_two(self.costs, self.open_)
        self.gain = np.zeros(m)
        self.loss = np.zeros(p)
        self.extra = np.zeros(m * p)
        self._account(np.arange(self.costs.shape[0]), 1.0)
        self.value = float(self.weights @ self.d1.astype(np.float64))
        self.swaps_since_reset = 0

    def _account(self, rows: np.ndarray, sign: float) -> None:
        """Add (``sign`` = 1) or take out (-1) the contributions of ``rows`` to gain, loss and extra."""
        m, p = self.costs.shape[1], self.open_.size
        nb = self.nb
        for start in range(0, rows.size, 4 * _ROWS_PER_CHUNK):
            pick = rows[start : start + 4 * _ROWS_PER_CHUNK]
            d1, d2, f1, w = self.d1[pick], self.d2[pick], self.f1[pick], self.weights[pick]
            # loss(r): what the units r serves would pay more at their second-nearest site
            self.loss += sign * np.bincount(f1, weights=w * (d2.astype(np.float64) - d1), minlength=p)
            # gain(j) and extra(j, f1) over the list entries cheaper than d2
            near = nb.cost[pick]
            r, k = np.nonzero(near < d2[:, None])
            cols = nb.index[pick[r], k].astype(np.int64)
            c = near[r, k]
            wr = w[r]
            self.gain += sign * np.bincount(cols, weights=wr * np.maximum(d1[r] - c, 0), minlength=m)
            part = wr * (d2[r] - np.minimum(d2[r], np.maximum(c, d1[r])))
            self.extra += sign * np.bincount(cols * p + f1[r], weights=part, minlength=m * p)
            if not nb.complete:
                self._account_beyond_lists(pick, near, sign)

    def _account_beyond_lists(self, pick: np.ndarray, near: np.ndarray, sign: float) -> None:
        """Rows whose second-nearest open site lies beyond their k-th neighbour: the rest of the row."""
        p = self.open_.size
        dense = np.flatnonzero(self.d2[pick] > near[:, -1])
        for start in range(0, dense.size, _ROWS_PER_CHUNK):
            rows = pick[dense[start : start + _ROWS_PER_CHUNK]]
            # the whole rows, the list entries masked out
            sub = self.costs[rows].copy()
            np.put_along_axis(sub, self.nb.index[rows].astype(np.int64), np.inf, axis=1)  # counted above
            a, b, w = self.d1[rows, None], self.d2[rows, None], self.weights[rows].astype(np.float32)
            self.gain += sign * (w @ np.maximum(a - sub, 0)).astype(np.float64)
            # extra(j, r): each row's contribution goes to its serving position r = f1
            e = (b - np.minimum(b, np.maximum(sub, a))) * w[:, None]
            onehot = np.zeros((rows.size, p), dtype=np.float32)
            onehot[np.arange(rows.size), self.f1[rows]] = 1.0
            self.extra += sign * (e.T @ onehot).astype(np.float64).ravel()

    # -- moves -------------------------------------------------------------------
    def best_swap(self, *, position: int | None = None, forbidden: np.ndarray | None = None) -> tuple[int, int, float]:
        """The swap (closed column j, open position r) that lowers the cost most, and its change.

        ``position`` restricts the swap to that open position; ``forbidden``
        columns may not enter.
        """
        m, p = self.costs.shape[1], self.open_.size
        delta = self.loss[None, :] - self.gain[:, None] - self.extra.reshape(m, p)
        delta[self.open_, :] = np.inf
        delta[:, ~self.removable] = np.inf
        if forbidden is not None:
            delta[forbidden, :] = np.inf
        if position is not None:
            j = int(np.argmin(delta[:, position]))
            return j, int(position), float(delta[j, position])
        flat = int(np.argmin(delta))
        j, r = divmod(flat, p)
        return j, r, float(delta[j, r])

    def swap(self, j: int, r: int) -> None:
        """Close the site at position ``r``, open column ``j`` there; update only the affected rows."""
        column = self.costs[:, j]
        rows = np.flatnonzero((self.f1 == r) | (self.f2 == r) | (column < self.d2))
        self._account(rows, -1.0)
        self.open_[r] = j
        self.d1[rows], self.f1[rows], self.d2[rows], self.f2[rows] = nearest_two(self.costs, self.open_, rows)
        self._account(rows, 1.0)
        self.value = float(self.weights @ self.d1.astype(np.float64))
        self.swaps_since_reset += 1
        if self.swaps_since_reset >= _RESET_EVERY:
            self.reset(self.open_)

    def descend(
        self,
        *,
        deadline: float | None = None,
        verify: bool = True,
        forbidden: np.ndarray | None = None,
        progress: Progress | None = None,
    ) -> float:
        """Best-improvement swaps until none lowers the cost, or the deadline.

        With ``verify`` a local optimum is confirmed on sums recomputed from
        scratch (and the descent goes on if rounding hid a swap); without,
        the caller verifies the local optima it keeps. ``forbidden`` columns
        may not enter (a short tabu list after a kick).
        """
        progress = progress or NullProgress()
        if not self.removable.any() or self.open_.size >= self.costs.shape[1]:
            return self.value
        while True:
            check_cancelled(progress)
            j, r, change = self.best_swap(forbidden=forbidden)
            if change < -1e-7 * max(abs(self.value), 1.0):
                self.swap(j, r)
                if deadline is not None and time.perf_counter() > deadline:
                    return self.value
                continue
            if not verify or self.swaps_since_reset == 0:
                return self.value
            self.reset(self.open_)  # a local optimum is trusted only on sums computed afresh

    # -- saving and restoring ----------------------------------------------------
    def snapshot(self) -> _State:
        return _State(
            self.open_.copy(),
            self.removable.copy(),
            self.d1.copy(),
            self.f1.copy(),
            self.d2.copy(),
            self.f2.copy(),
            self.gain.copy(),
            self.loss.copy(),
            self.extra.copy(),
            self.value,
        )

    def restore(self, state: _State) -> None:
        self.open_, self.removable = state.open_.copy(), state.removable.copy()
        self.d1, self.f1, self.d2, self.f2 = state.d1.copy(), state.f1.copy(), state.d2.copy(), state.f2.copy()
        self.gain, self.loss, self.extra = state.gain.copy(), state.loss.copy(), state.extra.copy()
        self.value = state.value
        self.swaps_since_reset = 0
