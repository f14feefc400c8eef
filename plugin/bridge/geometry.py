"""Geometries from numpy arrays and back, through WKB where there are many.

Single points and lines are made one by one (:func:`points_from_xy`,
:func:`lines_from_coordinates`); the engine's flat vertex arrays become
lines and multi-lines by writing their WKB with numpy in one buffer
(:func:`lines_from_flat`, :func:`multilines_from_bounds`), and WKB
(Multi)LineStrings read from a layer are decoded into flat arrays
(:func:`lines_from_wkb`). :func:`polygon_from_rings` builds the polygon of
the engine's closed rings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from qgis.core import QgsGeometry, QgsLineString, QgsPoint

from ...engine.arrays import ranges
from ...engine.network.build import LineParts


def line_coordinates(geometries: Sequence[QgsGeometry | None]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Vertices of every part of every line geometry.

    Returns ``(owner, parts)``: ``parts[k]`` is an ``(m, 2)`` array of the
    k-th single line, ``owner[k]`` the index of the geometry it came from.
    Multi-part lines give several parts; NULL geometries give none.
    """
    owner: list[int] = []
    parts: list[np.ndarray] = []
    for index, geometry in enumerate(geometries):
        if geometry is None or geometry.isNull():
            continue
        lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for line in lines:
            if len(line) < 2:
                continue
            owner.append(index)
            parts.append(np.array([(p.x(), p.y()) for p in line], dtype=float))
    return np.asarray(owner, dtype=np.int64), parts


def points_from_xy(xy: np.ndarray) -> list[QgsGeometry | None]:
    """Point geometries from an ``(n, 2)`` array (NaN rows give None)."""
    return [
        None if np.isnan(x) or np.isnan(y) else QgsGeometry(QgsPoint(float(x), float(y)))
        for x, y in np.asarray(xy, dtype=float).reshape(-1, 2)
    ]


def lines_from_coordinates(lines: Iterable[np.ndarray | None]) -> list[QgsGeometry | None]:
    """Line geometries from ``(m, 2)`` coordinate arrays (None or < 2 vertices give None)."""
    result = []
    for coordinates in lines:
        if coordinates is None or len(coordinates) < 2:
            result.append(None)
            continue
        array = np.asarray(coordinates, dtype=float)
        result.append(QgsGeometry(QgsLineString(array[:, 0].tolist(), array[:, 1].tolist())))
    return result


def segments_from_xy(start_xy: np.ndarray, end_xy: np.ndarray) -> list[QgsGeometry | None]:
    """Straight two-point lines from ``start_xy[k]`` to ``end_xy[k]`` (NaN rows give None)."""
    start = np.asarray(start_xy, dtype=float).reshape(-1, 2)
    end = np.asarray(end_xy, dtype=float).reshape(-1, 2)
    return lines_from_coordinates(
        None if np.isnan(a).any() or np.isnan(b).any() else np.vstack([a, b]) for a, b in zip(start, end)
    )


def lines_from_wkb(blobs: Sequence[bytes | None]) -> tuple[np.ndarray, LineParts]:
    """The owner (index in ``blobs``) and x/y of every single line of WKB (Multi)LineStrings (with or without Z/M).

    Lines with fewer than two vertices are left out; decoded with numpy.
    """
    import struct

    fast = _simple_lines_from_wkb(blobs)
    if fast is not None:
        return fast
    owner: list[int] = []
    parts: list[np.ndarray] = []

    def line(blob, position):
        endian = "<" if blob[position] == 1 else ">"
        kind, count = struct.unpack_from(endian + "II", blob, position + 1)
        dims = (
            {0: 2, 1: 3, 2: 3, 3: 4}[(kind % 0x20000000) // 1000 if kind < 0x20000000 else 0]
            + (1 if kind & 0x80000000 else 0)
            + (1 if kind & 0x40000000 else 0)
        )
        array = np.frombuffer(blob, dtype=endian + "f8", count=count * dims, offset=position + 9)
        return array.reshape(count, dims)[:, :2], position + 9 + 8 * count * dims

    for index, blob in enumerate(blobs):
        if blob is None:
            continue
        endian = "<" if blob[0] == 1 else ">"
        kind = struct.unpack_from(endian + "I", blob, 1)[0] % 1000
        if kind == 2:
            lines = [line(blob, 0)[0]]
        elif kind == 5:
            position, lines = 9, []
            for _ in range(struct.unpack_from(endian + "I", blob, 5)[0]):
                coordinates, position = line(blob, position)
                lines.append(coordinates)
        else:
            continue
        for coordinates in lines:
            if len(coordinates) >= 2:
                owner.append(index)
                parts.append(np.array(coordinates, dtype=float))
    return np.asarray(owner, dtype=np.int64), LineParts.from_arrays(parts)


def _simple_lines_from_wkb(blobs: Sequence[bytes | None]) -> tuple[np.ndarray, LineParts] | None:
    """All-2D little-endian LineStrings decoded in one go (the common case); None for anything else."""
    if None in blobs:
        present = [i for i, b in enumerate(blobs) if b is not None]
        blobs = [blobs[i] for i in present]
    else:
        present = range(len(blobs))
    if not blobs:
        return np.zeros(0, dtype=np.int64), LineParts.from_arrays([])
    data = b"".join(blobs)
    sizes = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    raw = np.frombuffer(data, dtype=np.uint8)
    header = raw[starts[:, None] + np.arange(9)]
    kinds = header[:, 1:5].copy().view("<u4").ravel()
    counts = header[:, 5:9].copy().view("<u4").ravel().astype(np.int64)
    if (header[:, 0] != 1).any() or (kinds != 2).any() or (sizes != 9 + 16 * counts).any():
        return None
    coordinates = np.frombuffer(data, dtype=np.uint8)
    point_starts = np.repeat(starts + 9, counts) + 16 * ranges(0, counts)
    xy = coordinates[point_starts[:, None] + np.arange(16)].copy().view("<f8").reshape(-1, 2)
    keep = counts >= 2
    if not keep.all():
        xy = xy[np.repeat(keep, counts)]
    return np.asarray(present, dtype=np.int64)[keep], LineParts(xy, np.concatenate([[0], np.cumsum(counts[keep])]))


def _wkb_headers(kind: int, counts: np.ndarray) -> np.ndarray:
    """9-byte little-endian WKB headers (byte order, geometry type ``kind``, number of points or parts), one a row."""
    header = np.zeros((len(counts), 9), dtype=np.uint8)
    header[:, 0] = 1
    header[:, 1] = kind
    header[:, 5:9] = np.asarray(counts).astype("<u4").view(np.uint8).reshape(-1, 4)
    return header


def _linestring_wkb(xy: np.ndarray, offsets: np.ndarray, bounds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """WKB of every part ``xy[offsets[i]:offsets[i+1]]`` in one buffer, and each part's byte offsets.

    With ``bounds``, parts ``bounds[g]`` to ``bounds[g + 1] - 1`` are one
    MultiLineString: its 9-byte header goes in front of its first part and
    the offsets returned are those of the groups (each a whole WKB).
    Headers are written at their places and the coordinates into every
    other byte of the buffer (one boolean-mask assignment).
    """
    counts = np.diff(offsets).astype(np.int64)
    n_parts = len(counts)
    base = 16 * (offsets - offsets[0]) + 9 * np.arange(n_parts + 1)  # parts' bytes before each part (and the end)
    part_start = base[:-1]
    positions, values = [part_start], [_wkb_headers(2, counts)]  # LineString
    if bounds is not None:
        bounds = np.asarray(bounds, dtype=np.int64)
        n_groups = len(bounds) - 1
        part_start = part_start + 9 * (np.repeat(np.arange(n_groups), np.diff(bounds)) + 1)
        group_start = base[bounds] + 9 * np.arange(n_groups + 1)  # the last: the end of the buffer
        positions = [part_start, group_start[:-1]]
        values.append(_wkb_headers(5, np.diff(bounds)))  # MultiLineString
    total = int(base[-1]) + (0 if bounds is None else 9 * (len(bounds) - 1))
    header_bytes = np.concatenate([(p[:, None] + np.arange(9)).ravel() for p in positions])
    buffer = np.empty(total, dtype=np.uint8)
    buffer[header_bytes] = np.concatenate([v.ravel() for v in values])
    is_coordinate = np.ones(total, dtype=bool)
    is_coordinate[header_bytes] = False
    buffer[is_coordinate] = np.ascontiguousarray(xy[offsets[0] : offsets[-1]], dtype="<f8").view(np.uint8).ravel()
    return buffer, (np.append(part_start, total) if bounds is None else group_start)


def lines_from_flat(xy: np.ndarray, offsets: np.ndarray) -> list[QgsGeometry]:
    """One LineString per part of flat vertex arrays (``xy[offsets[i]:offsets[i+1]]``)."""
    return _geometries_from_buffer(*_linestring_wkb(xy, offsets))


def _geometries_from_buffer(buffer: np.ndarray, starts: np.ndarray) -> list[QgsGeometry]:
    """One geometry per WKB ``buffer[starts[i]:starts[i + 1]]``."""
    data = memoryview(buffer)
    made = []
    for low, high in zip(starts[:-1].tolist(), starts[1:].tolist()):
        geometry = QgsGeometry()
        geometry.fromWkb(data[low:high].tobytes())
        made.append(geometry)
    return made


def multilines_from_flat(xy: np.ndarray, offsets: np.ndarray, groups: Sequence[np.ndarray]) -> list[QgsGeometry]:
    """One MultiLineString per group of parts (``groups[g]`` lists part numbers)."""
    order = np.concatenate([np.asarray(g, dtype=np.int64) for g in groups]) if groups else np.zeros(0, np.int64)
    bounds = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum([len(g) for g in groups], out=bounds[1:])
    if len(order) == len(offsets) - 1 and (order == np.arange(len(order))).all():
        return multilines_from_bounds(xy, offsets, bounds)  # groups already in order: no copy
    counts = np.diff(offsets)[order]
    point_index = ranges(offsets[:-1][order], counts)
    new_offsets = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(counts, out=new_offsets[1:])
    return multilines_from_bounds(xy[point_index], new_offsets, bounds)


#: Vertices from which multi-lines are written in chunks, each chunk's WKB by a worker thread.
THREADED_VERTICES = 200_000


def multilines_from_bounds(xy: np.ndarray, offsets: np.ndarray, bounds: np.ndarray) -> list[QgsGeometry]:
    """One MultiLineString per group of consecutive parts: group ``g`` is parts ``bounds[g]`` to ``bounds[g + 1] - 1``.

    The WKB of every group is written with numpy at once (:func:`_linestring_wkb`); only one geometry object per
    group is made. Many vertices are split into chunks of groups: a second thread writes the WKB of the next
    chunks (numpy lets go of Python's lock while it copies) while QGIS reads the geometries of the first.
    """
    from concurrent.futures import ThreadPoolExecutor

    bounds = np.asarray(bounds, dtype=np.int64)
    if len(bounds) < 2:
        return []
    xy, offsets = np.asarray(xy, dtype=float), np.asarray(offsets, dtype=np.int64)

    def chunk_wkb(low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
        """WKB of groups ``low`` to ``high - 1``."""
        first, last = bounds[low], bounds[high]
        return _linestring_wkb(xy, offsets[first : last + 1], bounds[low : high + 1] - first)

    n_groups = len(bounds) - 1
    vertices = int(offsets[bounds[-1]] - offsets[bounds[0]])
    if vertices < THREADED_VERTICES or n_groups < 2:
        return _geometries_from_buffer(*chunk_wkb(0, n_groups))
    # four chunks of about equal numbers of vertices
    cumulative = offsets[bounds] - offsets[bounds[0]]
    cuts = np.unique(np.concatenate([[0], np.searchsorted(cumulative, vertices * np.arange(1, 4) / 4.0), [n_groups]]))
    with ThreadPoolExecutor(max_workers=2) as pool:
        chunks = [pool.submit(chunk_wkb, low, high) for low, high in zip(cuts[:-1].tolist(), cuts[1:].tolist())]
        return [geometry for chunk in chunks for geometry in _geometries_from_buffer(*chunk.result())]


def polygon_from_rings(rings: Sequence[np.ndarray], areas: Sequence[float]) -> QgsGeometry | None:
    """A (multi)polygon from closed rings: counter-clockwise rings are outer boundaries, clockwise ones holes."""
    import struct

    def polygons(sign):
        chosen = [ring for ring, area in zip(rings, areas) if area * sign > 0]
        if not chosen:
            return []
        offsets = np.concatenate([[0], np.cumsum([len(r) for r in chosen])])
        buffer, starts = _linestring_wkb(np.concatenate(chosen), offsets)
        data = buffer.tobytes()
        made = []
        for i in range(len(chosen)):
            geometry = QgsGeometry()  # a polygon's ring is a line string's WKB without byte order and type
            geometry.fromWkb(struct.pack("<BII", 1, 3, 1) + data[starts[i] + 5 : starts[i + 1]])
            made.append(geometry if geometry.isGeosValid() else geometry.makeValid())
        return made

    outers, holes = polygons(1), polygons(-1)
    if not outers:
        return None
    polygon = QgsGeometry.unaryUnion(outers) if len(outers) > 1 else outers[0]
    if holes:
        polygon = polygon.difference(QgsGeometry.unaryUnion(holes) if len(holes) > 1 else holes[0])
    return polygon
