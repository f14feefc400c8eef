"""Place Insight: customer insight for public services, as a QGIS plugin."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Create the plugin (QGIS calls this; ``iface`` is None in qgis_process)."""
    from .plugin.place_insight import PlaceInsightPlugin

    return PlaceInsightPlugin(iface)
