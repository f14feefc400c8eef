"""The HTML report of a cluster verification, in plain words and the user's language."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from ..html import Bar, Column, Report, svg_bar_chart
from ..i18n import format_count, format_decimal, format_number, format_p_value, format_percent, format_share, plural, tr
from .verification_types import Residents, Verification

if TYPE_CHECKING:
    from .search import SearchAdjustment


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


def _p_value(value) -> str:
    """A p-value in a table cell: ``0.042``, ``< 0.001`` (``0,042`` in French)."""
    return format_p_value(value).replace("p = ", "").replace("p < ", "< ")


def headline(result: Verification) -> str:
    """What the verification found, each statement counted apart (for the report's headline and the log).

    Parameters
    ----------
    result : Verification

    Returns
    -------
    str
    """
    table = result.table
    verified = int((table["verified"] == True).sum())  # noqa: E712 - object column with None
    concentrated = int((table["share_high"] == True).sum())  # noqa: E712
    fear = int((table["disparity"] == "fear without crime").sum())
    if result.search is not None:
        text = plural(
            len(table),
            tr(
                "{n} cluster checked. Return rate ordinary (verified): {v}. {answers} significantly concentrated "
                "(after allowing for the search): {c}. Fear without crime (verified, concentrated, incidents not "
                "elevated): {f}."
            ),
            tr(
                "{n} clusters checked. Return rate ordinary (verified): {v}. {answers} significantly concentrated "
                "(after allowing for the search): {c}. Fear without crime (verified, concentrated, incidents not "
                "elevated): {f}."
            ),
        )
    else:
        text = plural(
            len(table),
            tr(
                "{n} cluster checked, as an area fixed in advance. Return rate ordinary (verified): {v}. {answers} "
                "significantly concentrated: {c}. Fear without crime (verified, concentrated, incidents not "
                "elevated): {f}."
            ),
            tr(
                "{n} clusters checked, as areas fixed in advance. Return rate ordinary (verified): {v}. {answers} "
                "significantly concentrated: {c}. Fear without crime (verified, concentrated, incidents not "
                "elevated): {f}."
            ),
        )
    return text.format(
        n=format_count(len(table)),
        v=format_count(verified),
        answers=result.answer_label or tr("Chosen answers"),
        c=format_count(concentrated),
        f=format_count(fear),
    )


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
    report.headline(headline(result))
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
                value_text=format_percent,
                axis_label=tr("Share of chosen answers (%)"),
            ),
            tr(
                "Share of the chosen answers in each cluster; the dashed line is the district's share. "
                "* significantly higher; hatched: fewer than {k} responses."
            ).format(k=format_count(options.low_numbers)),
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
            *([_search_method(result)] if result.search is not None else [_fixed_method()]),
            tr(
                "Return rate: exact one-sided binomial test. If every response of the district were equally likely to "
                "come from any of its {basis}, the number falling in a cluster would follow a binomial distribution with "
                "the cluster's share of the district's {basis}. A cluster is verified when its responses are not "
                "significantly more than that (p ≥ {alpha})."
            ).format(basis=basis, alpha=format_decimal(options.alpha, 4)),
            tr(
                "Share of chosen answers ({answers}): exact one-sided binomial test of the cluster's responses against "
                "the district's share (significant when p < {alpha})."
            ).format(answers=result.answer_label, alpha=format_decimal(options.alpha, 4)),
            tr(
                "Incidents: rate ratio = the cluster's share of the district's incidents divided by its share of "
                "{exposure}, with an exact {confidence} confidence interval (Clopper–Pearson interval of the "
                "conditional binomial proportion) and a one-sided exact binomial test."
            ).format(
                exposure={"households": tr("households"), "postcodes": tr("postcode units")}.get(
                    result.incident_basis, tr("the district's area")
                ),
                confidence=format_share(options.confidence),
            ),
            tr(
                "Disparity: fear without crime when the cluster is verified, the chosen answers are significantly "
                "concentrated and incidents are not elevated; crime without fear when incidents are elevated and the "
                "answers are not. Where the answers are concentrated but the return rate is not shown to be "
                "ordinary, fear and crime are not compared."
            ),
            *([_residents_method(result.residents)] if result.residents is not None else []),
        ]
    )


def _search_method(result: Verification) -> str:
    search = cast("SearchAdjustment", result.search)  # only called when the search was simulated
    return tr(
        "Allowing for the search: the clusters were drawn where the answers were most extreme, so tests meant for "
        'areas fixed in advance would find "significant" clusters in data with nothing in them. The finder was '
        "run again, with the same settings, on {n} simulated data sets of each kind: the answers shuffled among the "
        "responses (for the share), and the responses placed again at postcode units in proportion to their "
        "{basis} (for the return rate); seed {seed}. A cluster's adjusted p-value is the share of simulations in "
        "which some cluster was at least as extreme (never less than its exact p-value); the verdicts rest on "
        "the adjusted p-values, both are shown."
    ).format(
        n=format_count(search.simulations),
        basis=tr("households") if result.basis == "households" else tr("postcode units"),
        seed=search.seed,
    )


def _fixed_method() -> str:
    return tr(
        "The clusters were taken as areas fixed in advance (drawn by hand, or the search was not simulated): the "
        "exact tests below hold only for areas chosen before looking at the answers. For clusters found by 'Find "
        "survey clusters' in the same answers, let the verification allow for the search."
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
        n=format_count(d["chosen"]), share=format_share(d["share"], 1)
    )
    if d["incidents"] is not None:
        rate = {"households": tr("{rate} per 1,000 households"), "postcodes": tr("{rate} per 1,000 postcode units")}.get(
            result.incident_basis, tr("{rate} per km²")
        )
        items[tr("Incidents")] = tr("{n} ({rate})").format(
            n=format_count(d["incidents"]), rate=rate.format(rate=format_number(d["incident_rate"], 1))
        )
    report.definition_list(items)
    for note in d["notes"]:
        report.warning(note)


def _cluster_table(report: Report, result: Verification) -> None:
    searched = result.search is not None
    rows = []
    for row in result.table.itertuples():
        rows.append(
            {
                "id": row.cluster_id,
                "postcodes": row.postcodes,
                "responses": row.responses,
                "return_ratio": format_number(row.return_ratio, 2),
                "return_p": _p_value(row.return_p),
                "return_p_search": _p_value(row.return_p_search),
                "verified": _yes_no(row.verified),
                "share": format_share(row.share),
                "share_p": _p_value(row.share_p),
                "share_p_search": _p_value(row.share_p_search),
                "share_high": _yes_no(row.share_high),
                "incidents": "–" if row.incidents is None else format_count(row.incidents),
                "ratio": format_number(row.incident_ratio, 2),
                "interval": "–"
                if math.isnan(row.ratio_low)
                else f"{format_number(row.ratio_low, 2)}–{format_number(row.ratio_high, 2)}",
                "overlap": format_share(row.incident_overlap),
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
            *([Column("return_p_search", tr("p (return, allowing for the search)"))] if searched else []),
            Column("verified", tr("Return rate ordinary (verified)")),
            Column("share", tr("Chosen share")),
            Column("share_p", tr("p (share)")),
            *([Column("share_p_search", tr("p (share, allowing for the search)"))] if searched else []),
            Column("share_high", tr("Significantly concentrated")),
            Column("incidents", tr("Incidents")),
            Column("ratio", tr("Incident rate ratio")),
            Column("interval", tr("Confidence interval")),
            Column("overlap", tr("In incident clusters")),
            Column("disparity", tr("Disparity")),
            Column("low", tr("Low numbers")),
            *([Column("segments", tr("Dominant segments"))] if result.residents is not None else []),
        ],
    )
