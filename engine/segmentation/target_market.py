"""The target market and the take-up rates: which segments the target is, and how often each takes up.

A segment profile (:mod:`engine.segmentation.profile`) says *who* the
target is; :func:`choose_market` turns it into a *target market*, a set of
segments: chosen by the analyst (:data:`BY_SEGMENTS`), the profile's market
at a coverage (:data:`BY_COVERAGE`: the fewest segments, largest first,
holding that share of the target), or the segments whose profile index is
above a threshold (:data:`BY_INDEX`). Unclassified never belongs to it.

The take-up of each segment is the profile's penetration, target ÷ base
(:func:`penetration_rates`); a benchmark is a take-up to aim at, per segment
or overall (:func:`benchmark_rates`). :mod:`engine.segmentation.targeting`
applies both to places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import InvalidInputError
from ..i18n import format_examples, localise_number, tr
from .catalogue import normalise_code
from .encoding import SegmentAxis
from .profile import SegmentProfile

#: Ways of choosing the target market (:attr:`MarketChoice.method`).
BY_SEGMENTS, BY_COVERAGE, BY_INDEX = "segments", "coverage", "index"


@dataclass(frozen=True)
class MarketChoice:
    """How the target market is chosen.

    ``method`` is :data:`BY_SEGMENTS` (the ``codes``), :data:`BY_COVERAGE`
    (the profile's market: the fewest segments, largest first, holding
    ``coverage`` (0–1) of the target) or :data:`BY_INDEX` (segments whose
    profile index is above ``index_above``).
    """

    method: str = BY_COVERAGE
    codes: tuple[str, ...] = ()
    coverage: float = 0.75
    index_above: float = 120.0


@dataclass(frozen=True)
class Market:
    """The segments of the target market: axis positions, codes, and how they were chosen (a phrase)."""

    positions: tuple[int, ...]
    codes: tuple[str, ...]
    description: str

    def mask(self, size: int) -> np.ndarray:
        """A boolean per axis position: in the market or not."""
        mask = np.zeros(size, dtype=bool)
        mask[list(self.positions)] = True
        return mask


@dataclass(frozen=True)
class Benchmark:
    """A take-up to aim at, in % (0–100): per segment code, and/or one rate for every other segment."""

    overall: float | None = None
    by_segment: Mapping[str, float] = field(default_factory=dict)

    @property
    def given(self) -> bool:
        return self.overall is not None or bool(self.by_segment)


# -- the target market ---------------------------------------------------------------------------
def parse_codes(text: str | Iterable[object]) -> list[str]:
    """Segment codes from text such as ``"J, L; H"`` (commas, semicolons or spaces between them).

    Parameters
    ----------
    text : str or iterable of object

    Returns
    -------
    list of str
        The codes in the order given, without blanks or repeats.
    """
    items = re.split(r"[,;\s]+", text) if isinstance(text, str) else [str(v) for v in text]
    return list(dict.fromkeys(code for code in (normalise_code(item) for item in items) if code))


def positions_of_codes(codes: Sequence[str], axis: SegmentAxis, *, what: str) -> list[int]:
    """Axis positions of segment codes (finer codes roll up to the level); unknown or coarser codes are refused.

    Parameters
    ----------
    codes : sequence of str
        Segment codes.
    axis : SegmentAxis
        The level they must be placed on.
    what : str
        What the codes are, named in messages (e.g. "the target market").

    Returns
    -------
    list of int
        One position per distinct segment, in the order given.

    Raises
    ------
    InvalidInputError
        For codes the catalogue does not know, or of a coarser level.
    """
    catalogue = axis.catalogue
    found = [(code, catalogue.segment(code)) for code in codes]
    unknown = [code for code, segment in found if segment is None]
    if unknown:
        raise InvalidInputError(
            tr("The codes {codes} of {what} are not in the catalogue {catalogue}; its {levels} are: {known}.").format(
                codes=format_examples(unknown),
                what=what,
                catalogue=catalogue.name(),
                levels=axis.level_plural(),
                known=format_examples(axis.codes, limit=20),
            )
        )
    coarser = [
        code
        for code, segment in found
        if segment is not None and catalogue.level_rank(segment.level) < catalogue.level_rank(axis.level)
    ]
    if coarser:
        raise InvalidInputError(
            tr("The codes {codes} of {what} are of a coarser level than {level}: give codes of that level.").format(
                codes=format_examples(coarser), what=what, level=axis.level_name()
            )
        )
    index = {code: i for i, code in enumerate(axis.codes)}
    ancestors = [catalogue.ancestor(code, axis.level) for code in codes]  # every code is known and fine enough here
    return list(dict.fromkeys(index[code] for code in ancestors if code is not None))


def choose_market(profile: SegmentProfile, choice: MarketChoice) -> Market:
    """The segments of the target market (see the module notes).

    Parameters
    ----------
    profile : SegmentProfile
        The target's profile against the base, unsuppressed; its market is
        the one of :data:`BY_COVERAGE` (so build it with that coverage).
    choice : MarketChoice

    Returns
    -------
    Market

    Raises
    ------
    InvalidInputError
        When the market would be empty, naming what to change.
    """
    axis = profile.axis
    position = {code: i for i, code in enumerate(axis.codes)}
    levels = axis.level_plural()
    if choice.method == BY_SEGMENTS:
        if not choice.codes:
            raise InvalidInputError(tr("The target market is empty: give the codes of its {levels}.").format(levels=levels))
        positions = positions_of_codes(choice.codes, axis, what=tr("the target market"))
        description = tr("the chosen {levels}").format(levels=levels)
    elif choice.method == BY_INDEX:
        table = profile.table[profile.table["row_type"] == "segment"]
        index = table["index"].to_numpy(dtype=float)
        above = np.flatnonzero((index > choice.index_above) & (table["target_count"].to_numpy(dtype=float) > 0))
        if above.size == 0:
            best = int(np.nanargmax(index)) if np.isfinite(index).any() else None
            raise InvalidInputError(
                tr(
                    "The target market is empty: no {level} has an index above {threshold} (the highest is {best} "
                    "for {code}). Lower the threshold."
                ).format(
                    level=axis.level_name().lower(),
                    threshold=localise_number(f"{choice.index_above:g}"),
                    best=localise_number(f"{index[best]:.0f}") if best is not None else "–",
                    code=table["code"].iloc[best] if best is not None else "–",
                )
            )
        ordered = above[np.argsort(-index[above], kind="stable")]
        positions = [position[code] for code in table["code"].to_numpy()[ordered]]
        description = tr("the {levels} with an index above {threshold}").format(
            levels=levels, threshold=localise_number(f"{choice.index_above:g}")
        )
    else:
        positions = [position[code] for code in profile.market]
        if not positions:
            raise InvalidInputError(tr("The target market is empty: no target record could be placed in a segment."))
        description = tr("the fewest {levels} holding {coverage}% of the target").format(
            levels=levels, coverage=localise_number(f"{profile.options.coverage * 100:g}")
        )
    return Market(tuple(positions), tuple(axis.codes[i] for i in positions), description)


# -- rates -----------------------------------------------------------------------------------------
def parse_rates(text: str) -> dict[str, float]:
    """Benchmark rates per segment from text such as ``"J=80, L: 75.5%; H=12,5"``.

    Pairs are separated by semicolons, new lines, or commas followed by a
    space or a code (a comma between digits is a decimal comma).

    Parameters
    ----------
    text : str

    Returns
    -------
    dict of str to float
        Rate in % by segment code, as written.

    Raises
    ------
    InvalidInputError
        When a part is not ``code=rate``.
    """
    rates: dict[str, float] = {}
    for part in (p.strip() for p in re.split(r"[;\n]+|,(?=\s|[^\d\s])", text or "")):
        if not part:
            continue
        match = re.fullmatch(r"([^=:\s]+)\s*[=:]\s*([-+]?\d+(?:[.,]\d+)?)\s*%?", part)
        if match is None:
            raise InvalidInputError(
                tr("The benchmark rate '{part}' cannot be read: write code=rate in %, e.g. J=80, L=75.").format(part=part)
            )
        rates[normalise_code(match.group(1)) or match.group(1)] = float(match.group(2).replace(",", "."))
    return rates


def penetration_rates(target_counts: np.ndarray, base_counts: np.ndarray) -> np.ndarray:
    """Target ÷ base at each axis position (0 where the base is 0): the profile's take-up of each segment.

    Parameters
    ----------
    target_counts, base_counts : numpy.ndarray
        Axis vectors (:func:`engine.segmentation.encoding.tally`) of the target and the base.

    Returns
    -------
    numpy.ndarray
    """
    t = np.asarray(target_counts, dtype=float)
    b = np.asarray(base_counts, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b > 0, t / b, 0.0)


def benchmark_rates(benchmark: Benchmark, axis: SegmentAxis, market: Market) -> np.ndarray | None:
    """The benchmark's rate (0–1) at each axis position of the market (NaN elsewhere); None without a benchmark.

    Parameters
    ----------
    benchmark : Benchmark
    axis : SegmentAxis
    market : Market

    Returns
    -------
    numpy.ndarray or None

    Raises
    ------
    InvalidInputError
        For a rate below 0 or above 100 %, a code the catalogue does not
        know, or a market segment left without a rate.
    """
    if not benchmark.given:
        return None
    named = {**({"": benchmark.overall} if benchmark.overall is not None else {}), **benchmark.by_segment}
    overall = tr("overall")
    wrong = [f"{code or overall} {localise_number(f'{rate:g}')}%" for code, rate in named.items() if not 0 <= rate <= 100]
    if wrong:
        raise InvalidInputError(
            tr("Benchmark rates are take-ups in % from 0 to 100: {rates} cannot be.").format(rates=", ".join(wrong))
        )
    rates = np.full(axis.size, np.nan)
    if benchmark.overall is not None:
        rates[list(market.positions)] = benchmark.overall / 100.0
    for code, rate in benchmark.by_segment.items():
        rates[positions_of_codes([code], axis, what=tr("the benchmark rates"))[0]] = rate / 100.0
    missing = [axis.codes[i] for i in market.positions if np.isnan(rates[i])]
    if missing:
        raise InvalidInputError(
            tr("The target market's {levels} {codes} have no benchmark rate: give one for each, or an overall rate.").format(
                levels=axis.level_plural(), codes=", ".join(missing)
            )
        )
    return rates
