"""Travel costs: the demand × candidate matrix every location model works on.

The thin adapter of spopt's split (Feng et al. 2022): :func:`travel_costs`
validates the points and builds the cost matrix, straight-line or along the
road network; the models (:func:`.solve.solve_location`) work only on that
matrix.

Costs are ``float32`` (a 20,000 × 1,700 matrix is 136 MB); ``np.inf``
marks a candidate that cannot be reached from a demand unit. The solvers
search on them, where only their order matters. Beside them a ``float32``
correction (the double-precision cost minus the float32 one, another
136 MB) gives back the double-precision cost of any pair to about 10⁻¹⁴
(:meth:`TravelCosts.exact`): coverage (:func:`engine.cutoff.within`), the
allocation lines' costs and the report's figures are computed from those,
so that float32 rounding never moves a unit across the cut-off.

References
----------
Feng, X. et al. (2022). spopt: a Python package for solving spatial optimization problems in PySAL. JOSS 7(74), 3330.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from ..accessibility.matrix import travel_times
from ..cutoff import within
from ..errors import InvalidInputError
from ..i18n import format_count, format_decimal, format_examples, tr
from ..network.model import Network
from ..progress import NullProgress, Progress, check_cancelled

COST_METHODS = ("straight_line", "network")
COST_UNITS = ("minutes", "metres")
#: Speed that turns straight-line metres into minutes: a crow-fly 30 km/h
#: (an urban drive of about 40 km/h with the usual 1.3 detour factor).
DEFAULT_SPEED_KMH = 30.0
_ROWS_PER_CHUNK = 2048


@dataclass(frozen=True)
class TravelCosts:
    """A demand × candidate cost matrix and how it was made.

    Attributes
    ----------
    matrix : numpy.ndarray
        ``(n_demand, n_candidates)`` ``float32``; ``inf`` = unreachable.
    unit : str
        ``"minutes"`` or ``"metres"``.
    method : str
        ``"straight_line"`` or ``"network"``.
    speed_kmh : float or None
        The speed used to turn straight-line metres into minutes, if any.
    profile : str or None
        The network travel mode (``"walk"``, ``"cycle"``, ``"drive"``).
    off_network_rows, off_network_cols : numpy.ndarray
        Demand rows and candidate columns farther from the network than the
        snapping tolerance (their row or column is all ``inf``).
    correction : numpy.ndarray or None
        ``float32`` of the shape of ``matrix``: the double-precision cost
        minus ``matrix`` (0 where unreachable); None when ``matrix`` holds
        the costs exactly (float32 costs given as they are).
    """

    matrix: np.ndarray
    unit: str
    method: str = "straight_line"
    speed_kmh: float | None = None
    profile: str | None = None
    off_network_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    off_network_cols: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    correction: np.ndarray | None = None

    @classmethod
    def of(cls, costs: np.ndarray | TravelCosts, unit: str = "") -> TravelCosts:
        """``costs`` as :class:`TravelCosts`: a matrix of any float type is split into float32 and its correction."""
        if isinstance(costs, TravelCosts):
            if costs.matrix.dtype == np.float32:
                return costs
            matrix, correction = split_costs(costs.matrix)
            return replace(costs, matrix=matrix, correction=correction)
        values = np.asarray(costs)
        if values.dtype == np.float32:
            return cls(values, unit)
        matrix, correction = split_costs(values)
        return cls(matrix, unit, correction=correction)

    def subset(self, rows: np.ndarray, cols: np.ndarray) -> TravelCosts:
        """The costs of some demand rows and candidate columns (nothing off the network left to report)."""
        index = np.ix_(rows, cols)
        return replace(
            self,
            matrix=np.ascontiguousarray(self.matrix[index]),
            correction=None if self.correction is None else np.ascontiguousarray(self.correction[index]),
            off_network_rows=np.zeros(0, dtype=np.int64),
            off_network_cols=np.zeros(0, dtype=np.int64),
        )

    def exact(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The double-precision costs of the pairs ``(rows[k], cols[k])`` (``inf`` where unreachable)."""
        values = self.matrix[rows, cols].astype(np.float64)
        if self.correction is not None:
            values += self.correction[rows, cols]
        return values

    def block(self, start: int, stop: int, cols: np.ndarray | None = None) -> np.ndarray:
        """The double-precision costs of rows ``start:stop`` (of ``cols`` only when given)."""
        matrix = self.matrix[start:stop] if cols is None else self.matrix[start:stop, cols]
        values = matrix.astype(np.float64)
        if self.correction is not None:
            values += self.correction[start:stop] if cols is None else self.correction[start:stop, cols]
        return values

    def nearest(self, cols: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Each row's cheapest column (of ``cols`` when given) by double-precision cost, and that cost.

        Returns positions in ``cols`` (in the matrix without it) and the
        costs, ``inf`` where no column is reachable (position 0 then).
        """
        n = self.matrix.shape[0]
        width = self.matrix.shape[1] if cols is None else len(cols)
        best = np.zeros(n, dtype=np.int64)
        cost = np.full(n, np.inf)
        if width == 0:
            return best, cost
        for start in range(0, n, _ROWS_PER_CHUNK):
            stop = min(start + _ROWS_PER_CHUNK, n)
            values = self.block(start, stop, cols)
            best[start:stop] = np.argmin(values, axis=1)
            cost[start:stop] = values[np.arange(stop - start), best[start:stop]]
        return best, cost

    def coverable(self, cutoff: float) -> np.ndarray:
        """Rows with some column within the cut-off (:func:`engine.cutoff.within`, on double-precision costs)."""
        n = self.matrix.shape[0]
        found = np.zeros(n, dtype=bool)
        for start in range(0, n, _ROWS_PER_CHUNK):
            stop = min(start + _ROWS_PER_CHUNK, n)
            found[start:stop] = within(self.block(start, stop), cutoff).any(axis=1)
        return found


def split_costs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Float32 costs and their float32 correction (double-precision cost − float32 cost), a block of rows at a time.

    Together they hold the double-precision cost to about 10⁻¹⁴ of its
    value (48 bits); NaN and negative costs are kept for the checks to
    refuse, ``inf`` has a correction of 0.

    Parameters
    ----------
    values : numpy.ndarray
        ``(n, m)`` costs of any float type.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        The float32 matrix and its correction.
    """
    values = np.asarray(values)
    matrix = np.empty(values.shape, dtype=np.float32)
    correction = np.zeros(values.shape, dtype=np.float32)
    for start in range(0, values.shape[0], _ROWS_PER_CHUNK):
        _split_block(
            values[start : start + _ROWS_PER_CHUNK],
            matrix[start : start + _ROWS_PER_CHUNK],
            correction[start : start + _ROWS_PER_CHUNK],
        )
    return matrix, correction


def _split_block(values: np.ndarray, matrix: np.ndarray, correction: np.ndarray) -> None:
    """Write the float32 rounding of ``values`` into ``matrix`` and what it lost into ``correction`` (in place)."""
    block = values.astype(np.float64, copy=False)
    with np.errstate(over="ignore", invalid="ignore"):
        matrix[...] = block
        lost = block - matrix
    correction[...] = np.where(np.isfinite(lost), lost, 0.0)


def travel_costs(
    demand_xy: np.ndarray,
    candidate_xy: np.ndarray,
    *,
    method: str = "straight_line",
    unit: str = "minutes",
    speed_kmh: float = DEFAULT_SPEED_KMH,
    network: Network | None = None,
    profile: str = "drive",
    tolerance: float | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> TravelCosts:
    """Build the cost matrix of every demand point to every candidate site.

    This is the only place the location models obtain costs:

    - ``"straight_line"``: the Euclidean distance in a projected CRS, kept
      in metres or turned into minutes at ``speed_kmh``;
    - ``"network"``: travel along ``network`` with the ``profile``'s
      speeds and one-way rules, from the accessibility engine
      (:func:`engine.accessibility.matrix.travel_times`, shortest paths on the
      network's graph): minutes, or metres along the fastest route. Points
      are snapped to the nearest road the mode may use; those farther than
      ``tolerance`` are listed in :attr:`TravelCosts.off_network_rows` /
      ``off_network_cols``; pairs the network does not connect cost
      ``inf``.

    The solvers only see :attr:`TravelCosts.matrix`.

    Parameters
    ----------
    demand_xy, candidate_xy : numpy.ndarray
        ``(n, 2)`` and ``(m, 2)`` coordinates in one projected CRS (metres),
        the network's for ``"network"``.
    method : str
        ``"straight_line"`` or ``"network"``.
    unit : str
        ``"minutes"`` or ``"metres"``.
    speed_kmh : float
        Straight-line travel speed for minutes; must be positive.
    network : Network, optional
        The road network (``"network"`` only).
    profile : str
        Travel mode on the network: ``"walk"``, ``"cycle"`` or ``"drive"``.
    tolerance : float, optional
        Snapping tolerance in metres (None: any distance).
    workers : int, optional
        Processes for the shortest paths (None: the idle cores).
    progress : Progress, optional
        Progress and cancellation.

    Returns
    -------
    TravelCosts
    """
    progress = progress or NullProgress()
    _check_cost_options(method, unit, speed_kmh)
    demand = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    sites = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
    _check_coordinates(demand, sites)
    if method == "network":
        return _network_costs(demand, sites, unit, network, profile, tolerance, workers, progress)
    return _straight_line_costs(demand, sites, unit, speed_kmh, progress)


def _check_cost_options(method: str, unit: str, speed_kmh: float) -> None:
    """Refuse an unknown method or unit, and a straight-line speed that is not a positive number of km/h."""
    if method not in COST_METHODS:
        raise InvalidInputError(
            tr("Unknown travel cost {method}; use one of: {known}.").format(method=method, known=", ".join(COST_METHODS))
        )
    if unit not in COST_UNITS:
        raise InvalidInputError(tr("Unknown cost unit {unit}; use minutes or metres.").format(unit=unit))
    if method == "straight_line" and unit == "minutes" and not (speed_kmh > 0 and math.isfinite(speed_kmh)):
        raise InvalidInputError(
            tr("The travel speed must be a positive number of km/h (got {speed}).").format(speed=format_decimal(speed_kmh))
        )


def _check_coordinates(demand: np.ndarray, sites: np.ndarray) -> None:
    """Refuse demand or candidate points without coordinates, naming their rows."""
    for name, xy in ((tr("demand"), demand), (tr("candidate sites"), sites)):
        bad = np.flatnonzero(~np.isfinite(xy).all(axis=1))
        if bad.size:
            raise InvalidInputError(
                tr("{n} {what} points have no coordinates (rows {rows}).").format(
                    n=format_count(bad.size), what=name, rows=format_examples(bad.tolist())
                )
            )


def _straight_line_costs(demand: np.ndarray, sites: np.ndarray, unit: str, speed_kmh: float, progress: Progress) -> TravelCosts:
    """Euclidean metres, or minutes at ``speed_kmh``, computed a block of demand rows at a time."""
    factor = 60.0 / (speed_kmh * 1000.0) if unit == "minutes" else 1.0
    matrix = np.empty((len(demand), len(sites)), dtype=np.float32)
    correction = np.empty_like(matrix)
    for start in range(0, len(demand), _ROWS_PER_CHUNK):
        check_cancelled(progress)
        stop = min(start + _ROWS_PER_CHUNK, len(demand))
        block = np.hypot(demand[start:stop, None, 0] - sites[None, :, 0], demand[start:stop, None, 1] - sites[None, :, 1])
        _split_block(block * factor, matrix[start:stop], correction[start:stop])
        progress.set_progress(100.0 * stop / max(1, len(demand)))
    return TravelCosts(matrix, unit, "straight_line", speed_kmh if unit == "minutes" else None, correction=correction)


def _network_costs(demand, sites, unit, network, profile, tolerance, workers, progress) -> TravelCosts:
    """Travel along the network (the accessibility engine's matrix), ``inf`` where the network does not connect."""
    if network is None:
        raise InvalidInputError(tr("Network travel costs need a road network: choose a line layer or a network file."))
    times = travel_times(network, profile, demand, sites, tolerance=tolerance, workers=workers, progress=progress)
    values = times.minutes if unit == "minutes" else times.metres
    values[np.isnan(values)] = np.inf
    matrix, correction = split_costs(values)
    return TravelCosts(
        matrix,
        unit,
        "network",
        None,
        profile,
        times.skipped_origins.astype(np.int64),
        times.skipped_destinations.astype(np.int64),
        correction,
    )
