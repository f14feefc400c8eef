"""Catchment polygons from the reached network: concave hulls (alpha shapes) and buffers traced on a grid."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..arrays import ranges
from ..network.geometry import piece_coordinates
from ..network.model import Network
from ..parallel import map_chunks
from ..progress import Progress


def concave_hull_rings(points: np.ndarray, max_edge: float) -> list[np.ndarray]:
    """Rings of the alpha shape of ``points``: Delaunay triangles with every side ≤ ``max_edge``.

    Returns closed rings (``(m, 2)`` arrays, first = last): outer boundaries
    counter-clockwise (positive area), holes clockwise. Fewer than three
    distinct points, or points all on a line, give no ring.

    Parameters
    ----------
    points
        ``(n, 2)`` points (duplicates are dropped).
    max_edge
        The longest side of a triangle kept (:class:`scipy.spatial.Delaunay`).

    Returns
    -------
    list of numpy.ndarray
    """
    from scipy.spatial import Delaunay, QhullError

    points = np.unique(np.asarray(points, dtype=float).reshape(-1, 2), axis=0)
    if len(points) < 3:
        return []
    try:
        triangulation = Delaunay(points)
    except QhullError:
        return []
    # the triangles with every side at most max_edge
    tri = triangulation.simplices
    a, b, c = points[tri[:, 0]], points[tri[:, 1]], points[tri[:, 2]]
    sides = np.stack([np.hypot(*(b - a).T), np.hypot(*(c - b).T), np.hypot(*(a - c).T)], axis=1)
    tri = tri[(sides <= max_edge).all(axis=1)]
    if len(tri) == 0:
        return []
    # every triangle counter-clockwise; the boundary: its sides that no other triangle has the other way round
    a, b, c = points[tri[:, 0]], points[tri[:, 1]], points[tri[:, 2]]
    cross = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
    tri = np.where((cross < 0)[:, None], tri[:, [0, 2, 1]], tri)
    directed = np.concatenate([tri[:, [0, 1]], tri[:, [1, 2]], tri[:, [2, 0]]])
    keys = directed[:, 0].astype(np.int64) * len(points) + directed[:, 1]
    reverse_keys = directed[:, 1].astype(np.int64) * len(points) + directed[:, 0]
    boundary = directed[~np.isin(keys, reverse_keys)]
    return _chain_rings(points, boundary)


def _chain_rings(points: np.ndarray, boundary: np.ndarray) -> list[np.ndarray]:
    outgoing: dict[int, list[int]] = {}
    for start, end in cast("list[list[int]]", boundary.tolist()):
        outgoing.setdefault(start, []).append(end)
    rings = []
    while outgoing:
        start = next(iter(outgoing))
        ring = [start]
        current = start
        while True:
            ends = outgoing.get(current)
            if not ends:
                break
            nxt = ends.pop()
            if not ends:
                del outgoing[current]
            ring.append(nxt)
            current = nxt
            if current == start:
                break
        if len(ring) >= 4 and ring[0] == ring[-1]:
            rings.append(points[ring])
    return rings


def ring_area(ring: np.ndarray) -> float:
    """Signed area of a closed ring (positive when counter-clockwise).

    Parameters
    ----------
    ring
        ``(m, 2)`` vertices, the first repeated last.

    Returns
    -------
    float
        The shoelace formula's area.
    """
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def densify(xy: np.ndarray, offsets: np.ndarray, spacing: float) -> np.ndarray:
    """Every vertex of the lines plus points at most ``spacing`` apart along them (for concave hulls).

    Parameters
    ----------
    xy, offsets
        Lines, flat: line ``i`` is ``xy[offsets[i]:offsets[i + 1]]``.
    spacing
        The longest gap between consecutive points along a line.

    Returns
    -------
    numpy.ndarray
        ``(m, 2)`` points.
    """
    counts = np.diff(offsets)
    last = np.zeros(len(xy), dtype=bool)
    last[offsets[1:][counts > 0] - 1] = True
    a, b = xy[:-1][~last[:-1]], xy[1:][~last[:-1]]
    length = np.hypot(*(b - a).T)
    pieces = np.maximum(1, np.ceil(length / spacing)).astype(np.int64)
    segment = np.repeat(np.arange(len(a)), pieces)
    t = (ranges(0, pieces) / pieces[segment])[:, None]
    return np.vstack([a[segment] + (b - a)[segment] * t, xy])


def grid_buffer_rings(xy: np.ndarray, offsets: np.ndarray, width: float, *, cells_per_width: int = 6) -> list[np.ndarray]:
    """Rings of the area within ``width`` of lines, traced on a grid of ``width / cells_per_width`` cells.

    Every cell centre is measured to the line segments themselves: a cheap
    upper bound (the distance to a point of the lines in the nearest line
    cell, :func:`scipy.ndimage.distance_transform_edt`) and lower bound
    settle most cells; a cell they leave unsure is inside when it lies
    within ``width`` of the segment of its sample point or a neighbour
    along the line, else it is measured exactly against the segments whose
    sample points (every half cell along each segment) could be the
    nearest. The boundary is then traced by marching squares on ``width``
    minus those distances, crossing
    each cell side where the linear interpolation between the two centres
    is zero (outer boundaries counter-clockwise, holes clockwise).

    What holds: a cell centre is inside exactly when it lies within
    ``width`` of a segment. Every vertex of the traced boundary, and one
    more added in the middle of each of its sides, is then moved along the
    normal of its nearest segment onto the exact boundary (a vertex outside
    always, one inside by at most a chord's sagitta; the nearest segment is
    sought among those of the nearest sample point and its neighbours, so
    where two roads' buffers meet in a notch a vertex may stay up to a
    quarter of a cell inside), so the rings are
    chords of the exact buffer's boundary about half a cell long: along
    straight stretches they lie on it, around line ends and bends at most
    ``cell² / (32 · width)`` inside it. Where two roads' buffers meet in a
    notch, a side may cut across the notch. Gaps and holes narrower than
    about a cell may close; rings smaller than a hundredth of a cell's
    area are dropped. A disc comes out 0.1 % smaller than the true
    one; on the Helsinki extract the areas match the union of GEOS buffers
    of the same lines within 0.2 % (tests/qgis/test_helsinki.py).
    It is many times faster than unioning thousands of overlapping exact
    buffers.

    Parameters
    ----------
    xy, offsets
        Lines, flat: line ``i`` is ``xy[offsets[i]:offsets[i + 1]]`` (a line of one vertex is a point).
    width
        The buffer distance in metres.
    cells_per_width
        Grid cells per ``width``.

    Returns
    -------
    list of numpy.ndarray
        Closed rings (first vertex repeated last).
    """
    if len(xy) == 0:
        return []
    cell = width / cells_per_width
    a, b = _segments(np.asarray(xy, dtype=float), np.asarray(offsets))
    grid = _DistanceGrid.of(a, b, width, cell)
    inside, field = grid.inside_and_field(width)
    rings = grid.refine(_contour_rings(inside, field, grid.centre_x, grid.centre_y), width)
    # slivers where the boundary grazes a row of centres collapse onto it: dropped
    return [ring for ring in rings if abs(ring_area(ring)) > 0.01 * cell**2]


def _segments(xy: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of every segment of the lines (a line of one vertex is a segment of no length)."""
    counts = np.diff(offsets)
    last = np.zeros(len(xy), dtype=bool)
    last[offsets[1:][counts > 0] - 1] = True
    a, b = xy[:-1][~last[:-1]], xy[1:][~last[:-1]]
    single = xy[offsets[:-1][counts == 1]]
    return np.concatenate([a, single]), np.concatenate([b, single])


def _segment_distance(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance of each point to the segment from ``a`` to ``b`` of its row."""
    return np.hypot(*(points - _segment_foot(points, a, b)).T)


class _DistanceGrid:
    """The cells around segments, with bounds on each centre's distance to them and exact distances on demand."""

    def __init__(self, a, b, points, segment, origin, shape, cell, spacing) -> None:
        self.a, self.b, self.points, self.segment = a, b, points, segment
        self.cell, self.spacing = cell, spacing
        self.centre_x = origin[0] + (np.arange(shape[1]) + 0.5) * cell
        self.centre_y = origin[1] + (np.arange(shape[0]) + 0.5) * cell
        self.shape = shape
        self.upper = np.zeros(shape)
        self.lower = np.zeros(shape)
        self.sample = np.zeros(shape, dtype=np.int64)  # a sample point in the nearest line cell
        self._tree: Any = None  # a scipy cKDTree of the sample points, made when first needed

    @classmethod
    def of(cls, a: np.ndarray, b: np.ndarray, width: float, cell: float) -> _DistanceGrid:
        from scipy.ndimage import distance_transform_edt

        # points along every segment at most half a cell apart, both ends included, and their segment
        spacing = cell / 2.0
        pieces = np.maximum(1, np.ceil(np.hypot(*(b - a).T) / spacing)).astype(np.int64)
        segment = np.repeat(np.arange(len(a)), pieces + 1)
        t = (ranges(0, pieces + 1) / pieces[segment])[:, None]
        points = a[segment] + (b - a)[segment] * t
        origin = points.min(axis=0) - width - 2 * cell
        shape = tuple(np.ceil((points.max(axis=0) + width + 2 * cell - origin) / cell).astype(np.int64)[::-1])
        grid = cls(a, b, points, segment, origin, shape, cell, spacing)
        # the nearest line cell of every cell: a point of the lines in it bounds the distance from above,
        # the distance between the cells' centres (less half a cell's diagonal and half a spacing) from below
        ij = np.floor((points - origin) / cell).astype(np.int64)
        on_line = np.zeros(shape, dtype=bool)
        on_line[ij[:, 1], ij[:, 0]] = True
        sample = np.zeros(shape, dtype=np.int64)
        sample[ij[:, 1], ij[:, 0]] = np.arange(len(points))
        cells, (row, col) = distance_transform_edt(~on_line, return_distances=True, return_indices=True)
        grid.sample = sample[row, col]
        target = points[grid.sample]
        grid.upper = np.hypot(target[..., 0] - grid.centre_x[None, :], target[..., 1] - grid.centre_y[:, None])
        grid.lower = cells * cell - spacing / 2.0 - cell * np.sqrt(0.5)
        return grid

    def inside_and_field(self, width: float) -> tuple[np.ndarray, np.ndarray]:
        """Which centres lie within ``width`` of a segment, and ``width`` minus the exact distance where needed.

        The exact distance is computed where the bounds leave the side unsure, then at the corners of
        the squares the boundary crosses (NaN elsewhere).
        """
        inside = self.upper <= width
        field = np.full(self.shape, np.nan)
        unsure = ~inside & (self.lower <= width)
        self._measure(np.nonzero(unsure), width, field, exact=False)  # inside when near enough to a segment nearby
        unsure &= field < 0
        self._measure(np.nonzero(unsure), width, field, exact=True)
        inside |= field >= 0
        corner = _crossed_corners(inside) & np.isnan(field)
        self._measure(np.nonzero(corner), width, field, exact=False)
        return inside, field

    def _measure(self, cells: tuple[np.ndarray, ...], width: float, field: np.ndarray, *, exact: bool) -> None:
        """``width`` minus the distance of the cells' centres to the segments: exact, or to the segment of the
        sample found for the cell and its neighbours along the line (at least the exact distance; where
        the boundary is crossed it only places the vertices that :meth:`refine` moves onto it)."""
        rows, cols = cells
        if not rows.size:
            return
        centres = np.column_stack([self.centre_x[cols], self.centre_y[rows]])
        if exact:
            distance, _ = self.nearest(centres, reach=width + 2.0 * self.cell)
        else:
            segment = self.segment[self.sample[rows, cols]]
            distance = np.full(len(rows), np.inf)
            for step in (-1, 0, 1):
                near = np.clip(segment + step, 0, len(self.a) - 1)
                distance = np.minimum(distance, _segment_distance(centres, self.a[near], self.b[near]))
        field[rows, cols] = width - distance

    def nearest(self, points: np.ndarray, *, reach: float, k: int = 4) -> tuple[np.ndarray, np.ndarray]:
        """The distance of each point to the nearest segment (inf beyond ``reach``), and that segment (-1 beyond).

        The point of the nearest segment nearest a point lies within half a spacing of one of that
        segment's sample points, so that segment is among those of the samples within the nearest
        sample's distance plus half a spacing: the ``k`` nearest samples, more for the points where
        they do not hold them all.
        """
        if self._tree is None:
            from scipy.spatial import cKDTree

            self._tree = cKDTree(self.points)
        best = np.full(len(points), np.inf)
        segment = np.full(len(points), -1, dtype=np.int64)
        rows = np.arange(len(points))
        while rows.size:
            k = min(k, len(self.points))
            near, index = self._tree.query(points[rows], k=k, distance_upper_bound=reach)
            near, index = near.reshape(len(rows), k), index.reshape(len(rows), k)
            valid = near <= near[:, :1] + self.spacing / 2.0 + 1e-9
            candidate = self.segment[np.minimum(index, len(self.points) - 1)]
            owner = np.repeat(points[rows], k, axis=0)
            flat = candidate.ravel()
            distance = _segment_distance(owner, self.a[flat], self.b[flat]).reshape(len(rows), k)
            distance[~valid] = np.inf
            pick = np.argmin(distance, axis=1)
            best[rows] = distance[np.arange(len(rows)), pick]
            segment[rows] = np.where(np.isfinite(best[rows]), candidate[np.arange(len(rows)), pick], -1)
            if k == len(self.points):
                break
            rows = rows[valid[:, -1]]  # the k nearest may not hold every sample within the bound
            k *= 4
        return best, segment

    def near_segment(self, points: np.ndarray, *, reach: float) -> tuple[np.ndarray, np.ndarray]:
        """The nearest of the segments of each point's nearest sample and its neighbours along the line, and its distance.

        It is the nearest segment, except where another segment is less than half a spacing
        farther than the nearest sample: where two roads' buffers meet in a notch.
        """
        if self._tree is None:
            from scipy.spatial import cKDTree

            self._tree = cKDTree(self.points)
        near, index = self._tree.query(points, k=1, distance_upper_bound=reach)
        found = np.isfinite(near)
        base = self.segment[np.minimum(index, len(self.points) - 1)]
        best = np.full(len(points), np.inf)
        segment = np.full(len(points), -1, dtype=np.int64)
        for step in (-1, 0, 1):
            candidate = np.clip(base + step, 0, len(self.a) - 1)
            distance = _segment_distance(points, self.a[candidate], self.b[candidate])
            better = found & (distance < best)
            best[better], segment[better] = distance[better], candidate[better]
        return best, segment

    def refine(self, rings: list[np.ndarray], width: float, *, added: int = 1) -> list[np.ndarray]:
        """The rings with every vertex moved onto the exact boundary and ``added`` vertices put on it along each side.

        A vertex is moved along the line from its nearest point of the segments to the distance
        ``width``: onto the arc around a line end or bend, where the sides are chords, and onto the
        parallel of a straight stretch. Only vertices within a chord's sagitta of that distance are
        moved out, so that no spike forms where two roads' arcs meet; a vertex outside is always moved in,
        onto the boundary (every other segment stays at least ``width`` away).
        """
        if not rings:
            return []
        sizes = np.array([len(r) - 1 for r in rings])
        start = np.concatenate([r[:-1] for r in rings])
        end = np.concatenate([r[1:] for r in rings])
        steps = added + 1
        t = np.arange(steps) / steps
        # every side's start and its added points, ring after ring
        points = (start[:, None, :] + (end - start)[:, None, :] * t[None, :, None]).reshape(-1, 2)
        chord = np.repeat(np.hypot(*(end - start).T), steps) + self.cell / steps
        distance, segment = self.near_segment(points, reach=2.0 * width)
        # a point outside moved in lands on the exact boundary (every other segment stays at least ``width`` away);
        # a point inside is moved out by at most a chord's sagitta
        ok = (segment >= 0) & (distance > 0) & (width - distance <= chord**2 / (4.0 * width) + 1e-9)
        foot = _segment_foot(points[ok], self.a[segment[ok]], self.b[segment[ok]])
        points[ok] = foot + (points[ok] - foot) * (width / distance[ok])[:, None]
        bounds = np.concatenate([[0], np.cumsum(steps * sizes)])
        return [np.vstack([points[a:b], points[a : a + 1]]) for a, b in zip(bounds[:-1], bounds[1:])]


def _segment_foot(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The point of each segment nearest the point of its row."""
    ab = b - a
    squared = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.einsum("ij,ij->i", points - a, ab) / squared, 0.0, 1.0)
    t = np.where(squared > 0, t, 0.0)
    return a + ab * t[:, None]


def _crossed_corners(inside: np.ndarray) -> np.ndarray:
    """The centres that are a corner of a square of four centres not all on one side."""
    corner = np.stack([inside[:-1, :-1], inside[:-1, 1:], inside[1:, 1:], inside[1:, :-1]], axis=-1)
    count = corner.sum(axis=-1)
    crossed = (count > 0) & (count < 4)
    result = np.zeros(inside.shape, dtype=bool)
    result[:-1, :-1] |= crossed
    result[:-1, 1:] |= crossed
    result[1:, 1:] |= crossed
    result[1:, :-1] |= crossed
    return result


def _contour_rings(inside: np.ndarray, field: np.ndarray, centre_x: np.ndarray, centre_y: np.ndarray) -> list[np.ndarray]:
    """Marching squares: the closed rings where ``field`` (positive inside) is zero, inside on the left."""
    # squares of four neighbouring centres that are not all inside or all outside
    corner = np.stack([inside[:-1, :-1], inside[:-1, 1:], inside[1:, 1:], inside[1:, :-1]], axis=-1)
    count = corner.sum(axis=-1)
    sr, sc = np.nonzero((count > 0) & (count < 4))
    if sr.size == 0:
        return []
    rows, cols = inside.shape
    # each square's sides counter-clockwise (bottom, right, top, left) as ids of grid sides: row * cols + col for
    # the side between (row, col) and (row, col + 1), rows * cols + row * cols + col between (row, col) and (row + 1, col)
    sides = np.stack(
        [sr * cols + sc, rows * cols + sr * cols + sc + 1, (sr + 1) * cols + sc, rows * cols + sr * cols + sc], axis=1
    )
    start = corner[sr, sc]
    end = np.roll(start, -1, axis=1)
    leaving = start & ~end  # the boundary leaves the inside across this side
    entering = ~start & end
    saddle = leaving.sum(axis=1) == 2
    single = ~saddle
    begin = [sides[single, np.argmax(leaving[single], axis=1)]]
    finish = [sides[single, np.argmax(entering[single], axis=1)]]
    if saddle.any():
        # two inside corners facing each other: joined through the middle when the mean of the corners is inside
        s_sides, s_leaving, r, c = sides[saddle], leaving[saddle], sr[saddle], sc[saddle]
        joined = field[r, c] + field[r, c + 1] + field[r + 1, c + 1] + field[r + 1, c] >= 0
        for k in range(4):
            has = s_leaving[:, k]
            partner = np.where(joined[has], (k + 1) % 4, (k - 1) % 4)
            begin.append(s_sides[has, k])
            finish.append(s_sides[has][np.arange(int(has.sum())), partner])
    used, index = np.unique(np.concatenate(begin + finish), return_inverse=True)
    # where each side used is crossed: linear interpolation of the field between its two centres
    across = used < rows * cols
    local = np.where(across, used, used - rows * cols)
    r1, c1 = local // cols, local % cols
    r2, c2 = np.where(across, r1, r1 + 1), np.where(across, c1 + 1, c1)
    f1, f2 = field[r1, c1], field[r2, c2]
    t = f1 / (f1 - f2)
    points = np.column_stack([centre_x[c1] + (centre_x[c2] - centre_x[c1]) * t, centre_y[r1] + (centre_y[r2] - centre_y[r1]) * t])
    return _cycles(points, index[: index.size // 2], index[index.size // 2 :])


def _cycles(points: np.ndarray, begin: np.ndarray, finish: np.ndarray) -> list[np.ndarray]:
    """Closed rings of ``points`` following each ``begin[i] → finish[i]`` (every point begins and finishes one side).

    The sides form cycles; each is cut at its smallest point and its points are ranked by their
    distance to the cut with pointer jumping, all in numpy.
    """
    n = len(points)
    following = np.full(n, -1, dtype=np.int64)
    following[begin] = finish
    # the smallest point of each cycle, by pointer jumping
    label: np.ndarray = np.arange(n)
    jump: np.ndarray = following.copy()
    for _ in range(int(np.ceil(np.log2(max(n, 2)))) + 1):
        label = np.minimum(label, label[jump])
        jump = jump[jump]
    # cut each cycle before its smallest point, then rank every point by its distance to the cut's end
    successor = np.where(following == label, -1, following)
    remaining = (successor >= 0).astype(np.int64)
    step = successor.copy()
    for _ in range(int(np.ceil(np.log2(max(n, 2)))) + 1):
        has = step >= 0
        remaining[has] += remaining[step[has]]
        step[has] = step[step[has]]
    order = np.lexsort((-remaining, label))
    starts = np.flatnonzero(np.concatenate([[True], label[order][1:] != label[order][:-1]]))
    ends = np.concatenate([starts[1:], [n]])
    return [np.vstack([points[order[a:b]], points[order[a : a + 1]]]) for a, b in zip(starts, ends) if b - a >= 3]


def _rings_chunk(
    network: Network, edges: np.ndarray, start_m: np.ndarray, end_m: np.ndarray, bounds: np.ndarray, width: float
) -> list[list[np.ndarray]]:
    xy, offsets = piece_coordinates(network, edges, start_m, end_m)
    result = []
    for first, last in zip(bounds[:-1], bounds[1:]):
        local = offsets[first : last + 1] - offsets[first]
        result.append(grid_buffer_rings(xy[offsets[first] : offsets[last]], local, width))
    return result


def buffer_rings(
    network: Network,
    parts: pd.DataFrame,
    groups: Sequence[np.ndarray],
    width: float,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[list[np.ndarray]]:
    """:func:`grid_buffer_rings` of every group of catchment parts, on every core when there are many groups.

    Parameters
    ----------
    network
        The network of the parts.
    parts
        :attr:`.catchments.Catchments.parts`.
    groups
        The rows of ``parts`` in each group (:func:`.catchments.part_groups`).
    width
        The buffer distance in metres.
    workers, progress
        As for :func:`.parallel.map_chunks` (the pool is used from 400 groups and over a million parts).

    Returns
    -------
    list of list of numpy.ndarray
        The rings of each group.
    """
    edges = parts["edge"].to_numpy(dtype=np.int64)
    start, end = parts["start_m"].to_numpy(dtype=float), parts["end_m"].to_numpy(dtype=float)
    per_task = 6
    tasks = []
    for i in range(0, len(groups), per_task):
        chunk = groups[i : i + per_task]
        rows = np.concatenate(chunk) if chunk else np.zeros(0, np.int64)
        bounds = np.concatenate([[0], np.cumsum([len(g) for g in chunk])])
        tasks.append((edges[rows], start[rows], end[rows], bounds, width))
    parallel = len(groups) >= 400 and len(parts) > 1_000_000  # spawning workers costs seconds
    results = map_chunks(_rings_chunk, tasks, shared=network, workers=workers if parallel else 1, progress=progress)
    return [rings for chunk in results for rings in chunk]
