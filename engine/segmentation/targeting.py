"""Target areas and potential: where the target market lives, and how many more of it could be reached.

A segment profile (:mod:`engine.segmentation.profile`) says *who* the target
is; this module applies it to places. Base units and target records are
placed on the segments of one catalogue level as the profile places them
(:mod:`engine.segmentation.encoding`, :mod:`engine.segmentation.joins`).

Methods
-------
The *target market* is a set of segments (:func:`choose_market`, in
:mod:`engine.segmentation.target_market` with the take-up rates): chosen by
the analyst, the profile's market at a coverage (the fewest segments,
largest first, holding that share of the target), or the segments whose
profile index is above a threshold. Unclassified never belongs to it.

For a base unit ``u`` of segment ``s`` counting ``c`` (households,
persons…):

* ``market_count`` = ``c`` when ``s`` is in the market, else 0;
* ``actual`` = the target records placed at ``u`` (weighted);
  ``market_actual`` = ``actual`` when ``s`` is in the market;
* ``expected`` = ``market_count`` × ``r_s``, where ``r_s`` = target ÷ base
  of segment ``s`` over the whole base (the profile's penetration): as
  many as the segment's take-up across the whole base predicts;
* ``potential`` = ``expected`` − ``market_actual``: positive where fewer
  take up than the profile predicts (over the whole base the potentials add
  up to 0: the profile's own take-up only redistributes the target);
* with a benchmark rate ``b_s`` (a take-up to aim at, per segment or
  overall, e.g. direct debit at 80 %): ``benchmark_expected`` =
  ``market_count`` × ``b_s`` and ``benchmark_potential`` =
  ``benchmark_expected`` − ``market_actual``: how many more would take up
  at that rate;
* ``take_up`` = ``market_actual`` ÷ ``market_count`` × 100.

A zone adds up the pieces of the units inside it (:func:`zone_figures`: a
point counts wholly in each zone containing it, a polygon by the share of
its area inside), then: ``market_share`` = ``market_count`` ÷
``base_count`` × 100, ``market_density`` = ``market_count`` per km² of the
zone, ``market_index`` = ``market_share`` ÷ the market's share of the whole
base × 100, and ``rank`` by the potential (at the benchmark rate when one is
given), largest first.

The *target list* holds the units of the market inside the listed zones (all
zones, or the ``list_zones`` of highest potential), largest potential first;
with a suppression threshold ``k``, target counts from 1 to below ``k`` are
hidden, with the figures they could be worked out from (the segment
profile's convention).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..i18n import format_count, localise_number, tr
from .encoding import SegmentAxis
from .target_market import (
    BY_COVERAGE,
    BY_INDEX,
    BY_SEGMENTS,
    Benchmark,
    Market,
    MarketChoice,
    benchmark_rates,
    choose_market,
    parse_codes,
    parse_rates,
    penetration_rates,
    positions_of_codes,
)

#: The targeting's public names, the target market's and the rates' included.
__all__ = [
    "BY_COVERAGE",
    "BY_INDEX",
    "BY_SEGMENTS",
    "DEFAULT_TARGETING",
    "LIST_COLUMNS",
    "ZONE_COLUMNS",
    "BaseUnits",
    "Benchmark",
    "Market",
    "MarketChoice",
    "Targeting",
    "TargetingOptions",
    "Totals",
    "ZonePieces",
    "benchmark_rates",
    "choose_market",
    "headline",
    "parse_codes",
    "parse_rates",
    "penetration_rates",
    "positions_of_codes",
    "suppress_counts",
    "target_areas",
    "zone_figures",
]

#: Columns of :attr:`Targeting.zones`, in order (the benchmark columns only with a benchmark).
ZONE_COLUMNS = (
    "base_count",
    "market_count",
    "market_share",
    "market_density",
    "actual",
    "market_actual",
    "take_up",
    "expected",
    "potential",
    "benchmark_expected",
    "benchmark_potential",
    "market_index",
    "rank",
    "low_numbers",
)
#: Columns of :attr:`Targeting.target_list`, in order (the benchmark columns only with a benchmark).
LIST_COLUMNS = (
    "list_rank",
    "unit",
    "zone",
    "code",
    "name",
    "base_count",
    "market_density",
    "actual",
    "expected",
    "potential",
    "take_up",
    "benchmark_expected",
    "benchmark_potential",
    "segment_index",
    "suppressed",
)
_BENCHMARK_COLUMNS = ("benchmark_expected", "benchmark_potential")
_TARGET_FIGURES = ("actual", "potential", "take_up", "benchmark_potential")


@dataclass(frozen=True)
class TargetingOptions:
    """``min_count``: zones with fewer market units or target records are flagged as low numbers.
    ``suppress_below``: target counts from 1 to below it are hidden in the target list (0: none).
    ``list_zones``: the target list holds the units of this many zones of highest potential (0: all zones).
    """

    min_count: float = 5.0
    suppress_below: float = 0.0
    list_zones: int = 0


DEFAULT_TARGETING = TargetingOptions()


@dataclass(frozen=True)
class BaseUnits:
    """The base units: axis position and count of each, the target records placed at each (None:
    unknown, e.g. target records that carry only a segment code), and each unit's area in km² (None: points)."""

    positions: np.ndarray
    counts: np.ndarray
    actual: np.ndarray | None = None
    areas_km2: np.ndarray | None = None


@dataclass(frozen=True)
class ZonePieces:
    """Base units in zones: every ``(unit, zone, share)`` piece, the number of zones and their areas in km²."""

    units: np.ndarray
    zones: np.ndarray
    shares: np.ndarray
    n_zones: int
    areas_km2: np.ndarray | None = None


@dataclass(frozen=True)
class Totals:
    """Figures added up over the whole base, or over the listed zones (each unit counted once)."""

    base_count: float
    market_count: float
    actual: float
    market_actual: float
    expected: float
    benchmark_expected: float | None
    units: int

    @property
    def potential(self) -> float:
        return self.expected - self.market_actual

    @property
    def benchmark_potential(self) -> float | None:
        return None if self.benchmark_expected is None else self.benchmark_expected - self.market_actual


@dataclass(frozen=True)
class Targeting:
    """Everything :func:`target_areas` finds.

    ``zones``: one row per zone (:data:`ZONE_COLUMNS`), None without zones.
    ``target_list``: one row per listed unit (:data:`LIST_COLUMNS`;
    ``unit`` is the row of the base unit, ``zone`` the zone it lies most in,
    -1 without zones). ``listed_zones`` are the zones whose units are listed
    (all zones with base when ``list_zones`` is 0). ``whole`` and ``listed``
    are the totals of the whole base and of the listed zones (the whole base
    again without zones). ``rates`` are the profile's take-up per axis
    position (target ÷ base), ``benchmark`` the benchmark's (None without).
    """

    market: Market
    rates: np.ndarray
    benchmark: np.ndarray | None
    zones: pd.DataFrame | None
    target_list: pd.DataFrame
    listed_zones: tuple[int, ...]
    whole: Totals
    listed: Totals
    actual_known: bool
    suppressed: int = 0


# -- units and zones -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _UnitFigures:
    """The per-unit figures of the module notes, as arrays aligned with the base units."""

    base_count: np.ndarray
    market_count: np.ndarray
    actual: np.ndarray
    market_actual: np.ndarray
    expected: np.ndarray
    benchmark_expected: np.ndarray | None

    def summed(self) -> dict[str, np.ndarray]:
        figures = {
            "base_count": self.base_count,
            "market_count": self.market_count,
            "actual": self.actual,
            "market_actual": self.market_actual,
            "expected": self.expected,
        }
        if self.benchmark_expected is not None:
            figures["benchmark_expected"] = self.benchmark_expected
        return figures


def _unit_figures(units: BaseUnits, in_market: np.ndarray, rates: np.ndarray, benchmark: np.ndarray | None) -> _UnitFigures:
    positions = np.asarray(units.positions, dtype=np.int64)
    counts = np.asarray(units.counts, dtype=float)
    placed = positions >= 0
    market = placed & in_market[np.maximum(positions, 0)]
    market_count = np.where(market, counts, 0.0)
    actual = np.zeros(len(counts)) if units.actual is None else np.asarray(units.actual, dtype=float)
    expected = market_count * rates[np.maximum(positions, 0)]
    benchmark_expected = None
    if benchmark is not None:
        benchmark_expected = np.where(market, counts * np.nan_to_num(benchmark[np.maximum(positions, 0)]), 0.0)
    return _UnitFigures(counts, market_count, actual, np.where(market, actual, 0.0), expected, benchmark_expected)


def zone_figures(
    figures: Mapping[str, np.ndarray], pieces: ZonePieces, *, whole_market_share: float, min_count: float, actual_known: bool
) -> pd.DataFrame:
    """One row per zone (:data:`ZONE_COLUMNS`) from the per-unit figures (see the module notes).

    Parameters
    ----------
    figures : mapping of str to numpy.ndarray
        ``base_count``, ``market_count``, ``actual``, ``market_actual``,
        ``expected`` and, with a benchmark, ``benchmark_expected`` of every unit.
    pieces : ZonePieces
        The units in the zones.
    whole_market_share : float
        The market's share (%) of the whole base, the reference of ``market_index``.
    min_count : float
        Low-number threshold.
    actual_known : bool
        Whether target records were placed at base units (else the target
        figures are NULL).

    Returns
    -------
    pandas.DataFrame
    """
    units = np.asarray(pieces.units, dtype=np.int64)
    zones = np.asarray(pieces.zones, dtype=np.int64)
    shares = np.asarray(pieces.shares, dtype=float)
    summed = {
        name: np.bincount(zones, weights=values[units] * shares, minlength=pieces.n_zones).astype(float)
        for name, values in figures.items()
    }
    frame = pd.DataFrame(summed)
    base, market = frame["base_count"].to_numpy(), frame["market_count"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["market_share"] = np.where(base > 0, market / base * 100.0, np.nan)
        areas = pieces.areas_km2 if pieces.areas_km2 is not None else np.full(pieces.n_zones, np.nan)
        frame["market_density"] = np.where(np.asarray(areas) > 0, market / np.asarray(areas, dtype=float), np.nan)
        frame["take_up"] = np.where(market > 0, frame["market_actual"] / market * 100.0, np.nan)
        frame["market_index"] = (
            np.where(base > 0, frame["market_share"] / whole_market_share * 100.0, np.nan) if whole_market_share > 0 else np.nan
        )
    frame["potential"] = frame["expected"] - frame["market_actual"]
    if "benchmark_expected" in frame:
        frame["benchmark_potential"] = frame["benchmark_expected"] - frame["market_actual"]
    if not actual_known:
        for column in ("actual", "market_actual", "take_up", "potential", "benchmark_potential"):
            if column in frame:
                frame[column] = np.nan
    frame.loc[base <= 0, ["expected", "potential", *[c for c in _BENCHMARK_COLUMNS if c in frame]]] = np.nan
    main = _main_potential(frame)
    frame["rank"] = pd.Series(_ranks(main)).astype("Int64")
    frame["low_numbers"] = (market < min_count) | (actual_known & (frame["market_actual"].to_numpy() < min_count))
    return frame[[column for column in ZONE_COLUMNS if column in frame]]


def _main_potential(frame: pd.DataFrame) -> np.ndarray:
    """The potential the zones and units are ranked by: at the benchmark rate when there is one.

    Without target counts (they are unknown) the expected count (at the
    benchmark rate when there is one) stands in for it.
    """
    for column in ("benchmark_potential", "potential", "benchmark_expected", "expected"):
        if column in frame and frame[column].notna().any():
            return frame[column].to_numpy(dtype=float)
    return np.full(len(frame), np.nan)


def _ranks(values: np.ndarray) -> np.ndarray:
    """Competition ranks, largest first (1, 2, 2, 4…); NaN stays unranked."""
    values = np.asarray(values, dtype=float)
    ranks = np.full(len(values), np.nan)
    known = np.flatnonzero(~np.isnan(values))
    if known.size:
        ranks[known] = pd.Series(values[known]).rank(method="min", ascending=False).to_numpy()
    return ranks


def _totals(figures: _UnitFigures, weight: np.ndarray) -> Totals:
    """Each figure added up over the units, unit ``u`` counting ``weight[u]`` (0–1) of itself."""

    def total(values):
        return float(np.dot(values, weight))

    return Totals(
        base_count=total(figures.base_count),
        market_count=total(figures.market_count),
        actual=total(figures.actual),
        market_actual=total(figures.market_actual),
        expected=total(figures.expected),
        benchmark_expected=None if figures.benchmark_expected is None else total(figures.benchmark_expected),
        units=int(np.count_nonzero(weight > 0)),
    )


def target_areas(
    units: BaseUnits,
    market: Market,
    rates: np.ndarray,
    axis: SegmentAxis,
    *,
    benchmark: np.ndarray | None = None,
    zones: ZonePieces | None = None,
    segment_index: np.ndarray | None = None,
    options: TargetingOptions = DEFAULT_TARGETING,
    language: str = "en",
) -> Targeting:
    """Market, expected and actual counts and potential per zone, and the target list (see the module notes).

    Parameters
    ----------
    units : BaseUnits
        The base units, with the target records placed at each when known.
    market : Market
        The target market (:func:`choose_market`).
    rates : numpy.ndarray
        The take-up of each axis position (:func:`penetration_rates`).
    axis : SegmentAxis
        The level.
    benchmark : numpy.ndarray, optional
        Benchmark rate (0–1) per axis position (:func:`benchmark_rates`).
    zones : ZonePieces, optional
        The base units in the zones.
    segment_index : numpy.ndarray, optional
        The profile's index of each axis position, written in the list.
    options : TargetingOptions
    language : str
        Language of the segment names.

    Returns
    -------
    Targeting
    """
    in_market = market.mask(axis.size)
    figures = _unit_figures(units, in_market, rates, benchmark)
    n_units = len(figures.base_count)
    actual_known = units.actual is not None
    whole = _totals(figures, np.ones(n_units))
    whole_share = whole.market_count / whole.base_count * 100.0 if whole.base_count > 0 else 0.0
    listed_zones: tuple[int, ...] = ()
    zone_frame, main_zone, cover = None, np.full(n_units, -1, dtype=np.int64), np.ones(n_units)
    if zones is not None:
        zone_frame = zone_figures(
            figures.summed(), zones, whole_market_share=whole_share, min_count=options.min_count, actual_known=actual_known
        )
        listed_zones = _listed_zones(zone_frame, options.list_zones)
        main_zone, cover = _main_zones(zones, listed_zones, n_units)
    listed = _totals(figures, cover)
    target_list, hidden = _target_list(
        figures,
        units,
        cover > 0,
        main_zone,
        axis,
        benchmark is not None,
        actual_known,
        segment_index,
        options.suppress_below,
        language,
    )
    return Targeting(
        market=market,
        rates=np.asarray(rates, dtype=float),
        benchmark=benchmark,
        zones=zone_frame,
        target_list=target_list,
        listed_zones=listed_zones,
        whole=whole,
        listed=listed,
        actual_known=actual_known,
        suppressed=hidden,
    )


def _listed_zones(zones: pd.DataFrame, count: int) -> tuple[int, ...]:
    """Zones whose units are listed: the ``count`` of highest potential (rank order), or every zone with base."""
    ranked = zones["rank"].to_numpy(dtype=float, na_value=np.nan)
    with_base = np.flatnonzero(~np.isnan(ranked))
    ordered = with_base[np.argsort(ranked[with_base], kind="stable")]
    return tuple(int(z) for z in (ordered[:count] if count and count > 0 else np.sort(ordered)))


def _main_zones(pieces: ZonePieces, listed: Sequence[int], n_units: int) -> tuple[np.ndarray, np.ndarray]:
    """Each unit's listed zone holding most of it (-1: none), and the share of it inside listed zones (capped at 1)."""
    chosen = np.isin(pieces.zones, np.asarray(listed, dtype=np.int64))
    units, zones, shares = pieces.units[chosen], pieces.zones[chosen], pieces.shares[chosen]
    cover = np.minimum(np.bincount(units, weights=shares, minlength=n_units), 1.0)
    main = np.full(n_units, -1, dtype=np.int64)
    if units.size:
        order = np.lexsort((zones, -shares, units))  # per unit: largest share first, then the lowest zone
        first = np.ones(order.size, dtype=bool)
        first[1:] = units[order][1:] != units[order][:-1]
        main[units[order][first]] = zones[order][first]
    return main, cover


def _target_list(
    figures: _UnitFigures,
    units: BaseUnits,
    inside: np.ndarray,
    main_zone: np.ndarray,
    axis: SegmentAxis,
    with_benchmark: bool,
    actual_known: bool,
    segment_index: np.ndarray | None,
    suppress_below: float,
    language: str,
) -> tuple[pd.DataFrame, int]:
    """The market's units inside the listed zones, largest potential first (:data:`LIST_COLUMNS`), and how many are hidden."""
    rows = np.flatnonzero((figures.market_count > 0) & inside)
    positions = np.asarray(units.positions, dtype=np.int64)[rows]
    frame = pd.DataFrame(
        {
            "unit": rows,
            "zone": main_zone[rows],
            "code": np.array(axis.codes + (None,), dtype=object)[positions],
            "name": np.array(axis.names(language), dtype=object)[positions],
            "base_count": figures.base_count[rows],
            "market_density": _density(figures.base_count[rows], units.areas_km2, rows),
            "actual": figures.market_actual[rows] if actual_known else np.nan,
            "expected": figures.expected[rows],
        }
    )
    frame["potential"] = frame["expected"] - frame["actual"]
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["take_up"] = frame["actual"] / frame["base_count"] * 100.0
    if with_benchmark and figures.benchmark_expected is not None:
        frame["benchmark_expected"] = figures.benchmark_expected[rows]
        frame["benchmark_potential"] = frame["benchmark_expected"] - frame["actual"]
    frame["segment_index"] = np.asarray(segment_index, dtype=float)[positions] if segment_index is not None else np.nan
    main = _main_potential(frame)
    order = np.lexsort((rows, -frame["expected"].to_numpy(), -np.nan_to_num(main, nan=-np.inf)))
    frame = frame.iloc[order].reset_index(drop=True)
    frame.insert(0, "list_rank", np.arange(1, len(frame) + 1))
    frame, hidden = suppress_counts(frame, suppress_below)
    return frame[[column for column in LIST_COLUMNS if column in frame]], hidden


def _density(counts: np.ndarray, areas_km2: np.ndarray | None, rows: np.ndarray) -> np.ndarray:
    """Counts per km² of the units ``rows`` (NaN for points, or units without area)."""
    if areas_km2 is None:
        return np.full(len(rows), np.nan)
    areas = np.asarray(areas_km2, dtype=float)[rows]
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(areas > 0, counts / areas, np.nan)


def suppress_counts(frame: pd.DataFrame, threshold: float) -> tuple[pd.DataFrame, int]:
    """Hide target counts from 1 to below ``threshold`` and the figures they could be worked out from.

    The segment profile's convention: when a single count would be hidden,
    the next smallest positive one is hidden too (it could otherwise be
    recovered from a total). ``actual``, ``potential``, ``take_up`` and
    ``benchmark_potential`` of those rows become NULL; ``suppressed`` says
    which rows.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows with an ``actual`` column.
    threshold : float
        0: nothing is hidden.

    Returns
    -------
    tuple of (pandas.DataFrame, int)
        The frame and the number of rows hidden.
    """
    frame = frame.copy()
    counts = frame["actual"].to_numpy(dtype=float)
    hidden = np.zeros(len(frame), dtype=bool)
    if threshold and threshold > 0:
        hidden = (counts > 0) & (counts < threshold)
        if hidden.sum() == 1:
            candidates = np.flatnonzero((counts > 0) & ~hidden)
            if candidates.size:
                hidden[candidates[np.argmin(counts[candidates])]] = True
        for column in _TARGET_FIGURES:
            if column in frame:
                frame.loc[hidden, column] = np.nan
    frame["suppressed"] = hidden
    return frame, int(hidden.sum())


# -- words -------------------------------------------------------------------------------------------
def headline(
    targeting: Targeting, *, counted: str, target: str, zones: str | None = None, levels: str = "", language: str = "en"
) -> str:
    """The result in one or two sentences, e.g. "6,200 households in 4 zones of wards are in the target market
    (groups J, L, H); 770 of them are in e-billing today. …".

    Parameters
    ----------
    targeting : Targeting
    counted : str
        What the base counts (``households``, ``base units``…).
    target : str
        The target's name.
    zones : str, optional
        The zones' name; None without zones.
    levels : str
        The level's plural (``groups``).
    language : str
        Language of the numbers.

    Returns
    -------
    str
    """
    totals = targeting.listed

    def number(value: float) -> str:
        return localise_number(f"{value:,.0f}", language)

    market = f"{levels} {', '.join(targeting.market.codes)}".strip()
    if zones is None:
        first = tr("{market} {counted} are in the target market ({codes})").format(
            market=number(totals.market_count), counted=counted, codes=market
        )
    elif len(targeting.listed_zones) == 1:
        first = tr("{market} {counted} in the zone of {zones} are in the target market ({codes})").format(
            market=number(totals.market_count), counted=counted, zones=zones, codes=market
        )
    else:
        first = tr("{market} {counted} in {n} zones of {zones} are in the target market ({codes})").format(
            market=number(totals.market_count),
            counted=counted,
            n=format_count(len(targeting.listed_zones)),
            zones=zones,
            codes=market,
        )
    if not targeting.actual_known:
        return first + "."
    sentences = [
        first + tr("; {actual} of them are in {target} today.").format(actual=number(totals.market_actual), target=target)
    ]
    sentences.append(_potential_sentence(totals.expected, totals.potential, number))
    if totals.benchmark_expected is not None:
        more = totals.benchmark_expected - totals.market_actual  # the benchmark potential
        sentences.append(
            tr("At the benchmark rate, {expected} would be: {more} more.").format(
                expected=number(totals.benchmark_expected), more=number(more)
            )
            if more >= 0
            else tr("At the benchmark rate, {expected} would be: {more} fewer than today.").format(
                expected=number(totals.benchmark_expected), more=number(-more)
            )
        )
    return " ".join(sentences)


def _potential_sentence(expected: float, potential: float, number) -> str:
    if potential >= 0:
        text = tr("At each segment's take-up across the whole base, {expected} would be expected: {more} more could be reached.")
        return text.format(expected=number(expected), more=number(potential))
    text = tr("At each segment's take-up across the whole base, {expected} would be expected: {more} more already are.")
    return text.format(expected=number(expected), more=number(-potential))
