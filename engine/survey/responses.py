"""Survey responses for hot-spot work: which answers count, and where each response is.

A residents' survey is usually a table keyed by postcode ("GU11 1AA",
"Very unsafe"); incidents are points. Both end up here as the same thing:
an ``(n, 2)`` array of locations and a boolean mask of the *chosen* answers
(all records when no answer field is given).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..progress import NullProgress, Progress
from ..segmentation.keys import match_keys

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None


def parse_answers(text: str | None) -> list[str]:
    """The answer values of a parameter such as ``"Very unsafe;Fairly unsafe"`` (trimmed, no empties).

    Parameters
    ----------
    text : str or None
        Values separated by ``;``.

    Returns
    -------
    list of str
    """
    if not text:
        return []
    return [part.strip() for part in str(text).split(";") if part.strip()]


def _comparable(values) -> np.ndarray:
    series = pd.Series(values, dtype=object)
    missing = series.isna().to_numpy()
    text = series.astype(str).str.strip().str.casefold().to_numpy(dtype=object)
    text[missing] = None
    return text


@dataclass(frozen=True)
class ChosenAnswers:
    """Which records count as chosen answers.

    ``chosen`` and ``answered`` are aligned with the input records;
    ``answered`` is False for records without an answer (they are left
    out of every count). ``label`` names the chosen answers for reports.
    """

    chosen: np.ndarray
    answered: np.ndarray
    label: str
    values_present: dict[str, int]
    absent: tuple[str, ...]
    every_record: bool

    @property
    def all_identical(self) -> bool:
        """True when every answered record gives the same answer (shares cannot differ)."""
        return not self.every_record and len(self.values_present) == 1


def select_answers(
    answers: Sequence[object], wanted: Sequence[str], *, field: str = "", layer: str = "", progress: Progress | None = None
) -> ChosenAnswers:
    """Mark the records whose answer is one of ``wanted`` (case and surrounding spaces ignored).

    (Without an answer field every record counts: see :func:`every_record`.)
    A wanted value that never occurs is a warning naming the
    values that do occur; when none occurs the input is refused, so that a
    typing mistake never shows up as "no cluster". Records without an answer
    are counted, reported and left out.

    Parameters
    ----------
    answers : sequence of object
        The answer of each record.
    wanted : sequence of str
        The answer values that count (see :func:`parse_answers`).
    field, layer : str
        Named in the messages.
    progress : Progress, optional
        Receives the warnings.

    Returns
    -------
    ChosenAnswers

    Raises
    ------
    InvalidInputError
        When no value is wanted, or none of them occurs.
    """
    progress = progress or NullProgress()
    values = _comparable(answers)
    answered = np.array([v is not None and v != "" for v in values], dtype=bool)
    values_present = _answer_counts(answers, answered)
    absent = _absent_answers(wanted, values_present, field=field, layer=layer, progress=progress)
    wanted_keys = [str(w).strip().casefold() for w in wanted]
    chosen = answered & np.isin(values, wanted_keys)
    _warn_unanswered(answered, field=field, layer=layer, progress=progress)
    result = ChosenAnswers(
        chosen=chosen,
        answered=answered,
        label=" / ".join(tr("“{answer}”").format(answer=w) for w in wanted if w not in absent),
        values_present=values_present,
        absent=absent,
        every_record=False,
    )
    if result.all_identical:
        progress.warn(
            tr(
                "Every answered record of {layer} gives the same answer ({value}): shares of chosen answers "
                "cannot differ between places, so the share tests and the share method tell nothing."
            ).format(layer=layer, value=next(iter(values_present)))
        )
    return result


def _warn_unanswered(answered: np.ndarray, *, field: str, layer: str, progress: Progress) -> None:
    unanswered = int((~answered).sum())
    if unanswered:
        progress.warn(
            tr("{n} of {total} records of {layer} have no answer in {field} and are left out.").format(
                n=format_count(unanswered), total=format_count(len(answered)), layer=layer, field=field
            )
        )


def _answer_counts(answers: Sequence[object], answered: np.ndarray) -> dict[str, int]:
    """The answers given, as written (trimmed), with their number of records, most frequent first."""
    originals = pd.Series(answers, dtype=object)[answered]
    present = originals.astype(str).str.strip().value_counts()
    return {str(k): int(v) for k, v in present.items()}


def _absent_answers(
    wanted: Sequence[str], values_present: dict[str, int], *, field: str, layer: str, progress: Progress
) -> tuple[str, ...]:
    """The wanted values that no record gives, each with a warning; refused when nothing is wanted or nothing occurs."""
    if not wanted:
        raise InvalidInputError(
            tr("Give the answer values of the field {field} that count, separated by ';'. The field contains: {values}.").format(
                field=field, values=format_examples(values_present, limit=8)
            )
        )
    wanted_keys = [str(w).strip().casefold() for w in wanted]
    present_keys = {str(k).casefold() for k in values_present}
    absent = tuple(w for w, key in zip(wanted, wanted_keys) if key not in present_keys)
    if len(absent) == len(wanted):
        raise InvalidInputError(
            tr("None of the answer values {wanted} occurs in the field {field} of {layer}. The field contains: {values}.").format(
                wanted="; ".join(wanted), field=field, layer=layer, values=format_examples(values_present, limit=8)
            )
        )
    for value in absent:
        progress.warn(
            tr(
                "The answer value {value} does not occur in the field {field} of {layer}: it counts for nothing. "
                "The field contains: {values}."
            ).format(value=value, field=field, layer=layer, values=format_examples(values_present, limit=8))
        )
    return absent


def every_record(n: int) -> ChosenAnswers:
    """Every record counts (no answer field: incidents, or all responses).

    Parameters
    ----------
    n : int
        Number of records.

    Returns
    -------
    ChosenAnswers
    """
    return ChosenAnswers(
        chosen=np.ones(n, dtype=bool),
        answered=np.ones(n, dtype=bool),
        label=tr("all records"),
        values_present={},
        absent=(),
        every_record=True,
    )


@dataclass(frozen=True)
class Located:
    """Records placed on the map.

    ``rows`` are the positions (in the input) of the records that could be
    placed; ``xy`` their coordinates; ``unit`` the position of their
    postcode unit (-1 when the records are points themselves).
    ``unmatched`` lists the keys that matched no postcode unit.
    """

    rows: np.ndarray
    xy: np.ndarray
    unit: np.ndarray
    unmatched: tuple[str, ...]
    total: int


def locate_by_key(
    keys: Sequence[object],
    unit_keys: Sequence[object],
    unit_xy: np.ndarray,
    *,
    layer: str = "",
    units_layer: str = "",
    progress: Progress | None = None,
) -> Located:
    """Place each record at the point of the postcode unit with the same key (see :func:`keys.match_keys`).

    Records whose key matches no unit (or a unit without geometry) are
    counted and listed in a warning, then left out; if none matches the
    input is refused.

    Parameters
    ----------
    keys : sequence of object
        The postcode of each record.
    unit_keys : sequence of object
        The postcode of each postcode unit.
    unit_xy : numpy.ndarray
        ``(m, 2)`` coordinates of the postcode units (NaN: no geometry).
    layer, units_layer : str
        The records' and the units' layers, named in the messages.
    progress : Progress, optional
        Receives the warning.

    Returns
    -------
    Located

    Raises
    ------
    InvalidInputError
        When no record matches a postcode unit.
    """
    progress = progress or NullProgress()
    unit_xy = np.asarray(unit_xy, dtype=float).reshape(-1, 2)
    position = match_keys(keys, unit_keys)
    placed = position >= 0
    placed[placed] = ~np.isnan(unit_xy[position[placed]]).any(axis=1)
    total = len(position)
    if not placed.any():
        raise InvalidInputError(
            tr(
                "None of the {n} postcodes of {layer} matches a postcode unit of {units}. Check that the two "
                "postcode fields hold the same kind of codes."
            ).format(n=format_count(total), layer=layer, units=units_layer)
        )
    unmatched = _unmatched_keys(keys, placed, layer=layer, units_layer=units_layer, progress=progress)
    rows = np.flatnonzero(placed)
    return Located(rows=rows, xy=unit_xy[position[rows]], unit=position[rows], unmatched=unmatched, total=total)


def _unmatched_keys(
    keys: Sequence[object], placed: np.ndarray, *, layer: str, units_layer: str, progress: Progress
) -> tuple[str, ...]:
    """The keys, as written, of the records not placed, with a warning listing them."""
    shown = pd.Series(keys, dtype=object)[~placed]
    unmatched = tuple("NULL" if pd.isna(k) else (str(k) if str(k).strip() else "''") for k in shown)
    if unmatched:
        progress.warn(
            tr(
                "{n} of {total} records of {layer} have a postcode that matches no postcode unit of {units} and are "
                "left out: {examples}."
            ).format(
                n=format_count(len(unmatched)),
                total=format_count(len(placed)),
                layer=layer,
                units=units_layer,
                examples=format_examples(dict.fromkeys(unmatched), limit=8),
            )
        )
    return unmatched


def locate_points(
    xy: np.ndarray, ids: Sequence[object] | None = None, *, layer: str = "", progress: Progress | None = None
) -> Located:
    """Records that are points already; those without geometry are counted, listed and left out.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates (NaN: no geometry).
    ids : sequence of object, optional
        Name the records in the warning (their positions without it).
    layer : str
        Named in the messages.
    progress : Progress, optional
        Receives the warning.

    Returns
    -------
    Located

    Raises
    ------
    InvalidInputError
        When no record has a geometry.
    """
    progress = progress or NullProgress()
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    placed = ~np.isnan(xy).any(axis=1)
    missing = np.flatnonzero(~placed)
    if missing.size:
        names = [str(ids[i]) for i in missing] if ids is not None else [str(i) for i in missing]
        progress.warn(
            tr("{n} of {total} features of {layer} have no geometry and are left out: {examples}.").format(
                n=format_count(missing.size), total=format_count(len(xy)), layer=layer, examples=format_examples(names)
            )
        )
    if not placed.any():
        raise InvalidInputError(tr("No feature of {layer} has a geometry.").format(layer=layer))
    rows = np.flatnonzero(placed)
    return Located(rows=rows, xy=xy[rows], unit=np.full(rows.size, -1, dtype=np.int64), unmatched=(), total=len(xy))
