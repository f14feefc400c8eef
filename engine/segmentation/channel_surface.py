"""A hot-spot surface of expected channel demand: the kernel density of the residents expected to prefer a channel.

Each base unit carries its count times its segment's share preferring the
channel (:func:`.channels.unit_channel_people`); the surface is the quartic
kernel density of those weights, ``3/(π h²)·(1 − d²/h²)²`` within the
radius ``h``, in expected residents per km². The radius defaults to the
spatial form of Silverman's rule over the units and the cell to a fifth of
it, as the survey clusters' density surface does (the grid and the rule are
theirs: :mod:`engine.survey.clusters.grid`, :mod:`engine.survey.clusters.density`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import InvalidInputError
from ..i18n import tr
from ..progress import NullProgress, Progress, check_cancelled
from ..survey.clusters.density import default_bandwidth
from ..survey.clusters.grid import Grid, default_cell_size

_M2_PER_KM2 = 1e6


@dataclass(frozen=True)
class ChannelSurface:
    """Expected residents per km² preferring a channel, ``(rows, columns)``, row 0 the southern row."""

    grid: Grid
    values: np.ndarray
    bandwidth: float


def channel_surface(
    xy: np.ndarray,
    weights: np.ndarray,
    *,
    bandwidth: float | None = None,
    cell_size: float | None = None,
    progress: Progress | None = None,
    chunk: int = 4096,
) -> ChannelSurface:
    """The quartic kernel density of ``weights`` at ``xy`` on a regular grid (see the module).

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` projected positions of the base units (NaN rows are left out).
    weights : numpy.ndarray
        Expected residents preferring the channel at each unit.
    bandwidth : float, optional
        The kernel radius in the units of ``xy`` (default: Silverman's rule over the units).
    cell_size : float, optional
        The cell size (default: a fifth of the radius, coarsened for large areas).
    progress : Progress, optional
        Progress and cancellation.
    chunk : int
        Units handled at a time.

    Returns
    -------
    ChannelSurface

    Raises
    ------
    InvalidInputError
        With fewer than two located units, or a radius or cell size that is not positive.
    """
    from scipy.spatial import cKDTree

    progress = progress or NullProgress()
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    weights = np.asarray(weights, dtype=float).reshape(-1)
    usable = np.isfinite(xy).all(axis=1) & np.isfinite(weights)
    xy, weights = xy[usable], weights[usable]
    if len(xy) < 2:
        raise InvalidInputError(tr("At least two located base units are needed for a demand surface."))
    radius = bandwidth or default_bandwidth(xy)
    if not radius > 0:
        raise InvalidInputError(tr("The radius of the demand surface must be more than zero."))
    grid = Grid.covering(xy, cell_size or default_cell_size(xy, radius), margin=radius)
    centres = cKDTree(grid.centres())
    density = np.zeros(grid.size)
    for start in range(0, len(xy), chunk):
        check_cancelled(progress)
        progress.set_progress(100.0 * start / len(xy))
        stop = min(start + chunk, len(xy))
        pairs = centres.sparse_distance_matrix(cKDTree(xy[start:stop]), radius, output_type="ndarray")
        u2 = (pairs["v"] / radius) ** 2
        kernel = np.where(u2 < 1.0, 3.0 / (math.pi * radius**2) * (1.0 - u2) ** 2, 0.0)
        density += np.bincount(pairs["i"], weights=kernel * weights[pairs["j"] + start], minlength=grid.size)
    return ChannelSurface(grid, (density * _M2_PER_KM2).reshape(grid.rows, grid.columns), float(radius))
