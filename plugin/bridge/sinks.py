"""Writing DataFrames (and geometries) to Processing's feature sinks.

:func:`write_frame` makes the fields of a DataFrame's columns, creates the
sink of a parameter and adds one feature per row. Sinks are created through
the run's :class:`~.outputs.Outputs` (``algorithm.outputs``), so that a file
reaches its path only when the whole run has succeeded.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from .compat import field_type
from .feedback import EngineFeedback
from .i18n import tr
from .values import field_kind, qgis_value


def fields_for_frame(frame: pd.DataFrame, kinds: dict[str, str] | None = None) -> QgsFields:
    """QgsFields for the columns of ``frame`` (``kinds`` overrides the guessed kind)."""
    kinds = kinds or {}
    fields = QgsFields()
    for column in frame.columns:
        kind = kinds.get(column) or field_kind(frame[column])
        fields.append(QgsField(str(column), field_type(kind)))
    return fields


def create_sink(
    algorithm,
    parameters,
    name: str,
    context,
    fields: QgsFields,
    wkb_type=QgsWkbTypes.Type.NoGeometry,
    crs: QgsCoordinateReferenceSystem | None = None,
):
    """The sink of output ``name`` through the run's :class:`~.outputs.Outputs`, else ``parameterAsSink``.

    Raises Processing's standard error when the sink cannot be made.
    """
    outputs = getattr(algorithm, "outputs", None)
    if outputs is not None:
        return outputs.sink(name, fields, wkb_type, crs or QgsCoordinateReferenceSystem())
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs or QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, dest_id


def write_features(
    sink,
    frame: pd.DataFrame,
    fields: QgsFields,
    geometries: Sequence[QgsGeometry | None] | None = None,
    feedback: EngineFeedback | None = None,
) -> int:
    """Add one feature per row of ``frame`` (and geometry) to ``sink``; return the count."""
    columns = [frame[name].to_numpy(dtype=object) for name in fields.names()]
    total = len(frame)
    step = max(1, total // 50)
    for row in range(total):
        if feedback is not None and row % step == 0:
            feedback.check()
        feature = QgsFeature(fields)
        feature.setAttributes([qgis_value(column[row]) for column in columns])
        if geometries is not None and geometries[row] is not None:
            feature.setGeometry(geometries[row])
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            error = sink.lastError() if hasattr(sink, "lastError") else ""
            raise QgsProcessingException(
                tr("Could not write feature {row} of the output: {error}").format(row=row + 1, error=error)
            )
    return total


def write_frame(
    algorithm,
    parameters,
    name: str,
    context,
    frame: pd.DataFrame,
    *,
    geometries: Sequence[QgsGeometry | None] | None = None,
    wkb_type=QgsWkbTypes.Type.NoGeometry,
    crs: QgsCoordinateReferenceSystem | None = None,
    kinds: dict[str, str] | None = None,
    feedback: EngineFeedback | None = None,
) -> str:
    """Write ``frame`` (and optional geometries) to the sink parameter ``name``; return its id."""
    fields = fields_for_frame(frame, kinds)
    sink, dest_id = create_sink(algorithm, parameters, name, context, fields, wkb_type, crs)
    write_features(sink, frame, fields, geometries, feedback)
    if hasattr(sink, "finalize"):
        sink.finalize()
    return dest_id
