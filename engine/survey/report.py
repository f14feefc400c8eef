"""The HTML report of a cluster verification, in plain words and the user's language."""

from __future__ import annotations

import math

from ..html import Bar, Column, Report, svg_bar_chart
from ..i18n import format_count, tr
from .verification_types import Residents, Verification


def disparity_label(code: str | None) -> str:
    """The translated label of a disparity code.

    Parameters
    ----------
    code : str or None
        One of :data:`engine.survey.verification.DISPARITIES`, or None.

    Returns
    -------
    str
        "not assessed" for None or an unknown code.
    """
    labels = {
        "fear without crime": tr("fear without crime"),
        "crime without fear": tr("crime without fear"),
        "fear and crime": tr("fear and crime"),
        "neither": tr("neither"),
    }
    return labels.get(code or "", tr("not assessed"))


def _yes_no(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return tr("yes") if value else tr("no")


def _number(value, pattern: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return pattern.format(value)


def _p_value(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return "< 0.001" if value < 0.001 else f"{value:.3f}"


def verification_report(result: Verification, *, language: str = "en", subtitle: str | None = None) -> Report:
    """Build the report: headline, method, district figures, warnings, table, chart and one verdict per cluster.

    Parameters
    ----------
    result : Verification
        The verification.
    language : str
        Language of the report.
    subtitle : str, optional
        Shown under the title (e.g. the survey layer's name).

    Returns
    -------
    Report
    """
    table = result.table
    options = result.options
    report = Report(tr("Survey cluster verification"), language=language, subtitle=subtitle)
    verified = int((table["verified"] == True).sum())  # noqa: E712 - object column with None
    fear = int((table["disparity"] == "fear without crime").sum())
    report.headline(
        tr(
            "{n} clusters checked: {v} verified (their return rate is not significantly higher than the "
            "district's); fear without crime in {f}."
        ).format(n=len(table), v=verified, f=fear)
    )
    _method(report, result)
    _district(report, result)
    for warning in result.warnings:
        report.warning(warning)
    if len(table):
        _cluster_table(report, result)
        bars = [
            Bar(
                label=str(row.cluster_id),
                value=None if math.isnan(row.share) else 100.0 * row.share,
                colour="#b03a2e" if row.share_high else "#4a7fb0",
                hatched=bool(row.low_numbers),
                marker=" *" if row.share_high else "",
            )
            for row in table.itertuples()
        ]
        report.figure(
            svg_bar_chart(
                bars,
                reference=100.0 * result.district["share"],
                value_format="{:.0f}%",
                axis_label=tr("Share of chosen answers (%)"),
            ),
            tr(
                "Share of the chosen answers in each cluster; the dashed line is the district's share. "
                "* significantly higher; hatched: fewer than {k} responses."
            ).format(k=options.low_numbers),
        )
        report.heading(tr("Verdicts"))
        for row in table.itertuples():
            report.paragraph(row.verdict)
    return report


def _method(report: Report, result: Verification) -> None:
    options = result.options
    basis = tr("households") if result.basis == "households" else tr("postcode units")
    report.heading(tr("How the clusters were checked"))
    report.bullet_list(
        [
            tr(
                "Return rate: exact one-sided binomial test. If every response of the district were equally likely to "
                "come from any of its {basis}, the number falling in a cluster would follow a binomial distribution with "
                "the cluster's share of the district's {basis}. A cluster is verified when its responses are not "
                "significantly more than that (p ≥ {alpha})."
            ).format(basis=basis, alpha=options.alpha),
            tr(
                "Share of chosen answers ({answers}): exact one-sided binomial test of the cluster's responses against "
                "the district's share (significant when p < {alpha})."
            ).format(answers=result.answer_label, alpha=options.alpha),
            tr(
                "Incidents: rate ratio = the cluster's share of the district's incidents divided by its share of "
                "{exposure}, with an exact {confidence} confidence interval (Clopper–Pearson interval of the "
                "conditional binomial proportion) and a one-sided exact binomial test."
            ).format(
                exposure={"households": tr("households"), "postcodes": tr("postcode units")}.get(
                    result.incident_basis, tr("the district's area")
                ),
                confidence=f"{100 * options.confidence:.0f}%",
            ),
            tr(
                "Disparity: fear without crime when the chosen answers are significantly elevated and incidents are not; "
                "crime without fear the reverse."
            ),
            *([_residents_method(result.residents)] if result.residents is not None else []),
        ]
    )


def _residents_method(residents: Residents) -> str:
    counted = (
        tr("each unit weighted by its {field}").format(field=residents.count) if residents.count else tr("each unit counting one")
    )
    return tr(
        "Who lives there: the units of {base} inside each cluster ({counted}), by {level} of the catalogue "
        "{catalogue}. The dominant segments are the largest ones that together make 75% of the cluster (at "
        "most five); index = the segment's share in the cluster ÷ its share in the whole of {base} × 100 "
        "(100: as in the whole base)."
    ).format(base=residents.base, counted=counted, level=residents.level.lower(), catalogue=residents.catalogue)


def _district(report: Report, result: Verification) -> None:
    d = result.district
    report.heading(tr("The district"))
    items = {tr("Postcode units"): format_count(d["postcodes"])}
    if d["households"] is not None:
        items[tr("Households")] = format_count(d["households"])
    items[tr("Responses")] = format_count(d["responses"])
    items[tr("Chosen answers")] = tr("{n} ({share} of responses)").format(
        n=format_count(d["chosen"]), share=f"{100 * d['share']:.1f}%"
    )
    if d["incidents"] is not None:
        rate = {"households": tr("{rate} per 1,000 households"), "postcodes": tr("{rate} per 1,000 postcode units")}.get(
            result.incident_basis, tr("{rate} per km²")
        )
        items[tr("Incidents")] = tr("{n} ({rate})").format(
            n=format_count(d["incidents"]), rate=rate.format(rate=f"{d['incident_rate']:.1f}")
        )
    report.definition_list(items)
    for note in d["notes"]:
        report.warning(note)


def _cluster_table(report: Report, result: Verification) -> None:
    rows = []
    for row in result.table.itertuples():
        rows.append(
            {
                "id": row.cluster_id,
                "postcodes": row.postcodes,
                "responses": row.responses,
                "return_ratio": _number(row.return_ratio, "{:.2f}"),
                "return_p": _p_value(row.return_p),
                "verified": _yes_no(row.verified),
                "share": _number(row.share * 100, "{:.0f}%"),
                "share_p": _p_value(row.share_p),
                "incidents": "–" if row.incidents is None else row.incidents,
                "ratio": _number(row.incident_ratio, "{:.2f}"),
                "interval": "–" if math.isnan(row.ratio_low) else f"{row.ratio_low:.2f}–{row.ratio_high:.2f}",
                "overlap": _number(row.incident_overlap * 100, "{:.0f}%"),
                "disparity": disparity_label(row.disparity),
                "low": _yes_no(row.low_numbers),
                "segments": getattr(row, "dominant_segments", None) or "–",
            }
        )
    report.heading(tr("Clusters"))
    report.table(
        rows,
        [
            Column("id", tr("Cluster")),
            Column("postcodes", tr("Postcode units"), 0),
            Column("responses", tr("Responses"), 0),
            Column("return_ratio", tr("Return ratio")),
            Column("return_p", tr("p (return)")),
            Column("verified", tr("Verified")),
            Column("share", tr("Chosen share")),
            Column("share_p", tr("p (share)")),
            Column("incidents", tr("Incidents")),
            Column("ratio", tr("Incident rate ratio")),
            Column("interval", tr("Confidence interval")),
            Column("overlap", tr("In incident clusters")),
            Column("disparity", tr("Disparity")),
            Column("low", tr("Low numbers")),
            *([Column("segments", tr("Dominant segments"))] if result.residents is not None else []),
        ],
    )
