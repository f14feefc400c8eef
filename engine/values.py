"""The one policy for reading numbers from attribute fields: weights, counts, capacities.

Every algorithm reads the numbers of a field (demand weights, target
weights, base counts, households, site capacities, counts summed in
catchments) through :func:`read_numbers`, with the :class:`NumberRule` of
that use. What every rule shares:

- numbers stored as text (``"12"``, ``" 4.5 "``) are read as numbers;
- text that is not a number (``"n/a"``, ``"12 people"``, a date) is refused,
  quoting the values;
- NaN is taken as NULL (no value);
- infinite values, and values above :data:`LARGEST` (a million million,
  far beyond any count, and small enough that no sum or product with a
  travel cost overflows), are refused;
- negative values are refused.

What differs by use:

=======================  =======================  ===========  ================
rule                     NULL (or NaN)            zero         every value zero
=======================  =======================  ===========  ================
:data:`WEIGHTS`          refused                  allowed      refused
:data:`COUNTS`           refused                  allowed      refused
:data:`SUMMED_COUNTS`    counts 0, with a warning allowed      allowed
:data:`HOUSEHOLDS`       counts 0, with a warning allowed      refused
:data:`CAPACITIES`       no limit (kept as NaN)   refused      (zero refused)
=======================  =======================  ===========  ================

Every message names the layer, the field and examples of the features
(their ids, or the labels given) so that the user can find and fix them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from .errors import InvalidInputError
from .i18n import format_count, format_examples, tr
from .progress import NullProgress, Progress

#: The largest value a count, weight or capacity may have (10¹²).
LARGEST = 1e12


@dataclass(frozen=True)
class NumberRule:
    """How the numbers of one use are read (see the module's table).

    Attributes
    ----------
    kind : str
        ``"weight"``, ``"count"``, ``"household"`` or ``"capacity"``: names
        the values in messages.
    null : str
        ``"refuse"``, ``"zero"`` (counts as 0, with a warning) or ``"keep"``
        (kept as NaN: no value, e.g. no limit).
    zero : bool
        Whether a value may be zero.
    all_zero : bool
        Whether every value may be zero (or there may be no value at all).
    """

    kind: str
    null: str = "refuse"
    zero: bool = True
    all_zero: bool = False


WEIGHTS = NumberRule("weight")
COUNTS = NumberRule("count")
SUMMED_COUNTS = NumberRule("count", null="zero", all_zero=True)
HOUSEHOLDS = NumberRule("household", null="zero")
CAPACITIES = NumberRule("capacity", null="keep", zero=False, all_zero=True)


def _plural(kind: str) -> str:
    """The translated name of the values of a rule, for messages."""
    return {
        "weight": tr("weights"),
        "count": tr("counts"),
        "household": tr("household counts"),
        "capacity": tr("capacities"),
    }.get(kind, kind)


def read_numbers(
    values,
    rule: NumberRule,
    *,
    field: str,
    layer: str,
    labels: Sequence[object] | None = None,
    progress: Progress | None = None,
) -> np.ndarray:
    """The values of a field as floats, read by ``rule``; unusable values are refused, naming features.

    Parameters
    ----------
    values : sequence of object or pandas.Series
        The field's values, one per feature (None for NULL).
    rule : NumberRule
        What the values are used for (:data:`WEIGHTS`, :data:`COUNTS`…).
    field, layer : str
        Named in the messages.
    labels : sequence of object, optional
        Identify the features in messages (feature ids, keys); positions
        (1, 2, …) without them.
    progress : Progress, optional
        Receives the warnings (NULL counted as 0).

    Returns
    -------
    numpy.ndarray
        One float per value (NaN for NULL under ``null="keep"``).

    Raises
    ------
    InvalidInputError
        Text that is not a number; NULL, zero or every value zero where the
        rule refuses them; negative, infinite or too large values.
    """
    progress = progress or NullProgress()
    series = values.reset_index(drop=True) if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    names = np.asarray(labels if labels is not None else np.arange(1, len(series) + 1), dtype=object)
    numbers, is_text = _as_floats(series)
    where = {"field": field, "layer": layer}
    if is_text.any():
        texts = list(dict.fromkeys(series[is_text].astype(str).tolist()))
        raise InvalidInputError(
            tr(
                "The field {field} of {layer} holds text that is not a number in {n} features (e.g. {examples}, "
                "features {ids}); choose a numeric field or correct those values."
            ).format(
                n=format_count(int(is_text.sum())),
                examples=format_examples([repr(t) for t in texts]),
                ids=format_examples(names[is_text].tolist()),
                **where,
            )
        )
    _refuse_out_of_range(numbers, rule, names, where)
    numbers = _nulls(numbers, rule, names, where, progress)
    _refuse_zeros(numbers, rule, names, where)
    return numbers


def _as_floats(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The values as floats (NaN for NULL and NaN), and where they are text that is not a number."""
    if series.dtype != object:
        if pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_numeric_dtype(series.dtype):
            return series.to_numpy(dtype=float, na_value=np.nan), np.zeros(len(series), dtype=bool)
        series = series.astype(object)
    raw = series.to_numpy(dtype=object)
    is_null = np.array([_is_null(v) for v in raw], dtype=bool)
    numbers = np.full(len(raw), np.nan)
    is_text = np.zeros(len(raw), dtype=bool)
    for i in np.flatnonzero(~is_null):
        number = _number(raw[i])
        if number is None:
            is_text[i] = True
        else:
            numbers[i] = number
    return numbers, is_text


def _is_null(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, (float, np.floating)) and math.isnan(value)


def _number(value) -> float | None:
    """A value as a float: numbers, booleans and numbers stored as text; None for anything else."""
    if isinstance(value, (bool, np.bool_, int, float, np.integer, np.floating)):
        return float(value)
    if isinstance(value, (str, bytes)):
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        text = text.strip().replace("\u00a0", "").replace("\u202f", "")
        if not text or text.lower() in ("nan", "-nan", "+nan"):
            return None
        try:
            return float(text)
        except ValueError:
            return None
    return None


def _refuse_out_of_range(numbers: np.ndarray, rule: NumberRule, names: np.ndarray, where: dict) -> None:
    """Refuse negative, infinite and too large values."""
    with np.errstate(invalid="ignore"):
        negative = numbers < 0
        infinite = np.isinf(numbers) & ~negative
        huge = np.isfinite(numbers) & (numbers > LARGEST)
    if negative.any():
        raise InvalidInputError(
            tr(
                "{n} features of {layer} have a negative value in the field {field} (e.g. features {ids}); {what} "
                "cannot be negative."
            ).format(
                n=format_count(int(negative.sum())),
                ids=format_examples(names[negative].tolist()),
                what=_plural(rule.kind),
                **where,
            )
        )
    if infinite.any() or huge.any():
        bad = infinite | huge
        raise InvalidInputError(
            tr(
                "{n} features of {layer} have an infinite or implausibly large value (above {largest}) in the field "
                "{field} (e.g. features {ids}); {what} must be ordinary numbers: check those values."
            ).format(
                n=format_count(int(bad.sum())),
                largest=format_count(LARGEST),
                ids=format_examples(names[bad].tolist()),
                what=_plural(rule.kind),
                **where,
            )
        )


def _nulls(numbers: np.ndarray, rule: NumberRule, names: np.ndarray, where: dict, progress: Progress) -> np.ndarray:
    """The values with NULL refused, counted as 0 (with a warning) or kept, as the rule says."""
    is_null = np.isnan(numbers)
    if not is_null.any() or rule.null == "keep":
        return numbers
    n, ids = format_count(int(is_null.sum())), format_examples(names[is_null].tolist())
    if rule.null == "refuse":
        raise InvalidInputError(
            tr(
                "{n} features of {layer} have no value (NULL) in the field {field} (e.g. features {ids}); fill "
                "them in or filter them out."
            ).format(n=n, ids=ids, **where)
        )
    progress.warn(
        tr("{n} features of {layer} have no value (NULL) in the field {field} and count as 0 (e.g. features {ids}).").format(
            n=n, ids=ids, **where
        )
    )
    return np.where(is_null, 0.0, numbers)


def _refuse_zeros(numbers: np.ndarray, rule: NumberRule, names: np.ndarray, where: dict) -> None:
    """Refuse zero values where the rule does, and every value zero where it does."""
    zero = numbers == 0
    if not rule.zero and zero.any():
        raise InvalidInputError(
            tr(
                "{n} features of {layer} have 0 in the field {field} (e.g. features {ids}): {what} must be more "
                "than zero; leave the value empty (NULL) for no limit, or remove those features."
            ).format(n=format_count(int(zero.sum())), ids=format_examples(names[zero].tolist()), what=_plural(rule.kind), **where)
        )
    if not rule.all_zero and len(numbers) and not (numbers > 0).any():
        raise InvalidInputError(
            tr(
                "Every value of the field {field} of {layer} is zero or missing, so there is nothing to count: "
                "check that you chose the right field."
            ).format(**where)
        )
