"""Independent computations on the sample town for the targeting and comparison tests.

Plain pandas on the GeoPackage's tables (read with sqlite3): postcodes are
normalised by hand, the demo catalogue's types roll up to their group by
their first letter, wards come from the postcodes' own ward_code attribute
(written by the generator), not from a point-in-polygon test.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
from qgis.core import NULL, QgsVectorLayer

GROUPS = [chr(ord("A") + i) for i in range(15)]


def norm(postcode):
    return None if postcode is None else "".join(str(postcode).split()).upper() or None


def town_tables(path):
    with sqlite3.connect(path) as connection:
        postcodes = pd.read_sql("SELECT fid, postcode, households, population, segment, ward_code FROM postcodes", connection)
        clients = pd.read_sql("SELECT client_id, postcode, service FROM service_clients", connection)
        wards = pd.read_sql("SELECT ward_code, ward_name FROM wards", connection)
    postcodes["group"] = postcodes.segment.str[0]
    postcodes["key"] = postcodes.postcode.map(norm)
    clients["key"] = clients.postcode.map(norm)
    return postcodes, clients, wards


def clients_per_postcode(postcodes: pd.DataFrame, clients: pd.DataFrame) -> pd.Series:
    """Clients matched to each postcode row (by the normalised key)."""
    matched = clients.merge(postcodes[["key"]].reset_index(), on="key", how="inner")
    return matched.groupby("index").size().reindex(postcodes.index, fill_value=0).astype(float)


def market_by_coverage(postcodes: pd.DataFrame, actual: pd.Series, coverage: float = 0.75) -> list[str]:
    """The fewest groups, largest client count first (ties in catalogue order), holding ``coverage`` of the clients."""
    counts = actual.groupby(postcodes.group).sum().reindex(GROUPS, fill_value=0)
    ordered = counts.sort_values(ascending=False, kind="stable")
    before = ordered.cumsum().shift(fill_value=0) / ordered.sum()
    return list(ordered.index[(before < coverage - 1e-9) & (ordered > 0)])


def zone_table(
    postcodes: pd.DataFrame, actual: pd.Series, market: list[str], zone: pd.Series, *, count="households", benchmark=None
) -> pd.DataFrame:
    """Target-area figures per zone, as the module notes of engine.segmentation.targeting define them."""
    rates = actual.groupby(postcodes.group).sum() / postcodes.groupby("group")[count].sum()
    frame = pd.DataFrame({"zone": zone, "base_count": postcodes[count].astype(float), "actual": actual})
    in_market = postcodes.group.isin(market)
    frame["market_count"] = np.where(in_market, frame.base_count, 0.0)
    frame["market_actual"] = np.where(in_market, actual, 0.0)
    frame["expected"] = frame.market_count * postcodes.group.map(rates)
    if benchmark is not None:
        frame["benchmark_expected"] = frame.market_count * benchmark / 100.0
    whole_share = frame.market_count.sum() / frame.base_count.sum()
    table = frame.groupby("zone").sum()
    table["potential"] = table.expected - table.market_actual
    table["market_share"] = table.market_count / table.base_count * 100
    table["market_index"] = table.market_share / whole_share
    table["take_up"] = table.market_actual / table.market_count * 100
    if benchmark is not None:
        table["benchmark_potential"] = table.benchmark_expected - table.market_actual
    return table


def read_table(path, layer: str | None = None) -> pd.DataFrame:
    uri = f"{path}|layername={layer}" if layer else str(path)
    vector = QgsVectorLayer(uri, "out", "ogr")
    assert vector.isValid(), uri
    names = vector.fields().names()
    rows = [dict(zip(names, [None if v == NULL else v for v in f.attributes()])) for f in vector.getFeatures()]
    return pd.DataFrame(rows, columns=names)
