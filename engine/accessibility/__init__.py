"""Accessibility on a network: searches, travel-time matrices, nearest facilities and catchments."""
