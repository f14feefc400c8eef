"""QGIS side of Place Insight: the plugin class, the bridge to the engine, docks."""
