"""Segmentation: classification catalogues, segment profiles, area mixes, pen portraits and channel demand."""
