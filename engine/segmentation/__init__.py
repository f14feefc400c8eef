"""Segmentation: classification catalogues, segment profiles, area mixes and pen portraits."""
