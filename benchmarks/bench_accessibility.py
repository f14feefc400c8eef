"""Accessibility: our CSR network + scipy Dijkstra against QGIS's native service area, in the same run.

Cases (best of several runs, five for the bars against the native service area, ours and the peer alike, in
rounds that take turns, so that the machine's slow spells fall on every case compared: the machine is shared):

- generated grid of ~80,000 edges (200 × 200 nodes, 100 m apart, speeds 20–50 km/h): reached network of 100 (and
  10) facilities at 10 minutes, network build included (reading the layer through the bridge), against
  ``native:serviceareafromlayer`` (fastest path, speed field, 10 minutes, lines); like the native algorithm, ours
  ends with one multi-line QgsGeometry per facility; the same with the network cached for the session; the
  per-piece option (one geometry per reached road piece) beside it, and the time of each stage; the helper process
  that shares the searches of large catchment runs is started first (as a session's first large run starts it),
  and the cached case is also timed without it;
- the Helsinki OpenStreetMap extract (drive network through GDAL): the same comparison at 3 minutes;
- the sample town: 100 candidate sites × 5/10/15-minute drive catchment polygons with household counts, through
  the Processing algorithm (bar: under 30 s);
- a 5,000 × 100 travel-time matrix on the 80k grid (bar: under 3 s), serially and on every core for 1,000 × 1,000;
- growth with network size (20k, 80k, 320k edges) and with the number of facilities; peak memory.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from .common import peak_rss_mb, ratio, register_provider, start_qgis, timed, timed_rounds

GRID_SPEEDS = (20.0, 50.0)
#: Runs of the grid cases compared with the native service area (ours and the native algorithm alike); the best counts.
BAR_REPEAT = 5


def write_grid(path: Path, n: int, spacing: float = 100.0, seed: int = 7) -> int:
    """An n × n street grid, one line per edge with a speed field (km/h); returns the number of edges."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    if path.exists():
        return 2 * n * (n - 1)
    rng = np.random.default_rng(seed)
    driver = ogr.GetDriverByName("GPKG")
    data = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    layer = data.CreateLayer("roads", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("speed", ogr.OFTReal))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    count = 0
    for horizontal in (True, False):
        for i in range(n):
            for j in range(n - 1):
                a = (j * spacing, i * spacing) if horizontal else (i * spacing, j * spacing)
                b = ((j + 1) * spacing, i * spacing) if horizontal else (i * spacing, (j + 1) * spacing)
                feature = ogr.Feature(definition)
                feature.SetField("speed", float(rng.uniform(*GRID_SPEEDS)))
                feature.SetGeometry(
                    ogr.CreateGeometryFromWkt(f"LINESTRING({a[0] + 400000} {a[1] + 100000},{b[0] + 400000} {b[1] + 100000})")
                )
                layer.CreateFeature(feature)
                count += 1
    layer.CommitTransaction()
    data = None
    return count


def grid_points(n: int, count: int, seed: int, spacing: float = 100.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.uniform(0, (n - 1) * spacing, (count, 2)) + np.array([400000.0, 100000.0])


def point_layer(xy: np.ndarray, crs: str = "EPSG:27700"):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(f"Point?crs={crs}&field=pid:integer", "points", "memory")
    features = []
    for i, (x, y) in enumerate(xy):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([i])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


class Ours:
    """Our path as the algorithms run it: the shared network parameters (with the session cache), engine, bridge."""

    def __init__(self) -> None:
        from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

        self.algorithm = QgsApplication.processingRegistry().algorithmById("placeinsight:catchments").create()
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())

    def network(self, uri: str, *, cached: bool, **extra):
        from place_insight.engine.network.storage import CACHE
        from place_insight.plugin.bridge import EngineFeedback

        if not cached:
            CACHE.clear()
        from algorithm_runs import parameter_defaults  # tests/ is on the path (see benchmarks.__main__)

        parameters = {**parameter_defaults(self.algorithm), "NETWORK": uri, "SPEED_FIELD": "speed", "PROFILE": 2, **extra}
        return self.algorithm.read_network(parameters, self.context, EngineFeedback(None), report=False)

    def reached_lines(self, uri: str, xy: np.ndarray, minutes: float, *, cached: bool, profile: str = "drive", **extra):
        """Reached network parts (cut at the limit): one multi-line per facility, as the native algorithm writes."""
        from place_insight.engine.accessibility.catchment_lines import reached_lines
        from place_insight.engine.accessibility.catchments import compute_catchments
        from place_insight.plugin import bridge

        network = self.network(uri, cached=cached, **extra)
        result = compute_catchments(network, profile, xy, [minutes], tolerance=500)
        lines = reached_lines(result)
        return bridge.multilines_from_bounds(lines.xy, lines.offsets, lines.bounds), int(lines.keys["pieces"].sum())

    def reached_pieces(self, uri: str, xy: np.ndarray, minutes: float, *, cached: bool):
        """The per-piece option: one line geometry per reached road piece."""
        from place_insight.engine.accessibility.catchments import compute_catchments
        from place_insight.engine.network.geometry import piece_coordinates
        from place_insight.plugin import bridge

        network = self.network(uri, cached=cached)
        parts = compute_catchments(network, "drive", xy, [minutes], tolerance=500).parts
        coordinates, offsets = piece_coordinates(network, parts["edge"], parts["start_m"], parts["end_m"])
        return bridge.lines_from_flat(coordinates, offsets)


def stages(ours: Ours, uri: str, xy: np.ndarray, minutes: float = 10.0) -> dict[str, float]:
    """Best-of-3 seconds of each stage of the reached-network run (so a reader can judge a busy machine)."""
    from place_insight.engine.accessibility.catchment_lines import reached_lines
    from place_insight.engine.accessibility.catchments import compute_catchments
    from place_insight.engine.network.storage import CACHE
    from place_insight.engine.network.strokes import network_strokes
    from place_insight.plugin import bridge

    best: dict[str, float] = {}

    def clock(name, function):
        start = time.perf_counter()
        value = function()
        best[name] = min(best.get(name, np.inf), time.perf_counter() - start)
        return value

    for _ in range(3):
        CACHE.clear()
        network = clock("read layer + build network", lambda: ours.network(uri, cached=False))
        clock("snapping index", lambda network=network: network.snap("drive", xy[:1]))
        clock("strokes", lambda network=network: network_strokes(network))
        result = clock(
            "Dijkstra + reached pieces (cut)",
            lambda network=network: compute_catchments(network, "drive", xy, [minutes], tolerance=500),
        )
        lines = clock("lines per facility (runs + cut pieces)", lambda network=network, result=result: reached_lines(result))
        clock("WKB + QgsGeometry", lambda lines=lines: bridge.multilines_from_bounds(lines.xy, lines.offsets, lines.bounds))
    return best


def reached_nodes(ours: Ours, uri: str, xy: np.ndarray, *, cached: bool, minutes: float = 10.0) -> int:
    """Network (built or cached) + snapping + bounded Dijkstra from every facility: the nodes each reaches."""
    from place_insight.engine.accessibility.search import node_times, search_graph

    network = ours.network(uri, cached=cached)
    profile = network.profile("drive")
    snap = network.snap("drive", xy, tolerance=500)
    graph = search_graph(network, profile, snap.edge[snap.ok], snap.offset[snap.ok])
    times = node_times(graph, np.arange(int(snap.ok.sum())), limit_s=minutes * 60.0)
    return int(np.isfinite(times).sum())


def native_service_area(uri: str, points, minutes: float, *, speed_field: str = "speed", **extra):
    import processing

    parameters = {
        "INPUT": uri,
        "STRATEGY": 1,
        "DEFAULT_DIRECTION": 2,
        "SPEED_FIELD": speed_field,
        "DEFAULT_SPEED": 30.0,
        "TOLERANCE": 0.0,
        "START_POINTS": points,
        "TRAVEL_COST2": minutes / 60.0,
        "INCLUDE_BOUNDS": False,
        "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        **extra,
    }
    return processing.run("native:serviceareafromlayer", parameters)["OUTPUT_LINES"]


def row(case, ours, peer=None, bar="", met=None, unit="s"):
    return {
        "case": case,
        "ours": f"{ours:.2f} {unit}" if isinstance(ours, float) else ours,
        "peer": f"{peer:.2f} {unit}" if isinstance(peer, float) else (peer or ""),
        "ratio": ratio(peer, ours) if isinstance(peer, float) and isinstance(ours, float) else "",
        "bar": bar,
        "met": met,
    }


def grid_cases(output: Path, ours: Ours, rows: list) -> None:
    path = output / "grid_200.gpkg"
    edges = write_grid(path, 200)
    uri = f"{path}|layername=roads"
    natives, cached = {}, {}
    from place_insight.engine import parallel
    from place_insight.engine.accessibility import catchments as catchments_module

    helper = parallel.helper(wait=60)  # as after the session's first large run, which starts it
    print(f"helper process: {'running' if helper else 'not running'}", flush=True)
    rows.append(
        row(
            "helper process of the catchment searches (the session's first run of 16 facilities or more starts it)",
            "running" if helper else "not running: no idle core",
            None,
        )
    )

    def alone(xy):
        """The cached run with every search in this process."""
        searches_from = catchments_module.HELPER_STARTS
        catchments_module.HELPER_STARTS = 10**9
        try:
            return ours.reached_lines(uri, xy, 10.0, cached=True)
        finally:
            catchments_module.HELPER_STARTS = searches_from

    for count in (100, 10):
        xy = grid_points(200, count, seed=count)
        points = point_layer(xy)
        cases = {
            "native": lambda points=points: native_service_area(uri, points, 10.0),
            "uncached": lambda xy=xy: ours.reached_lines(uri, xy, 10.0, cached=False),
            "cached": lambda xy=xy: ours.reached_lines(uri, xy, 10.0, cached=True),
        }
        if count == 100:
            cases["alone"] = lambda xy=xy: alone(xy)
        best = timed_rounds(cases, repeat=BAR_REPEAT)
        (native_s, lines), (uncached_s, (_geometries, pieces)) = best["native"], best["uncached"]
        natives[count], cached_s = native_s, best["cached"][0]
        cached[count] = cached_s
        lines = lines.featureCount()
        print(
            f"grid {edges:,} edges, {count} facilities: native {native_s:.2f} s ({lines:,} lines), "
            f"ours {uncached_s:.2f} s ({pieces:,} road pieces), cached {cached_s:.2f} s",
            flush=True,
        )
        rows.append(
            row(
                f"grid {edges:,} edges: reached network, {count} facilities, 10 min, build included",
                uncached_s,
                native_s,
                "≥ 10× faster" if count == 100 else "",
                native_s / uncached_s >= 10 if count == 100 else None,
            )
        )
        rows.append(
            row(
                f"grid {edges:,} edges: same, network cached ({count} facilities); peer = ours uncached",
                cached_s,
                uncached_s,
                "≥ 3× faster than uncached" if count == 100 else "",
                uncached_s / cached_s >= 3 if count == 100 else None,
            )
        )
        if count == 100:
            rows.append(
                row(
                    "grid 80k: reached network, 100 facilities, network cached, with the helper process "
                    "(peer = every search in this process)",
                    cached_s,
                    best["alone"][0],
                )
            )
    xy = grid_points(200, 100, seed=100)
    pieces_s, _ = timed(lambda: ours.reached_pieces(uri, xy, 10.0, cached=True), repeat=2)
    rows.append(
        row(
            "grid 80k: reached network per facility, cached (peer = the per-piece option: one line per "
            "reached road piece, cached)",
            cached[100],
            pieces_s,
        )
    )
    for name, seconds in stages(ours, uri, xy).items():
        rows.append(row(f"grid 80k, 100 facilities, stage: {name}", seconds))
    nodes_s, count = timed(lambda: reached_nodes(ours, uri, xy, cached=False), repeat=3)
    nodes_cached_s, _ = timed(lambda: reached_nodes(ours, uri, xy, cached=True), repeat=3)
    rows.append(
        row(
            f"grid 80k: reached nodes only (bounded Dijkstra, the issue's reference), 100 facilities, 10 min, "
            f"build included; {count:,} node visits",
            nodes_s,
            natives[100],
        )
    )
    rows.append(row("grid 80k: reached nodes only, network cached (peer = ours uncached)", nodes_cached_s, nodes_s))
    network = ours.network(uri, cached=True)
    from place_insight.engine.accessibility.matrix import travel_times

    origins, destinations = grid_points(200, 5000, seed=1), grid_points(200, 100, seed=2)
    matrix_s, result = timed(lambda: travel_times(network, "drive", origins, destinations, tolerance=500), repeat=3)
    print(f"matrix 5000 × 100: {matrix_s:.2f} s, {np.isfinite(result.minutes).sum():,} pairs", flush=True)
    rows.append(
        row(
            "grid 80k: travel-time matrix 5,000 × 100 (minutes and metres), cached network",
            matrix_s,
            None,
            "< 3 s",
            matrix_s < 3.0,
        )
    )
    big_o, big_d = grid_points(200, 1000, seed=3), grid_points(200, 1000, seed=4)
    serial_s, _ = timed(lambda: travel_times(network, "drive", big_o, big_d, workers=1), repeat=2)
    pool_s, _ = timed(lambda: travel_times(network, "drive", big_o, big_d, workers=2), repeat=2)
    rows.append(
        row(
            "grid 80k: matrix 1,000 × 1,000, process pool of 2 forced (peer = one process; by default the "
            "pool uses only idle cores)",
            pool_s,
            serial_s,
        )
    )
    for count in (30, 300):
        xy = grid_points(200, count, seed=count)
        seconds, _ = timed(lambda xy=xy: ours.reached_lines(uri, xy, 10.0, cached=True), repeat=2)
        rows.append(row(f"grid 80k: reached network, {count} facilities, 10 min, cached", seconds))


def growth_cases(output: Path, ours: Ours, rows: list) -> None:
    for n in (100, 400):
        path = output / f"grid_{n}.gpkg"
        edges = write_grid(path, n)
        uri = f"{path}|layername=roads"
        xy = grid_points(n, 10, seed=5)
        seconds, _ = timed(lambda uri=uri, xy=xy: ours.reached_lines(uri, xy, 10.0, cached=False), repeat=2)
        peer = None
        if n == 100:
            peer, _ = timed(lambda uri=uri, xy=xy: native_service_area(uri, point_layer(xy), 10.0), repeat=2)
        print(f"grid {edges:,} edges, 10 facilities: ours {seconds:.2f} s, native {peer}", flush=True)
        rows.append(row(f"growth: grid {edges:,} edges, 10 facilities, 10 min, build included", seconds, peer))


def helsinki_cases(root: Path, ours: Ours, rows: list) -> None:
    pbf = root / "tests" / "data" / "cache" / "Helsinki.osm.pbf"
    if not pbf.exists():
        rows.append(row("Helsinki extract", "skipped: run make setup", None))
        return
    import processing

    uri = f"{pbf}|layername=lines"
    network = ours.network(uri, cached=False, SPEED_FIELD=None)
    drive = network.profile("drive")
    main = np.unique(network.edge_u[drive.island == 0])
    rng = np.random.default_rng(11)
    xy_work = network.node_xy[rng.choice(main, 20, replace=False)]
    from place_insight.plugin.bridge import crs_of_network

    work = crs_of_network(network).authid()
    roads = processing.run(
        "native:extractbyexpression",
        {
            "INPUT": uri,
            "EXPRESSION": "\"highway\" IN ('primary','secondary','tertiary','residential','service',"
            "'unclassified','living_street','primary_link','secondary_link','tertiary_link')",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    projected = processing.run("native:reprojectlayer", {"INPUT": roads, "TARGET_CRS": work, "OUTPUT": "TEMPORARY_OUTPUT"})[
        "OUTPUT"
    ]
    points = point_layer(xy_work, work)
    native_s, _ = timed(lambda: native_service_area(projected, points, 3.0, speed_field=""), repeat=3)
    ours_s, _ = timed(lambda: ours.reached_lines(uri, xy_work, 3.0, cached=False, SPEED_FIELD=None), repeat=3)
    cached_s, _ = timed(lambda: ours.reached_lines(uri, xy_work, 3.0, cached=True, SPEED_FIELD=None), repeat=3)
    rows.append(
        row(
            f"Helsinki OSM ({network.n_edges:,} edges): drive, 20 points, 3 min, build from the .pbf "
            "included (peer: on a pre-filtered, pre-projected layer)",
            ours_s,
            native_s,
        )
    )
    rows.append(row("Helsinki OSM: same, network cached (peer = ours uncached)", cached_s, ours_s))


def town_polygons(root: Path, rows: list) -> None:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from place_insight.engine.network.storage import CACHE

    town = root / "resources" / "sample_data" / "sample_town.gpkg"
    sites = processing.run(
        "native:extractbyexpression",
        {"INPUT": f"{town}|layername=candidate_sites", "EXPRESSION": "$id <= 100", "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]

    def run():
        CACHE.clear()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(
            "placeinsight:catchments",
            {
                "NETWORK": f"{town}|layername=roads",
                "SPEED_FIELD": "speed_mph",
                "SPEED_UNIT": 1,
                "FACILITIES": sites,
                "BANDS": "5,10,15",
                "BASE": f"{town}|layername=postcodes",
                "COUNT_FIELDS": ["households", "population"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            context=context,
            feedback=QgsProcessingFeedback(),
        )

    seconds, result = timed(run, repeat=2)
    count = result["OUTPUT"].featureCount()
    print(f"sample town: {count} catchment polygons with counts in {seconds:.2f} s", flush=True)
    rows.append(
        row(
            f"sample town: {count} drive catchments (100 sites × 5/10/15 min) with household and population "
            "counts, Processing algorithm, network build included",
            seconds,
            None,
            "< 30 s",
            seconds < 30.0,
        )
    )


def main(output: Path) -> list[dict]:
    start_qgis()
    register_provider()
    root = Path(__file__).resolve().parent.parent
    output = Path(output)
    output.mkdir(exist_ok=True)
    ours = Ours()
    rows: list[dict] = []
    started = time.time()
    town_polygons(root, rows)
    grid_cases(output, ours, rows)
    helsinki_cases(root, ours, rows)
    growth_cases(output, ours, rows)
    rows.append(row("peak memory of the benchmark process", f"{peak_rss_mb():,.0f} MB", None))
    print(f"accessibility benchmark: {time.time() - started:.0f} s")
    for item in rows:
        print(f"{item['case']}: ours {item['ours']}, peer {item['peer']}, {item['ratio']} {item['bar']} {item['met']}")
    return rows
