"""Styling Place Insight's layers: by segment, and every algorithm's outputs with legends in the user's language.

Algorithms cannot style in ``processAlgorithm`` (it runs in a worker thread
and must not touch the project); they hand a styler to the run's outputs with
``self.outputs.style(dest_id, styler)`` (:meth:`..outputs.Outputs.style`, which
reaches every destination: file, GeoPackage or database table, memory,
temporary), and Processing calls it on the main thread once it has loaded
the output (a layer post-processor). Stylers hold only plain data
(bands, classes, site names) gathered while the algorithm ran.

- :mod:`.segments` — by segment with the catalogue's colours (area composition,
  the "Style by segment" action, the demo).
- :mod:`.accessibility` — catchments and reached roads by band, demand by
  minutes, demand centres, travel-time lines, network edges by road class and
  islands.
- :mod:`.location` — selected sites sized by demand served, allocation lines by site.
- :mod:`.survey` — survey clusters, the density raster, verified clusters by
  verdict and disparity.
- :mod:`.targeting` — target areas and the target list by potential, zones by
  expected channel demand (natural breaks).
"""

from __future__ import annotations

from .accessibility import (
    CatchmentStyle,
    DemandCentreStyle,
    DemandMinutesStyle,
    IslandStyle,
    NetworkEdgeStyle,
    ReachedRoadStyle,
    TravelTimeLineStyle,
)
from .common import STYLED_BY, LayerStyler
from .location import AllocationLineStyle, SelectedSiteStyle
from .segments import SegmentStylePostProcessor, rollup_expression, segment_renderer, style_by_segment
from .survey import ClusterStyle, DensityRasterStyle, VerifiedClusterStyle
from .targeting import ChannelShareStyle, PotentialStyle, graduated_renderer

__all__ = [
    "STYLED_BY",
    "AllocationLineStyle",
    "CatchmentStyle",
    "ChannelShareStyle",
    "ClusterStyle",
    "DemandCentreStyle",
    "DemandMinutesStyle",
    "DensityRasterStyle",
    "IslandStyle",
    "LayerStyler",
    "NetworkEdgeStyle",
    "PotentialStyle",
    "ReachedRoadStyle",
    "SegmentStylePostProcessor",
    "SelectedSiteStyle",
    "TravelTimeLineStyle",
    "VerifiedClusterStyle",
    "graduated_renderer",
    "rollup_expression",
    "segment_renderer",
    "style_by_segment",
]
