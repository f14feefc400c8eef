"""Outputs written atomically: nothing reaches an output path until the whole run has succeeded.

Every Place Insight algorithm runs inside an :class:`Outputs` transaction
(see ``processing_algorithms/base.py``), and every output goes through it:

- a feature sink to a **file** (GeoPackage, shapefile, CSV…) is written into
  a hidden staging folder beside the target (``.<name>.<random>.partial``),
  under the target's own file name (so a GeoPackage layer keeps its name);
- a **raster, report or network file** is written the same way
  (:meth:`Outputs.save`);
- a sink to a **database** (a GeoPackage table given as
  ``ogr:dbname=… table=…``, PostGIS…) is collected in memory and written
  to the database only at the end; until then the algorithm knows
  it by a placeholder id, which the results carry no more after the commit;
- a **memory** (temporary) layer is written directly: Processing discards it
  when the run fails.

:meth:`Outputs.commit` runs once the algorithm has returned: it writes the
database tables, then moves every staged file onto its target (``os.replace``,
atomic within a folder). When the run fails or is cancelled,
:meth:`Outputs.rollback` removes the staging folders: the files that were at
the output paths before are untouched and no partial file remains.
:meth:`Outputs.prepare` checks every output path before any work, so that an
unwritable path is reported at once, naming the output and what to do.

A layer to be loaded when the run completes is registered under its final
path (never under the staging path: the context deletes the style
post-processor of an entry that is removed or replaced). Algorithms attach
such a post-processor only with :meth:`Outputs.style`, which also reaches a
database output once it exists (the context knows it only by its final id,
given at commit).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)
from qgis.PyQt import sip

from .i18n import tr

#: Sidecar files of a shapefile that would describe the old file once a new one replaces it.
_STALE_SIDECARS = (".qix", ".sbn", ".sbx", ".shp.xml")
_PENDING = "placeinsight-pending:"


@dataclass
class _Staged:
    """A file output written into ``folder`` (a staging folder beside ``target``)."""

    folder: Path
    target: Path
    label: str


class _Collected:
    """A feature sink that keeps copies of the features (of a database output, until the commit)."""

    def __init__(self) -> None:
        self.features: list[QgsFeature] = []

    def addFeature(self, feature, flags=None) -> bool:  # noqa: N802 - QgsFeatureSink API
        self.features.append(QgsFeature(feature))
        return True

    def lastError(self) -> str:  # noqa: N802 - QgsFeatureSink API
        return ""


@dataclass
class _Deferred:
    """A database sink collected in memory, written at commit (and styled then, if asked)."""

    name: str
    sink: _Collected
    fields: object
    wkb_type: object
    crs: object
    placeholder: str
    processor: object = None


@dataclass
class Outputs:
    """The outputs of one run of an algorithm; see the module's description."""

    algorithm: object
    parameters: dict
    context: QgsProcessingContext
    _staged: list[_Staged] = field(default_factory=list)
    _deferred: list[_Deferred] = field(default_factory=list)
    _sinks: list = field(default_factory=list)
    _created: list[Path] = field(default_factory=list)

    # -- before the run -------------------------------------------------------------------------
    def prepare(self) -> None:
        """Check every output path the parameters give, before any work (folders missing on the way are made)."""
        for definition in self.algorithm.destinationParameterDefinitions():
            destination = self._destination(definition.name())
            if destination and _kind(destination) == "file":
                self._check_target(Path(destination.split("|")[0]), definition.description())

    def _destination(self, name: str) -> str:
        """The destination the user gave for output ``name`` (no temporary path is made up, nothing is registered)."""
        value = self.parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink
        if isinstance(value, QgsProperty):
            value = value.valueAsString(self.context.expressionContext(), "")
            value = value[0] if isinstance(value, tuple) else value
        text = str(value or "").strip()
        return "" if text == QgsProcessing.TEMPORARY_OUTPUT else text

    def _check_target(self, path: Path, label: str) -> None:
        if path.is_dir():
            raise QgsProcessingException(
                tr("The output {output} is to be written at {path}, which is a folder: give a file name.").format(
                    output=label, path=path
                )
            )
        folder = path.parent
        existing = folder
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            raise QgsProcessingException(
                tr(
                    "The output {output} cannot be written at {path}: {file} is a file, not a folder. Choose another place."
                ).format(output=label, path=path, file=existing)
            )
        if not os.access(existing, os.W_OK | os.X_OK):
            raise QgsProcessingException(
                tr("You may not write in the folder {folder}: choose another place for the output {output}.").format(
                    folder=existing, output=label
                )
            )
        missing = []
        while folder != existing:
            missing.append(folder)
            folder = folder.parent
        for made in reversed(missing):
            try:
                made.mkdir()
            except OSError as error:
                raise QgsProcessingException(
                    tr("The folder {folder} for the output {output} could not be made: {error}").format(
                        folder=made, output=label, error=error.strerror or error
                    )
                ) from error
            self._created.append(made)

    def _stage(self, target: Path, label: str) -> Path:
        """A new staging folder beside ``target``."""
        self._check_target(target, label)
        try:
            folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
        except OSError as error:
            raise QgsProcessingException(
                tr("The output {output} cannot be written in the folder {folder}: {error}").format(
                    output=label, folder=target.parent, error=error.strerror or error
                )
            ) from error
        self._staged.append(_Staged(folder, target, label))
        return folder

    # -- during the run ------------------------------------------------------------------------------
    def sink(self, name: str, fields, wkb_type, crs):
        """A feature sink for the output ``name``, and the id of the output it becomes (see the module)."""
        destination = self._destination(name)
        kind = _kind(destination) if destination else "memory"
        if kind == "memory":
            return self._created_sink(self.parameters, name, fields, wkb_type, crs)
        if kind == "database":
            return self._deferred_sink(name, fields, wkb_type, crs)
        path, _, suffix = destination.partition("|")
        target = Path(path)
        folder = self._stage(target, self._label(name))
        original = self.parameters.get(name)
        definition = (
            QgsProcessingOutputLayerDefinition(original)
            if isinstance(original, QgsProcessingOutputLayerDefinition)
            else QgsProcessingOutputLayerDefinition(destination)
        )
        definition.sink = QgsProperty.fromValue(str(folder / target.name) + (f"|{suffix}" if suffix else ""))
        # made in a scratch context, so that the layer to load is registered under the final path only
        scratch = QgsProcessingContext()
        scratch.copyThreadSafeSettings(self.context)
        sink, staged_id = self._created_sink({**self.parameters, name: definition}, name, fields, wkb_type, crs, scratch)
        final_id = staged_id.replace(str(folder), str(target.parent), 1)
        details = scratch.layersToLoadOnCompletion().get(staged_id)
        if details is not None:
            self.context.addLayerToLoadOnCompletion(final_id, details)
        return sink, final_id

    def _created_sink(self, parameters: dict, name: str, fields, wkb_type, crs, context=None):
        sink, dest_id = self.algorithm.parameterAsSink(parameters, name, context or self.context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.algorithm.invalidSinkError(parameters, name))
        self._sinks.append(sink)
        return sink, dest_id

    def _deferred_sink(self, name: str, fields, wkb_type, crs):
        placeholder = f"{_PENDING}{name}"
        collected = _Collected()
        self._deferred.append(_Deferred(name, collected, fields, wkb_type, crs, placeholder))
        return collected, placeholder

    def style(self, dest_id: str, processor) -> None:
        """Style the output ``dest_id`` with a layer post-processor when it is loaded at the end of the run.

        The one way an algorithm styles its outputs, whatever their destination:
        a file is loaded from its final path, a database output is known until
        the commit by a placeholder and styled once it is written, a memory or
        temporary layer directly.
        """
        for deferred in self._deferred:
            if deferred.placeholder == dest_id:
                deferred.processor = processor
                return
        if self.context.willLoadLayerOnCompletion(dest_id):
            self.context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)

    def save(self, path: str, write: Callable[[str], object], *, name: str = "") -> str:
        """Write a file output (report, raster, network) with ``write(staged_path)``; return ``path``.

        The file reaches ``path`` at commit.
        """
        target = Path(path)
        folder = self._stage(target, self._label(name) if name else target.name)
        write(str(folder / target.name))
        return str(path)

    def _label(self, name: str) -> str:
        definition = self.algorithm.parameterDefinition(name)
        return definition.description() if definition is not None else name

    # -- after the run -----------------------------------------------------------------------------
    def commit(self, results: dict) -> dict:
        """Write the database outputs, move the staged files onto their targets; the results with final ids."""
        self._close_sinks()
        written: list[str] = []
        try:
            for deferred in self._deferred:
                final_id = self._write_deferred(deferred)
                written.append(final_id)
                results = {k: (final_id if v == deferred.placeholder else v) for k, v in results.items()}
            for staged in self._staged:
                if any(staged.folder.iterdir()):
                    self._move(staged)
                    written.append(str(staged.target))
        except (OSError, QgsProcessingException) as error:
            raise QgsProcessingException(
                tr("The outputs could not all be written ({error}). Written: {written}.").format(
                    error=getattr(error, "strerror", None) or error, written=", ".join(written) or tr("none")
                )
            ) from error
        finally:
            self.rollback()
        return results

    def _write_deferred(self, deferred: _Deferred) -> str:
        sink, dest_id = self.algorithm.parameterAsSink(
            self.parameters, deferred.name, self.context, deferred.fields, deferred.wkb_type, deferred.crs
        )
        if sink is None:
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, deferred.name))
        for feature in deferred.sink.features:
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    tr("Could not write to {output}: {error}").format(output=dest_id, error=sink.lastError())
                )
        sip.delete(sink)  # closes the table
        if deferred.processor is not None and self.context.willLoadLayerOnCompletion(dest_id):
            self.context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(deferred.processor)
        return dest_id

    @staticmethod
    def _move(staged: _Staged) -> None:
        """Move every file of the staging folder beside the target (a shapefile's stale index files are removed)."""
        names = sorted(p.name for p in staged.folder.iterdir())
        if any(n.lower().endswith(".shp") for n in names):
            stem = staged.target.with_suffix("")
            for suffix in _STALE_SIDECARS:
                stale = Path(str(stem) + suffix)
                if stale.exists() and stale.name not in names:
                    stale.unlink()
        for name in names:
            os.replace(staged.folder / name, staged.target.parent / name)

    def _close_sinks(self) -> None:
        """Close every sink now: a GeoPackage is complete on disk only once its writer is gone.

        The writers are deleted rather than left to Python's garbage collector: a failed run's
        traceback keeps the sinks of its frames alive, and a writer that outlives its staging
        folder would write into a removed file.
        """
        for sink in self._sinks:
            if not sip.isdeleted(sink):
                sip.delete(sink)
        self._sinks.clear()

    def rollback(self) -> None:
        """Remove every staging folder and pending output, and the folders made for outputs never written."""
        self._close_sinks()
        for staged in self._staged:
            shutil.rmtree(staged.folder, ignore_errors=True)
        self._staged.clear()
        self._deferred.clear()
        for folder in reversed(self._created):
            try:
                folder.rmdir()  # only when empty
            except OSError:
                pass
        self._created.clear()


def _kind(destination: str) -> str:
    """``"memory"``, ``"database"`` (a provider prefix such as ``ogr:`` or ``postgres:``) or ``"file"``.

    As Processing reads a destination: a prefix of three characters or more
    before a colon names a provider (a Windows drive letter does not).
    """
    if destination.startswith("memory:"):
        return "memory"
    if re.match(r"^[A-Za-z][A-Za-z0-9_]{2,}:", destination) and not destination.lower().startswith("file:"):
        return "database"
    return "file"
