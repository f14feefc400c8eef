"""Run by a Python without pandas and scipy (tests/hidden_packages.py), as QGIS would run the plugin.

    installer_script.py PLUGIN_ROOT PROFILE_FOLDER ACTION [OUTPUT_FOLDER]

ACTION: ``state`` prints what the plugin finds; ``install`` runs the
installer headless; ``profile`` loads the plugin (classFactory, as QGIS does
after a restart) and runs Segment profile through Processing on the sample
town. Each prints one JSON line.
"""

import importlib.util
import json
import os
import sys

root, profile, action = sys.argv[1:4]
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
spec = importlib.util.spec_from_file_location("place_insight", f"{root}/__init__.py", submodule_search_locations=[root])
package = importlib.util.module_from_spec(spec)
sys.modules["place_insight"] = package
spec.loader.exec_module(package)

if action == "state":
    from place_insight.engine import dependencies

    dependencies.activate(dependencies.private_folder(QgsApplication.qgisSettingsDirPath()))
    versions = {name: dependencies.installed_version(name) for name in ("numpy", "pandas", "scipy")}
    print(
        json.dumps(
            {
                "missing": dependencies.missing(dependencies.REQUIRED),
                "versions": versions,
                "to_install": dependencies.to_install(),
                "message": dependencies.missing_message(dependencies.missing(dependencies.REQUIRED)),
            }
        )
    )
elif action == "install":
    from place_insight.plugin import installer

    outcome = installer.install(QgsApplication.qgisSettingsDirPath())
    print(json.dumps({"ok": outcome.ok, "message": outcome.message, "installed": outcome.installed, "log": outcome.log[-6000:]}))
elif action == "profile":
    plugin = package.classFactory(None)
    plugin.initProcessing()
    import numpy
    import pandas
    import scipy

    sys.path.append(os.path.join(QgsApplication.prefixPath(), "share", "qgis", "python", "plugins"))
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

    town = f"{root}/resources/sample_data/sample_town.gpkg"
    output = sys.argv[4]
    result = processing.run(
        "placeinsight:segmentprofile",
        {
            "TARGET": f"{town}|layername=service_clients",
            "PLACEMENT": 1,
            "TARGET_KEY_FIELD": "postcode",
            "BASE": f"{town}|layername=postcodes",
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "BASE_KEY_FIELD": "postcode",
            "CATALOGUE": list(builtin_catalogues()).index("demo"),
            "LEVEL": "group",
            "OUTPUT": f"{output}/profile.gpkg",
            "REPORT": f"{output}/profile.html",
        },
    )
    print(
        json.dumps(
            {
                "ok": os.path.isfile(result["REPORT"]),
                "pandas": pandas.__version__,
                "pandas_file": pandas.__file__,
                "scipy": scipy.__version__,
                "scipy_file": scipy.__file__,
                "numpy": numpy.__version__,
                "numpy_file": numpy.__file__,
            }
        )
    )
    plugin.unload()
app.exitQgis()
