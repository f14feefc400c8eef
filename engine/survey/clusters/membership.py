"""Which records lie inside the outlines actually drawn, and the output table counted from them."""

from __future__ import annotations

import numpy as np

from .result import ClusterResult

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None


def membership_matrix(zone: np.ndarray, item: np.ndarray, zones: int, items: int):
    """A CSR matrix ``zones × items`` with 1 where an item lies in a zone (pairs from a point-in-polygon test).

    Parameters
    ----------
    zone, item : numpy.ndarray
        The (zone, item) pairs.
    zones, items : int
        The matrix's shape.

    Returns
    -------
    scipy.sparse.csr_matrix
    """
    from scipy.sparse import coo_matrix

    zone = np.asarray(zone, dtype=np.int64)
    item = np.asarray(item, dtype=np.int64)
    matrix = coo_matrix((np.ones(zone.size), (zone, item)), shape=(zones, items)).tocsr()
    matrix.data[:] = 1.0
    return matrix


def records_inside(zone: np.ndarray, location: np.ndarray, inverse: np.ndarray, zones: int, locations: int):
    """``zones × records`` membership from ``(zone, location)`` pairs and each record's location (``inverse``).

    Parameters
    ----------
    zone, location : numpy.ndarray
        The (zone, distinct location) pairs.
    inverse : numpy.ndarray
        The distinct location of each record.
    zones, locations : int
        Numbers of zones and of distinct locations.

    Returns
    -------
    scipy.sparse.csr_matrix
    """
    from scipy.sparse import coo_matrix

    by_location = membership_matrix(zone, location, zones, locations)
    records = coo_matrix((np.ones(inverse.size), (inverse, np.arange(inverse.size))), shape=(locations, inverse.size)).tocsr()
    return (by_location @ records).tocsr()


def cluster_table(result: ClusterResult, inside, chosen: np.ndarray, area_km2: np.ndarray) -> pd.DataFrame:
    """The output table: the result's rows with the records inside each cluster outline.

    Parameters
    ----------
    result : ClusterResult
        The clusters found.
    inside : scipy.sparse matrix
        ``clusters × records`` membership (see :func:`membership_matrix`) of
        the outlines actually drawn.
    chosen : numpy.ndarray
        Which records are chosen answers.
    area_km2 : numpy.ndarray
        The area of each outline.

    Returns
    -------
    pandas.DataFrame
        Columns ``cluster_id, method, order, chosen, responses, share``
        (chosen ÷ responses), ``area_km2, density`` (chosen per km² of the
        outline), ``members, peak_density, max_z``.
    """
    chosen_inside = np.asarray(inside @ np.asarray(chosen, dtype=float)).ravel()
    all_inside = np.asarray(inside.sum(axis=1)).ravel()
    area = np.asarray(area_km2, dtype=float)
    table = result.table
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(all_inside > 0, chosen_inside / np.where(all_inside > 0, all_inside, 1), np.nan)
        density = np.where(area > 0, chosen_inside / np.where(area > 0, area, 1), np.nan)
    return pd.DataFrame(
        {
            "cluster_id": table["cluster_id"].to_numpy(),
            "method": table["method"].to_numpy(dtype=object),
            "order": table["order"].to_numpy(dtype=np.int64),
            "chosen": chosen_inside.astype(np.int64),
            "responses": all_inside.astype(np.int64),
            "share": share,
            "area_km2": area,
            "density": density,
            "members": table["members"].to_numpy(),
            "peak_density": table["peak_density"].to_numpy(),
            "max_z": table["max_z"].to_numpy(),
        }
    )
