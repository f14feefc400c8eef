"""Parameters and reading shared by the survey-cluster algorithms: responses, their postcodes and answers."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine.i18n import format_examples
from ..engine.lists import split_answers
from ..engine.segmentation.keys import duplicated_keys
from ..engine.survey import responses as survey
from ..engine.survey.clusters import SurveyPoints
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, SOURCE_POINT, SOURCE_VECTOR
from ..plugin.bridge.i18n import tr


class WarningLog:
    """Passes everything to the algorithm's progress and keeps the warnings (for a report)."""

    def __init__(self, progress) -> None:
        self._progress = progress
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        self._progress.warn(message)

    def __getattr__(self, name):
        return getattr(self._progress, name)


@dataclass
class SurveyInput:
    """Located records in the working CRS, with their chosen answers and (when joined) postcode units."""

    points: SurveyPoints
    answers: survey.ChosenAnswers
    located: survey.Located
    crs: QgsCoordinateReferenceSystem
    output_crs: QgsCoordinateReferenceSystem
    name: str
    postcodes: bridge.LayerData | None


class SurveyInputs:
    """Mixin of :class:`PlaceInsightAlgorithm`: the response, postcode and answer parameters."""

    RESPONSES = "RESPONSES"
    KEY_FIELD = "KEY_FIELD"
    POSTCODES = "POSTCODES"
    POSTCODE_FIELD = "POSTCODE_FIELD"
    ANSWER_FIELD = "ANSWER_FIELD"
    ANSWERS = "ANSWERS"

    def add_survey_parameters(self, *, label: str, help_text: str, postcodes_help: str, postcodes_optional: bool = True) -> None:
        self.add(QgsProcessingParameterFeatureSource(self.RESPONSES, label, [SOURCE_VECTOR]), help_text)
        self.add(
            QgsProcessingParameterField(
                self.KEY_FIELD, tr("Postcode field of the records"), None, self.RESPONSES, FIELD_ANY, optional=True
            ),
            tr(
                "For a table (or points) keyed by postcode: the field holding the postcode. Each record is placed at "
                "its postcode unit (case and spaces ignored); records whose postcode matches no unit are counted "
                "and listed in the log. Leave empty to use the records' own point geometry."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POSTCODES, tr("Postcode units"), [SOURCE_POINT], optional=postcodes_optional
            ),
            postcodes_help,
        )
        self.add(
            QgsProcessingParameterField(
                self.POSTCODE_FIELD, tr("Postcode field of the postcode units"), None, self.POSTCODES, FIELD_ANY, optional=True
            ),
            tr("The field of the postcode units holding the postcode (needed when records are keyed by postcode)."),
        )
        self.add(
            QgsProcessingParameterField(self.ANSWER_FIELD, tr("Answer field"), None, self.RESPONSES, FIELD_ANY, optional=True),
            tr(
                "The field with each record's answer (e.g. feel_safe). Leave empty to count every record, for "
                "example for incidents."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.ANSWERS, tr("Answers that count"), defaultValue="", optional=True),
            tr(
                "The answer values that count, separated by ';' (e.g. Very unsafe;Fairly unsafe) or by ','; an "
                "answer of the field that holds a comma (Yes, often) is kept whole. Case and surrounding spaces are "
                "ignored. A value that does not occur in the field is reported."
            ),
        )

    def survey_notes(self) -> list[tuple[tuple[str, ...], str]]:
        """The help panel's lines on the records, postcode and answer parameters."""
        return [
            ((self.RESPONSES, self.KEY_FIELD), tr("points, or a table with postcodes")),
            ((self.POSTCODES, self.POSTCODE_FIELD), tr("where postcodes are")),
            ((self.ANSWER_FIELD, self.ANSWERS), tr("e.g. Very unsafe;Fairly unsafe")),
        ]

    def read_survey(self, parameters, context, progress, *, extra_postcode_fields: tuple[str, ...] = ()) -> SurveyInput:
        """Read, place and select the records; errors name the layer and field to fix."""
        source = self.required_source(parameters, self.RESPONSES, context)
        name = self.source_title(parameters, self.RESPONSES, context, source, tr("records"))
        key = self.parameterAsString(parameters, self.KEY_FIELD, context)
        answer_field = self.parameterAsString(parameters, self.ANSWER_FIELD, context)
        answers_text = self.parameterAsString(parameters, self.ANSWERS, context)
        wanted = split_answers(answers_text, ())
        postcodes_source = self.parameterAsSource(parameters, self.POSTCODES, context)
        postcode_field = self.parameterAsString(parameters, self.POSTCODE_FIELD, context)
        self._check_survey_choices(source, name, key, postcodes_source is not None and bool(postcode_field), wanted, answer_field)
        located_crs = postcodes_source.sourceCrs() if postcodes_source is not None else source.sourceCrs()
        extent = postcodes_source.sourceExtent() if postcodes_source is not None else source.sourceExtent()
        crs = bridge.working_crs(located_crs, extent, bridge.transform_context(context))
        output_crs = postcodes_source.sourceCrs() if key else source.sourceCrs()
        postcodes = None
        if postcodes_source is not None:
            postcodes = bridge.read_layer(
                postcodes_source,
                [postcode_field, *extra_postcode_fields],
                context=context,
                geometry="xy",
                crs=crs,
                feedback=progress,
            )
        if key:
            frame = bridge.read_layer(source, [key, answer_field], context=context, feedback=progress).frame
            duplicates = duplicated_keys(postcodes.frame[postcode_field])
            if duplicates:
                progress.warn(
                    tr("Some postcodes occur more than once in {layer}; records join the first: {examples}.").format(
                        layer=postcodes.name, examples=format_examples(duplicates)
                    )
                )
            located = survey.locate_by_key(
                frame[key],
                postcodes.frame[postcode_field],
                postcodes.xy,
                layer=name,
                units_layer=postcodes.name,
                progress=progress,
            )
        else:
            data = bridge.read_layer(source, [answer_field], context=context, geometry="xy", crs=crs, feedback=progress)
            frame = data.frame
            located = survey.locate_points(data.xy, frame["fid"].tolist(), layer=name, progress=progress)
        if answer_field:
            wanted = split_answers(answers_text, frame[answer_field])  # commas separate answers where unambiguous
            answers = survey.select_answers(
                frame[answer_field].to_numpy(dtype=object)[located.rows],
                wanted,
                field=answer_field,
                layer=name,
                progress=progress,
            )
        else:
            answers = survey.every_record(located.rows.size)
        keep = answers.answered
        points = SurveyPoints(
            located.xy[keep], answers.chosen[keep], located.unit[keep], postcodes.xy if (key and postcodes is not None) else None
        )
        return SurveyInput(points, answers, located, crs, output_crs, name, postcodes)

    @staticmethod
    def _check_survey_choices(source, name, key, postcodes_chosen, wanted, answer_field) -> None:
        """Refuse choices that cannot place or select the records, saying what to choose."""
        if key and not postcodes_chosen:
            raise QgsProcessingException(
                tr(
                    "The records of {layer} are placed by their postcode ({field}): choose the postcode units layer "
                    "and its postcode field."
                ).format(layer=name, field=key)
            )
        if not key and QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            raise QgsProcessingException(
                tr("The layer {layer} has no point geometry: choose its postcode field and the postcode units layer.").format(
                    layer=name
                )
            )
        if wanted and not answer_field:
            raise QgsProcessingException(tr("Answers that count are given, but no answer field: choose the field."))

    @staticmethod
    def chosen_count_message(data: SurveyInput) -> str:
        return tr("{n} records placed, {k} of them chosen answers ({label}).").format(
            n=f"{len(data.points.xy):,}", k=f"{int(np.sum(data.points.chosen)):,}", label=data.answers.label
        )
