"""Checks that a text reads in one language: its numbers, its punctuation and its words.

The French checks look for English number formats (``1,234`` thousands,
``0.93`` decimals, ``23%`` or ``23 %`` without the narrow no-break space),
colons glued to the word before, English words and untranslated phrases of
the plugin; the English checks look for French number formats and words.
Data values (layer, site and field names, survey answers, postcodes, road
classes) are the user's and may be in any language: callers list them in
``data`` and they are blanked out before the checks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

NNBSP = "\u202f"

# Words that are English and never French (nor identifiers the plugin writes).
ENGLISH_WORDS = {
    "the",
    "of",
    "and",
    "with",
    "within",
    "are",
    "is",
    "from",
    "for",
    "than",
    "which",
    "not",
    "neither",
    "fear",
    "crime",
    "without",
    "heuristic",
    "solver",
    "islands",
    "island",
    "records",
    "checked",
    "verified",
    "proven",
    "bound",
    "gap",
    "selected",
    "demand",
    "served",
    "mean",
    "longest",
    "travel",
    "cost",
    "today",
    "proposed",
    "network",
    "edges",
    "lines",
    "units",
    "households",
    "responses",
    "share",
    "chosen",
    "yes",
    "no",
    "more",
    "generated",
    "by",
    "on",
    "in",
    "at",
    "per",
}
# Words that are French and never English.
FRENCH_WORDS = {
    "de",
    "des",
    "le",
    "la",
    "les",
    "et",
    "du",
    "une",
    "dans",
    "pour",
    "sont",
    "avec",
    "sur",
    "ménages",
    "réponses",
    "îlot",
    "îlots",
    "enregistrements",
    "oui",
    "non",
    "peur",
    "délinquance",
    "réseau",
    "écart",
}


class _Text(HTMLParser):
    """The visible text of an HTML page (SVG labels and tooltips included), without its style sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self._skip += 1
        self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_lines(path: str | Path) -> list[str]:
    """The non-empty lines of text of an HTML file."""
    parser = _Text()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return [line.strip() for line in "".join(parser.parts).splitlines() if line.strip()]


def _blank(text: str, data: set[str]) -> str:
    """``text`` without file paths, ISO dates and the data values (longest first)."""
    for value in sorted(data, key=len, reverse=True):
        if value:
            text = text.replace(value, "▪")
    text = re.sub(r"\S*/\S*", "▪", text)  # paths
    return re.sub(r"\d{4}-\d\d-\d\d( \d\d:\d\d)?", "▪", text)  # the report's date


def french_problems(line: str, *, data: set[str] = frozenset(), english_phrases: set[str] = frozenset()) -> list[str]:
    """What in ``line`` is not written the French way."""
    text = _blank(line, set(data))
    found = []
    patterns = {
        "an English decimal point": r"\d\.\d",
        "an English thousands separator": r"(?<![\d,])[1-9]\d{0,2},\d{3}(?!\d)",
        "a percent sign without the narrow no-break space": r"\d[ \u00a0]?%",
        "a thousands separator that is not the narrow no-break space": r"(?<![\d,])\d{1,3}[ \u00a0]\d{3}(?!\d)",
        "a large number without thousands separator": r"(?<![\w,.\u202f])\d{5,}(?![\w])",
        "a colon or semicolon glued to the word before": r"[^\s\d(\[/:*]([:;!?])(?=\s|$)",
    }
    for what, pattern in patterns.items():
        for match in re.finditer(pattern, text):
            found.append(f"{what}: …{text[max(0, match.start() - 25) : match.end() + 25]}…")
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    english = sorted(words & ENGLISH_WORDS)
    if english:
        found.append(f"English words {english}: {text}")
    for phrase in english_phrases:
        if phrase in text:
            found.append(f"an untranslated phrase '{phrase}': {text}")
    return found


def english_problems(line: str, *, data: set[str] = frozenset()) -> list[str]:
    """What in ``line`` is not written the English way."""
    text = _blank(line, set(data))
    found = []
    patterns = {
        "a decimal comma": r"\d,\d{1,2}(?!\d)",
        "a space in a number or before %": r"\d[ \u00a0\u202f](%|\d{3}(?!\d))",
        "a space before a colon or semicolon": r"\s[:;](?=\s)",
        "a large number without thousands separator": r"(?<![\w,.])\d{5,}(?![\w])",
    }
    for what, pattern in patterns.items():
        for match in re.finditer(pattern, text):
            found.append(f"{what}: …{text[max(0, match.start() - 25) : match.end() + 25]}…")
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    french = sorted(words & FRENCH_WORDS - ENGLISH_WORDS)
    if french:
        found.append(f"French words {french}: {text}")
    return found


def english_phrases(sources: list[str], translations: dict[str, str]) -> set[str]:
    """Pieces of the plugin's English messages (between placeholders, three words or more) that French never keeps."""
    french = " ".join(translations.values())
    phrases = set()
    for source in sources:
        for piece in re.split(r"\{[^}]*\}", source):
            piece = piece.strip(" .,;:()–—-")
            if len(piece.split()) >= 3 and piece not in french:
                phrases.add(piece)
    return phrases
