"""Accessibility on a network: searches, travel-time matrices, nearest facilities and catchments.

Modules: ``search`` (bounded Dijkstra from points on edges), ``matrix``,
``nearest``, ``catchments`` (with ``reach``: what each search reaches),
``polygons`` and ``catchment_lines`` (catchments drawn as areas or lines),
``breakdown`` and ``breakdown_report`` (who is within reach, by segment).
"""
