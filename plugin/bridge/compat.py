"""Names that moved between QGIS 3.22 and QGIS 3.40 / 4 (Qt 6), in one place."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT


def _enum(new_path: str, old_path: str):
    """``Qgis.X.Y`` where it exists (3.30 to 3.36 and later), else the older enum value at ``old_path`` of qgis.core
    (looked up only then: QGIS 4 removed many of the older names)."""
    import qgis.core

    for owner, path in ((Qgis, new_path), (qgis.core, old_path)):
        try:
            for part in path.split("."):
                owner = getattr(owner, part)
            return owner
        except AttributeError:
            continue
    raise AttributeError(f"neither Qgis.{new_path} nor {old_path} exists in this QGIS")


# Processing source types
SOURCE_POINT = _enum("ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint")
SOURCE_LINE = _enum("ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine")
SOURCE_POLYGON = _enum("ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon")
SOURCE_ANY_GEOMETRY = _enum("ProcessingSourceType.VectorAnyGeometry", "QgsProcessing.SourceType.TypeVectorAnyGeometry")
SOURCE_VECTOR = _enum("ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")

# Field parameter data types
FIELD_ANY = _enum("ProcessingFieldParameterDataType.Any", "QgsProcessingParameterField.DataType.Any")
FIELD_NUMERIC = _enum("ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.DataType.Numeric")
FIELD_STRING = _enum("ProcessingFieldParameterDataType.String", "QgsProcessingParameterField.DataType.String")

# Distance units (QgsUnitTypes.DistanceUnit before 3.30, Qgis.DistanceUnit from 3.30)
DISTANCE_METRES = _enum("DistanceUnit.Meters", "QgsUnitTypes.DistanceUnit.DistanceMeters")

# Layer filters of layer combo boxes (QgsMapLayerProxyModel.Filter before 3.34, Qgis.LayerFilter from 3.34)
LAYER_POINT = _enum("LayerFilter.PointLayer", "QgsMapLayerProxyModel.Filter.PointLayer")
LAYER_POLYGON = _enum("LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer")
LAYER_VECTOR = _enum("LayerFilter.VectorLayer", "QgsMapLayerProxyModel.Filter.VectorLayer")


def layer_filters(*filters):
    """Several layer filters combined for ``setFilters`` (as ``Qgis.LayerFilters`` where it exists: a plain
    combination would pick the deprecated overload)."""
    combined = filters[0]
    for item in filters[1:]:
        combined = combined | item
    return Qgis.LayerFilters(combined) if hasattr(Qgis, "LayerFilters") else combined


# Number parameter types
NUMBER_INTEGER = _enum("ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer")
NUMBER_DOUBLE = _enum("ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")


_FIELD_TYPES = {
    # kind: (QMetaType name, QVariant name)
    "double": ("Double", "Double"),
    "int": ("Int", "Int"),
    "longlong": ("LongLong", "LongLong"),
    "string": ("QString", "String"),
    "bool": ("Bool", "Bool"),
    "date": ("QDate", "Date"),
    "datetime": ("QDateTime", "DateTime"),
}


def field_type(kind: str):
    """A field type for ``QgsField(name, type)``: QMetaType on 3.38+, QVariant before.

    ``kind`` is one of double, int, longlong, string, bool, date, datetime.
    """
    new, old = _FIELD_TYPES[kind]
    if QGIS_VERSION_INT >= 33800:
        return getattr(QMetaType.Type, new)
    return getattr(QVariant.Type, old)


def parameter_as_strings(algorithm, parameters, name: str, context) -> list[str]:
    """The strings of a field (or string list) parameter: ``parameterAsStrings`` where it exists (3.32+, as
    ``parameterAsFields`` is deprecated there), else ``parameterAsFields``."""
    if hasattr(algorithm, "parameterAsStrings"):
        return list(algorithm.parameterAsStrings(parameters, name, context))
    return list(algorithm.parameterAsFields(parameters, name, context))
