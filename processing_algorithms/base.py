"""The shared base of every Place Insight Processing algorithm.

Subclasses set ``NAME``/``GROUP``, implement ``display_name``, ``summary``,
``initAlgorithm`` (through :meth:`add` so every parameter has help) and
``process``. The base turns engine errors into ``QgsProcessingException``,
refuses to run when a Python package is missing, builds the help text
from the summary and every parameter's and output's help, and runs
``process`` inside an :class:`~plugin.bridge.Outputs` transaction
(``self.outputs``): sinks made with :func:`bridge.write_frame` and files
saved with ``self.outputs.save`` reach their paths only when the whole run
has succeeded.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtGui import QIcon

from ..engine import dependencies
from ..engine.errors import CancelledError, EngineError
from ..engine.segmentation.catalogue import Catalogue
from ..engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
from ..plugin import bridge
from ..plugin.bridge import EngineFeedback
from ..plugin.bridge.i18n import language, tr

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "place_insight.svg"


def group_names() -> dict[str, str]:
    """Translated names of the algorithm groups, by group id."""
    return {
        "segmentation": tr("Segmentation"),
        "accessibility": tr("Accessibility"),
        "locationplanning": tr("Location planning"),
        "surveyhotspots": tr("Survey and hotspots"),
    }


class PlaceInsightAlgorithm(QgsProcessingAlgorithm):
    """Base class: naming, help, dependency check and error handling."""

    NAME = ""
    GROUP = ""
    #: Python packages the algorithm cannot run without.
    REQUIRES: tuple[str, ...] = ("numpy", "pandas")

    def __init__(self) -> None:
        super().__init__()
        self._output_help: list[tuple[str, str]] = []
        self.outputs: bridge.Outputs | None = None

    # -- identity ------------------------------------------------------------
    def createInstance(self):
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):
        return self.display_name()

    def group(self):
        return group_names()[self.GROUP]

    def groupId(self):
        return self.GROUP

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):
        return str(ICON)

    def tr(self, text: str) -> str:  # noqa: D102 - Processing calls it for translations
        return tr(text)

    def display_name(self) -> str:
        raise NotImplementedError

    def summary(self) -> str:
        """What the algorithm does and how (translated, plain text or simple HTML)."""
        raise NotImplementedError

    # -- parameters and help ---------------------------------------------------
    def add(self, parameter: QgsProcessingParameterDefinition, help_text: str, *, advanced: bool = False):
        """Add a parameter with its translated help (and the advanced flag)."""
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(parameter)
        return parameter

    def add_output_help(self, label: str, help_text: str) -> None:
        """Describe an output (sink, number, HTML report) in the help."""
        self._output_help.append((label, help_text))

    def add_sink(self, parameter, help_text: str, *, advanced: bool = False):
        """Add a sink/destination parameter and describe it among the outputs."""
        self.add(parameter, help_text, advanced=advanced)
        self.add_output_help(parameter.description(), help_text)
        return parameter

    def shortHelpString(self):
        parameters_title = tr("Parameters")
        outputs_title = tr("Outputs")
        parts = [f"<p>{self.summary()}</p>", f"<h3>{parameters_title}</h3><dl>"]
        for parameter in self.parameterDefinitions():
            if parameter.isDestination():
                continue
            parts.append(f"<dt><b>{parameter.description()}</b></dt><dd>{parameter.help()}</dd>")
        parts.append("</dl>")
        if self._output_help:
            parts.append(f"<h3>{outputs_title}</h3><dl>")
            for label, text in self._output_help:
                parts.append(f"<dt><b>{label}</b></dt><dd>{text}</dd>")
            parts.append("</dl>")
        return "".join(parts)

    # -- inputs ----------------------------------------------------------------
    def required_source(self, parameters, name: str, context):
        """The feature source of parameter ``name``, or Processing's message naming what could not be loaded."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def source_title(self, parameters, name: str, context, source, default: str = "") -> str:
        """The name the user knows the layer of parameter ``name`` by (see :func:`bridge.layer_title`)."""
        return bridge.layer_title(self, parameters, name, context) or bridge.source_name(source, default)

    # -- dependencies ----------------------------------------------------------
    def canExecute(self):
        missing = dependencies.missing(self.REQUIRES)
        if missing:
            return False, dependencies.missing_message(missing)
        return True, ""

    # -- running ---------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        progress = EngineFeedback(feedback)
        self.outputs = bridge.Outputs(self, parameters, context)
        try:
            self.outputs.prepare()
            results = self.process(parameters, context, progress)
            progress.check()
            return self.outputs.commit(results)
        except CancelledError as error:
            raise QgsProcessingException(tr("Cancelled by the user: no output was written.")) from error
        except EngineError as error:
            raise QgsProcessingException(str(error)) from error
        except MemoryError as error:
            raise QgsProcessingException(tr("Not enough memory for this run. Try a smaller area or fewer inputs.")) from error
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 - the last net: a Python traceback must not reach the user
            QgsMessageLog.logMessage(
                "".join(traceback.format_exception(type(error), error, error.__traceback__)), "Place Insight", Qgis.Critical
            )
            raise QgsProcessingException(
                tr(
                    "{algorithm} stopped on an unexpected error ({error}). No output was written. Please report it "
                    "with the inputs that caused it; the details are in the Log Messages panel (Place Insight tab)."
                ).format(algorithm=self.displayName(), error=f"{type(error).__name__}: {error}")
            ) from error
        finally:
            self.outputs.rollback()  # nothing left half-written (a no-op after a commit)
            self.outputs = None  # the transaction refers to the algorithm: no reference cycle outlives the run

    def process(self, parameters, context, progress: EngineFeedback) -> dict:
        """Read inputs through the bridge, call the engine, write outputs."""
        raise NotImplementedError

    @staticmethod
    def language() -> str:
        """The user's language for names and reports (``en``, ``fr``…)."""
        return language()


class CatalogueParameters:
    """Mixin: the classification catalogue and level parameters, and reading them."""

    CATALOGUE = "CATALOGUE"
    CATALOGUE_FILE = "CATALOGUE_FILE"
    LEVEL = "LEVEL"

    @staticmethod
    def builtin_ids() -> list[str]:
        return list(builtin_catalogues())

    def add_catalogue_parameters(self) -> None:
        ids = self.builtin_ids()
        names = []
        for catalogue_id, path in builtin_catalogues().items():
            try:
                names.append(load_catalogue(path).name(language()))
            except EngineError:
                names.append(catalogue_id)
        self.add(
            QgsProcessingParameterEnum(
                self.CATALOGUE, tr("Classification catalogue"), options=names, defaultValue=0 if ids else None, optional=True
            ),
            tr("A catalogue shipped with the plugin (hierarchy, names, colours, pen portraits)."),
        )
        self.add(
            QgsProcessingParameterFile(
                self.CATALOGUE_FILE,
                tr("Catalogue file (overrides the list)"),
                optional=True,
                fileFilter=tr("Catalogues (*.json *.csv)"),
            ),
            tr(
                "Your own catalogue (JSON or CSV, see docs/catalogues.md), for example for a licensed classification. "
                "When given, it is used instead of the catalogue chosen in the list."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.LEVEL, tr("Level of the classification"), defaultValue="", optional=True),
            tr(
                "The level to report at, by its id (e.g. group, type; supergroup, group, subgroup). Codes at a "
                "finer level roll up through the catalogue. Empty: the coarsest level."
            ),
        )

    def read_catalogue(self, parameters, context) -> tuple[Catalogue, str]:
        """The chosen catalogue and level id (engine errors become clear messages)."""
        path = self.parameterAsFile(parameters, self.CATALOGUE_FILE, context)
        if not path:
            ids = self.builtin_ids()
            index = self.parameterAsEnum(parameters, self.CATALOGUE, context)
            if not ids or index < 0 or index >= len(ids):
                raise QgsProcessingException(tr("Choose a classification catalogue or give a catalogue file."))
            path = builtin_catalogues()[ids[index]]
        catalogue = load_catalogue(path)
        level = (self.parameterAsString(parameters, self.LEVEL, context) or "").strip()
        level = level or catalogue.level_ids[0]
        catalogue.level(level)  # raises a clear error for an unknown level
        return catalogue, level
