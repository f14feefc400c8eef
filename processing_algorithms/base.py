"""The shared base of every Place Insight Processing algorithm.

Subclasses set ``NAME``/``GROUP``/``TAGS``, implement ``display_name``,
``short_description``, ``summary``, ``parameter_notes``, ``initAlgorithm``
(through :meth:`add` so every parameter has help) and ``process``. The base
turns engine errors into ``QgsProcessingException``, refuses to run when a
Python package is missing, gives each algorithm its icon, builds the short
help panel from the notes (:mod:`.help_pages`) and points the Help button at the
algorithm's help page shipped in ``resources/help``.

Processing runs ``processAlgorithm`` in a worker thread; what must be read
from the project's layers (their names, their state for the session's
network cache) is read in ``prepareAlgorithm`` on the main thread, in
:meth:`PlaceInsightAlgorithm.prepare_layers`, which mixins extend.

``process`` runs inside an :class:`~plugin.bridge.Outputs` transaction
(``self.outputs``): sinks made with :func:`bridge.write_frame` and files
saved with ``self.outputs.save`` reach their paths only when the whole run
has succeeded.
"""

from __future__ import annotations

import functools
import traceback
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtGui import QIcon

from ..engine import dependencies
from ..engine.errors import CancelledError, EngineError
from ..engine.html import escape
from ..engine.segmentation.catalogue import Catalogue
from ..engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
from ..plugin import bridge
from ..plugin.bridge import EngineFeedback
from ..plugin.bridge.i18n import language, tr
from ..plugin.bridge.threads import on_main_thread
from . import help_pages
from .choices import Choices, KeyedChoices, make_choices

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICON = ICONS / "place_insight.svg"
#: The link that opens the installer of missing packages (set by the plugin's GUI, which handles it; None in
#: qgis_process and scripts, where the refusal is plain text).
INSTALLER_LINK: list[str] = []


def group_names() -> dict[str, str]:
    """Translated names of the algorithm groups, by group id."""
    return {
        "segmentation": tr("Segmentation"),
        "accessibility": tr("Accessibility"),
        "locationplanning": tr("Location planning"),
        "surveyhotspots": tr("Survey and hotspots"),
    }


class PlaceInsightAlgorithm(KeyedChoices, QgsProcessingAlgorithm):
    """Base class: naming, help, list parameters by key, dependency check and error handling."""

    NAME = ""
    GROUP = ""
    #: Terms users type in the toolbox search, in English and French, separated by commas (not translated:
    #: both languages find the algorithm whatever the interface's language).
    TAGS = ""
    #: Python packages the algorithm cannot run without.
    REQUIRES: tuple[str, ...] = dependencies.REQUIRED

    def __init__(self) -> None:
        super().__init__()
        self._output_help: list[tuple[str, str]] = []
        self._layer_titles: dict[str, str] = {}
        self._choices: dict[str, Choices] = {}
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
        return QIcon(self.svgIconPath())

    def svgIconPath(self):
        own = ICONS / f"{self.NAME}.svg"
        return str(own if own.is_file() else ICON)

    def tags(self):
        return [term.strip() for term in self.TAGS.split(",") if term.strip()]

    def shortDescription(self):
        return self.short_description()

    def helpUrl(self):
        return help_pages.page_url(self.name(), language())

    def tr(self, text: str) -> str:  # noqa: D102 - Processing calls it for translations
        return tr(text)

    def display_name(self) -> str:
        raise NotImplementedError

    def short_description(self) -> str:
        """One translated line: what the algorithm gives (the toolbox's tooltip, searched by the toolbox)."""
        raise NotImplementedError

    def summary(self) -> str:
        """What the algorithm does and how, in full (translated plain text): the help page's first section."""
        raise NotImplementedError

    def parameter_notes(self) -> list[tuple[tuple[str, ...], str]]:
        """The lines of the help panel: the parameters (by name) each line is about, and a few translated words.

        Parameters explained on one line are named together; a parameter on no
        line falls back to the start of its help (see :func:`.help_pages.short_help`).
        """
        return []

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

    def add_number_outputs(self, *outputs: tuple[str, str, str]) -> None:
        """Declare number outputs, each ``(name, label, help)``, with their help."""
        for name, label, help_text in outputs:
            self.addOutput(QgsProcessingOutputNumber(name, label))
            self.add_output_help(label, help_text)

    def output_help(self) -> list[tuple[str, str]]:
        """Every output's label and help, in the order they were declared (for the help page)."""
        return list(self._output_help)

    def add_sink(self, parameter, help_text: str, *, advanced: bool = False):
        """Add a sink/destination parameter and describe it among the outputs."""
        self.add(parameter, help_text, advanced=advanced)
        self.add_output_help(parameter.description(), help_text)
        return parameter

    def shortHelpString(self):
        return help_pages.short_help(self)

    # -- inputs ----------------------------------------------------------------
    def required_source(self, parameters, name: str, context):
        """The feature source of parameter ``name``, or Processing's message naming what could not be loaded."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def source_title(self, parameters, name: str, context, source, default: str = "") -> str:
        """The name the user knows the layer of parameter ``name`` by (see :func:`bridge.layer_title`), as read in
        :meth:`prepare_layers`."""
        if name not in self._layer_titles:
            self._layer_titles[name] = on_main_thread(lambda: bridge.layer_title(self, parameters, name, context))
        return self._layer_titles[name] or bridge.source_name(source, default)

    # -- on the main thread, before the run --------------------------------------------
    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        on_main_thread(lambda: self.prepare_layers(parameters, context))
        return True

    def prepare_layers(self, parameters, context) -> None:
        """Read what the run needs from the project's layers, on the main thread (Processing calls
        ``prepareAlgorithm`` there, then ``processAlgorithm`` in a worker thread): here the titles of the
        layer parameters. Mixins extend it (``super().prepare_layers``)."""
        for definition in self.parameterDefinitions():
            if definition.type() in ("source", "vector", "layer") and parameters.get(definition.name()) is not None:
                self._layer_titles[definition.name()] = bridge.layer_title(self, parameters, definition.name(), context)

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        problem = self.choice_problem(parameters)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    # -- dependencies ----------------------------------------------------------
    def canExecute(self):
        """The toolbox shows the refusal as HTML: the message has nothing HTML would eat, and (in QGIS) a link that
        opens the installer."""
        missing = dependencies.missing(self.REQUIRES)
        if not missing:
            return True, ""
        message = escape(dependencies.missing_message(missing))
        if INSTALLER_LINK:
            label = escape(tr("Install missing Python packages…"))
            message += f'<p><a href="{INSTALLER_LINK[0]}">{label}</a></p>'
        return False, message

    # -- running ---------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        outcome = self._run(parameters, context, feedback)
        if isinstance(outcome, str):
            # Raised here, outside any handler, so that it carries no earlier exception: QGIS keeps
            # the traceback of an exception raised out of processAlgorithm for the rest of the
            # session, and with a chained one it would keep every frame of the run and its data.
            raise QgsProcessingException(outcome)
        return outcome

    def _run(self, parameters, context, feedback) -> dict | str:
        """The run's results, or the message of its refusal (every exception becomes one)."""
        missing = dependencies.missing(self.REQUIRES)
        if missing:
            return dependencies.missing_message(missing)
        progress = EngineFeedback(feedback)
        self.outputs = bridge.Outputs(self, parameters, context)
        try:
            self.outputs.prepare()
            results = self.process(parameters, context, progress)
            progress.check()
            return self.outputs.commit(results)
        except CancelledError:
            return tr("Cancelled by the user: no output was written.")
        except (EngineError, QgsProcessingException) as error:
            return str(error)
        except MemoryError:
            return tr("Not enough memory for this run. Try a smaller area or fewer inputs.")
        except Exception as error:  # noqa: BLE001 - the last net: a Python traceback must not reach the user
            details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            QgsMessageLog.logMessage(details, "Place Insight", Qgis.MessageLevel.Critical)
            return tr(
                "{algorithm} stopped on an unexpected error ({error}). No output was written. Please report it "
                "with the inputs that caused it; the details are in the Log Messages panel (Place Insight tab)."
            ).format(algorithm=self.displayName(), error=f"{type(error).__name__}: {error}")
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


#: The catalogues of the list, in a fixed order: a saved model or script may hold the position of its
#: catalogue, so a new catalogue is appended here, never inserted (a test checks every shipped one is listed).
CATALOGUE_POSITIONS = ("demo", "oac2011", "oac2021")
#: The levels of the list, in a fixed order for the same reason; level ids of new catalogues are appended.
LEVEL_POSITIONS = ("coarsest", "finest", "supergroup", "group", "subgroup", "type")


@functools.lru_cache(maxsize=32)
def _shipped_catalogue(path: str, stamp: int) -> Catalogue | None:
    """A shipped catalogue read once per file version (``stamp``: its modification time), None if unreadable."""
    try:
        return load_catalogue(path)
    except EngineError:
        return None


def shipped_catalogues() -> dict[str, Catalogue | None]:
    """Every catalogue shipped with the plugin by id (None where the file cannot be read)."""
    found = {}
    for catalogue_id, path in builtin_catalogues().items():
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        found[catalogue_id] = _shipped_catalogue(str(path), stamp)
    return found


def catalogue_choices() -> Choices:
    """The catalogue list: the ids of :data:`CATALOGUE_POSITIONS`, then any other shipped catalogue, by name."""
    shipped = shipped_catalogues()
    keys = [*CATALOGUE_POSITIONS, *sorted(k for k in shipped if k not in CATALOGUE_POSITIONS)]
    labels = []
    for key in keys:
        if key not in shipped:
            labels.append(tr("{catalogue} (not installed)").format(catalogue=key))
        else:
            labels.append(shipped[key].name(language()) if shipped[key] is not None else key)
    default = "demo" if "demo" in shipped else next(iter(shipped), keys[0])
    return make_choices(list(zip(keys, labels)), default)


def level_choices() -> Choices:
    """The level list: coarsest, finest, then the levels of the shipped catalogues by their names in the user's language.

    It is open: a catalogue file's own level ids (and a level's name in any language) are accepted too.
    """
    keys = list(LEVEL_POSITIONS)
    names: dict[str, list[str]] = {}
    for catalogue in shipped_catalogues().values():
        for level in catalogue.levels if catalogue is not None else ():
            if level.id not in keys:
                keys.append(level.id)
            name = level.name(language())
            if name not in names.setdefault(level.id, []):
                names[level.id].append(name)
    labels = {"coarsest": tr("Coarsest level of the catalogue"), "finest": tr("Finest level of the catalogue")}
    options = [(key, labels.get(key) or " / ".join(names.get(key, ())) or key) for key in keys]
    return make_choices(options, "coarsest", open=True)


class CatalogueParameters:
    """Mixin: the classification catalogue and level parameters, and reading them."""

    CATALOGUE = "CATALOGUE"
    CATALOGUE_FILE = "CATALOGUE_FILE"
    LEVEL = "LEVEL"

    def add_catalogue_parameters(self, *, advanced: bool = False, optional_level: bool = False) -> None:
        """The catalogue, catalogue file and level (``advanced``: all three among the advanced parameters;
        ``optional_level``: an empty level means the coarsest, so models saved before the parameter existed stay
        valid)."""
        self.add_choice(
            self.CATALOGUE,
            tr("Classification catalogue"),
            catalogue_choices(),
            tr(
                "A catalogue shipped with the plugin (hierarchy, names, colours, pen portraits). In qgis_process and "
                "Python its id also works (e.g. demo, oac2011)."
            ),
            optional=True,
            advanced=advanced,
        )
        self.add(
            QgsProcessingParameterFile(
                self.CATALOGUE_FILE,
                tr("Catalogue file (overrides the list)"),
                optional=True,
                fileFilter=tr("Catalogues (*.json *.csv)"),
            ),
            tr(
                "Your own catalogue (JSON or CSV, the format is described in the help page), for example for a "
                "licensed classification. When given, it is used instead of the catalogue chosen in the list."
            ),
            advanced=advanced,
        )
        self.add_choice(
            self.LEVEL,
            tr("Level of the classification"),
            level_choices(),
            tr(
                "The level to report at (for example Group or Type; Supergroup, Group or Subgroup). Codes at a "
                "finer level roll up through the catalogue. A level the chosen catalogue does not have is refused "
                "with the list of its levels. In qgis_process and Python the level's id or its name in any "
                "language also works, as does any level id of your own catalogue file."
            ),
            optional=optional_level,
            advanced=advanced,
        )

    def catalogue_notes(self) -> list[tuple[tuple[str, ...], str]]:
        """The help panel's lines on the catalogue parameters."""
        return [
            ((self.CATALOGUE, self.CATALOGUE_FILE), tr("shipped, or your own")),
            ((self.LEVEL,), tr("e.g. group; empty: the coarsest")),
        ]

    def read_catalogue(self, parameters, context) -> tuple[Catalogue, str]:
        """The chosen catalogue and level id (engine errors become clear messages)."""
        path = self.parameterAsFile(parameters, self.CATALOGUE_FILE, context)
        if not path:
            key = self.choice(parameters, self.CATALOGUE, context)
            path = builtin_catalogues().get(key)
            if path is None:
                raise QgsProcessingException(
                    tr(
                        "The catalogue {catalogue} is not installed with this version of Place Insight: choose "
                        "another catalogue or give a catalogue file."
                    ).format(catalogue=key)
                )
        catalogue = load_catalogue(path)
        return catalogue, catalogue.resolve_level(self.choice(parameters, self.LEVEL, context))
