"""Place Insight: customer insight for public services, as a QGIS plugin."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Create the plugin (QGIS calls this; ``iface`` is None in qgis_process).

    First of all, the folder of the QGIS profile where the plugin installs
    Python packages goes first on ``sys.path`` (see ``engine/dependencies.py``),
    before any module of the plugin imports pandas or scipy.
    """
    from qgis.core import QgsApplication

    from .engine import dependencies

    dependencies.activate(dependencies.private_folder(QgsApplication.qgisSettingsDirPath()))
    from .plugin.place_insight import PlaceInsightPlugin

    return PlaceInsightPlugin(iface)
