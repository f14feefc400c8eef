"""The help of every algorithm: the short panel beside the dialog, and the full page opened by its Help button.

The panel (:func:`short_help`) says in one line what the algorithm gives and
what each of its main parameters means in a few words (the algorithm's
``parameter_notes``); the full explanation — the method, every parameter with
its whole help, every output — is a self-contained HTML page per algorithm and
language (:func:`help_page`), written into ``resources/help/<language>/`` by
``scripts/help_pages.py`` and shipped with the plugin, so it opens offline.
``scripts/translations.py`` rewrites the pages whenever the translations
change; a test checks that the shipped pages match the code.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Callable

from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterEnum

from ..plugin.bridge.i18n import speaking, tr

HELP_DIR = Path(__file__).resolve().parent.parent / "resources" / "help"
#: Languages that have help pages; any other language gets the English page.
LANGUAGES = ("en", "fr")
#: The hand-written page on the format of catalogue files, linked from the algorithms that read one.
CATALOGUE_PAGE = "catalogue_format"
#: Words of a parameter's help shown when no note explains the parameter.
FALLBACK_WORDS = 12
PROVIDER_ID = "placeinsight"

_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
_HIDDEN = QgsProcessingParameterDefinition.Flag.FlagHidden
_OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional

_CSS = (
    "body{font-family:'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;margin:1.5em auto;max-width:52em;"
    "color:#222;line-height:1.45;padding:0 1em}"
    "h1{font-size:1.5em;border-bottom:3px solid #2b6c8f;padding-bottom:.2em;margin-bottom:.3em}"
    "h2{font-size:1.15em;margin-top:1.5em;color:#2b6c8f}"
    ".crumbs{color:#666;font-size:.85em;margin:0}"
    ".lead{font-size:1.1em}"
    "dt{font-weight:bold;margin-top:.7em}"
    "dd{margin-left:1.2em}"
    "code{background:#f2f4f5;padding:0 .25em;border-radius:3px;font-size:.9em}"
    ".badge{display:inline-block;font-weight:normal;font-size:.75em;color:#555;border:1px solid #bbb;"
    "border-radius:3px;padding:0 .3em;margin-left:.4em}"
    ".note{color:#555;font-size:.9em}"
)


def page_path(page: str, language: str) -> Path:
    """The shipped page ``page`` in ``language``, or in English when that language has none."""
    for candidate in (language, "en"):
        path = HELP_DIR / candidate / f"{page}.html"
        if path.is_file():
            return path
    return HELP_DIR / "en" / f"{page}.html"


def page_url(page: str, language: str) -> str:
    """The ``file://`` URL of :func:`page_path` (what ``helpUrl()`` returns)."""
    return page_path(page, language).as_uri()


def _escape(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=False)


def _is_advanced(parameter) -> bool:
    return bool(parameter.flags() & _ADVANCED)


def _shown(algorithm) -> list:
    return [p for p in algorithm.parameterDefinitions() if not p.flags() & _HIDDEN]


def first_words(text: str, limit: int = FALLBACK_WORDS) -> str:
    """The first sentence of ``text``, cut to ``limit`` words (with an ellipsis when cut)."""
    sentence = re.split(r"(?<=[.!?;:])\s", (text or "").strip(), maxsplit=1)[0].rstrip(".;:")
    words = sentence.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def _note_lines(algorithm, parameters: list) -> list[str]:
    """One line per note: the labels of the parameters it explains, then the note."""
    notes = {}
    for names, note in algorithm.parameter_notes() if hasattr(algorithm, "parameter_notes") else []:
        for name in names:
            notes.setdefault(name, (names, note))
    lines, done = [], set()
    for parameter in parameters:
        if parameter.name() in done:
            continue
        names, note = notes.get(parameter.name(), ((parameter.name(),), first_words(parameter.help())))
        members = [p for p in parameters if p.name() in names]
        done.update(p.name() for p in members)
        labels = ", ".join(_tag("b", _escape(p.description())) for p in members)
        lines.append(tr("{labels}: {note}").format(labels=labels, note=_escape(note)))
    return lines


def short_help(algorithm) -> str:
    """The help panel: one line on what the algorithm gives, one per main parameter and output, and the way to the page."""
    shown = _shown(algorithm)
    basic = [p for p in shown if not _is_advanced(p)]
    inputs = _note_lines(algorithm, [p for p in basic if not p.isDestination()])
    outputs = _note_lines(algorithm, [p for p in basic if p.isDestination()])
    parts = [_tag("p", _escape(algorithm.shortDescription()))]
    if inputs:
        parts.append(_tag("p", "<br>".join(inputs)))
    if outputs:
        parts.append(_tag("p", "<br>".join([_tag("i", _escape(tr("Outputs"))), *outputs])))
    if any(_is_advanced(p) for p in shown):
        more = tr('Method, advanced parameters, output fields: <a href="{url}">help page</a>.')
    else:
        more = tr('Method and output fields: <a href="{url}">help page</a>.')
    parts.append(_tag("p", more.format(url=_escape(algorithm.helpUrl()))))
    return "".join(parts)


def _tag(name: str, content: str, css: str = "") -> str:
    """``content`` (already HTML) in an element ``name``, with an optional class."""
    attribute = f' class="{css}"' if css else ""
    return f"<{name}{attribute}>{content}</{name}>"


def word_count(text: str) -> int:
    """Words of an HTML text as a reader sees them (tags left out)."""
    words = re.sub(r"<[^>]+>", " ", html.unescape(text)).split()
    return sum(1 for word in words if any(c.isalnum() for c in word))


def _choices(parameter) -> str:
    if not isinstance(parameter, QgsProcessingParameterEnum):
        return ""
    options = parameter.options()
    static = getattr(parameter, "usesStaticStrings", lambda: False)()
    values = options if static else [f"{i} = {option}" for i, option in enumerate(options)]
    return " · ".join(values)


def _parameter_entry(parameter) -> str:
    badges = []
    if parameter.flags() & _OPTIONAL:
        badges.append(tr("optional"))
    if _is_advanced(parameter):
        badges.append(tr("advanced"))
    title = _escape(parameter.description()) + "".join(_tag("span", _escape(b), "badge") for b in badges)
    title += " " + _tag("span", _tag("code", _escape(parameter.name())), "note")
    text = _escape(parameter.help())
    choices = _choices(parameter)
    if choices:
        text += "<br>" + _tag("span", _escape(tr("Choices: {choices}").format(choices=choices)), "note")
    return _tag("dt", title) + _tag("dd", text)


def _section(title: str, content: str) -> str:
    return _tag("h2", _escape(title)) + content


def help_page(algorithm, language: str) -> str:
    """The whole help of ``algorithm`` as one self-contained HTML page (texts in the current translation)."""
    title = algorithm.displayName()
    inputs = [p for p in _shown(algorithm) if not p.isDestination()]
    summary = algorithm.summary() if hasattr(algorithm, "summary") else algorithm.shortHelpString()
    body = [
        _tag("p", "Place Insight › " + _escape(algorithm.group()), "crumbs"),
        _tag("h1", _escape(title)),
        _tag("p", _escape(algorithm.shortDescription()), "lead"),
        _section(tr("What it does"), "".join(_tag("p", _escape(part)) for part in summary.split("\n") if part.strip())),
    ]
    if inputs:
        body.append(_section(tr("Parameters"), _tag("dl", "\n".join(_parameter_entry(p) for p in inputs))))
    outputs = algorithm.output_help() if hasattr(algorithm, "output_help") else []
    if outputs:
        names = {p.description(): p.name() for p in _shown(algorithm) if p.isDestination()}
        entries = (
            _tag(
                "dt", _escape(label) + (" " + _tag("span", _tag("code", _escape(names[label])), "note") if label in names else "")
            )
            + _tag("dd", _escape(text))
            for label, text in outputs
        )
        body.append(_section(tr("Outputs"), _tag("dl", "\n".join(entries))))
    if any(p.name() == "CATALOGUE_FILE" for p in inputs):
        link = f'<a href="{CATALOGUE_PAGE}.html">' + _escape(tr("Catalogue files: the JSON and CSV formats")) + "</a>"
        body.append(_section(tr("See also"), _tag("p", link)))
    algorithm_id = _tag("code", f"{PROVIDER_ID}:{_escape(algorithm.name())}")
    usage = _escape(tr("Algorithm id {id}; the parameters are given by the names shown beside them."))
    body.append(_section(tr("From Python and qgis_process"), _tag("p", usage.format(id=algorithm_id))))
    if algorithm.tags():
        terms = tr("Search terms: {terms}").format(terms=", ".join(algorithm.tags()))
        body.append(_tag("p", _escape(terms), "note"))
    head = f'<meta charset="utf-8">\n<title>{_escape(title)} — Place Insight</title>\n<style>{_CSS}</style>'
    return (
        f'<!DOCTYPE html>\n<html lang="{_escape(language)}">\n<head>\n{head}\n</head>\n<body>\n'
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def render_all(documented_algorithms: Callable[[], list]) -> dict[Path, str]:
    """Every generated help page, by its path: each algorithm in each of :data:`LANGUAGES`.

    Parameters
    ----------
    documented_algorithms
        Returns a fresh instance of every documented algorithm in the current language
        (``PlaceInsightProvider.documented_algorithms``; passed in so this module does not import the provider).
    """
    pages = {}
    for language in LANGUAGES:
        with speaking(language):
            for algorithm in documented_algorithms():
                pages[HELP_DIR / language / f"{algorithm.name()}.html"] = help_page(algorithm, language)
    return pages


def written_by_hand() -> list[Path]:
    """The pages that are not generated (the catalogue format), in every language."""
    return [HELP_DIR / language / f"{CATALOGUE_PAGE}.html" for language in LANGUAGES]


def stale_pages(documented_algorithms: Callable[[], list]) -> list[str]:
    """What differs between the shipped pages and the code: missing, outdated or unknown pages (empty when none)."""
    pages = render_all(documented_algorithms)
    problems = []
    for path, text in pages.items():
        if not path.is_file():
            problems.append(f"{path.relative_to(HELP_DIR)} is missing")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{path.relative_to(HELP_DIR)} is out of date")
    known = set(pages) | set(written_by_hand())
    for path in sorted(HELP_DIR.glob("*/*.html")):
        if path not in known:
            problems.append(f"{path.relative_to(HELP_DIR)} belongs to no algorithm")
    for path in written_by_hand():
        if not path.is_file():
            problems.append(f"{path.relative_to(HELP_DIR)} is missing")
    return problems


def write_all(documented_algorithms: Callable[[], list]) -> list[Path]:
    """Write every generated page (only those that changed); return the paths written."""
    written = []
    for path, text in render_all(documented_algorithms).items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
