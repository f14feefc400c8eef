"""Small numpy building blocks for flat ("ragged") arrays: many runs of values held in one array."""

from __future__ import annotations

import numpy as np


def ranges(starts, counts) -> np.ndarray:
    """``starts[i] + arange(counts[i])`` for every ``i``, one after the other, in one int64 array.

    ``starts`` may be a single number (``ranges(0, counts)`` numbers the
    items of each run). This is how flat vertex arrays are cut into lines
    and gathered back everywhere in the engine.

    Parameters
    ----------
    starts
        First value of each run: an array, or one number for every run.
    counts
        Length of each run (non-negative integers).
    """
    counts = np.asarray(counts, dtype=np.int64)
    starts = np.broadcast_to(np.asarray(starts, dtype=np.int64), counts.shape)
    before = np.cumsum(counts) - counts
    return np.repeat(starts - before, counts) + np.arange(int(counts.sum()), dtype=np.int64)


def where_or_none(mask, values) -> np.ndarray:
    """``values`` where ``mask`` holds and None elsewhere, as an object array (NULL in an output table).

    Parameters
    ----------
    mask
        Where the value is kept (booleans).
    values
        The values, of the same shape as ``mask``.
    """
    mask = np.asarray(mask, dtype=bool)
    out = np.full(mask.shape, None, dtype=object)
    out[mask] = np.asarray(values, dtype=object)[mask]
    return out
