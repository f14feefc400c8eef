"""Verification of survey clusters: is a cluster more than "where more people answered"?

For each cluster (a polygon found by :mod:`engine.survey.clusters` or drawn by
hand) and the district around it:

* **Return rate.** Exact one-sided binomial test, conditional on the
  district's total: under the null hypothesis each of the district's ``R``
  responses falls in the cluster with probability ``s`` = the cluster's
  share of the district's households (or of its postcode units when no
  household count is given); ``p = P(X ≥ r)`` with ``X ~ Bin(R, s)``. The
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
* **Disparity.** "fear without crime" when the chosen answers are
  significantly elevated and incidents are not; "crime without fear" the
  reverse; "fear and crime" when both are; "neither" otherwise. Without
  incident points, incidents count as elevated when at least
  ``overlap_min`` of the cluster's area lies in incident clusters.

All tests use ``scipy.stats.binomtest``. Results resting on fewer than 30
responses are flagged.

* **Who lives there** (when a segmented base is given). The segment mix of
  the base units inside each cluster against the whole base
  (:func:`engine.segmentation.composition.mix_table`); the dominant segments are the
  largest ones covering 75 % of the cluster, at most five, each with its
  share and index (share in the cluster ÷ share in the base × 100).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..progress import NullProgress, Progress, check_cancelled
from ..segmentation import composition, encoding

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

LOW_NUMBERS = 30
DISPARITIES = ("fear without crime", "crime without fear", "fear and crime", "neither")


@dataclass(frozen=True)
class Residents:
    """Who lives in each cluster: the segment mix of a segmented base inside it.

    ``mix`` is :func:`engine.segmentation.composition.mix_table`'s long table, ``zone``
    being the cluster's position; ``base`` names the base layer, ``count``
    what each unit counts (a field name; empty: one per unit), ``catalogue``
    and ``level`` the classification, in the user's language.
    """

    mix: pd.DataFrame
    base: str
    catalogue: str
    level: str
    count: str = ""

    @classmethod
    def of(
        cls,
        matrix: np.ndarray,
        base_counts: np.ndarray,
        axis: encoding.SegmentAxis,
        *,
        base: str,
        count: str = "",
        language: str = "en",
    ) -> Residents:
        """From the cluster × segment matrix of the base units inside the clusters and the whole base's counts."""
        mix = composition.mix_table(matrix, base_counts, axis, language=language)
        return cls(mix, base, axis.catalogue.name(language), axis.level_name(language), count)


@dataclass(frozen=True)
class ClusterContents:
    """What lies inside each cluster, as ``clusters × items`` 0/1 sparse matrices.

    ``postcodes`` over the district's postcode units, ``responses`` over its
    located responses, ``incidents`` over its incidents (None without incident
    points). ``area_km2`` is each cluster's area inside the district;
    ``incident_overlap`` the share (0–1) of that area inside incident
    clusters and ``incident_clusters`` their ids, when incident clusters are given.
    ``residents`` describes who lives in each cluster, when a segmented base is given.
    """

    ids: list
    area_km2: np.ndarray
    postcodes: object
    responses: object
    incidents: object | None = None
    incident_overlap: np.ndarray | None = None
    incident_clusters: list[str] | None = None
    residents: Residents | None = None


@dataclass(frozen=True)
class District:
    """The district the clusters are compared with.

    ``weights`` holds the households of each postcode unit (``basis`` =
    ``"households"``) or ones (``"postcodes"``); ``chosen`` says which
    located responses give a chosen answer; ``incidents`` is the number of
    incidents in the district (None when no incident points are given).
    """

    weights: np.ndarray
    chosen: np.ndarray
    area_km2: float
    basis: str = "households"
    incidents: int | None = None
    answer_label: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class VerificationOptions:
    alpha: float = 0.05
    confidence: float = 0.95
    incident_basis: str = "households"  # or "area" ("postcodes" is used when households are not known)
    overlap_min: float = 0.10
    low_numbers: int = LOW_NUMBERS


@dataclass(frozen=True)
class Verification:
    """Per-cluster results (``table``, see :func:`verify_clusters`) and the district's figures."""

    table: pd.DataFrame
    district: dict
    warnings: list[str]
    options: VerificationOptions
    basis: str
    incident_basis: str
    answer_label: str
    residents: Residents | None = None


# -- the tests -----------------------------------------------------------------------
def excess_test(inside: int, total: int, share: float) -> tuple[float, float]:
    """``(ratio, p)``: observed over expected count of a cluster, and ``P(X ≥ inside)`` for ``X ~ Bin(total, share)``.

    The exact conditional binomial test used for return rates and incidents
    (``scipy.stats.binomtest``, alternative "greater"). NaN when ``total``
    is 0 or ``share`` is not in (0, 1].
    """
    from scipy import stats

    if total <= 0 or not 0 < share <= 1:
        return math.nan, math.nan
    ratio = (inside / total) / share
    return ratio, float(stats.binomtest(int(inside), int(total), share, alternative="greater").pvalue)


def share_test(chosen: int, responses: int, district_share: float) -> float:
    """``P(X ≥ chosen)`` for ``X ~ Bin(responses, district_share)`` (NaN without responses)."""
    from scipy import stats

    if responses <= 0 or not 0 <= district_share <= 1:
        return math.nan
    return float(stats.binomtest(int(chosen), int(responses), district_share, alternative="greater").pvalue)


def rate_ratio_interval(inside: int, total: int, share: float, confidence: float = 0.95) -> tuple[float, float]:
    """Exact confidence interval of the rate ratio ``(inside/total)/share``.

    Clopper–Pearson interval of the binomial proportion ``inside/total``
    (conditional on the total, the exact method for a ratio of Poisson
    rates), divided by the exposure ``share``.
    """
    from scipy import stats

    if total <= 0 or not 0 < share <= 1:
        return math.nan, math.nan
    interval = stats.binomtest(int(inside), int(total)).proportion_ci(confidence_level=confidence, method="exact")
    return interval.low / share, interval.high / share


def _counts(matrix, weights: np.ndarray | None = None) -> np.ndarray:
    if matrix is None:
        return None
    vector = np.ones(matrix.shape[1]) if weights is None else np.asarray(weights, dtype=float)
    return np.asarray(matrix @ vector).ravel()


# -- the verification ------------------------------------------------------------------
def verify_clusters(
    contents: ClusterContents, district: District, options: VerificationOptions | None = None, *, progress: Progress | None = None
) -> Verification:
    """Verify every cluster against the district (see the module documentation for the tests).

    The ``table`` has one row per cluster with the columns: ``cluster_id``,
    ``postcodes``, ``households`` (NULL without household counts),
    ``responses``, ``return_rate`` and ``district_return_rate`` (responses
    per household or per postcode unit), ``return_ratio``, ``return_p``,
    ``verified``; ``chosen``, ``share``, ``district_share``, ``share_ratio``,
    ``share_p``, ``share_high``; ``incidents``, ``incident_rate`` and
    ``district_incident_rate`` (per 1,000 households or per km²),
    ``incident_ratio``, ``ratio_low``, ``ratio_high``, ``incident_p``,
    ``incident_overlap``, ``incident_clusters``, ``incidents_high``;
    ``disparity``, ``low_numbers`` and ``verdict`` (plain words, in the
    user's language). With ``contents.residents``, the columns of
    :func:`engine.segmentation.composition.dominant_segments` come before ``verdict``
    and the verdict says who lives there. Tests that cannot be computed are NULL.
    """
    options = options or VerificationOptions()
    progress = progress or NullProgress()
    if not 0 < options.alpha < 1:
        raise InvalidInputError(tr("The significance level must be between 0 and 1."))
    if options.incident_basis not in ("households", "area"):
        raise InvalidInputError(tr("Unknown incident basis {basis}.").format(basis=options.incident_basis))
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        progress.warn(message)

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
            ).format(n=total_responses, k=options.low_numbers)
        )

    exposure = _counts(contents.postcodes, weights)
    postcodes = _counts(contents.postcodes)
    responses = _counts(contents.responses).astype(np.int64)
    chosen_in = _counts(contents.responses, chosen).astype(np.int64)
    district_share = total_chosen / total_responses
    district_rate = total_responses / total_weight
    if options.incident_basis != "area":  # per household, or per postcode unit when households are not known
        options = replace(options, incident_basis=district.basis)
    per_area = options.incident_basis == "area"
    incident_exposure = np.asarray(contents.area_km2, float) if per_area else exposure
    incident_total_exposure = district.area_km2 if per_area else total_weight
    incidents = _counts(contents.incidents)
    if incidents is not None and district.incidents is None:
        raise InvalidInputError("District.incidents is needed with incident memberships")

    rows = []
    for index, cluster_id in enumerate(contents.ids):
        check_cancelled(progress)
        inside = {
            "postcodes": int(postcodes[index]),
            "exposure": float(exposure[index]),
            "responses": int(responses[index]),
            "chosen": int(chosen_in[index]),
            "incidents": None if incidents is None else int(incidents[index]),
            "incident_exposure": float(incident_exposure[index]),
            "overlap": None if contents.incident_overlap is None else float(contents.incident_overlap[index]),
            "overlapping": None if contents.incident_clusters is None else contents.incident_clusters[index],
        }
        rows.append(
            _cluster_row(
                cluster_id,
                inside,
                district=district,
                totals=(total_weight, total_responses, total_chosen, incident_total_exposure),
                options=options,
            )
        )
        progress.set_progress(100.0 * (index + 1) / max(1, len(contents.ids)))
    table = pd.DataFrame(rows, columns=_COLUMNS)
    for column in ("verified", "share_high", "incidents_high", "low_numbers"):
        table[column] = table[column].astype(object)
    if district.basis != "households":
        table["households"] = np.nan
    _warn_about_clusters(table, contents, options, warn)
    table = _with_residents(table, contents.residents, warn)
    summary = {
        "postcodes": int(weights.size),
        "households": total_weight if district.basis == "households" else None,
        "responses": total_responses,
        "chosen": total_chosen,
        "share": district_share,
        "return_rate": district_rate,
        "incidents": district.incidents,
        "area_km2": district.area_km2,
        "incident_rate": (
            _per_exposure(district.incidents, incident_total_exposure, options.incident_basis)
            if district.incidents is not None
            else None
        ),
        "notes": list(district.notes),
    }
    return Verification(
        table, summary, warnings, options, district.basis, options.incident_basis, district.answer_label, contents.residents
    )


_COLUMNS = [
    "cluster_id",
    "postcodes",
    "households",
    "responses",
    "return_rate",
    "district_return_rate",
    "return_ratio",
    "return_p",
    "verified",
    "chosen",
    "share",
    "district_share",
    "share_ratio",
    "share_p",
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


def _cluster_row(
    cluster_id, inside: dict, *, district: District, totals: tuple[float, int, int, float], options: VerificationOptions
) -> dict:
    postcodes, exposure, responses, chosen = (inside[k] for k in ("postcodes", "exposure", "responses", "chosen"))
    incidents, incident_exposure = inside["incidents"], inside["incident_exposure"]
    overlap, overlapping = inside["overlap"], inside["overlapping"]
    total_weight, total_responses, total_chosen, incident_total_exposure = totals
    alpha = options.alpha
    row = {
        "cluster_id": cluster_id,
        "postcodes": postcodes,
        "households": exposure,
        "responses": responses,
        "chosen": chosen,
        "district_return_rate": total_responses / total_weight,
        "district_share": total_chosen / total_responses,
    }
    if postcodes > 0 and exposure > 0:
        row["return_rate"] = responses / exposure
        row["return_ratio"], row["return_p"] = excess_test(responses, total_responses, exposure / total_weight)
        row["verified"] = bool(row["return_p"] >= alpha)
    else:
        row.update(return_rate=math.nan, return_ratio=math.nan, return_p=math.nan, verified=None)
    if responses > 0:
        row["share"] = chosen / responses
        row["share_ratio"] = row["share"] / row["district_share"] if row["district_share"] > 0 else math.nan
        row["share_p"] = share_test(chosen, responses, row["district_share"])
        row["share_high"] = bool(row["share_p"] < alpha)
    else:
        row.update(share=math.nan, share_ratio=math.nan, share_p=math.nan, share_high=None)
    row.update(
        incidents=incidents,
        incident_rate=math.nan,
        district_incident_rate=math.nan,
        incident_ratio=math.nan,
        ratio_low=math.nan,
        ratio_high=math.nan,
        incident_p=math.nan,
        incidents_high=None,
        incident_overlap=math.nan if overlap is None else overlap,
        incident_clusters=overlapping,
    )
    if incidents is not None and district.incidents:
        share = incident_exposure / incident_total_exposure if incident_total_exposure > 0 else 0.0
        row["incident_rate"] = _per_exposure(incidents, incident_exposure, options.incident_basis)
        row["district_incident_rate"] = _per_exposure(district.incidents, incident_total_exposure, options.incident_basis)
        row["incident_ratio"], row["incident_p"] = excess_test(incidents, district.incidents, share)
        row["ratio_low"], row["ratio_high"] = rate_ratio_interval(incidents, district.incidents, share, options.confidence)
        if not math.isnan(row["incident_p"]):
            row["incidents_high"] = bool(row["incident_p"] < alpha)
    elif overlap is not None:
        row["incidents_high"] = bool(overlap >= options.overlap_min)
    row["disparity"] = _disparity(row["share_high"], row["incidents_high"])
    row["low_numbers"] = responses < options.low_numbers
    row["verdict"] = verdict(row, options=options, basis=district.basis, answers=district.answer_label)
    return row


def _disparity(fear: bool | None, crime: bool | None) -> str | None:
    if fear is None or crime is None:
        return None
    if fear and not crime:
        return "fear without crime"
    if crime and not fear:
        return "crime without fear"
    return "fear and crime" if fear else "neither"


def _warn_about_clusters(table: pd.DataFrame, contents: ClusterContents, options: VerificationOptions, warn) -> None:
    empty = table.loc[table["postcodes"] == 0, "cluster_id"].tolist()
    if empty:
        warn(
            tr("{n} clusters contain no postcode unit, so their return rate cannot be tested: {ids}.").format(
                n=len(empty), ids=format_examples(empty)
            )
        )
    low = table.loc[table["low_numbers"].astype(bool) & (table["postcodes"] > 0), "cluster_id"].tolist()
    if low:
        warn(
            tr("{n} clusters have fewer than {k} responses; their results rest on small numbers: {ids}.").format(
                n=len(low), k=options.low_numbers, ids=format_examples(low)
            )
        )
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
        warn(
            tr("{n} clusters contain no unit of {base}, so their dominant segments are NULL: {ids}.").format(
                n=len(empty), base=residents.base, ids=format_examples(empty)
            )
        )
    return table


# -- plain words ----------------------------------------------------------------------------
def _p(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return "p < 0.001" if value < 0.001 else f"p = {value:.3f}"


def _pct(value: float) -> str:
    return f"{100.0 * value:.0f}%"


def _share_text(value: float) -> str:
    return f"{value:.1f}%" if 0 < value < 1 else f"{value:.0f}%"


def _and(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return tr("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def residents_sentence(rows: pd.DataFrame, residents: Residents) -> str:
    """Who lives in one cluster, in plain words: "Who lives here: mostly J Estate Families (34%, index 210) and …".

    ``rows`` are the cluster's rows of ``residents.mix``.
    """
    if float(rows["area_count"].sum()) <= 0:
        return tr("No unit of {base} lies inside it, so who lives here is not known.").format(base=residents.base)
    records = rows.to_dict("records")
    items = [
        tr("{code} {name} ({share}, index {index})").format(
            code=row["code"],
            name=row["name"],
            share=_share_text(row["area_share"]),
            index="–" if math.isnan(row["index"]) else f"{row['index']:.0f}",
        )
        for row in records
        if row["dominant"]
    ]
    unclassified = [row["area_share"] for row in records if row["code"] == encoding.UNCLASSIFIED and row["area_share"] > 0]
    if items:
        text = tr("Who lives here: mostly {segments}.").format(segments=_and(items))
    else:
        text = tr("The units of {base} inside it have no segment the catalogue knows.").format(base=residents.base)
    if items and unclassified:
        text += " " + tr("Unclassified: {share}.").format(share=_share_text(unclassified[0]))
    return text


def verdict(row: dict, *, options: VerificationOptions, basis: str, answers: str) -> str:
    """The verdict on one cluster in plain words (translated)."""
    parts = [_return_sentence(row, basis)]
    if row["responses"] > 0:
        if row["share_high"]:
            text = tr(
                "{share} of its responses are {answers}, against {district} in the district ({p}): these "
                "answers are concentrated here."
            )
        else:
            text = tr(
                "{share} of its responses are {answers}, against {district} in the district; the difference "
                "is not significant ({p})."
            )
        parts.append(
            text.format(share=_pct(row["share"]), answers=answers, district=_pct(row["district_share"]), p=_p(row["share_p"]))
        )
    else:
        parts.append(tr("No response lies inside it."))
    parts.append(_incident_sentence(row, options))
    disparity = row["disparity"]
    if disparity == "fear without crime":
        parts.append(
            tr(
                "Fear without crime: the answers are elevated while incidents are not, so reassurance and "
                "communication may help more than enforcement."
            )
        )
    elif disparity == "crime without fear":
        parts.append(tr("Crime without fear: incidents are elevated while the answers are not."))
    elif disparity == "fear and crime":
        parts.append(tr("Fear and crime agree: both the answers and incidents are elevated."))
    if row["low_numbers"] and row["postcodes"] > 0:
        parts.append(tr("Only {n} responses: treat these results with caution.").format(n=row["responses"]))
    return " ".join(parts)


def _return_sentence(row: dict, basis: str) -> str:
    cluster = row["cluster_id"]
    if row["verified"] is None:
        return tr("Cluster {id} contains no postcode unit, so its return rate cannot be checked.").format(id=cluster)
    unit = tr("per 100 households") if basis == "households" else tr("per postcode unit")
    scale = 100.0 if basis == "households" else 1.0
    values = {
        "id": cluster,
        "n": format_count(row["responses"]),
        "postcodes": format_count(row["postcodes"]),
        "rate": f"{row['return_rate'] * scale:.2f}",
        "district": f"{row['district_return_rate'] * scale:.2f}",
        "unit": unit,
        "ratio": f"{row['return_ratio']:.2f}",
        "p": _p(row["return_p"]),
    }
    if row["verified"]:
        return tr(
            "Cluster {id} is verified: its {n} responses from {postcodes} postcode units ({rate} {unit}, "
            "district {district}) are not significantly more than the district's return rate would give "
            "({ratio} times, {p})."
        ).format(**values)
    return tr(
        "Cluster {id} is not verified: its {n} responses from {postcodes} postcode units ({rate} {unit}, "
        "district {district}) are significantly more than the district's return rate would give ({ratio} "
        "times, {p}), so it may simply be where more people answered the survey."
    ).format(**values)


def _incident_sentence(row: dict, options: VerificationOptions) -> str:
    overlap = row["incident_overlap"]
    overlap_text = ""
    if overlap is not None and not math.isnan(overlap):
        overlap_text = " " + tr("{share} of its area lies in incident clusters{ids}.").format(
            share=_pct(overlap), ids=f" ({row['incident_clusters']})" if row["incident_clusters"] else ""
        )
    if row["incidents"] is None:
        if overlap_text:
            return overlap_text.strip()
        return tr("No incident data were given, so fear and crime cannot be compared.")
    if math.isnan(row["incident_ratio"]):
        return tr("Incidents cannot be compared here (no exposure in the cluster or no incident in the district).") + overlap_text
    per = {"households": tr("per household"), "postcodes": tr("per postcode unit")}.get(options.incident_basis, tr("per km²"))
    values = {
        "n": format_count(row["incidents"]),
        "per": per,
        "ratio": f"{row['incident_ratio']:.2f}",
        "low": f"{row['ratio_low']:.2f}",
        "high": f"{row['ratio_high']:.2f}",
        "confidence": f"{100 * options.confidence:.0f}%",
        "p": _p(row["incident_p"]),
    }
    if row["incidents_high"]:
        text = tr(
            "Its {n} incidents are {ratio} times the district's rate {per} ({confidence} CI {low}–{high}, {p}): "
            "significantly higher."
        )
    else:
        text = tr(
            "Its {n} incidents are {ratio} times the district's rate {per} ({confidence} CI {low}–{high}, {p}): "
            "not significantly higher."
        )
    return text.format(**values) + overlap_text


# -- helpers for the adapter -----------------------------------------------------------------
def household_weights(values, *, field: str = "", layer: str = "", progress: Progress | None = None) -> np.ndarray:
    """Households per postcode unit as floats; NULL, unreadable or negative counts are reported and count as 0."""
    progress = progress or NullProgress()
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
    bad = np.isnan(numbers) | (numbers < 0)
    if bad.any():
        progress.warn(
            tr("{n} of {total} postcode units of {layer} have no usable household count in {field} and count as 0.").format(
                n=format_count(int(bad.sum())), total=format_count(numbers.size), layer=layer, field=field
            )
        )
    numbers[bad] = 0.0
    return numbers


def hull_area(xy: np.ndarray) -> float:
    """Area of the convex hull of the points (``scipy.spatial.ConvexHull``); 0 for fewer than three."""
    from scipy.spatial import ConvexHull, QhullError

    xy = np.unique(np.asarray(xy, dtype=float).reshape(-1, 2), axis=0)
    if len(xy) < 3:
        return 0.0
    try:
        return float(ConvexHull(xy).volume)
    except QhullError:
        return 0.0


def merge_fields(attributes: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """``cluster_id``, the clusters' own fields, then the verification's; a field in both takes the verification's."""
    kept = attributes.drop(columns=[c for c in attributes.columns if c in table.columns]).reset_index(drop=True)
    table = table.reset_index(drop=True)
    return pd.concat([table[["cluster_id"]], kept, table.drop(columns=["cluster_id"])], axis=1)
