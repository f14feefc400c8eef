"""Inference that allows for the search: Monte Carlo p-values of clusters found in the same answers.

The exact tests of :mod:`engine.survey.inference` hold for an area fixed in
advance. A cluster drawn by :func:`engine.survey.clusters.find_clusters` is
the area where the answers happened to be most extreme, so its exact p-value
is far too small. As in CrimeStat's Monte Carlo simulation and PySAL's
permutation inference, the null hypothesis is simulated and the *same finder
with the same settings* is run again on each simulated data set:

* **Share of chosen answers** (is the fear concentrated?): the answers are
  permuted among the placed responses (places and numbers of responses
  unchanged).
* **Return rate** (did more people answer here?): every response is placed
  again at a postcode unit drawn at random in proportion to its households
  (or one per unit), keeping its answer. A response that is a point of its
  own (an address, not a postcode) keeps its offset from its postcode unit
  (the nearest one): it moves with it to the unit drawn, so that the
  simulated responses lie around their units as the real ones do, and the
  finder sees the same kind of data in the simulations as in the survey
  (records stacked at the units would form other clusters). A response
  counts in the cluster that holds its unit, in the simulations as in the
  verification of the survey's clusters
  (:class:`engine.survey.verification_types.ClusterContents`): counted
  where they lie, the responses that drew a point cluster's outline would
  be inside it while their units' households straddle its edge.

Each cluster the finder draws in a simulation is tested exactly as a real
one (the records inside its outline: cells, or the alpha shape with its
margin, :func:`records_in_shape`), and the smallest p-value of each
simulation is kept. The adjusted p-value of a real cluster with exact
p-value ``p`` is ``(1 + #{simulations whose smallest p ≤ p}) / (N + 1)``:
the chance that a search of data with nothing in it finds a cluster at
least as extreme anywhere (a single-step max-statistic adjustment, which
holds the chance of any false alarm in the district at the level).
Simulations where the finder finds nothing count as finding nothing
extreme. The adjusted p-value is never below the exact one: a cluster the
finder drew for its answers may be ordinary in its returns, and a null
hypothesis under which the finder draws nothing says nothing about it.
Each simulation has its own seed, drawn from the run's seed, so the result
does not depend on how the simulations are shared between the processes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from ..errors import InvalidInputError
from ..i18n import format_count, format_number, join_items, tr
from ..progress import NullProgress, Progress, check_cancelled
from .clusters import ClusterOptions, ClusterShape, SurveyPoints, find_clusters
from .clusters.getis_ord import forget_pairs, reusing_pairs

#: Simulations by default, and for publication.
DEFAULT_SIMULATIONS = 99
PUBLICATION_SIMULATIONS = 999
#: Simulations per task handed to a process (progress and cancellation between tasks).
CHUNK = 5
#: The two null hypotheses.
TESTS = ("share", "return")
#: The name under which the settings text records how many records the finder searched.
RECORDS = "records"
#: The settings each method uses (the others are left out of the text written with its clusters).
SETTINGS = {
    "density": ("kernel", "bandwidth", "cell_size", "percentile", "min_points"),
    "share": ("kernel", "bandwidth", "cell_size", "share_multiple", "min_count", "min_points"),
    "gi_grid": ("kernel", "bandwidth", "cell_size", "neighbours", "distance_band", "k", "gi_value", "alpha", "min_points"),
    "gi_units": ("kernel", "bandwidth", "neighbours", "distance_band", "k", "gi_value", "alpha", "min_points"),
    "nnh": ("probability", "threshold", "area", "min_points", "max_order"),
}


# -- the finder's settings as text -------------------------------------------------------------
def options_text(options: ClusterOptions, records: int | None = None) -> str:
    """The finder's settings as short text (``method=nnh;threshold=150.0``): the method's own, defaults left out.

    Written by *Find survey clusters* into each cluster so that the
    verification can run the same search again (:func:`options_from_text`),
    with the number of records the finder searched (``records=2113``), so
    that the verification can tell whether it simulates the same search
    (:func:`searched_records`).

    Parameters
    ----------
    options : ClusterOptions
    records : int, optional
        How many records the finder searched.

    Returns
    -------
    str
    """
    default = ClusterOptions()
    parts = [f"method={options.method}"]
    used = SETTINGS.get(options.method, ())
    for item in fields(ClusterOptions):
        value = getattr(options, item.name)
        if item.name in used and value != getattr(default, item.name):
            parts.append(f"{item.name}={'' if value is None else repr(value) if isinstance(value, float) else value}")
    if records is not None:
        parts.append(f"{RECORDS}={int(records)}")
    return ";".join(parts)


def searched_records(text: str) -> int | None:
    """How many records the finder searched, as :func:`options_text` wrote it (None when it is not written).

    Parameters
    ----------
    text : str

    Returns
    -------
    int or None

    Raises
    ------
    InvalidInputError
        When the number cannot be read.
    """
    for part in str(text).split(";"):
        name, _, value = part.partition("=")
        if name.strip() == RECORDS:
            try:
                return int(value.strip())
            except ValueError:
                raise InvalidInputError(
                    tr("The search setting {name} has an unreadable value {value}.").format(name=RECORDS, value=value.strip())
                ) from None
    return None


def options_from_text(text: str) -> ClusterOptions:
    """The settings written by :func:`options_text`.

    Parameters
    ----------
    text : str

    Returns
    -------
    ClusterOptions

    Raises
    ------
    InvalidInputError
        When the text names an unknown setting or a value of the wrong kind.
    """
    kinds = {item.name: item.type for item in fields(ClusterOptions)}
    values: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in str(text).split(";"))):
        name, _, value = part.partition("=")
        name, value = name.strip(), value.strip()
        if name == RECORDS:  # what the finder searched, not how (searched_records)
            continue
        if name not in kinds:
            raise InvalidInputError(tr("Unknown search setting {name} in {text}.").format(name=name, text=text))
        try:
            if "str" in str(kinds[name]):
                values[name] = value
            elif value == "":
                values[name] = None
            elif "int" in str(kinds[name]):
                values[name] = int(value)
            else:
                values[name] = float(value)
        except ValueError:
            raise InvalidInputError(
                tr("The search setting {name} has an unreadable value {value}.").format(name=name, value=value)
            ) from None
    return replace(ClusterOptions(), **values)


# -- records inside an outline, as the adapter draws it ---------------------------------------------------
def records_in_shape(shape: ClusterShape, xy: np.ndarray, tree=None) -> np.ndarray:
    """Which points lie inside a cluster's outline (the polygon the adapter draws), without QGIS.

    Cells: points in any of the rectangles. Point clusters: points within
    ``margin`` of a triangle or of a member point (the union of the
    triangles and the points, buffered by the margin; the adapter draws the
    arcs as chords, 0.5 % inside).

    Parameters
    ----------
    shape : ClusterShape
    xy : numpy.ndarray
        ``(n, 2)`` points.
    tree : scipy.spatial.cKDTree, optional
        A tree of ``xy`` already built (point clusters).

    Returns
    -------
    numpy.ndarray
        Boolean mask over the points.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(shape.rectangles):
        return _in_cells(shape.rectangles, xy)
    from scipy.spatial import cKDTree

    tree = tree if tree is not None else cKDTree(xy)
    inside = np.zeros(len(xy), dtype=bool)
    for found in tree.query_ball_point(shape.points, shape.margin * (1 + 1e-9)):
        inside[found] = True
    triangles = np.asarray(shape.triangles, dtype=float).reshape(-1, 3, 2)
    if len(triangles):
        centre = triangles.mean(axis=1)
        reach = np.linalg.norm(triangles - centre[:, None, :], axis=2).max(axis=1) + shape.margin
        pairs = [(t, j) for t, found in enumerate(tree.query_ball_point(centre, reach)) for j in found]
        if pairs:
            t, j = np.array(pairs).T
            near = _triangle_distance(triangles[t], xy[j]) <= shape.margin * (1 + 1e-9)
            inside[j[near]] = True
    return inside


def shapes_members(shapes: list[ClusterShape], xy: np.ndarray, tree=None):
    """Which points lie inside each outline, for many outlines at once (as :func:`records_in_shape`).

    The point clusters' points and triangles are looked up in one pass
    over the tree, which is much faster than one outline at a time when a
    search draws hundreds of small clusters.

    Parameters
    ----------
    shapes : list of ClusterShape
    xy : numpy.ndarray
        ``(n, 2)`` points.
    tree : scipy.spatial.cKDTree, optional
        A tree of ``xy`` already built.

    Returns
    -------
    scipy.sparse.csr_matrix
        ``shapes × points``, 1 where the point lies inside.
    """
    from scipy.sparse import coo_matrix
    from scipy.spatial import cKDTree

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for index, shape in enumerate(shapes):
        if len(shape.rectangles):
            inside = np.flatnonzero(_in_cells(shape.rectangles, xy))
            rows.append(np.full(inside.size, index))
            cols.append(inside)
    pointed = [(index, shape) for index, shape in enumerate(shapes) if not len(shape.rectangles)]
    if pointed:
        tree = tree if tree is not None else cKDTree(xy)
        # discs of radius margin around every member point
        owner = np.concatenate([np.full(len(shape.points), index) for index, shape in pointed])
        centres = np.concatenate([np.asarray(shape.points, dtype=float).reshape(-1, 2) for _, shape in pointed])
        radius = np.concatenate([np.full(len(shape.points), shape.margin * (1 + 1e-9)) for _, shape in pointed])
        found = tree.query_ball_point(centres, radius)
        lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
        rows.append(np.repeat(owner, lengths))
        cols.append(np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64, count=int(lengths.sum())))
        # points within margin of a triangle: candidates around each triangle, then the exact distance
        with_triangles = [(index, shape) for index, shape in pointed if len(shape.triangles)]
        if with_triangles:
            triangles = np.concatenate(
                [np.asarray(shape.triangles, dtype=float).reshape(-1, 3, 2) for _, shape in with_triangles]
            )
            owner = np.concatenate([np.full(len(shape.triangles), index) for index, shape in with_triangles])
            margin = np.concatenate([np.full(len(shape.triangles), shape.margin) for _, shape in with_triangles])
            centre = triangles.mean(axis=1)
            reach = np.linalg.norm(triangles - centre[:, None, :], axis=2).max(axis=1) + margin
            found = tree.query_ball_point(centre, reach)
            lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
            t = np.repeat(np.arange(len(found)), lengths)
            j = np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64, count=int(lengths.sum()))
            near = _triangle_distance(triangles[t], xy[j]) <= margin[t] * (1 + 1e-9)
            rows.append(owner[t[near]])
            cols.append(j[near])
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    col = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    matrix = coo_matrix((np.ones(row.size), (row, col)), shape=(len(shapes), len(xy))).tocsr()
    matrix.data[:] = 1.0
    return matrix


def _in_cells(rectangles: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Points inside the union of equal square cells of one grid."""
    rectangles = np.asarray(rectangles, dtype=float)
    cell = float(rectangles[0, 2] - rectangles[0, 0])
    x0, y0 = rectangles[:, 0].min(), rectangles[:, 1].min()
    columns = np.rint((rectangles[:, 0] - x0) / cell).astype(np.int64)
    rows = np.rint((rectangles[:, 1] - y0) / cell).astype(np.int64)
    width = int(columns.max()) + 1
    inside = (xy[:, 0] >= x0) & (xy[:, 1] >= y0) & (xy[:, 0] <= rectangles[:, 2].max()) & (xy[:, 1] <= rectangles[:, 3].max())
    candidates = np.nonzero(inside)[0]
    column = np.minimum(np.floor((xy[candidates, 0] - x0) / cell).astype(np.int64), width - 1)
    row = np.floor((xy[candidates, 1] - y0) / cell).astype(np.int64)
    row = np.minimum(row, int(rows.max()))
    inside[candidates] = np.isin(row * width + column, rows * width + columns)
    return inside


def _triangle_distance(triangles: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Distance from each point to its triangle (0 inside), pairwise: ``(m, 3, 2)`` and ``(m, 2)``."""
    a, b, c = triangles[:, 0], triangles[:, 1], triangles[:, 2]

    def cross(o, p, q):
        return (p[:, 0] - o[:, 0]) * (q[:, 1] - o[:, 1]) - (p[:, 1] - o[:, 1]) * (q[:, 0] - o[:, 0])

    d1, d2, d3 = cross(a, b, xy), cross(b, c, xy), cross(c, a, xy)
    inside = ((d1 >= 0) & (d2 >= 0) & (d3 >= 0)) | ((d1 <= 0) & (d2 <= 0) & (d3 <= 0))

    def segment(p, q):
        d = q - p
        length = np.einsum("ij,ij->i", d, d)
        t = np.clip(np.einsum("ij,ij->i", xy - p, d) / np.where(length > 0, length, 1.0), 0.0, 1.0)
        return np.hypot(*(p + t[:, None] * d - xy).T)

    distance = np.minimum(np.minimum(segment(a, b), segment(b, c)), segment(c, a))
    return np.where(inside, 0.0, distance)


# -- the simulations ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchNull:
    """What the simulations need: the responses the finder searched, its settings and the postcode units.

    ``points`` are the district's located responses (with their answers);
    ``unit_xy`` and ``weights`` the district's postcode units and their
    households (ones when not known), where responses are placed again for
    the return-rate null hypothesis.
    """

    points: SurveyPoints
    options: ClusterOptions
    unit_xy: np.ndarray
    weights: np.ndarray
    #: Each response's offset from its postcode unit (zeros for responses placed at their unit); None: from the data.
    offsets: np.ndarray | None = None

    def with_offsets(self) -> SearchNull:
        """This null hypothesis with the offsets of the responses from their units (:func:`unit_offsets`)."""
        if self.offsets is not None:
            return self
        return replace(self, offsets=unit_offsets(self.points.xy, self.unit_xy))


def nearest_units(xy: np.ndarray, unit_xy: np.ndarray) -> np.ndarray:
    """The postcode unit of each point that is a response of its own: the nearest (``cKDTree``).

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` responses.
    unit_xy : numpy.ndarray
        ``(m, 2)`` postcode units.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` positions in ``unit_xy``.
    """
    from scipy.spatial import cKDTree

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    _, nearest = cKDTree(np.asarray(unit_xy, dtype=float).reshape(-1, 2)).query(xy)
    return np.asarray(nearest, dtype=np.int64)


def unit_offsets(xy: np.ndarray, unit_xy: np.ndarray) -> np.ndarray:
    """Each point's offset from its postcode unit (:func:`nearest_units`; 0 for a point at a unit).

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` responses.
    unit_xy : numpy.ndarray
        ``(m, 2)`` postcode units.

    Returns
    -------
    numpy.ndarray
        ``(n, 2)``: ``xy - unit_xy[nearest]``.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    unit_xy = np.asarray(unit_xy, dtype=float).reshape(-1, 2)
    return xy - unit_xy[nearest_units(xy, unit_xy)]


@dataclass(frozen=True)
class SearchAdjustment:
    """The adjusted p-values of the real clusters and the simulated distributions they come from.

    ``share_p`` and ``return_p`` are aligned with the clusters (NaN where the
    exact p-value is NaN, or the test was not simulated); ``smallest`` maps
    each simulated test to the smallest p-value of each simulation (1 when
    the finder found nothing) and ``found`` to the number of clusters found.
    """

    share_p: np.ndarray
    return_p: np.ndarray
    simulations: int
    seed: int
    smallest: dict
    found: dict


def adjusted_p(exact: np.ndarray, smallest: np.ndarray) -> np.ndarray:
    """``max(p, (1 + #{smallest ≤ p}) / (N + 1))`` for each exact p-value ``p`` (NaN stays NaN).

    Parameters
    ----------
    exact : numpy.ndarray
        The real clusters' exact p-values.
    smallest : numpy.ndarray
        The smallest p-value of each of the ``N`` simulations.

    Returns
    -------
    numpy.ndarray
    """
    exact = np.asarray(exact, dtype=float)
    ordered = np.sort(np.asarray(smallest, dtype=float))
    # ties within rounding count against the cluster (a simulation as extreme as it)
    count = np.searchsorted(ordered, exact * (1 + 1e-9), side="right")
    return np.where(np.isnan(exact), np.nan, np.maximum(exact, (1.0 + count) / (len(ordered) + 1.0)))


def search_adjustment(
    share_p: np.ndarray,
    return_p: np.ndarray,
    null: SearchNull,
    *,
    simulations: int = DEFAULT_SIMULATIONS,
    seed: int = 1,
    tests: tuple[str, ...] = TESTS,
    workers: int | None = None,
    progress: Progress | None = None,
) -> SearchAdjustment:
    """Adjusted p-values of the real clusters' share and return tests (see the module documentation).

    Parameters
    ----------
    share_p, return_p : numpy.ndarray
        The real clusters' exact p-values.
    null : SearchNull
        The searched responses, the finder's settings and the postcode units.
    simulations : int
        Simulations of each null hypothesis (99 by default; 999 for publication).
    seed : int
        Seed of the run.
    tests : tuple of str
        Which null hypotheses to simulate (``"share"``, ``"return"``).
    workers : int, optional
        Processes (None: every idle core, see :func:`engine.parallel.map_chunks`).
    progress : Progress, optional
        Progress and cancellation.

    Returns
    -------
    SearchAdjustment
    """
    from ..parallel import map_chunks

    progress = progress or NullProgress()
    if simulations < 1:
        raise InvalidInputError(tr("The number of simulations must be at least 1."))
    if null.points.xy.shape[0] < 2 or float(np.sum(null.weights)) <= 0:
        raise InvalidInputError(tr("The search cannot be simulated without responses and households."))
    check_cancelled(progress)
    if "return" in tests:
        null = null.with_offsets()
    seeds = np.random.SeedSequence(int(seed)).spawn(len(TESTS) * simulations)
    tasks: list[tuple[str, list]] = []
    for t, test in enumerate(TESTS):
        if test not in tests:
            continue
        own = seeds[t * simulations : (t + 1) * simulations]
        tasks.extend((test, own[i : i + CHUNK]) for i in range(0, simulations, CHUNK))
    try:
        results = map_chunks(_simulate, tasks, shared=null, workers=workers, progress=progress) if tasks else []
    finally:
        forget_pairs()  # kept by the simulations run in this process
    least_p: dict[str, list[float]] = {test: [] for test in tests}
    counts: dict[str, list[int]] = {test: [] for test in tests}
    for (test, _), (least, count) in zip(tasks, results):
        least_p[test].extend(least)
        counts[test].extend(count)
    smallest = {k: np.array(v, dtype=float) for k, v in least_p.items()}
    found = {k: np.array(v, dtype=np.int64) for k, v in counts.items()}
    nan = np.full(len(np.atleast_1d(share_p)), np.nan)
    return SearchAdjustment(
        adjusted_p(share_p, smallest["share"]) if "share" in smallest else nan,
        adjusted_p(return_p, smallest["return"]) if "return" in smallest else nan,
        int(simulations),
        int(seed),
        smallest,
        found,
    )


def _simulate(null: SearchNull, test: str, seeds) -> tuple[list[float], list[int]]:
    """One task: the smallest p-value and the number of clusters of each simulation of one null hypothesis."""
    smallest, found = [], []
    with reusing_pairs(keep=True):  # Gi* on the same postcode units in every simulation of this process
        for seed in seeds:
            rng = np.random.default_rng(seed)
            p = simulated_p_values(null, test, rng)
            smallest.append(float(p.min()) if len(p) else 1.0)
            found.append(len(p))
    return smallest, found


def simulated_p_values(null: SearchNull, test: str, rng: np.random.Generator) -> np.ndarray:
    """The exact p-values of the clusters found in one simulated data set (of ``test``'s null hypothesis).

    Parameters
    ----------
    null : SearchNull
    test : str
        ``"share"`` or ``"return"``.
    rng : numpy.random.Generator

    Returns
    -------
    numpy.ndarray
        One p-value per cluster found (those with no record inside left out).
    """
    from scipy import stats

    points, weights = null.points, np.asarray(null.weights, dtype=float)
    unit_xy = np.asarray(null.unit_xy, dtype=float).reshape(-1, 2)
    if test == "share":
        simulated = replace(points, chosen=rng.permutation(points.chosen))
        (inside,) = _found_members(simulated, null.options, simulated.xy)
        responses = np.asarray(inside.sum(axis=1)).ravel()
        chosen = np.asarray(inside @ simulated.chosen.astype(float)).ravel()
        keep = responses > 0
        return stats.binom.sf(chosen[keep] - 1, responses[keep], float(simulated.chosen.mean()))
    unit = rng.choice(len(unit_xy), size=len(points.xy), p=weights / weights.sum())
    keyed = points.unit is not None and points.unit_xy is not None and bool((points.unit >= 0).all())
    if keyed:  # responses placed at their postcode unit, as in the survey
        simulated = SurveyPoints(unit_xy[unit], points.chosen, unit, unit_xy)
    else:  # points of their own: each moves with its offset from its unit
        simulated = SurveyPoints(unit_xy[unit] + null.with_offsets().offsets, points.chosen, points.unit, points.unit_xy)
    # a response counts in the cluster holding its postcode unit, as the verification counts the survey's
    (units_inside,) = _found_members(simulated, null.options, unit_xy)
    responses = np.asarray(units_inside @ np.bincount(unit, minlength=len(unit_xy)).astype(float)).ravel()
    exposure = np.asarray(units_inside @ weights).ravel()
    keep = (np.asarray(units_inside.sum(axis=1)).ravel() > 0) & (exposure > 0)
    return stats.binom.sf(responses[keep] - 1, len(points.xy), np.minimum(1.0, exposure[keep] / weights.sum()))


def _found_members(simulated: SurveyPoints, options: ClusterOptions, *located: np.ndarray) -> list:
    """The finder run on simulated data: for each set of points, which lie in each cluster found (none: no cluster)."""
    from scipy.sparse import csr_matrix
    from scipy.spatial import cKDTree

    try:
        shapes = find_clusters(simulated, options).shapes
    except InvalidInputError:  # e.g. Gi* on identical values: the finder finds nothing
        shapes = []
    if not shapes:
        return [csr_matrix((0, len(xy))) for xy in located]
    return [shapes_members(shapes, xy, cKDTree(xy)) for xy in located]


def describe(adjustment: SearchAdjustment) -> str:
    """One translated sentence on the simulations, for the log and the report.

    Parameters
    ----------
    adjustment : SearchAdjustment

    Returns
    -------
    str
    """
    parts = []
    for test, label in (("share", tr("answers permuted")), ("return", tr("responses placed again by households"))):
        if test in adjustment.found:
            found = adjustment.found[test]
            parts.append(
                tr("{label}: the finder found clusters in {k} of {n} simulations ({mean} a simulation on average)").format(
                    label=label,
                    k=format_count(int((found > 0).sum())),
                    n=format_count(len(found)),
                    mean=format_number(found.mean() if len(found) else 0.0, 1),
                )
            )
    return tr("Search simulated {n} times (seed {seed}): {parts}.").format(
        n=format_count(adjustment.simulations), seed=adjustment.seed, parts=join_items(parts)
    )
