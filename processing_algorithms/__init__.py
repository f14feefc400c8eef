"""Place Insight's Processing provider and algorithms (one algorithm per file).

Importing the package puts the profile's folder of packages installed by the
plugin first on ``sys.path`` (as ``classFactory`` does), so that the provider
sees them wherever it is loaded from (QGIS, ``qgis_process``, a script).
"""

from qgis.core import QgsApplication

from ..engine import dependencies

dependencies.activate(dependencies.private_folder(QgsApplication.qgisSettingsDirPath()))
