"""Campaign evaluation: did the households targeted respond more than those not targeted, and who responded?

Contacts (households sent a leaflet, called, visited…) belong to two groups
— *targeted* and *not targeted* — and each contact responded or not. They
are placed on the segments of one catalogue level as the profile places
target records (:mod:`engine.segmentation.encoding`).

Methods
-------
* **Response rate** of a group, overall and per segment: responders ÷
  contacts, with its exact Clopper–Pearson interval.
* **Rate ratio** targeted ÷ not targeted, overall and per segment, with
  Katz's log interval. Null hypothesis: the two groups respond at the same
  rate; the pooled two-sided z-test of two proportions, or Fisher's exact
  test where an expected cell of the 2 × 2 table is below 5
  (:mod:`engine.significance`). The per-segment p-values are adjusted for
  their number (Holm, or Benjamini–Hochberg).
* **Responders from the target segments**: the share of each group's
  responders (and of all responders) who belong to the segments the
  campaign aimed at, with its exact interval.

Every contact counts 1 (no weights): the tests count households.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..significance import HOLM, adjust_p_values, clopper_pearson, rate_ratio, two_proportion_tests
from .encoding import SegmentAxis

TARGETED, NOT_TARGETED = 0, 1

#: Columns :func:`evaluate_campaign` adds to a comparison's table (:func:`with_campaign`).
CAMPAIGN_COLUMNS = (
    "responders",
    "response_rate",
    "rate_low",
    "rate_high",
    "rate_ratio",
    "ratio_low",
    "ratio_high",
    "ratio_p",
    "ratio_p_adjusted",
    "ratio_significant",
    "ratio_test",
)
_YES = {"1", "y", "yes", "true", "t", "oui", "o", "vrai", "responded", "response"}
_NO = {"0", "n", "no", "false", "f", "non", "faux"}


@dataclass(frozen=True)
class Responses:
    """Whether each contact responded; ``blank`` contacts had no value (counted as not responding)."""

    responded: np.ndarray
    blank: int = 0


def read_responses(values: Iterable[object], *, layer: str, field: str) -> Responses:
    """Response flags from a field: 1/0, yes/no, true/false (oui/non); NULL or blank is no response.

    Parameters
    ----------
    values : iterable
        The field's value for each contact, in the contacts' order: numbers
        (``1.0`` reads as ``1``), text in any case, None or NaN for NULL.
    layer : str
        The contacts layer's name, for the message.
    field : str
        The response field's name, for the message.

    Returns
    -------
    Responses
        ``responded`` (booleans, one per contact) and how many were blank.

    Raises
    ------
    InvalidInputError
        For values that are neither (naming them).
    """
    series = pd.Series(list(values) if not hasattr(values, "__len__") else values, dtype=object).reset_index(drop=True)
    text = series.map(lambda v: "" if v is None or v != v else str(v).strip().lower())
    text = text.map(lambda v: v[:-2] if v.endswith(".0") else v)
    yes = text.isin(_YES).to_numpy()
    blank = (text == "").to_numpy()
    unreadable = ~(yes | blank | text.isin(_NO).to_numpy())
    if unreadable.any():
        raise InvalidInputError(
            tr("The response field {field} of {layer} holds {examples}: use 1/0, yes/no or true/false.").format(
                field=field, layer=layer, examples=format_examples(sorted(series[unreadable].astype(str).unique()))
            )
        )
    return Responses(yes, int(blank.sum()))


@dataclass(frozen=True)
class GroupRate:
    """A group's responders and contacts, its response rate and the rate's interval (in %)."""

    responders: float
    contacts: float
    rate: float
    low: float
    high: float


@dataclass(frozen=True)
class RatioResult:
    """Targeted against not targeted: both groups' rates, the ratio, its interval and its test."""

    targeted: GroupRate
    not_targeted: GroupRate
    ratio: float
    interval: tuple[float, float]
    p_value: float
    test: str


@dataclass(frozen=True)
class TargetShare:
    """Responders from the target segments: per group (targeted, not targeted) and all together."""

    codes: tuple[str, ...]
    responders: tuple[float, float, float]
    from_target: tuple[float, float, float]
    share: tuple[float, float, float]
    low: tuple[float, float, float]
    high: tuple[float, float, float]


@dataclass(frozen=True)
class Campaign:
    """What :func:`evaluate_campaign` finds: per-segment rows (:data:`CAMPAIGN_COLUMNS` with ``category``,
    ``code`` and ``row_type``), the overall ratio, and the responders from the target segments (None without)."""

    table: pd.DataFrame
    overall: RatioResult
    target_share: TargetShare | None
    groups: tuple[str, str]
    confidence: float


def evaluate_campaign(
    positions: np.ndarray,
    groups: np.ndarray,
    responded: np.ndarray,
    axis: SegmentAxis,
    group_names: Sequence[str],
    *,
    target_positions: Sequence[int] | None = None,
    alpha: float = 0.05,
    correction: str = HOLM,
    language: str = "en",
) -> Campaign:
    """Response rates, the targeted ÷ not targeted ratio and the responders from the target segments.

    Parameters
    ----------
    positions : numpy.ndarray
        Axis position of each contact (-1: no segment; such contacts still
        count in the overall rates).
    groups : numpy.ndarray
        :data:`TARGETED`, :data:`NOT_TARGETED`, or -1 (in neither).
    responded : numpy.ndarray
        Whether each contact responded.
    axis : SegmentAxis
    group_names : sequence of str
        Names of the targeted and the not targeted group.
    target_positions : sequence of int, optional
        Axis positions of the segments the campaign aimed at.
    alpha : float
        Significance level; intervals are at the confidence 1 − alpha.
    correction : str
        Adjustment of the per-segment p-values.
    language : str
        Language of the segment names.

    Returns
    -------
    Campaign

    Raises
    ------
    InvalidInputError
        When a group has no contact.
    """
    positions = np.asarray(positions, dtype=np.int64)
    groups = np.asarray(groups, dtype=np.int64)
    responded = np.asarray(responded, dtype=bool)
    contacts_total = np.array([np.count_nonzero(groups == g) for g in (TARGETED, NOT_TARGETED)], dtype=float)
    for g, n in enumerate(contacts_total):
        if n == 0:
            raise InvalidInputError(
                tr("The group {group} has no contact: a campaign is evaluated against both groups.").format(group=group_names[g])
            )
    confidence = 1.0 - alpha
    contacts, responders = _counts(positions, groups, responded, axis.size)
    overall = _overall(groups, responded, contacts_total, confidence)
    table = _segment_table(contacts, responders, axis, group_names, confidence, alpha, correction, language)
    table = pd.concat([table, _total_rows(overall, group_names, contacts_total)], ignore_index=True)
    share = None if not target_positions else _target_share(positions, groups, responded, axis, target_positions, confidence)
    return Campaign(table, overall, share, (group_names[0], group_names[1]), confidence)


def _counts(positions, groups, responded, size) -> tuple[np.ndarray, np.ndarray]:
    """Group × axis contacts and responders."""
    placed = (positions >= 0) & (groups >= 0)
    flat = groups[placed] * size + positions[placed]
    contacts = np.bincount(flat, minlength=2 * size).reshape(2, size).astype(float)
    responders = np.bincount(flat[responded[placed]], minlength=2 * size).reshape(2, size).astype(float)
    return contacts, responders


def _overall(groups, responded, contacts_total, confidence) -> RatioResult:
    k = np.array([np.count_nonzero(responded & (groups == g)) for g in (TARGETED, NOT_TARGETED)], dtype=float)
    low, high = clopper_pearson(k, contacts_total, confidence=confidence)
    ratio, r_low, r_high = rate_ratio(k[:1], contacts_total[:1], k[1:], contacts_total[1:], confidence=confidence)
    p, method = two_proportion_tests(k[:1], contacts_total[:1], k[1:], contacts_total[1:])
    rates = k / contacts_total * 100.0
    targeted, not_targeted = (GroupRate(k[g], contacts_total[g], rates[g], low[g] * 100.0, high[g] * 100.0) for g in (0, 1))
    return RatioResult(
        targeted=targeted,
        not_targeted=not_targeted,
        ratio=float(ratio[0]),
        interval=(float(r_low[0]), float(r_high[0])),
        p_value=float(p[0]),
        test=str(method[0]),
    )


def _segment_table(contacts, responders, axis, group_names, confidence, alpha, correction, language) -> pd.DataFrame:
    size = axis.size
    shown = np.ones(size, dtype=bool)
    shown[-1] = bool(contacts[:, -1].any())
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(contacts > 0, responders / contacts * 100.0, np.nan)
    low, high = clopper_pearson(responders, contacts, confidence=confidence)
    ratio, r_low, r_high = rate_ratio(responders[0], contacts[0], responders[1], contacts[1], confidence=confidence)
    p, method = two_proportion_tests(responders[0], contacts[0], responders[1], contacts[1])
    adjusted = adjust_p_values(p, correction)
    codes = np.array([*axis.codes, None], dtype=object)
    names = np.array(axis.names(language), dtype=object)
    frames = []
    for g in (TARGETED, NOT_TARGETED):
        mine = g == TARGETED
        frames.append(
            pd.DataFrame(
                {
                    "row_type": np.where(np.arange(size) == size - 1, "unclassified", "segment")[shown],
                    "category": group_names[g],
                    "code": codes[shown],
                    "name": names[shown],
                    "contacts": contacts[g][shown],
                    "responders": responders[g][shown],
                    "response_rate": rate[g][shown],
                    "rate_low": low[g][shown] * 100.0,
                    "rate_high": high[g][shown] * 100.0,
                    "rate_ratio": ratio[shown] if mine else np.nan,
                    "ratio_low": r_low[shown] if mine else np.nan,
                    "ratio_high": r_high[shown] if mine else np.nan,
                    "ratio_p": p[shown] if mine else np.nan,
                    "ratio_p_adjusted": adjusted[shown] if mine else np.nan,
                    "ratio_significant": _flags(adjusted[shown] < alpha, ~np.isnan(adjusted[shown])) if mine else None,
                    "ratio_test": method[shown] if mine else "",
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def _total_rows(overall: RatioResult, group_names, contacts_total) -> pd.DataFrame:
    """The groups' overall rates, and the overall ratio on the targeted group's row."""
    return pd.DataFrame(
        {
            "row_type": "total",
            "category": list(group_names[:2]),
            "code": None,
            "name": tr("Total"),
            "contacts": contacts_total,
            "responders": [overall.targeted.responders, overall.not_targeted.responders],
            "response_rate": [overall.targeted.rate, overall.not_targeted.rate],
            "rate_low": [overall.targeted.low, overall.not_targeted.low],
            "rate_high": [overall.targeted.high, overall.not_targeted.high],
            "rate_ratio": [overall.ratio, np.nan],
            "ratio_low": [overall.interval[0], np.nan],
            "ratio_high": [overall.interval[1], np.nan],
            "ratio_p": [overall.p_value, np.nan],
            "ratio_p_adjusted": [overall.p_value, np.nan],
            "ratio_significant": [None, None],
            "ratio_test": [overall.test, ""],
        }
    )


def _target_share(positions, groups, responded, axis, target_positions, confidence) -> TargetShare:
    in_target = np.isin(positions, np.asarray(list(target_positions), dtype=np.int64))
    masks = (groups == TARGETED, groups == NOT_TARGETED, groups >= 0)
    responders = np.array([np.count_nonzero(responded & m) for m in masks], dtype=float)
    from_target = np.array([np.count_nonzero(responded & m & in_target) for m in masks], dtype=float)
    low, high = clopper_pearson(from_target, responders, confidence=confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(responders > 0, from_target / responders * 100.0, np.nan)
    return TargetShare(
        codes=tuple(axis.codes[i] for i in target_positions),
        responders=tuple(responders),
        from_target=tuple(from_target),
        share=tuple(share),
        low=tuple(low * 100.0),
        high=tuple(high * 100.0),
    )


def _flags(values: np.ndarray, known: np.ndarray) -> np.ndarray:
    result = np.asarray(values, dtype=object)
    result[~np.asarray(known)] = None
    return result


def with_campaign(table: pd.DataFrame, campaign: Campaign, *, alpha: float = 0.05) -> pd.DataFrame:
    """A comparison's table with the campaign's columns (:data:`CAMPAIGN_COLUMNS`) on the rows of its two groups.

    Parameters
    ----------
    table : pandas.DataFrame
        :attr:`engine.segmentation.comparison.Comparison.table`.
    campaign : Campaign
    alpha : float
        Significance level of the overall ratio (written on the targeted total row).

    Returns
    -------
    pandas.DataFrame
    """
    right = campaign.table.drop(columns=["name", "contacts"]).copy()
    total = (right["row_type"] == "total") & (right["category"] == campaign.groups[0])
    right["ratio_significant"] = right["ratio_significant"].astype(object)
    right.loc[total, "ratio_significant"] = bool(campaign.overall.p_value < alpha)
    keys = ["row_type", "category", "code"]
    left = table.assign(code=table["code"].astype(object).where(table["code"].notna(), ""))
    right = right.assign(code=right["code"].astype(object).where(right["code"].notna(), ""))
    merged = left.merge(right, on=keys, how="left")
    merged["code"] = merged["code"].where(merged["code"] != "", None)
    for column in ("ratio_significant", "ratio_test"):
        merged[column] = merged[column].astype(object).where(merged[column].notna(), None)
    return merged


def campaign_message(responses: Responses, *, layer: str, field: str) -> str | None:
    """The warning about contacts without a response value (None when every contact has one).

    Parameters
    ----------
    responses : Responses
        As :func:`read_responses` read them.
    layer : str
        The contacts layer's name.
    field : str
        The response field's name.
    """
    if not responses.blank:
        return None
    return tr("{n} contacts of {layer} have no value in the field {field}; they are counted as not responding.").format(
        n=format_count(responses.blank), layer=layer, field=field
    )
