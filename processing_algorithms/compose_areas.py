"""Area composition: the segment mix of the base inside each zone, styled by dominant segment."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..engine.i18n import format_count, format_examples
from ..engine.segmentation.composition import compose_areas, outside_zones, with_zone_attributes
from ..plugin import bridge
from ..plugin.bridge.compat import SOURCE_POLYGON
from ..plugin.bridge.i18n import tr
from ..plugin.bridge.styling import SegmentStylePostProcessor
from .base import PlaceInsightAlgorithm
from .segmented_base import SegmentedBaseParameters


class ComposeAreas(SegmentedBaseParameters, PlaceInsightAlgorithm):
    NAME = "areacomposition"
    GROUP = "segmentation"
    TAGS = (
        "composition, mix, segment, zone, ward, quartier, dominant, diversity, diversité, Shannon, geodemographic, "
        "geodemographics, géodémographie, géodémographique, Mosaic, ACORN, OAC, area profile, profil de zone, choropleth, "
        "choroplèthe"
    )
    ZONES, OUTPUT = "ZONES", "OUTPUT"

    def display_name(self):
        return tr("Area composition by segment")

    def summary(self):
        return tr(
            "For each zone of a polygon layer (wards, catchments, clusters) gives the segment mix of the base units "
            "inside it: the total base count, the share of every segment of the chosen level (one field per "
            "segment, named by its code, in %), the dominant and second segments, the index of the dominant "
            "segment against the whole base (its share in the zone ÷ its share of the base × 100) and the "
            "diversity (Shannon entropy of the shares divided by its maximum: 0 = one segment, 1 = all segments "
            "equally). Base points are assigned by point in polygon (a point inside overlapping zones counts in "
            "each); base polygons are shared between zones in proportion to the part of their area inside each "
            "zone. The output is styled by dominant segment with the catalogue's colours."
        )

    def short_description(self):
        return tr("Gives the segment mix of each zone (ward, catchment, cluster): shares, dominant segment, index, diversity.")

    def parameter_notes(self):
        return [
            ((self.ZONES,), tr("the polygons to describe")),
            *self.segmented_base_notes(tr("units with a segment code and a count")),
            ((self.OUTPUT,), tr("the zones with their mix, styled by dominant segment")),
        ]

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.ZONES, tr("Zones"), [SOURCE_POLYGON]),
            tr(
                "Polygons to describe (wards, catchments, clusters…), or their selected features. Their "
                "attributes are kept; a field whose name the composition uses gets the suffix _zone."
            ),
        )
        self.add_segmented_base_parameters(
            label=tr("Base layer"),
            help_text=tr(
                "Base units with a segment code: points (households, postcodes), assigned by point in "
                "polygon, or polygons (output areas), assigned by area share."
            ),
            segment_help=tr(
                "The segment code of each base unit (any level at or below the chosen one). Unknown codes "
                "are counted as Unclassified (field unclassified)."
            ),
            count_help=tr("Households, population… of each base unit. Empty: each unit counts 1."),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Area composition"), SOURCE_POLYGON),
            tr(
                "The zones with base_total, one share field per segment (%), dominant, dominant_name, "
                "dominant_share, second, second_name, second_share, dominant_index and diversity; styled "
                "by dominant segment with a legend in your language."
            ),
        )
        self.add_number_outputs(
            ("ZONE_COUNT", tr("Zones"), tr("Number of zones written.")),
            ("EMPTY_ZONES", tr("Zones without base"), tr("Zones that contain no base unit.")),
            ("OUTSIDE", tr("Base outside every zone"), tr("Base count (e.g. households) outside all zones.")),
        )

    def process(self, parameters, context, progress):
        zones_source = self.required_source(parameters, self.ZONES, context)
        work = bridge.working_crs(zones_source.sourceCrs(), zones_source.sourceExtent(), context.transformContext())
        attributes = zones_source.fields().names()
        zones = bridge.read_layer(
            zones_source, attributes, context=context, feedback=progress, geometry="geometry", crs=work, required=True
        )
        base = self.read_segmented_base(parameters, context, crs=work, progress=progress)
        axis = base.axis
        matrix, units, shares = base.zone_matrix(zones.geometries, feedback=progress)
        composition = compose_areas(matrix, base.base_counts(), axis, language=self.language())
        frame, renamed = with_zone_attributes(zones.frame[attributes], composition)
        outside, wholly_outside = outside_zones(units, shares, base.counts)
        empty = zones.frame["fid"][composition["base_total"].to_numpy() <= 0].tolist()
        self._report(progress, renamed, empty, outside, wholly_outside)
        geometries = bridge.transform_geometries(zones.geometries, work, zones_source.sourceCrs(), context)
        dest_id = bridge.write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            frame,
            geometries=geometries,
            wkb_type=zones_source.wkbType(),
            crs=zones_source.sourceCrs(),
            feedback=progress,
        )
        codes = sorted(composition["dominant"].dropna().unique())
        # through the run's outputs, so that a table written into a database at the end is styled too
        self.outputs.style(dest_id, SegmentStylePostProcessor("dominant", axis.catalogue, axis.level, self.language(), codes))
        return {self.OUTPUT: dest_id, "ZONE_COUNT": len(zones), "EMPTY_ZONES": len(empty), "OUTSIDE": outside}

    @staticmethod
    def _report(progress, renamed, empty, outside, wholly_outside):
        for old, new in renamed.items():
            progress.info(
                tr("The zone field {old} is written as {new} (the composition uses that name).").format(old=old, new=new)
            )
        if empty:
            progress.warn(
                tr("{n} zones contain no base unit (features {examples}); their shares are NULL.").format(
                    n=format_count(len(empty)), examples=format_examples(empty)
                )
            )
        if outside > 0:
            progress.warn(
                tr("{count} of the base ({units} units wholly) lie outside every zone and are not counted.").format(
                    count=format_count(outside), units=format_count(wholly_outside)
                )
            )
