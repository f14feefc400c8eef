"""A tiny three-group catalogue shared by the profiling tests."""

from __future__ import annotations

from place_insight.engine.segmentation.catalogue_format import catalogue_from_dict
from place_insight.engine.segmentation.encoding import SegmentAxis

CATALOGUE = catalogue_from_dict(
    {
        "format": "placeinsight-catalogue/1",
        "id": "abc",
        "name": {"en": "ABC"},
        "levels": [{"id": "group", "name": {"en": "Group", "fr": "Groupe"}}, {"id": "type"}],
        "segments": [
            {"code": "A", "level": "group", "name": {"en": "Alpha", "fr": "Alpha FR"}, "colour": "#111111"},
            {"code": "B", "level": "group", "name": {"en": "Beta"}, "colour": "#222222"},
            {"code": "C", "level": "group", "name": {"en": "Gamma"}, "colour": "#333333"},
            {"code": "A1", "level": "type", "parent": "A", "name": {"en": "Alpha one"}},
            {"code": "A2", "level": "type", "parent": "A", "name": {"en": "Alpha two"}},
            {"code": "B1", "level": "type", "parent": "B", "name": {"en": "Beta one"}},
            {"code": "C1", "level": "type", "parent": "C", "name": {"en": "Gamma one"}},
        ],
    }
)
GROUPS = SegmentAxis.of(CATALOGUE, "group")
