"""Without pandas and scipy the plugin still loads, says what each package is for, and offers its installer."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_plugin_loads_and_algorithms_refuse_to_run_when_packages_are_missing(root, tmp_path):
    script = textwrap.dedent(f"""
        import importlib.util, os, sys
        for name in ("pandas", "scipy", "networkx", "osmnx", "geopandas"):
            sys.modules[name] = None  # as if not installed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QGIS_CUSTOM_CONFIG_PATH"] = {str(tmp_path)!r}
        from qgis.core import QgsApplication, QgsProcessingException
        from qgis.PyQt.QtGui import QTextDocument
        app = QgsApplication([], True)
        app.initQgis()
        sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing
        Processing.initialize()
        log = []
        QgsApplication.messageLog().messageReceived.connect(lambda m, tag, level: log.append(m))
        spec = importlib.util.spec_from_file_location("place_insight", {str(root / "__init__.py")!r},
                                                      submodule_search_locations=[{str(root)!r}])
        package = importlib.util.module_from_spec(spec); sys.modules["place_insight"] = package
        spec.loader.exec_module(package)
        plugin = package.classFactory(None)
        plugin.initProcessing()
        app.processEvents()
        assert plugin.missing_packages == ["pandas", "scipy"], plugin.missing_packages  # not networkx nor osmnx
        assert any("pandas (missing)" in m and "Install missing Python packages" in m for m in log), log
        assert not any("osmnx" in m or "pip install" in m for m in log), log
        algorithm = QgsApplication.processingRegistry().algorithmById("placeinsight:exportcatalogue")
        assert algorithm is not None, "the algorithm is still registered"
        ok, message = algorithm.canExecute()
        assert not ok and "pandas" in message, message
        # the toolbox shows it as HTML (processing/gui/ProcessingToolbox.py): every word must survive
        document = QTextDocument()
        document.setHtml("<h3>This algorithm cannot be run :-( </h3>\\n" + message)
        shown = document.toPlainText()
        assert "then restart QGIS." in shown and "scipy (missing)" in shown, shown
        import processing
        try:
            processing.run("placeinsight:exportcatalogue", {{"OUTPUT": "TEMPORARY_OUTPUT"}})
        except QgsProcessingException as error:
            assert "Install missing Python packages" in str(error) and "<" not in str(error), str(error)
            print("REFUSED:", str(error).splitlines()[0][:200])
        else:
            raise AssertionError("the algorithm ran without pandas")
        # the Pen portraits dock says what is missing and offers the installer instead of failing
        from place_insight.plugin.portrait_dock import PortraitDock
        dock = PortraitDock(None)
        dock.refresh()
        assert "pandas (missing)" in dock.message and not dock.install_button.isHidden(), dock.message
        asked = []
        dock.installRequested.connect(lambda: asked.append(True))
        dock.install_button.click()
        assert asked == [True]
        dock.cleanup()
        plugin.unload()
        print("DOCK:", dock.message[:80])
        app.exitQgis()
    """)
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-4000:]
    assert "REFUSED:" in completed.stdout and "DOCK:" in completed.stdout
