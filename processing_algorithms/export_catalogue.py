"""Export a classification catalogue as a table (segments, names, colours, ratings)."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink

from ..engine.segmentation.catalogue_files import catalogue_table
from ..plugin import bridge
from ..plugin.bridge.i18n import tr
from .base import CatalogueParameters, PlaceInsightAlgorithm


class ExportCatalogue(CatalogueParameters, PlaceInsightAlgorithm):
    NAME = "exportcatalogue"
    GROUP = "segmentation"
    TAGS = (
        "catalogue, classification, geodemographic, geodemographics, géodémographie, géodémographique, segmentation, "
        "Mosaic, ACORN, OAC, output area classification, pen portrait, portrait, channels, canaux, legend, légende, "
        "export, exporter, table"
    )
    OUTPUT = "OUTPUT"
    ALL_LEVELS = "ALL_LEVELS"
    SEGMENTS = "SEGMENTS"

    def display_name(self):
        return tr("Export classification catalogue")

    def summary(self):
        return tr(
            "Writes a classification catalogue as a table: one row per segment with its level, code, parent, "
            "names in English and French, colour, description, key features and the ratings of its information "
            "and service channels (1 = low … 5 = high). Join it to your own layers to label or style them."
        )

    def short_description(self):
        return tr("Writes a geodemographic classification (Mosaic, ACORN, OAC…) as a table: segments, names, colours, channels.")

    def parameter_notes(self):
        return [
            *self.catalogue_notes(),
            ((self.ALL_LEVELS,), tr("every level, or only the chosen one")),
            ((self.OUTPUT,), tr("one row per segment")),
        ]

    def initAlgorithm(self, config=None):
        self.add_catalogue_parameters()
        self.add(
            QgsProcessingParameterBoolean(self.ALL_LEVELS, tr("All levels"), defaultValue=True),
            tr("Export the segments of every level; untick to export only the chosen level."),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Catalogue table")),
            tr("A table without geometry, one row per segment, names in the user's language."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.SEGMENTS, tr("Number of segments")))
        self.add_output_help(tr("Number of segments"), tr("How many rows the table has."))

    def process(self, parameters, context, progress):
        catalogue, level = self.read_catalogue(parameters, context)
        all_levels = self.parameterAsBoolean(parameters, self.ALL_LEVELS, context)
        frame = catalogue_table(catalogue, self.language(), level=None if all_levels else level)
        progress.info(
            tr("{n} segments of the catalogue {catalogue}.").format(n=len(frame), catalogue=catalogue.name(self.language()))
        )
        dest_id = bridge.write_frame(self, parameters, self.OUTPUT, context, frame, feedback=progress)
        return {self.OUTPUT: dest_id, self.SEGMENTS: len(frame)}
