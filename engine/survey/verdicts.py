"""The verdict on each verified cluster in plain words, in the user's language.

One paragraph per cluster, its statements kept apart: whether its return
rate is ordinary (verified), whether the chosen answers are significantly
concentrated (after allowing for the search that drew the cluster, when it
was simulated), the incidents, the disparity between fear and crime (only
where the cluster is verified), a caution on small numbers and, with a
segmented base, who lives there.
"""

from __future__ import annotations

import math

from ..i18n import format_count, format_number, format_p_value, format_percent, format_share, plural, tr
from ..segmentation.encoding import UNCLASSIFIED
from .verification_types import Residents, VerificationOptions

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None


def residents_sentence(rows: pd.DataFrame, residents: Residents) -> str:
    """Who lives in one cluster, in plain words: "Who lives here: mostly J Estate Families (34%, index 210) and …".

    Parameters
    ----------
    rows : pandas.DataFrame
        The cluster's rows of ``residents.mix``.
    residents : Residents
        Who lives in the clusters (names the base layer).

    Returns
    -------
    str
    """
    if float(rows["area_count"].sum()) <= 0:
        return tr("No unit of {base} lies inside it, so who lives here is not known.").format(base=residents.base)
    records = rows.to_dict("records")
    items = [
        tr("{code} {name} ({share}, index {index})").format(
            code=row["code"],
            name=row["name"],
            share=_share_text(row["area_share"]),
            index=format_number(row["index"]),
        )
        for row in records
        if row["dominant"]
    ]
    unclassified = [row["area_share"] for row in records if row["code"] == UNCLASSIFIED and row["area_share"] > 0]
    if items:
        text = tr("Who lives here: mostly {segments}.").format(segments=_and(items))
    else:
        text = tr("The units of {base} inside it have no segment the catalogue knows.").format(base=residents.base)
    if items and unclassified:
        text += " " + tr("Unclassified: {share}.").format(share=_share_text(unclassified[0]))
    return text


def verdict(row: dict, *, options: VerificationOptions, basis: str, answers: str) -> str:
    """The verdict on one cluster in plain words (translated).

    Parameters
    ----------
    row : dict
        The cluster's row of the verification table, up to ``low_numbers``.
    options : VerificationOptions
        The settings (incident basis, confidence level).
    basis : str
        ``"households"`` or ``"postcodes"``: what the return rate is counted per.
    answers : str
        Names the chosen answers.

    Returns
    -------
    str
    """
    parts = [_return_sentence(row, basis)]
    if row["responses"] > 0:
        parts.append(_share_sentence(row, options, answers))
    else:
        parts.append(tr("No response lies inside it."))
    parts.append(_incident_sentence(row, options))
    disparity = row["disparity"]
    if disparity is None and row["share_high"] and row["verified"] is not True:
        parts.append(
            tr(
                "Fear and crime are not compared here: the answers are concentrated, but in a cluster whose "
                "return rate is not shown to be ordinary."
            )
        )
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
        only = plural(
            row["responses"],
            tr("Only {n} response: treat these results with caution."),
            tr("Only {n} responses: treat these results with caution."),
        )
        parts.append(only.format(n=format_count(row["responses"])))
    return " ".join(parts)


def _searched(row: dict, column: str) -> bool:
    value = row.get(column)
    return value is not None and not math.isnan(value)


def _p_pair(row: dict, exact: str, adjusted: str) -> str:
    """The exact p-value, and the one allowing for the search when it was simulated."""
    if not _searched(row, adjusted):
        return _p(row[exact])
    return tr("{exact} for an area fixed in advance, {adjusted} allowing for the search").format(
        exact=_p(row[exact]), adjusted=_p(row[adjusted])
    )


def _share_sentence(row: dict, options: VerificationOptions, answers: str) -> str:
    searched = _searched(row, "share_p_search")
    values = {
        "share": _pct(row["share"]),
        "answers": answers,
        "district": _pct(row["district_share"]),
        "p": _p_pair(row, "share_p", "share_p_search"),
    }
    if row["share_high"] and searched:
        text = tr(
            "{share} of its responses are {answers}, against {district} in the district ({p}): these answers "
            "are significantly concentrated here, after allowing for the search that drew the cluster."
        )
    elif row["share_high"]:
        text = tr(
            "{share} of its responses are {answers}, against {district} in the district ({p}): these "
            "answers are concentrated here."
        )
    elif searched and row["share_p"] < options.alpha:
        text = tr(
            "{share} of its responses are {answers}, against {district} in the district ({p}): significant "
            "for an area fixed in advance, but not after allowing for the search, since searches of answers "
            "with nothing in them draw clusters as extreme as often as that."
        )
    else:
        text = tr(
            "{share} of its responses are {answers}, against {district} in the district; the difference is not significant ({p})."
        )
    return text.format(**values)


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
        "rate": format_number(row["return_rate"] * scale, 2),
        "district": format_number(row["district_return_rate"] * scale, 2),
        "unit": unit,
        "ratio": format_number(row["return_ratio"], 2),
        "p": _p_pair(row, "return_p", "return_p_search"),
    }
    if row["verified"]:
        return tr(
            "Cluster {id}: return rate ordinary (verified). Its {n} responses from {postcodes} postcode units "
            "({rate} {unit}, district {district}) are not significantly more than the district's return rate "
            "would give ({ratio} times, {p})."
        ).format(**values)
    return tr(
        "Cluster {id}: return rate high (not verified). Its {n} responses from {postcodes} postcode units "
        "({rate} {unit}, district {district}) are significantly more than the district's return rate would "
        "give ({ratio} times, {p}), so it may simply be where more people answered the survey."
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
        "ratio": format_number(row["incident_ratio"], 2),
        "low": format_number(row["ratio_low"], 2),
        "high": format_number(row["ratio_high"], 2),
        "confidence": format_share(options.confidence),
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


def _p(value: float) -> str:
    return format_p_value(value)


def _pct(value: float) -> str:
    return format_share(value)


def _share_text(value: float) -> str:
    return format_percent(value, 1 if 0 < value < 1 else 0)


def _and(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return tr("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])
