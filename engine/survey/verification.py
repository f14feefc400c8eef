"""Verification of survey clusters: is a cluster more than "where more people answered"?

For each cluster (a polygon found by :mod:`engine.survey.clusters` or drawn by
hand) and the district around it:

* **Return rate.** Exact one-sided binomial test, conditional on the
  district's total: under the null hypothesis each of the district's ``R``
  responses falls in the cluster with probability ``s`` = the cluster's
  share of the district's households (or of its postcode units when no
  household count is given); ``p = P(X ≥ r)`` with ``X ~ Bin(R, s)``.
  Responses that are points of their own count with their postcode unit
  (``ClusterContents.response_units``), like the households. The
  cluster is **verified** when this p-value is at least ``alpha``: its
  return rate is not significantly greater than the district's.
* **Share of chosen answers.** Exact one-sided binomial test that the
  cluster's share is greater than the district's: ``X ~ Bin(r, C/R)``,
  ``p = P(X ≥ c)``.
* **Incidents.** Rate ratio = the cluster's share of the district's
  incidents ÷ its share of households (or of the district's area, for
  incidents per km²); the confidence interval is the exact Clopper–Pearson
  interval of that share (the conditional-binomial method for a Poisson
  rate ratio) divided by the exposure share; the one-sided test is
  ``X ~ Bin(K, s)``, ``p = P(X ≥ k)``. Overlap with incident clusters is the
  share of the cluster's area that lies in them.
* **Allowing for the search.** Clusters drawn by *Find survey clusters*
  were chosen because their answers are extreme, so the exact tests above,
  meant for areas fixed in advance, reject far too often. Given the
  finder's settings (``search``), the null hypotheses are simulated and the
  finder run again on each simulated data set
  (:mod:`engine.survey.search`); ``share_p_search`` and ``return_p_search``
  are the adjusted p-values, and ``verified`` and ``share_high`` rest on
  them.
* **Disparity.** "fear without crime" when the cluster is verified, the
  chosen answers are significantly elevated and incidents are not; "fear
  and crime" when it is verified and both are elevated; "crime without
  fear" when incidents are elevated and the answers are not; "neither" when
  neither is; not assessed (NULL) when the answers are elevated in a
  cluster that is not verified (it may simply be where more people
  answered). Without incident points, incidents count as elevated when at
  least ``overlap_min`` of the cluster's area lies in incident clusters.

All tests use ``scipy.stats.binomtest`` (:mod:`engine.survey.inference`).
Results resting on fewer than 30 responses are flagged. Each cluster's
verdict is written in plain words (:mod:`engine.survey.verdicts`).

* **Who lives there** (when a segmented base is given). The segment mix of
  the base units inside each cluster against the whole base
  (:func:`engine.segmentation.composition.mix_table`); the dominant segments are the
  largest ones covering 75 % of the cluster, at most five, each with its
  share and index (share in the cluster ÷ share in the base × 100).
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, plural, tr
from ..progress import Band, NullProgress, Progress, check_cancelled
from ..segmentation import composition
from ..values import HOUSEHOLDS, read_numbers
from .inference import excess_test, rate_ratio_interval, share_test
from .search import SearchNull, search_adjustment
from .search import describe as describe_search
from .verdicts import residents_sentence, verdict
from .verification_types import (
    DISPARITIES,
    LOW_NUMBERS,
    ClusterContents,
    District,
    Residents,
    Verification,
    VerificationOptions,
)

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

#: The verification's public names, its input and result types included.
__all__ = [
    "DISPARITIES",
    "LOW_NUMBERS",
    "ClusterContents",
    "District",
    "Residents",
    "Verification",
    "VerificationOptions",
    "household_weights",
    "hull_area",
    "merge_fields",
    "verify_clusters",
]


def verify_clusters(
    contents: ClusterContents,
    district: District,
    options: VerificationOptions | None = None,
    *,
    search: SearchNull | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Verification:
    """Verify every cluster against the district (see the module documentation for the tests).

    Parameters
    ----------
    contents : ClusterContents
        What lies inside each cluster (postcode units, responses, incidents,
        incident clusters, residents).
    district : District
        The district's households, chosen answers, area and incidents.
    options : VerificationOptions, optional
        Significance and confidence levels, incident basis, overlap and
        low-number thresholds, simulations and seed (the defaults without it).
    search : SearchNull, optional
        How the clusters were found (the searched responses, the finder's
        settings, the postcode units): the tests then allow for the search.
        None: the clusters are taken as fixed in advance.
    workers : int, optional
        Processes for the simulations (None: every idle core).
    progress : Progress, optional
        Progress, cancellation and warnings.

    Returns
    -------
    Verification
        One row per cluster in ``table`` (its columns are described by
        :class:`Verification`), the district's figures and the warnings.
    """
    options = options or VerificationOptions()
    progress = progress or NullProgress()
    _check_options(options)
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        progress.warn(message)

    total_weight, total_responses, total_chosen = _district_totals(district, options, warn)
    if options.incident_basis != "area":  # per household, or per postcode unit when households are not known
        options = replace(options, incident_basis=district.basis)
    incident_total_exposure = district.area_km2 if options.incident_basis == "area" else total_weight
    totals = (total_weight, total_responses, total_chosen, incident_total_exposure)
    counts = _cluster_counts(contents, district, options)
    rows = []
    exact_share = 100.0 if search is None else 10.0
    for index, cluster_id in enumerate(contents.ids):
        check_cancelled(progress)
        rows.append(_cluster_row(cluster_id, _inside(counts, contents, index), district=district, totals=totals, options=options))
        progress.set_progress(exact_share * (index + 1) / max(1, len(contents.ids)))
    adjustment = None
    if search is not None and rows:
        adjustment = search_adjustment(
            np.array([row["share_p"] for row in rows], dtype=float),
            np.array([row["return_p"] for row in rows], dtype=float),
            search,
            simulations=options.simulations,
            seed=options.seed,
            workers=workers,
            progress=Band(progress, exact_share, 100.0),
        )
        progress.info(describe_search(adjustment))
    for index, row in enumerate(rows):
        row["share_p_search"] = math.nan if adjustment is None else float(adjustment.share_p[index])
        row["return_p_search"] = math.nan if adjustment is None else float(adjustment.return_p[index])
        _decide(row, district=district, options=options)
    table = _cluster_table(rows, district)
    _warn_about_clusters(table, contents, options, warn)
    table = _with_residents(table, contents.residents, warn)
    return Verification(
        table,
        _district_summary(district, totals, options),
        warnings,
        options,
        district.basis,
        options.incident_basis,
        district.answer_label,
        contents.residents,
        adjustment,
    )


def _check_options(options: VerificationOptions) -> None:
    if not 0 < options.alpha < 1:
        raise InvalidInputError(tr("The significance level must be between 0 and 1."))
    if options.simulations < 1:
        raise InvalidInputError(tr("The number of simulations must be at least 1."))
    if options.incident_basis not in ("households", "area"):
        raise InvalidInputError(tr("Unknown incident basis {basis}.").format(basis=options.incident_basis))


def _district_totals(district: District, options: VerificationOptions, warn) -> tuple[float, int, int]:
    """The district's households (or postcode units), responses and chosen answers; an empty district is refused."""
    weights = np.asarray(district.weights, dtype=float)
    chosen = np.asarray(district.chosen, dtype=bool)
    total_weight = float(weights.sum())
    total_responses = int(chosen.size)
    total_chosen = int(chosen.sum())
    if total_responses == 0:
        raise InvalidInputError(tr("No response lies in the district: nothing can be verified."))
    if total_weight <= 0:
        raise InvalidInputError(tr("The district's postcode units have no households: nothing can be verified."))
    if total_responses < options.low_numbers:
        warn(
            tr(
                "The district has only {n} responses (fewer than {k}): the tests are computed, but they rest on "
                "small numbers and should be read with caution."
            ).format(n=format_count(total_responses), k=format_count(options.low_numbers))
        )
    return total_weight, total_responses, total_chosen


def _cluster_counts(contents: ClusterContents, district: District, options: VerificationOptions) -> dict:
    """Per cluster: postcode units, households (exposure), responses, chosen answers, incidents and their exposure."""
    weights = np.asarray(district.weights, dtype=float)
    chosen = np.asarray(district.chosen, dtype=bool)
    exposure = _counts(contents.postcodes, weights)
    postcodes = _counts(contents.postcodes)
    responses = _counts(contents.responses).astype(np.int64)
    returned = responses
    if contents.response_units is not None:  # points: each response counts with its postcode unit
        per_unit = np.bincount(np.asarray(contents.response_units, dtype=np.int64), minlength=weights.size)
        returned = _counts(contents.postcodes, per_unit.astype(float)).astype(np.int64)
    chosen_in = _counts(contents.responses, chosen).astype(np.int64)
    per_area = options.incident_basis == "area"
    incident_exposure = np.asarray(contents.area_km2, float) if per_area else exposure
    incidents = None if contents.incidents is None else _counts(contents.incidents)
    if incidents is not None and district.incidents is None:
        raise InvalidInputError("District.incidents is needed with incident memberships")
    return {
        "postcodes": postcodes,
        "exposure": exposure,
        "responses": responses,
        "returned": returned,
        "chosen": chosen_in,
        "incidents": incidents,
        "incident_exposure": incident_exposure,
    }


def _inside(counts: dict, contents: ClusterContents, index: int) -> dict:
    """What cluster ``index`` holds, as :func:`_cluster_row` reads it."""
    return {
        "postcodes": int(counts["postcodes"][index]),
        "exposure": float(counts["exposure"][index]),
        "responses": int(counts["responses"][index]),
        "returned": int(counts["returned"][index]),
        "chosen": int(counts["chosen"][index]),
        "incidents": None if counts["incidents"] is None else int(counts["incidents"][index]),
        "incident_exposure": float(counts["incident_exposure"][index]),
        "overlap": None if contents.incident_overlap is None else float(contents.incident_overlap[index]),
        "overlapping": None if contents.incident_clusters is None else contents.incident_clusters[index],
    }


def _cluster_table(rows: list[dict], district: District) -> pd.DataFrame:
    """The rows as the verification table (flags as objects, so that they can be NULL)."""
    table = pd.DataFrame(rows, columns=_COLUMNS)
    for column in ("verified", "share_high", "incidents_high", "low_numbers"):
        table[column] = table[column].astype(object)
    if district.basis != "households":
        table["households"] = np.nan
    return table


def _district_summary(district: District, totals: tuple[float, int, int, float], options: VerificationOptions) -> dict:
    """The district's figures for the report."""
    total_weight, total_responses, total_chosen, incident_total_exposure = totals
    return {
        "postcodes": int(np.asarray(district.weights, dtype=float).size),
        "households": total_weight if district.basis == "households" else None,
        "responses": total_responses,
        "chosen": total_chosen,
        "share": total_chosen / total_responses,
        "return_rate": total_responses / total_weight,
        "incidents": district.incidents,
        "area_km2": district.area_km2,
        "incident_rate": (
            _per_exposure(district.incidents, incident_total_exposure, options.incident_basis)
            if district.incidents is not None
            else None
        ),
        "notes": list(district.notes),
    }


_COLUMNS = [
    "cluster_id",
    "postcodes",
    "households",
    "responses",
    "return_rate",
    "district_return_rate",
    "return_ratio",
    "return_p",
    "return_p_search",
    "verified",
    "chosen",
    "share",
    "district_share",
    "share_ratio",
    "share_p",
    "share_p_search",
    "share_high",
    "incidents",
    "incident_rate",
    "district_incident_rate",
    "incident_ratio",
    "ratio_low",
    "ratio_high",
    "incident_p",
    "incident_overlap",
    "incident_clusters",
    "incidents_high",
    "disparity",
    "low_numbers",
    "verdict",
]


def _per_exposure(count: float, exposure: float, basis: str) -> float:
    """Incidents per 1,000 households (or postcode units), or per km²."""
    if exposure <= 0:
        return math.nan
    return count / exposure * (1.0 if basis == "area" else 1000.0)


def _counts(matrix, weights: np.ndarray | None = None) -> np.ndarray:
    vector = np.ones(matrix.shape[1]) if weights is None else np.asarray(weights, dtype=float)
    return np.asarray(matrix @ vector).ravel()


def _cluster_row(
    cluster_id, inside: dict, *, district: District, totals: tuple[float, int, int, float], options: VerificationOptions
) -> dict:
    """One row of the table: the cluster's counts and its three exact tests (:func:`_decide` adds the rest)."""
    total_weight, total_responses, total_chosen, _ = totals
    row = {
        "cluster_id": cluster_id,
        "postcodes": inside["postcodes"],
        "households": inside["exposure"],
        "responses": inside["responses"],
        "chosen": inside["chosen"],
        "district_return_rate": total_responses / total_weight,
        "district_share": total_chosen / total_responses,
    }
    row.update(_return_columns(inside, totals, options.alpha))
    row.update(_share_columns(inside, row["district_share"], options.alpha))
    row.update(_incident_columns(inside, district, totals, options))
    row["low_numbers"] = inside["responses"] < options.low_numbers
    return row


def _decide(row: dict, *, district: District, options: VerificationOptions) -> None:
    """Verified and share_high from the adjusted p-values where the search was simulated, the disparity, the verdict."""
    for flag, exact, adjusted, significant in (
        ("verified", "return_p", "return_p_search", False),
        ("share_high", "share_p", "share_p_search", True),
    ):
        p = row[adjusted] if not math.isnan(row[adjusted]) else row[exact]
        if row[flag] is not None and not math.isnan(p):
            row[flag] = bool(p < options.alpha) if significant else bool(p >= options.alpha)
    row["disparity"] = _disparity(row["share_high"], row["incidents_high"], row["verified"])
    row["verdict"] = verdict(row, options=options, basis=district.basis, answers=district.answer_label)


def _return_columns(inside: dict, totals: tuple[float, int, int, float], alpha: float) -> dict:
    """The cluster's return rate and its exact test against the district's (NULL without postcode units)."""
    total_weight, total_responses = totals[0], totals[1]
    postcodes, exposure, responses = inside["postcodes"], inside["exposure"], inside["returned"]
    if not (postcodes > 0 and exposure > 0):
        return {"return_rate": math.nan, "return_ratio": math.nan, "return_p": math.nan, "verified": None}
    ratio, p = excess_test(responses, total_responses, exposure / total_weight)
    return {"return_rate": responses / exposure, "return_ratio": ratio, "return_p": p, "verified": bool(p >= alpha)}


def _share_columns(inside: dict, district_share: float, alpha: float) -> dict:
    """The cluster's share of chosen answers and its exact test against the district's (NULL without responses)."""
    chosen, responses = inside["chosen"], inside["responses"]
    if not responses > 0:
        return {"share": math.nan, "share_ratio": math.nan, "share_p": math.nan, "share_high": None}
    share = chosen / responses
    p = share_test(chosen, responses, district_share)
    return {
        "share": share,
        "share_ratio": share / district_share if district_share > 0 else math.nan,
        "share_p": p,
        "share_high": bool(p < alpha),
    }


def _incident_columns(
    inside: dict, district: District, totals: tuple[float, int, int, float], options: VerificationOptions
) -> dict:
    """The cluster's incident rate ratio, its interval and test, or its overlap with incident clusters."""
    incidents, incident_exposure, overlap = inside["incidents"], inside["incident_exposure"], inside["overlap"]
    incident_total_exposure = totals[3]
    columns = {
        "incidents": incidents,
        "incident_rate": math.nan,
        "district_incident_rate": math.nan,
        "incident_ratio": math.nan,
        "ratio_low": math.nan,
        "ratio_high": math.nan,
        "incident_p": math.nan,
        "incidents_high": None,
        "incident_overlap": math.nan if overlap is None else overlap,
        "incident_clusters": inside["overlapping"],
    }
    if incidents is not None and district.incidents:
        share = incident_exposure / incident_total_exposure if incident_total_exposure > 0 else 0.0
        columns["incident_rate"] = _per_exposure(incidents, incident_exposure, options.incident_basis)
        columns["district_incident_rate"] = _per_exposure(district.incidents, incident_total_exposure, options.incident_basis)
        columns["incident_ratio"], columns["incident_p"] = excess_test(incidents, district.incidents, share)
        columns["ratio_low"], columns["ratio_high"] = rate_ratio_interval(
            incidents, district.incidents, share, options.confidence
        )
        if not math.isnan(columns["incident_p"]):
            columns["incidents_high"] = bool(columns["incident_p"] < options.alpha)
    elif overlap is not None:
        columns["incidents_high"] = bool(overlap >= options.overlap_min)
    return columns


def _disparity(fear: bool | None, crime: bool | None, verified: bool | None) -> str | None:
    """The disparity code; fear counts only in a verified cluster (elsewhere it may be where more people answered)."""
    if fear is None or crime is None or (fear and verified is not True):
        return None
    if fear and not crime:
        return "fear without crime"
    if crime and not fear:
        return "crime without fear"
    return "fear and crime" if fear else "neither"


def _warn_about_clusters(table: pd.DataFrame, contents: ClusterContents, options: VerificationOptions, warn) -> None:
    empty = table.loc[table["postcodes"] == 0, "cluster_id"].tolist()
    if empty:
        text = plural(
            len(empty),
            tr("{n} cluster contains no postcode unit, so its return rate cannot be tested: {ids}."),
            tr("{n} clusters contain no postcode unit, so their return rate cannot be tested: {ids}."),
        )
        warn(text.format(n=format_count(len(empty)), ids=format_examples(empty)))
    low = table.loc[table["low_numbers"].astype(bool) & (table["postcodes"] > 0), "cluster_id"].tolist()
    if low:
        text = plural(
            len(low),
            tr("{n} cluster has fewer than {k} responses; its results rest on small numbers: {ids}."),
            tr("{n} clusters have fewer than {k} responses; their results rest on small numbers: {ids}."),
        )
        warn(text.format(n=format_count(len(low)), k=format_count(options.low_numbers), ids=format_examples(low)))
    pairs = _shared_members(contents)
    if pairs:
        warn(
            tr("Some clusters overlap and share postcode units or responses, which count in each of them: {pairs}.").format(
                pairs=format_examples([f"{a} & {b}" for a, b in pairs])
            )
        )


def _shared_members(contents: ClusterContents) -> list[tuple]:
    shared = (contents.postcodes @ contents.postcodes.T) + (contents.responses @ contents.responses.T)
    shared = shared.tocoo()
    pairs = sorted({(int(i), int(j)) for i, j, v in zip(shared.row, shared.col, shared.data) if i < j and v > 0})
    return [(contents.ids[i], contents.ids[j]) for i, j in pairs]


def _with_residents(table: pd.DataFrame, residents: Residents | None, warn) -> pd.DataFrame:
    """The dominant segments of each cluster before ``verdict``, and who lives there at the end of the verdict."""
    if residents is None:
        return table
    dominant = composition.dominant_segments(residents.mix, len(table))
    table = pd.concat(
        [table.drop(columns="verdict").reset_index(drop=True), dominant, table[["verdict"]].reset_index(drop=True)], axis=1
    )
    zones = residents.mix["zone"].to_numpy()
    totals = np.zeros(len(table))
    sentences = []
    for index in range(len(table)):
        rows = residents.mix[zones == index]
        totals[index] = float(rows["area_count"].sum())
        sentences.append(residents_sentence(rows, residents))
    table["verdict"] = [f"{verdict} {sentence}" for verdict, sentence in zip(table["verdict"], sentences)]
    empty = table.loc[totals <= 0, "cluster_id"].tolist()
    if empty:
        text = plural(
            len(empty),
            tr("{n} cluster contains no unit of {base}, so its dominant segments are NULL: {ids}."),
            tr("{n} clusters contain no unit of {base}, so their dominant segments are NULL: {ids}."),
        )
        warn(text.format(n=format_count(len(empty)), base=residents.base, ids=format_examples(empty)))
    return table


# -- helpers for the adapter -----------------------------------------------------------------
def household_weights(values, *, field: str = "", layer: str = "", labels=None, progress: Progress | None = None) -> np.ndarray:
    """Households per postcode unit as floats, read by the numeric-field policy (:data:`engine.values.HOUSEHOLDS`).

    NULL counts as 0 (with a warning); text, negative, infinite or
    implausibly large counts are refused, naming the postcode units.

    Parameters
    ----------
    values : sequence of object
        The household count of each postcode unit, as read from the field.
    field, layer : str
        Named in the messages.
    labels : sequence of object, optional
        Identify the postcode units in messages (feature ids).
    progress : Progress, optional
        Receives the warning.

    Returns
    -------
    numpy.ndarray
    """
    return read_numbers(values, HOUSEHOLDS, field=field, layer=layer, labels=labels, progress=progress)


def hull_area(xy: np.ndarray) -> float:
    """Area of the convex hull of the points (``scipy.spatial.ConvexHull``); 0 for fewer than three.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates (duplicates are ignored, and so are points
        with a NaN coordinate: features without geometry are read so).

    Returns
    -------
    float
        In the square units of the coordinates; 0 as well when the points are
        collinear.
    """
    from scipy.spatial import ConvexHull, QhullError

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    xy = np.unique(xy[np.isfinite(xy).all(axis=1)], axis=0)
    if len(xy) < 3:
        return 0.0
    try:
        return float(ConvexHull(xy).volume)
    except QhullError:
        return 0.0


def merge_fields(attributes: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """``cluster_id``, the clusters' own fields, then the verification's; a field in both takes the verification's.

    Parameters
    ----------
    attributes : pandas.DataFrame
        The clusters' own fields, one row per cluster.
    table : pandas.DataFrame
        :class:`Verification`'s ``table``, aligned with ``attributes``.

    Returns
    -------
    pandas.DataFrame
    """
    kept = attributes.drop(columns=[c for c in attributes.columns if c in table.columns]).reset_index(drop=True)
    table = table.reset_index(drop=True)
    return pd.concat([table[["cluster_id"]], kept, table.drop(columns=["cluster_id"])], axis=1)
