"""Nearest facility by travel time for every demand point, shares of demand within time bands, catchment centres."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..arrays import where_or_none
from ..cutoff import within
from ..errors import InvalidInputError
from ..i18n import tr
from ..network.model import Network
from ..progress import Progress
from .catchments import parse_bands
from .matrix import TravelTimes, travel_times


@dataclass
class NearestFacility:
    """Each demand point's nearest facility and the summaries of demand.

    ``demand`` (one row per demand point): ``facility`` (position, -1 if
    none reachable), ``minutes``, ``metres``, ``beyond`` (True beyond the
    threshold or unreachable), ``snapped`` (False when the point is too far
    from the network). ``shares``: per band, the demand weight and share
    within it. ``facilities``: per facility, demand points and weight
    served, mean and maximum minutes, the demand-weighted centre
    (``centre_x``, ``centre_y``) and its distance from the facility
    (``centre_offset_m``).
    """

    demand: pd.DataFrame
    shares: pd.DataFrame
    facilities: pd.DataFrame
    matrix: TravelTimes


def nearest_facility(
    network: Network,
    profile: str,
    demand_xy: np.ndarray,
    facility_xy: np.ndarray,
    *,
    weights: np.ndarray | None = None,
    threshold_min: float = 15.0,
    bands: Sequence[float] = (5.0, 10.0, 15.0),
    tolerance: float | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> NearestFacility:
    """Nearest facility by travel time for every demand point, shares of demand within bands, catchment centres.

    The demand-weighted centre of a facility's catchment is the weighted
    mean position of the demand points for which it is the nearest; a
    large offset from the facility shows that demand centres elsewhere
    ("demand centres on Flitwick, the office is in Ampthill").

    Parameters
    ----------
    network, profile
        The network and the travel mode.
    demand_xy, facility_xy
        ``(n, 2)`` positions, in the network's CRS.
    weights
        The demand of each point (None: 1 each); finite and not negative (read a field's weights with
        :func:`engine.values.read_numbers`, which names the features that are not).
    threshold_min
        Demand points whose nearest facility is farther than this many minutes (or that reach none) are ``beyond``.
    bands
        Time bands in minutes for the shares of demand.
    tolerance, workers, progress
        As for :func:`.matrix.travel_times`, which gives the times.

    Returns
    -------
    NearestFacility
    """
    demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    facility_xy = np.asarray(facility_xy, dtype=float).reshape(-1, 2)
    if len(facility_xy) == 0:
        raise InvalidInputError(tr("There are no facilities to measure travel times to."))
    if threshold_min <= 0:
        raise InvalidInputError(tr("The threshold must be more than zero minutes."))
    bands = parse_bands(list(bands))
    n = len(demand_xy)
    weights = np.ones(n) if weights is None else np.asarray(weights, dtype=float).reshape(-1)
    if weights.shape != (n,) or not (np.isfinite(weights) & (weights >= 0)).all():
        raise InvalidInputError(tr("The demand weights must be one finite number, zero or more, per demand point."))
    matrix = travel_times(network, profile, demand_xy, facility_xy, tolerance=tolerance, workers=workers, progress=progress)
    # the nearest reachable facility of every demand point (-1 where none is)
    minutes = matrix.minutes
    reachable = np.isfinite(minutes).any(axis=1)
    filled = np.where(np.isfinite(minutes), minutes, np.inf)
    best = np.where(reachable, np.argmin(filled, axis=1), -1)
    rows = np.arange(n)
    best_minutes = np.where(reachable, filled[rows, np.maximum(best, 0)], np.nan)
    best_metres = np.where(reachable, matrix.metres[rows, np.maximum(best, 0)], np.nan)
    demand = pd.DataFrame(
        {
            "facility": best,
            "minutes": best_minutes,
            "metres": best_metres,
            "beyond": ~within(best_minutes, threshold_min),
            "snapped": matrix.origin_snap.ok,
            "snap_distance": matrix.origin_snap.distance,
            "weight": weights,
        }
    )
    shares = _shares(bands, weights, best_minutes, reachable)
    centres = _centres(demand_xy, facility_xy, weights, best, best_minutes, matrix.destination_snap.ok)
    return NearestFacility(demand=demand, shares=shares, facilities=centres, matrix=matrix)


def _shares(bands: list[float], weights: np.ndarray, best_minutes: np.ndarray, reachable: np.ndarray) -> pd.DataFrame:
    """The demand weight (and share) within each band of its nearest facility, and that of no facility."""
    total = float(weights.sum())
    shares = pd.DataFrame(
        {
            "band": list(bands) + [math.inf],
            "weight": [float(weights[within(best_minutes, b)].sum()) for b in bands] + [float(weights[~reachable].sum())],
        }
    )
    shares["share"] = shares["weight"] / total if total > 0 else np.nan
    shares["kind"] = ["within"] * len(bands) + ["unreachable"]
    return shares


def _centres(
    demand_xy: np.ndarray,
    facility_xy: np.ndarray,
    weights: np.ndarray,
    best: np.ndarray,
    best_minutes: np.ndarray,
    snapped: np.ndarray,
) -> pd.DataFrame:
    """Per facility: the demand it is nearest to, its mean and longest times, and its demand-weighted centre."""
    centres = []
    for j in range(len(facility_xy)):
        mine = best == j
        w = weights[mine]
        total_j = float(w.sum())
        if total_j > 0:
            cx, cy = (demand_xy[mine] * w[:, None]).sum(axis=0) / total_j
        else:
            cx = cy = np.nan
        centres.append(
            {
                "facility": j,
                "demand_points": int(mine.sum()),
                "weight": total_j,
                "mean_minutes": float(np.average(best_minutes[mine], weights=w)) if total_j > 0 else np.nan,
                "max_minutes": float(best_minutes[mine].max()) if mine.any() else np.nan,
                "centre_x": cx,
                "centre_y": cy,
                "centre_offset_m": float(np.hypot(cx - facility_xy[j, 0], cy - facility_xy[j, 1])) if total_j > 0 else np.nan,
                "snapped": bool(snapped[j]),
            }
        )
    return pd.DataFrame(centres)


def nearest_tables(
    result: NearestFacility, demand_ids: Sequence, facility_ids: Sequence, facility_names: Sequence | None, threshold_min: float
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, float]:
    """Output tables of the nearest-facility algorithm and the share of demand within the threshold.

    Parameters
    ----------
    result
        :func:`nearest_facility`.
    demand_ids, facility_ids
        The points' ids, by position.
    facility_names
        The facilities' names, or None.
    threshold_min
        The threshold in minutes.

    Returns
    -------
    demand : pandas.DataFrame
        Per demand point: its nearest facility, minutes, metres, ``beyond`` and ``snapped``.
    centres : pandas.DataFrame
        Per facility: demand served, mean and longest minutes, offset of the demand-weighted centre.
    summary : pandas.DataFrame
        Per band: demand weight and share within it (and unreachable).
    share : float
        The share of the demand weight within the threshold.
    """
    facilities = np.asarray(list(facility_ids), dtype=object)
    names = np.asarray(list(facility_names), dtype=object) if facility_names is not None else None
    demand = result.demand
    best = demand["facility"].to_numpy()
    has = best >= 0
    table = pd.DataFrame({"demand_id": list(demand_ids), "weight": demand["weight"].to_numpy(dtype=float)})
    table["facility_id"] = where_or_none(has, facilities[np.maximum(best, 0)])
    table["facility_name"] = where_or_none(has, names[np.maximum(best, 0)]) if names is not None else None
    table["minutes"] = demand["minutes"].to_numpy(dtype=float)
    table["metres"] = demand["metres"].to_numpy(dtype=float)
    table["beyond"] = demand["beyond"].to_numpy(dtype=bool)
    table["snapped"] = demand["snapped"].to_numpy(dtype=bool)
    centres = result.facilities
    centre_table = pd.DataFrame(
        {
            "facility_id": facilities[centres["facility"].to_numpy()],
            "name": names[centres["facility"].to_numpy()] if names is not None else None,
            "demand_units": centres["demand_points"].to_numpy(dtype=np.int64),
            "weight": centres["weight"].to_numpy(dtype=float),
            "mean_minutes": centres["mean_minutes"].to_numpy(dtype=float),
            "max_minutes": centres["max_minutes"].to_numpy(dtype=float),
            "centre_offset_m": centres["centre_offset_m"].to_numpy(dtype=float),
        }
    )
    summary = pd.DataFrame(
        {
            "band": [b if math.isfinite(b) else None for b in result.shares["band"]],
            "kind": result.shares["kind"].tolist(),
            "weight": result.shares["weight"].to_numpy(dtype=float),
            "share": result.shares["share"].to_numpy(dtype=float),
        }
    )
    total = float(demand["weight"].sum())
    near = float(demand["weight"][within(demand["minutes"].to_numpy(dtype=float), threshold_min)].sum())
    return table, centre_table, summary, (near / total if total > 0 else 0.0)
