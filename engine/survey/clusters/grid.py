"""The regular grid of the kernel-density and Gi* grid methods, and clusters of touching cells."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...errors import InvalidInputError
from ...i18n import format_count, format_significant, tr
from .common import CELLS_PER_RADIUS, MAX_CELLS, ClusterShape


@dataclass(frozen=True)
class Grid:
    """A regular grid: lower-left corner, square cell size, columns × rows (row 0 is the southern row)."""

    x0: float
    y0: float
    cell: float
    columns: int
    rows: int

    @classmethod
    def covering(cls, xy: np.ndarray, cell: float, margin: float = 0.0, *, max_cells: int = MAX_CELLS) -> Grid:
        """The grid of cells of size ``cell`` covering the points plus ``margin`` on every side."""
        if not cell > 0:
            raise InvalidInputError(tr("The cell size must be greater than 0."))
        low = xy.min(axis=0) - margin
        high = xy.max(axis=0) + margin
        columns = max(1, int(math.ceil((high[0] - low[0]) / cell)))
        rows = max(1, int(math.ceil((high[1] - low[1]) / cell)))
        if columns * rows > max_cells:
            raise InvalidInputError(
                tr(
                    "A cell size of {cell} gives a grid of {n} cells over these points, more than {limit}. "
                    "Choose a larger cell size."
                ).format(cell=format_significant(cell, 6), n=format_count(columns * rows), limit=format_count(max_cells))
            )
        return cls(float(low[0]), float(low[1]), float(cell), columns, rows)

    @property
    def size(self) -> int:
        return self.columns * self.rows

    def centres(self) -> np.ndarray:
        """Cell centres, flat index ``row * columns + column``."""
        cols, rows = np.meshgrid(np.arange(self.columns), np.arange(self.rows))
        return np.column_stack([self.x0 + (cols.ravel() + 0.5) * self.cell, self.y0 + (rows.ravel() + 0.5) * self.cell])

    def locate(self, xy: np.ndarray) -> np.ndarray:
        """The flat index of the cell holding each point (points on the edge go to the nearest cell)."""
        col = np.clip(np.floor((xy[:, 0] - self.x0) / self.cell).astype(np.int64), 0, self.columns - 1)
        row = np.clip(np.floor((xy[:, 1] - self.y0) / self.cell).astype(np.int64), 0, self.rows - 1)
        return row * self.columns + col

    def rectangles(self, cells: np.ndarray) -> np.ndarray:
        """``(k, 4)`` xmin, ymin, xmax, ymax of flat cells."""
        row, col = np.divmod(np.asarray(cells, dtype=np.int64), self.columns)
        # edges computed the same way for neighbours, so that shared edges are bit-identical and merge
        return np.column_stack(
            [
                self.x0 + col * self.cell,
                self.y0 + row * self.cell,
                self.x0 + (col + 1) * self.cell,
                self.y0 + (row + 1) * self.cell,
            ]
        )


def default_cell_size(xy: np.ndarray, radius: float, *, max_cells: int = MAX_CELLS) -> float:
    """A fifth of the kernel radius, coarsened if the grid over the points would exceed ``max_cells``.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates.
    radius : float
        The kernel radius (the grid extends this far beyond the points).
    max_cells : int
        Most cells allowed.

    Returns
    -------
    float
    """
    cell = radius / CELLS_PER_RADIUS
    span = xy.max(axis=0) - xy.min(axis=0) + 2 * radius
    while (math.ceil(span[0] / cell) * math.ceil(span[1] / cell)) > max_cells:
        cell *= 1.25
    return cell


def label_cells(mask: np.ndarray) -> tuple[np.ndarray, int]:
    """Groups of touching cells (8-neighbourhood, ``scipy.ndimage.label``).

    Parameters
    ----------
    mask : numpy.ndarray
        ``(rows, columns)`` booleans of the cells kept.

    Returns
    -------
    tuple of (numpy.ndarray, int)
        Labels 1… of the groups (0 elsewhere) and their number.
    """
    from scipy import ndimage

    labels, count = ndimage.label(mask, structure=np.ones((3, 3), dtype=int))
    return labels, count


def grid_clusters(
    labels: np.ndarray,
    count: int,
    grid: Grid,
    chosen_cells: np.ndarray,
    min_points: int,
    peak: np.ndarray | None = None,
    z: np.ndarray | None = None,
) -> list[dict]:
    """Cluster rows and shapes from labelled cells, dropping clusters with fewer than ``min_points`` chosen.

    Parameters
    ----------
    labels : numpy.ndarray
        Cell labels from :func:`label_cells`.
    count : int
        Number of labels.
    grid : Grid
        The cells.
    chosen_cells : numpy.ndarray
        Chosen answers per cell (flat).
    min_points : int
        Fewest chosen answers of a cluster.
    peak : numpy.ndarray, optional
        Densities per cell, for ``peak_density``.
    z : numpy.ndarray, optional
        Gi* z-scores per cell (flat), for ``max_z``.

    Returns
    -------
    list of dict
        ``chosen``, ``members``, ``peak_density``, ``max_z`` and ``shape`` of
        each cluster.
    """
    flat = labels.ravel()
    clusters = []
    for label in range(1, count + 1):
        cells = np.flatnonzero(flat == label)
        chosen = float(chosen_cells[cells].sum())
        if chosen < min_points:
            continue
        clusters.append(
            {
                "chosen": chosen,
                "members": int(cells.size),
                "peak_density": float(peak.ravel()[cells].max()) if peak is not None else math.nan,
                "max_z": float(np.nanmax(z[cells])) if z is not None else math.nan,
                "shape": ClusterShape(rectangles=grid.rectangles(cells), hull="cells"),
            }
        )
    return clusters
