"""Segment profiling at scale: 1,000,000 base units and 100,000 target records.

Cases (each against the same computation written plainly in pandas, in the
same run, with the results checked equal):

1. *profile by postcode*: the target's postcodes (written with varying
   case and spacing, 3 % unmatched) are joined to the base's, base
   subgroup codes roll up to OAC groups, and the full profile table
   (counts, %, index, rank, penetration, exact binomial p-values,
   cumulative %, target market) is built — plus, for Place Insight only,
   the HTML report. Bar: under 5 s.
2. *profile by segment field*: the target carries its own subgroup code.
3. *area composition*: the 1,000,000 units' segment mix in 1,000 zones
   (shares, dominant and second segment, index, diversity).
4. *through Processing*: the whole ``placeinsight:segmentprofile`` algorithm
   on a GeoPackage of 1,000,000 postcode points and a 100,000-row client
   table (reading the layers included); no peer, no bar — reported with the
   peak memory of the process.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np

from .common import peak_rss_mb, ratio, timed

BASE_UNITS = 1_000_000
TARGET_RECORDS = 100_000
ZONES = 1_000
BAR_SECONDS = 5.0
LETTERS = np.array(list("ABDEFGHJLNPQRSTUWXYZ"))


# -- data ----------------------------------------------------------------------------
def make_data(seed: int = 7):
    """A base of unique postcodes with OAC 2011 subgroup codes and households, and a target of clients."""
    import pandas as pd

    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue

    rng = np.random.default_rng(seed)
    catalogue = load_catalogue(builtin_catalogues()["oac2011"])
    subgroups = np.array(catalogue.codes("subgroup"), dtype=object)
    district = rng.integers(0, 400, BASE_UNITS)
    sector = rng.integers(0, 10, BASE_UNITS)
    unit = np.arange(BASE_UNITS) % 400  # unique (district, sector, unit) triples below
    order = rng.permutation(BASE_UNITS)
    district, sector = (np.arange(BASE_UNITS) // 4000)[order], ((np.arange(BASE_UNITS) // 400) % 10)[order]
    unit = unit[order]
    postcodes = [
        f"{LETTERS[d % 20]}{LETTERS[d // 20]}{d % 9 + 1} {s}{LETTERS[u % 20]}{LETTERS[u // 20]}"
        for d, s, u in zip(district, sector, unit)
    ]
    weights = rng.dirichlet(np.full(len(subgroups), 0.8))
    codes = subgroups[rng.choice(len(subgroups), BASE_UNITS, p=weights)]
    base = pd.DataFrame({"postcode": postcodes, "segment": codes, "households": rng.integers(1, 60, BASE_UNITS)})
    propensity = rng.gamma(2.0, 1.0, len(subgroups))
    chance = (
        base.households.to_numpy()
        * propensity[np.searchsorted(subgroups, codes, sorter=np.argsort(subgroups)).clip(0, len(subgroups) - 1)]
    )
    picked = rng.choice(BASE_UNITS, TARGET_RECORDS, p=chance / chance.sum())
    written = base.postcode.to_numpy()[picked].astype(object)
    style = rng.integers(0, 4, TARGET_RECORDS)
    written = np.where(style == 1, np.char.lower(written.astype(str)).astype(object), written)
    written = np.where(style == 2, np.char.replace(written.astype(str), " ", "").astype(object), written)
    lost = rng.random(TARGET_RECORDS) < 0.03
    written[lost] = [f"ZZ9 {i % 10}ZZ" for i in range(int(lost.sum()))]
    target = pd.DataFrame(
        {"client_id": np.arange(TARGET_RECORDS), "postcode": written, "segment": base.segment.to_numpy()[picked]}
    )
    return catalogue, base, target


# -- Place Insight ------------------------------------------------------------------------
def ours_by_postcode(catalogue, base, target):
    from place_insight.engine import values
    from place_insight.engine.segmentation import encoding, joins
    from place_insight.engine.segmentation.profile import profile_segments
    from place_insight.engine.segmentation.report import ProfileContext, profile_report

    axis = encoding.SegmentAxis.of(catalogue, "group")
    base_codes = encoding.encode_segments(base.segment, axis, blank_as_unclassified=True)
    counts = values.read_numbers(base.households, values.COUNTS, field="households", layer="base")
    join = joins.join_on_keys(target.postcode, base.postcode, base_positions=base_codes.positions, base_counts=counts)
    positions = np.where(join.rows >= 0, base_codes.positions[np.maximum(join.rows, 0)], -1)
    profile = profile_segments(encoding.EncodedSegments(positions, {}, {}), base_codes, axis, base_counts=counts)
    table = profile.output_table()
    profile_report(
        profile,
        ProfileContext(
            "clients",
            len(target),
            int((positions >= 0).sum()),
            "by postcode",
            "base",
            len(base),
            "households",
            unmatched=join.unmatched,
        ),
    ).html()
    return table


def ours_by_field(catalogue, base, target):
    from place_insight.engine import values
    from place_insight.engine.segmentation import encoding
    from place_insight.engine.segmentation.profile import profile_segments

    axis = encoding.SegmentAxis.of(catalogue, "group")
    base_codes = encoding.encode_segments(base.segment, axis, blank_as_unclassified=True)
    counts = values.read_numbers(base.households, values.COUNTS, field="households", layer="base")
    target_codes = encoding.encode_segments(target.segment, axis)
    return profile_segments(target_codes, base_codes, axis, base_counts=counts).output_table()


def ours_composition(catalogue, base, zones):
    from place_insight.engine.segmentation import composition, encoding

    axis = encoding.SegmentAxis.of(catalogue, "supergroup")
    codes = encoding.encode_segments(base.segment, axis, blank_as_unclassified=True)
    counts = base.households.to_numpy(dtype=float)
    matrix = composition.segment_matrix(zones, codes.positions, n_zones=ZONES, size=axis.size, weights=counts)
    return composition.compose_areas(matrix, encoding.tally(codes.positions, axis.size, counts), axis)


# -- the same, plainly in pandas ------------------------------------------------------------
def peer_profile(catalogue, base, target, *, by_postcode: bool):
    import pandas as pd
    from scipy import stats

    to_group = {code.lower(): catalogue.ancestor(code, "group") for code in catalogue.codes("subgroup")}
    groups = catalogue.codes("group")
    base = base.assign(group=base.segment.str.strip().str.lower().map(to_group))
    if by_postcode:
        base = base.assign(key=base.postcode.str.upper().str.replace(" ", "", regex=False))
        clients = target.assign(key=target.postcode.str.upper().str.replace(" ", "", regex=False))
        matched = clients.merge(base.drop_duplicates("key")[["key", "group"]], on="key", how="inner")
    else:
        matched = target.assign(group=target.segment.str.strip().str.lower().map(to_group))
    table = (
        pd.DataFrame({"target_count": matched.groupby("group").size(), "base_count": base.groupby("group").households.sum()})
        .reindex(groups)
        .fillna(0)
    )
    n, total = table.target_count.sum(), table.base_count.sum()
    table["target_pct"] = table.target_count / n * 100
    table["base_pct"] = table.base_count / total * 100
    table["index"] = table.target_pct / table.base_pct * 100
    table["rank"] = table.target_count.rank(method="min", ascending=False)
    table["penetration"] = table.target_count / table.base_count * 1000
    table["p_value"] = [stats.binomtest(int(k), int(n), b / total).pvalue for k, b in zip(table.target_count, table.base_count)]
    ordered = table.sort_values("target_count", ascending=False, kind="stable")
    cumulative = ordered.target_count.cumsum() / n * 100
    table["cumulative_pct"] = cumulative
    table["target_market"] = (cumulative - ordered.target_pct < 75).reindex(table.index)
    return table


def peer_composition(catalogue, base, zones):
    import pandas as pd

    to_super = {code.lower(): catalogue.ancestor(code, "supergroup") for code in catalogue.codes("subgroup")}
    frame = pd.DataFrame(
        {"zone": zones, "supergroup": base.segment.str.strip().str.lower().map(to_super), "households": base.households}
    )
    matrix = frame.pivot_table(index="zone", columns="supergroup", values="households", aggfunc="sum", fill_value=0)
    shares = matrix.div(matrix.sum(axis=1), axis=0) * 100
    base_share = matrix.sum() / matrix.values.sum() * 100
    result = shares.copy()
    result["base_total"] = matrix.sum(axis=1)
    result["dominant"] = shares.idxmax(axis=1)
    result["dominant_share"] = shares.max(axis=1)
    result["second"] = shares.apply(lambda row: row.nlargest(2).index[-1], axis=1)
    result["dominant_index"] = result.dominant_share / base_share.reindex(result.dominant).to_numpy() * 100
    p = shares / 100
    result["diversity"] = -(p * np.log(p.where(p > 0, 1))).sum(axis=1) / math.log(len(catalogue.codes("supergroup")))
    return result


# -- Processing --------------------------------------------------------------------------------
def large_geopackage(output: Path, base, target) -> Path:
    """The base as 1,000,000 points and the target as a table, in one GeoPackage (built once, then reused)."""
    path = output / "bench_profiling.gpkg"
    if path.exists():
        return path
    import geopandas as gpd
    import pandas as pd

    rng = np.random.default_rng(11)
    points = gpd.GeoDataFrame(
        base,
        geometry=gpd.points_from_xy(rng.uniform(400000, 500000, len(base)), rng.uniform(300000, 400000, len(base))),
        crs="EPSG:27700",
    )
    points.to_file(path, layer="postcodes", driver="GPKG")
    pd.DataFrame(target[["client_id", "postcode"]]).pipe(
        lambda frame: gpd.GeoDataFrame(frame, geometry=[None] * len(frame))
    ).to_file(path, layer="clients", driver="GPKG")
    return path


def through_processing(path: Path, output: Path) -> tuple[float, dict]:
    from .common import register_provider, start_qgis

    start_qgis()
    register_provider()
    import processing

    started = time.perf_counter()
    result = processing.run(
        "placeinsight:segmentprofile",
        {
            "TARGET": f"{path}|layername=clients",
            "PLACEMENT": 1,
            "TARGET_KEY_FIELD": "postcode",
            "BASE": f"{path}|layername=postcodes",
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "BASE_KEY_FIELD": "postcode",
            "CATALOGUE": 1,
            "LEVEL": "group",
            "OUTPUT": str(output / "bench_profile.csv"),
            "REPORT": str(output / "bench_profile.html"),
        },
    )
    return time.perf_counter() - started, result


# -- run ---------------------------------------------------------------------------------------
def check_same(table, peer) -> None:
    segments = table[table.row_type == "segment"].set_index("code")
    for column in ("target_count", "base_count", "index", "penetration", "p_value", "cumulative_pct"):
        assert np.allclose(segments[column].astype(float), peer[column].astype(float), rtol=1e-9, equal_nan=True), column
    assert list(segments["rank"]) == list(peer["rank"].astype(int))
    assert [bool(v) for v in segments.target_market] == list(peer.target_market)


def main(output: Path) -> list[dict]:
    started = time.perf_counter()
    catalogue, base, target = make_data()
    print(
        f"data: {len(base):,} base units, {len(target):,} target records ({time.perf_counter() - started:.1f} s to generate)",
        flush=True,
    )
    rows = []
    cases = (
        (
            "profile by postcode (1,000,000 base, 100,000 target)",
            lambda: ours_by_postcode(catalogue, base, target),
            lambda: peer_profile(catalogue, base, target, by_postcode=True),
            check_same,
            BAR_SECONDS,
        ),
        (
            "profile by segment field (1,000,000 base, 100,000 target)",
            lambda: ours_by_field(catalogue, base, target),
            lambda: peer_profile(catalogue, base, target, by_postcode=False),
            check_same,
            BAR_SECONDS,
        ),
    )
    zones = np.random.default_rng(5).integers(0, ZONES, len(base))
    for case, ours, peer, check, bar in cases:
        ours_seconds, ours_result = timed(ours, repeat=3)
        peer_seconds, peer_result = timed(peer, repeat=3)
        check(ours_result, peer_result)
        rows.append(row(case, ours_seconds, peer_seconds, bar))
    ours_seconds, composition = timed(lambda: ours_composition(catalogue, base, zones), repeat=3)
    peer_seconds, expected = timed(lambda: peer_composition(catalogue, base, zones), repeat=1)
    assert np.allclose(composition[[str(i) for i in range(1, 9)]].to_numpy(), expected[[str(i) for i in range(1, 9)]])
    assert list(composition.dominant) == list(expected.dominant)
    assert np.allclose(composition.diversity, expected.diversity)
    rows.append(row(f"area composition ({len(base):,} units, {ZONES:,} zones)", ours_seconds, peer_seconds, None))
    memory_engine = peak_rss_mb()
    path = large_geopackage(output, base, target)
    seconds, result = through_processing(path, output)
    rows.append(
        {
            "case": "whole algorithm through Processing (GeoPackage, 1,000,000 points + 100,000 rows)",
            "ours": f"{seconds:.1f} s",
            "peer": "",
            "ratio": "",
            "bar": "",
            "met": None,
        }
    )
    print(f"Processing: {result['PLACED']:,} placed, {result['UNMATCHED']:,} unmatched; {result['HEADLINE']}")
    print(f"peak memory: {memory_engine:,.0f} MB after the engine cases, {peak_rss_mb():,.0f} MB after Processing")
    rows.append(
        {"case": "peak memory (process)", "ours": f"{peak_rss_mb():,.0f} MB", "peer": "", "ratio": "", "bar": "", "met": None}
    )
    for item in rows:
        print(f"{item['case']}: ours {item['ours']}, peer {item['peer']}, {item['ratio']} {item['bar']} {item['met']}")
    return rows


def row(case: str, ours: float, peer: float, bar: float | None) -> dict:
    return {
        "case": case,
        "ours": f"{ours:.2f} s",
        "peer": f"{peer:.2f} s",
        "ratio": ratio(peer, ours),
        "bar": f"< {bar:g} s" if bar else "",
        "met": (ours < bar) if bar else None,
    }
