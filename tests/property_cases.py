"""Generated bad inputs for every Place Insight algorithm: the sample town, a subset of one layer, one mutation.

The property tests (tests/qgis/test_properties.py) run each algorithm of the
provider on inputs drawn here. A case takes one input layer of an ordinary
run, keeps a random subset of its features and applies one generated
mutation, the kinds of damage users hand over:

* NULL attributes, NULL or empty geometries, duplicated features (lines also
  reversed), self-intersecting (bow-tie) polygons;
* odd CRSs: none at all, degrees-like numbers declared in the metric CRS,
  metre-like numbers declared as WGS 84, or a correct reprojection;
* extreme numbers in a numeric field (0, negative, 1e308, 1e-300…), the field
  turned into text holding numbers as text, NaN-like text and plain words;
* an empty layer.

The mutated layer is written as a GeoPackage into the case's input folder
(beside a copy of the sample town), so that the test can check that no input
file changes. Every other input is the sample town's own layer.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from algorithm_catalogue import DEMO
from algorithm_catalogue import OUTPUTS as CATALOGUE_OUTPUTS
from algorithm_catalogue import inputs as catalogue_inputs
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues
from place_insight.plugin.bridge.compat import field_type

TOWN = "town.gpkg"  # the copy of the sample town in each input folder
CONTACTS = "contacts.gpkg"  # a table of contacts per service and channel (Estimate channel demand)
CATALOGUE = "catalogue.json"  # a copy of the demo catalogue, as a user's own catalogue file
PLACEHOLDER = Path("@town")


@dataclass(frozen=True)
class Layer:
    """An input layer: ``table`` of the file ``file`` of the input folder."""

    file: str
    table: str

    def uri(self, folder: Path) -> str:
        return f"{folder / self.file}|layername={self.table}"


def town(table: str) -> Layer:
    return Layer(TOWN, table)


@dataclass(frozen=True)
class CatalogueFile:
    """A catalogue file of the input folder (a copy of the shipped demo catalogue)."""

    file: str

    def uri(self, folder: Path) -> str:
        return str(folder / self.file)


@dataclass(frozen=True)
class Variant:
    """One way of running an algorithm: its parameters (``Layer`` for input layers) and file outputs."""

    inputs: dict
    outputs: dict[str, str]
    label: str = "ordinary"

    def layers(self) -> list[str]:
        return sorted(key for key, value in self.inputs.items() if isinstance(value, (Layer, CatalogueFile)))

    def parameters(self, inputs: Path, outputs: Path, replaced: dict[str, str] | None = None) -> dict:
        values = {}
        for key, value in self.inputs.items():
            if isinstance(value, (Layer, CatalogueFile)):
                value = (replaced or {}).get(key) or value.uri(inputs)
            values[key] = value
        values.update({key: str(outputs / name) for key, name in self.outputs.items()})
        return values


def _from_catalogue(name: str) -> tuple[dict, dict[str, str]]:
    """The ordinary run of the shared catalogue, with its sample-town layers as ``Layer``."""
    values = {}
    prefix = f"{PLACEHOLDER}|layername="
    for key, value in catalogue_inputs(name, PLACEHOLDER).items():
        values[key] = town(value[len(prefix) :]) if isinstance(value, str) and value.startswith(prefix) else value
    return values, dict(CATALOGUE_OUTPUTS[name])


_SEGMENTED = {"CATALOGUE": DEMO, "LEVEL": "group"}
_BASE = {"BASE": town("postcodes"), "BASE_SEGMENT_FIELD": "segment", "BASE_COUNT_FIELD": "households", **_SEGMENTED}

#: Ordinary runs of the algorithms the shared catalogue does not list (yet).
_NEWER = {
    "targetareas": (
        {
            "TARGET": town("service_clients"),
            "PLACEMENT": 1,
            "TARGET_KEY_FIELD": "postcode",
            "BASE_KEY_FIELD": "postcode",
            "ZONES": town("wards"),
            "ZONE_NAME_FIELD": "ward_name",
            **_BASE,
        },
        {"OUTPUT": "zones.gpkg", "TARGET_LIST": "list.gpkg", "REPORT": "report.html"},
    ),
    "compareprofiles": (
        {
            "TARGET": town("service_clients"),
            "PLACEMENT": 1,
            "TARGET_KEY_FIELD": "postcode",
            "BASE_KEY_FIELD": "postcode",
            "SPLIT": 0,
            "CATEGORY_FIELD": "service",
            **_BASE,
        },
        {"OUTPUT": "compared.gpkg", "REPORT": "compared.html"},
    ),
    "channeldemand": (
        {"ZONES": town("wards"), "ZONE_NAME_FIELD": "ward_name", **_BASE},
        {"OUTPUT": "channels.gpkg", "SURFACE": "channels.tif", "REPORT": "channels.html"},
    ),
}

#: Changes to the ordinary runs that keep each run short (a heuristic with a time limit).
_QUICK = {"optimiselocations": {"SOLVER": 2, "TIME_LIMIT": 2.0}}


def _variants(name: str) -> list[Variant]:
    inputs, outputs = _from_catalogue(name) if name in CATALOGUE_OUTPUTS else _NEWER[name]
    inputs = {**inputs, **_QUICK.get(name, {})}
    ordinary = Variant(inputs, outputs)
    if name in ("exportcatalogue", "areacomposition"):
        own = {**inputs, "CATALOGUE_FILE": CatalogueFile(CATALOGUE)}
        return [ordinary, Variant(own, outputs, "own catalogue"), Variant({**own, "LEVEL": "type"}, outputs, "own, types")]
    if name == "catchments":
        by_segment = {"BASE_SEGMENT_FIELD": "segment", "BASE_COUNT_FIELD": "households", **_SEGMENTED}
        return [
            ordinary,
            Variant(
                {**inputs, **by_segment},
                {**outputs, "SEGMENTS": "segments.gpkg", "SEGMENT_REPORT": "segments.html"},
                "by segment",
            ),
        ]
    if name == "nearestfacility":
        return [
            ordinary,
            Variant(
                {**inputs, "SEGMENT_FIELD": "segment", "THRESHOLD": 5.0, "BANDS": "2,4,6", **_SEGMENTED},
                {**outputs, "SEGMENTS": "segments.gpkg", "SEGMENT_REPORT": "segments.html"},
                "by segment",
            ),
        ]
    if name == "optimiselocations":
        network = {"COST": 2, "NETWORK": town("roads"), "SPEED_FIELD": "speed_mph", "SPEED_UNIT": 1, "CUTOFF": 6.0}
        return [
            ordinary,
            Variant({**inputs, "OBJECTIVE": 0}, outputs, "p-median"),
            Variant({**inputs, "OBJECTIVE": 2}, outputs, "set covering"),
            Variant({**inputs, "OBJECTIVE": 3, "COST": 1, "CUTOFF": 800.0}, outputs, "p-center in metres"),
            Variant({**inputs, **network}, outputs, "network times"),
            Variant(
                {**inputs, "OBJECTIVE": 0, "SEGMENT_FIELD": "segment", **_SEGMENTED},
                {**outputs, "SEGMENTS": "segments.gpkg"},
                "by segment",
            ),
        ]
    if name == "channeldemand":
        services = {
            "COSTS": "internet=0.32, telephone=1.86, face_to_face=9.66",
            "REALISED": 40,
            "SERVICES": Layer(CONTACTS, "contacts"),
            "SERVICE_FIELD": "service",
            "SERVICE_CHANNEL_FIELD": "channel",
            "SERVICE_VOLUME_FIELD": "contacts",
        }
        return [ordinary, Variant({**inputs, **services}, {**outputs, "SERVICES_OUTPUT": "services.gpkg"}, "services")]
    return [ordinary]


#: Every algorithm the property tests know, with its ways of running.
VARIANTS: dict[str, list[Variant]] = {name: _variants(name) for name in (*CATALOGUE_OUTPUTS, *_NEWER)}


# -- the input folder --------------------------------------------------------------------------------------------

CONTACT_ROWS = [
    ("Council tax", "web", 12000),
    ("Council tax", "phone", 30000),
    ("Council tax", "face to face", 8000),
    ("Waste", "web", 9000),
    ("Waste", "phone", 15000),
    ("Waste", "f2f", 1000),
    ("Benefits", "phone", 6000),
    ("Benefits", "face to face", 14000),
    ("Benefits", "post", 500),
]


def make_input_folder(folder: Path, sample_town: Path) -> Path:
    """A copy of the sample town and the contacts table in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / TOWN).write_bytes(sample_town.read_bytes())
    contacts = QgsVectorLayer("None?field=service:string&field=channel:string&field=contacts:double", "contacts", "memory")
    rows = []
    for row in CONTACT_ROWS:
        feature = QgsFeature(contacts.fields())
        feature.setAttributes(list(row))
        rows.append(feature)
    contacts.dataProvider().addFeatures(rows)
    write_layer(contacts, folder / CONTACTS, "contacts")
    (folder / CATALOGUE).write_bytes(builtin_catalogues()["demo"].read_bytes())
    return folder


def write_layer(layer: QgsVectorLayer, path: Path, table: str) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error


# -- what a layer offers to mutate ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LayerInfo:
    geometry: str  # point, line, polygon or none
    fields: tuple[str, ...]
    numeric: tuple[str, ...]


@cache
def layer_info(path: str, table: str) -> LayerInfo:
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert layer.isValid(), (path, table)
    kind = {
        QgsWkbTypes.PointGeometry: "point",
        QgsWkbTypes.LineGeometry: "line",
        QgsWkbTypes.PolygonGeometry: "polygon",
    }.get(layer.geometryType(), "none")
    fields = tuple(f.name() for f in layer.fields() if f.name() != "fid")
    numeric = tuple(f.name() for f in layer.fields() if f.isNumeric() and f.name() != "fid")
    return LayerInfo(kind, fields, numeric)


EXTREME_NUMBERS = (0, -1, -250.5, 1e308, -1e308, 1e-300, 2147483647, 1e15)
TEXTS = ("NaN", "nan", "inf", "-Infinity", "", "   ", "n/a", "NULL", "about 30", "12", " 7 ", "1,5", "1e3", "-3", "0x1A")
#: "No CRS" is a GeoPackage's undefined geographic system (srs_id 0, as GDAL writes a layer without one) or its
#: undefined Cartesian one (srs_id -1, as some other tools write).
CRS_CHANGES = ("no CRS, srs_id 0", "no CRS, srs_id -1", "degrees declared as metres", "metres declared as degrees", "reprojected")
ROWS = ("one", "a few", "half", "all")
CATALOGUE_KINDS = ("empty file", "cut short", "key removed", "NULL value", "text value", "extreme number", "item repeated")


@dataclass(frozen=True)
class Case:
    """One generated input: ``layer`` (a parameter) with a subset of its features and one mutation."""

    variant: Variant = field(repr=False)
    variant_label: str
    parameter: str
    layer: Layer | CatalogueFile
    keep: float  # share of the features kept
    kind: str  # the mutation
    rows: str  # which of the kept features it touches
    field: str | None = None
    value: object = None
    seed: int = 0


def kinds(info: LayerInfo) -> list[str]:
    found = ["subset only", "empty", "null attributes", "duplicates"]
    if info.numeric:
        found += ["extreme numbers", "text in a numeric field"]
    if info.geometry != "none":
        found += ["null geometries", "empty geometries", "crs"]
    if info.geometry == "polygon":
        found.append("bow-tie polygons")
    return found


@st.composite
def cases(draw: Callable, name: str, folder: Path) -> Case:
    """A case for algorithm ``name`` whose input layers are in ``folder``."""
    variant = draw(st.sampled_from([v for v in VARIANTS[name] if v.layers()]))
    parameter = draw(st.sampled_from(variant.layers()))
    layer = variant.inputs[parameter]
    if isinstance(layer, CatalogueFile):
        kind = draw(st.sampled_from(CATALOGUE_KINDS))
        value = {"text value": st.sampled_from(TEXTS), "extreme number": st.sampled_from(EXTREME_NUMBERS)}.get(kind)
        return Case(
            variant=variant,
            variant_label=variant.label,
            parameter=parameter,
            layer=layer,
            keep=1.0,
            kind=f"catalogue: {kind}",
            rows="one",
            value=draw(value) if value is not None else None,
            seed=draw(st.integers(0, 2**16)),
        )
    info = layer_info(str(folder / layer.file), layer.table)
    kind = draw(st.sampled_from(kinds(info)))
    chosen_field, value = None, None
    if kind == "null attributes":
        chosen_field = draw(st.sampled_from(info.fields))
    elif kind == "extreme numbers":
        chosen_field, value = draw(st.sampled_from(info.numeric)), draw(st.sampled_from(EXTREME_NUMBERS))
    elif kind == "text in a numeric field":
        chosen_field, value = draw(st.sampled_from(info.numeric)), draw(st.sampled_from(TEXTS))
    elif kind == "crs":
        value = draw(st.sampled_from(CRS_CHANGES))
    elif kind == "duplicates" and info.geometry == "line":
        value = draw(st.sampled_from(("identical", "reversed")))
    return Case(
        variant=variant,
        variant_label=variant.label,
        parameter=parameter,
        layer=layer,
        keep=draw(st.sampled_from((1.0, 0.5, 0.2, 0.05))),
        kind=kind,
        rows=draw(st.sampled_from(ROWS)),
        field=chosen_field,
        value=value,
        seed=draw(st.integers(0, 2**16)),
    )


# -- writing a case --------------------------------------------------------------------------------------------------


def _bow_tie(geometry: QgsGeometry, multi: bool) -> QgsGeometry:
    box = geometry.boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    ring = f"(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"
    return QgsGeometry.fromWkt(f"MultiPolygon({ring})" if multi else f"Polygon{ring}")


def _chosen_rows(rows: str, count: int, rng: random.Random) -> set[int]:
    if count == 0:
        return set()
    size = {"one": 1, "a few": min(count, 3), "half": max(1, count // 2), "all": count}[rows]
    return set(rng.sample(range(count), size))


def write_case(case: Case, folder: Path, stem: str) -> tuple[str, Path]:
    """Write the case's layer or file into ``folder`` as ``stem`` and a suffix; returns its URI and path."""
    if isinstance(case.layer, CatalogueFile):
        path = folder / f"{stem}.json"
        path.write_text(_damaged_catalogue(case, folder), encoding="utf-8")
        return str(path), path
    path = folder / f"{stem}.gpkg"
    source = QgsVectorLayer(case.layer.uri(folder), case.layer.table, "ogr")
    assert source.isValid()
    rng = random.Random(case.seed)
    features = list(source.getFeatures())
    if case.kind == "empty":
        features = []
    elif case.keep < 1:
        kept = sorted(rng.sample(range(len(features)), max(1, round(len(features) * case.keep))))
        features = [features[i] for i in kept]
    touched = _chosen_rows(case.rows, len(features), rng)
    crs, transform = _crs_change(case, source)
    copy = _empty_copy(case, source, crs)
    written: list[QgsFeature] = []
    no_geometry = []  # positions in ``written`` (the writer stores a missing geometry as an empty one)
    for i, feature in enumerate(features):
        values = {name: feature[name] for name in copy.fields().names()}
        geometry = QgsGeometry(feature.geometry()) if source.isSpatial() else None
        if transform is not None and geometry is not None and not geometry.isNull():
            geometry.transform(transform)
        if i in touched:
            geometry = _damage(case, source, values, geometry)
            if case.kind == "null geometries":
                no_geometry.append(len(written))
        if case.kind == "text in a numeric field" and values.get(case.field) is not None and i not in touched:
            values[case.field] = str(values[case.field])  # the other numbers stored as text
        new = QgsFeature(copy.fields())
        new.setAttributes([_plain(values[name]) for name in copy.fields().names()])
        if geometry is not None:
            new.setGeometry(geometry)
        written.append(new)
        if case.kind == "duplicates" and i in touched:
            written.append(_twin(new, reverse=case.value == "reversed"))
    assert copy.dataProvider().addFeatures(written)
    write_layer(copy, path, case.layer.table)
    _finish(case, path, no_geometry)
    return f"{path}|layername={case.layer.table}", path


def _crs_change(case: Case, source: QgsVectorLayer):
    """The CRS the case declares, and the transform its coordinates go through (None: kept as they are)."""
    if case.kind != "crs":
        return source.crs(), None
    if case.value.startswith("no CRS"):
        return QgsCoordinateReferenceSystem(), None
    if case.value == "metres declared as degrees":
        return QgsCoordinateReferenceSystem("EPSG:4326"), None
    target = QgsCoordinateReferenceSystem("EPSG:4326" if case.value.startswith("degrees") else "EPSG:3857")
    transform = QgsCoordinateTransform(source.crs(), target, QgsProject.instance())
    return (target if case.value == "reprojected" else source.crs()), transform


def _empty_copy(case: Case, source: QgsVectorLayer, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """A memory layer with the source's fields (the damaged one retyped), geometry type and ``crs``."""
    fields = QgsFields()
    for f in source.fields():
        if f.name() == "fid":
            continue
        if f.name() == case.field and case.kind == "extreme numbers":
            fields.append(QgsField(f.name(), field_type("double")))
        elif f.name() == case.field and case.kind == "text in a numeric field":
            fields.append(QgsField(f.name(), field_type("string")))
        else:
            fields.append(QgsField(f))
    spatial = source.isSpatial()
    kind = QgsWkbTypes.displayString(source.wkbType()) if spatial else "None"
    copy = QgsVectorLayer(f"{kind}?crs={crs.authid()}" if spatial and crs.isValid() else kind, case.layer.table, "memory")
    if spatial and not crs.isValid():
        copy.setCrs(QgsCoordinateReferenceSystem())
    copy.dataProvider().addAttributes(list(fields))
    copy.updateFields()
    return copy


def _damage(case: Case, source: QgsVectorLayer, values: dict, geometry: QgsGeometry | None) -> QgsGeometry | None:
    """Damage one feature: its ``values`` in place; returns its geometry (None: no geometry)."""
    if case.kind == "null attributes":
        values[case.field] = None
    elif case.kind == "extreme numbers":
        values[case.field] = float(case.value)
    elif case.kind == "text in a numeric field":
        values[case.field] = case.value
    elif case.kind == "null geometries":
        return None
    elif case.kind == "empty geometries":
        return QgsGeometry.fromWkt(f"{QgsWkbTypes.displayString(source.wkbType())} EMPTY")
    elif case.kind == "bow-tie polygons" and geometry is not None and not geometry.isNull():
        return _bow_tie(geometry, QgsWkbTypes.isMultiType(source.wkbType()))
    return geometry


def _twin(feature: QgsFeature, *, reverse: bool) -> QgsFeature:
    twin = QgsFeature(feature)
    geometry = feature.geometry()
    if reverse and not geometry.isNull():
        twin.setGeometry(QgsGeometry(geometry.constGet().reversed()))
    return twin


def _finish(case: Case, path: Path, no_geometry: list[int]) -> None:
    """What the writer cannot write: the undefined Cartesian CRS, and NULL (not empty) geometries."""
    if case.value == "no CRS, srs_id -1":
        with sqlite3.connect(path) as database:
            database.execute("update gpkg_geometry_columns set srs_id = -1")
            database.execute("update gpkg_contents set srs_id = -1")
    if no_geometry:
        from osgeo import ogr

        dataset = ogr.Open(str(path), 1)
        table = dataset.GetLayerByName(case.layer.table)
        for position in no_geometry:
            feature = table.GetFeature(position + 1)  # the writer numbers the features from 1
            feature.SetGeometry(None)
            assert table.SetFeature(feature) == 0
        dataset = table = None


def _places(data, path=()) -> list[tuple]:
    """The path (keys and indices) of every value inside ``data``."""
    found = []
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        found.append((*path, key))
        found.extend(_places(value, (*path, key)))
    return found


def _damaged_catalogue(case: Case, folder: Path) -> str:
    text = (folder / case.layer.file).read_text(encoding="utf-8")
    rng = random.Random(case.seed)
    kind = case.kind.removeprefix("catalogue: ")
    if kind == "empty file":
        return ""
    if kind == "cut short":
        return text[: rng.randrange(len(text))]
    data = json.loads(text)
    places = _places(data)
    if kind == "key removed":
        places = [p for p in places if isinstance(p[-1], str)]
    elif kind == "item repeated":
        places = [p for p in places if isinstance(p[-1], int)]
    elif kind == "extreme number":
        places = [p for p in places if isinstance(_at(data, p), (int, float)) and not isinstance(_at(data, p), bool)]
    place = rng.choice(places)
    parent = _at(data, place[:-1])
    if kind == "key removed":
        del parent[place[-1]]
    elif kind == "item repeated":
        parent.insert(place[-1], parent[place[-1]])
    else:
        parent[place[-1]] = None if kind == "NULL value" else case.value
    return json.dumps(data, ensure_ascii=False)


def _at(data, path: tuple):
    for key in path:
        data = data[key]
    return data


def _plain(value):
    """NULL variants (QVariant NULL, None) as None; everything else as it is."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value
