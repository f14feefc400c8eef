"""Self-contained HTML reports: one file, inline CSS and SVG, no scripts.

Reports are written in the user's language (labels go through
:func:`engine.i18n.tr`) and open in any browser, so they can be attached to
an e-mail or published as they are.
"""

from __future__ import annotations

import datetime as _dt
import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .i18n import localise_number, tr

_CSS = """
body{font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:2em auto;max-width:1100px;
color:#222;line-height:1.45;padding:0 1em}
h1{font-size:1.6em;border-bottom:3px solid #2b6c8f;padding-bottom:.2em}
h2{font-size:1.25em;margin-top:1.6em;color:#2b6c8f}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .55em}
th{background:#eef3f6;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold;background:#f6f6f6}
.headline{font-size:1.15em;background:#eef6ee;border-left:5px solid #3b8e3b;padding:.6em 1em}
.note{color:#555;font-size:.9em}
.warning{background:#fff4e0;border-left:5px solid #e08a00;padding:.4em .8em}
figure{margin:1em 0}
figcaption{font-size:.85em;color:#555}
.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #888;vertical-align:middle;margin-right:.3em}
footer{margin-top:3em;font-size:.8em;color:#777;border-top:1px solid #ddd;padding-top:.5em}
"""


def escape(value: object) -> str:
    """HTML-escape any value (None becomes an empty string).

    Parameters
    ----------
    value : object
        Written with ``str`` before escaping.
    """
    return "" if value is None else html.escape(str(value))


def format_number(value: Any, decimals: int = 0, *, language: str | None = None) -> str:
    """Format a number for a report; NULL/NaN becomes an en dash.

    French groups thousands with a narrow no-break space and uses a decimal
    comma (``1 234,5``); other languages get ``1,234.5``.

    Parameters
    ----------
    value : object
        A number, or anything ``float`` reads; other values are escaped and
        returned as text.
    decimals : int
        Digits after the decimal separator.
    language : str, optional
        Two-letter language; None: the interface's
        (:func:`engine.i18n.current_language`).
    """
    if value is None:
        return "–"
    try:
        number = float(value)
    except (TypeError, ValueError):
        return escape(value)
    if math.isnan(number):
        return "–"
    text = f"{number:,.0f}" if decimals == 0 else f"{number:,.{decimals}f}"
    return localise_number(text, language)


@dataclass
class Column:
    """How one column of a table is shown."""

    key: str
    label: str
    decimals: int | None = None  # None: text column


class Report:
    """Builds a report piece by piece and writes one HTML file."""

    def __init__(self, title: str, *, language: str = "en", subtitle: str | None = None, localised_numbers: bool = True) -> None:
        self.title = title
        self.language = language
        #: Table numbers written as in ``language`` (French ``1 234,5``) rather than ``1,234.5``.
        self.number_language = language if localised_numbers else "en"
        self._parts: list[str] = []
        if subtitle:
            self._parts.append(f'<p class="note">{escape(subtitle)}</p>')

    def heading(self, text: str, level: int = 2) -> Report:
        self._parts.append(f"<h{level}>{escape(text)}</h{level}>")
        return self

    def paragraph(self, text: str, *, css_class: str | None = None) -> Report:
        attribute = f' class="{css_class}"' if css_class else ""
        self._parts.append(f"<p{attribute}>{escape(text)}</p>")
        return self

    def headline(self, text: str) -> Report:
        return self.paragraph(text, css_class="headline")

    def warning(self, text: str) -> Report:
        return self.paragraph(text, css_class="warning")

    def bullet_list(self, items: Iterable[str]) -> Report:
        rows = "".join(f"<li>{escape(item)}</li>" for item in items)
        self._parts.append(f"<ul>{rows}</ul>")
        return self

    def definition_list(self, items: Mapping[str, object]) -> Report:
        rows = "".join(f"<dt><b>{escape(k)}</b></dt><dd>{escape(v)}</dd>" for k, v in items.items())
        self._parts.append(f"<dl>{rows}</dl>")
        return self

    def table(
        self,
        rows: Sequence[Mapping[str, object]],
        columns: Sequence[Column],
        *,
        total: Mapping[str, object] | None = None,
        caption: str | None = None,
    ) -> Report:
        """A table of ``rows`` (dicts, e.g. ``DataFrame.to_dict('records')``)."""
        head = "".join(f"<th>{escape(c.label)}</th>" for c in columns)
        body = [self._row(row, columns, language=self.number_language) for row in rows]
        if total is not None:
            body.append(self._row(total, columns, css_class="total", language=self.number_language))
        caption_html = f"<caption>{escape(caption)}</caption>" if caption else ""
        self._parts.append(f"<table>{caption_html}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
        return self

    @staticmethod
    def _row(row: Mapping[str, object], columns: Sequence[Column], css_class: str | None = None, language: str = "en") -> str:
        cells = []
        for column in columns:
            value = row.get(column.key)
            if column.decimals is None:
                cells.append(f"<td>{escape(value)}</td>")
            else:
                cells.append(f'<td class="num">{format_number(value, column.decimals, language=language)}</td>')
        attribute = f' class="{css_class}"' if css_class else ""
        return f"<tr{attribute}>{''.join(cells)}</tr>"

    def figure(self, svg: str, caption: str | None = None) -> Report:
        caption_html = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
        self._parts.append(f"<figure>{svg}{caption_html}</figure>")
        return self

    def raw(self, fragment: str) -> Report:
        """Append an HTML fragment the caller has already escaped."""
        self._parts.append(fragment)
        return self

    def html(self) -> str:
        generated = tr("Generated by Place Insight on {date}.").format(date=_dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
        return (
            f'<!DOCTYPE html>\n<html lang="{escape(self.language)}"><head><meta charset="utf-8">'
            f"<title>{escape(self.title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{escape(self.title)}</h1>{''.join(self._parts)}<footer>{escape(generated)}</footer></body></html>\n"
        )

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html(), encoding="utf-8")
        return path


@dataclass
class Bar:
    """One bar of :func:`svg_bar_chart`."""

    label: str
    value: float | None
    colour: str = "#4a7fb0"
    hatched: bool = False
    marker: str = ""  # text drawn after the value (e.g. "*" for significance)


def svg_bar_chart(
    bars: Sequence[Bar],
    *,
    reference: float | None = None,
    width: int = 720,
    bar_height: int = 18,
    label_width: int = 230,
    value_format: str = "{:,.0f}",
    axis_label: str = "",
) -> str:
    """A horizontal bar chart as inline SVG.

    ``reference`` draws a vertical line (e.g. the index 100 line). Hatched
    bars are drawn with a diagonal pattern (used for low numbers). Bars with
    no value are listed with an en dash.

    Parameters
    ----------
    bars : sequence of Bar
        One bar per row, from the top (a negative value gets a bar of no length).
    reference : float, optional
        Value at which the dashed reference line is drawn.
    width : int
        Width of the chart in pixels; the height follows from the bars.
    bar_height : int
        Height of each bar in pixels.
    label_width : int
        Pixels left of the bars for their labels.
    value_format : str
        ``str.format`` pattern of the values written after the bars (then
        written as the interface's language writes numbers).
    axis_label : str
        Caption under the value axis (none when empty).

    Returns
    -------
    str
        An ``<svg>`` element.
    """
    values = [b.value for b in bars if b.value is not None and not math.isnan(b.value)]
    top = max(values + ([reference] if reference is not None else []) + [1e-9])
    scale_max = _nice_ceiling(top)

    def shown(value: float) -> str:
        return localise_number(value_format.format(value))

    longest = max((len(shown(b.value)) + len(b.marker) for b in bars if b.value is not None), default=4)
    plot = width - label_width - max(50, 7 * longest)
    height = len(bars) * (bar_height + 6) + (60 if axis_label else 40)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" font-family="sans-serif" font-size="12">',
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ddd"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#888" stroke-width="3"/></pattern></defs>',
    ]
    for i, bar in enumerate(bars):
        y = 10 + i * (bar_height + 6)
        parts += _bar_parts(bar, y, shown, label_width=label_width, bar_height=bar_height, plot=plot, scale_max=scale_max)
    axis_y = 10 + len(bars) * (bar_height + 6)
    parts += _axis_parts(axis_y, scale_max, label_width=label_width, plot=plot, reference=reference, axis_label=axis_label)
    parts.append("</svg>")
    return "".join(parts)


def _bar_parts(bar: Bar, y: float, shown, *, label_width: int, bar_height: int, plot: float, scale_max: float) -> list[str]:
    """The label, bar and value of one bar at height ``y`` (an en dash without value); ``scale_max`` spans ``plot`` pixels."""
    parts = [f'<text x="{label_width - 6}" y="{y + bar_height * 0.75:.1f}" text-anchor="end">{escape(bar.label)}</text>']
    if bar.value is None or math.isnan(bar.value):
        parts.append(f'<text x="{label_width + 4}" y="{y + bar_height * 0.75:.1f}">–</text>')
        return parts
    length = max(0.0, bar.value) / scale_max * plot
    fill = "url(#hatch)" if bar.hatched else bar.colour
    parts.append(
        f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{fill}" '
        f'stroke="{bar.colour}"><title>{escape(bar.label)}: {escape(shown(bar.value))}</title></rect>'
    )
    parts.append(
        f'<text x="{label_width + length + 4:.1f}" y="{y + bar_height * 0.75:.1f}">'
        f"{escape(shown(bar.value))}{escape(bar.marker)}</text>"
    )
    return parts


def _axis_parts(
    axis_y: float, scale_max: float, *, label_width: int, plot: float, reference: float | None, axis_label: str
) -> list[str]:
    """The value axis with its ticks, the dashed reference line and the axis label."""
    parts = [f'<line x1="{label_width}" y1="{axis_y}" x2="{label_width + plot}" y2="{axis_y}" stroke="#444"/>']
    for tick in _ticks(scale_max, max(2, min(5, int(plot // 70)))):
        x = label_width + tick / scale_max * plot
        parts.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="#444"/>')
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle">{tick:,.0f}</text>')
    if reference is not None:
        x = label_width + reference / scale_max * plot
        parts.append(
            f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{axis_y}" stroke="#000" stroke-dasharray="4,3" stroke-width="1.5"/>'
        )
    if axis_label:
        parts.append(f'<text x="{label_width + plot / 2:.1f}" y="{axis_y + 32}" text-anchor="middle">{escape(axis_label)}</text>')
    return parts


def svg_line_chart(
    x: Sequence[float],
    y: Sequence[float],
    *,
    width: int = 600,
    height: int = 300,
    x_label: str = "",
    y_label: str = "",
    colour: str = "#2b6c8f",
) -> str:
    """A simple line chart with points as inline SVG (e.g. objective against p).

    Parameters
    ----------
    x, y : sequence of float
        The points, in drawing order, of equal length; the y axis starts at
        0 or at the lowest ``y`` when below 0.
    width, height : int
        Size of the chart in pixels.
    x_label, y_label : str
        Axis captions (none when empty).
    colour : str
        CSS colour of the line and the points.

    Returns
    -------
    str
        An ``<svg>`` element; empty without points.
    """
    if not x:
        return ""
    left, bottom, right, top_margin = 60, 40, 20, 15
    plot_w, plot_h = width - left - right, height - bottom - top_margin
    x_min, x_max = min(x), max(x)
    y_min, y_max = min(0.0, min(y)), _nice_ceiling(max(y) if max(y) > 0 else 1.0)
    span_x = (x_max - x_min) or 1.0
    span_y = (y_max - y_min) or 1.0

    def px(value: float) -> float:
        return left + (value - x_min) / span_x * plot_w

    def py(value: float) -> float:
        return top_margin + plot_h - (value - y_min) / span_y * plot_h

    points = " ".join(f"{px(a):.1f},{py(b):.1f}" for a, b in zip(x, y))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'font-family="sans-serif" font-size="12">',
        f'<line x1="{left}" y1="{top_margin + plot_h}" x2="{left + plot_w}" y2="{top_margin + plot_h}" stroke="#444"/>',
        f'<line x1="{left}" y1="{top_margin}" x2="{left}" y2="{top_margin + plot_h}" stroke="#444"/>',
        f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>',
    ]
    for a, b in zip(x, y):
        parts.append(f'<circle cx="{px(a):.1f}" cy="{py(b):.1f}" r="3" fill="{colour}"><title>{a:g}: {b:,.2f}</title></circle>')
    for tick in _ticks(y_max):
        parts.append(f'<text x="{left - 6}" y="{py(tick) + 4:.1f}" text-anchor="end">{tick:,.0f}</text>')
    for a in x:
        parts.append(f'<text x="{px(a):.1f}" y="{top_margin + plot_h + 16}" text-anchor="middle">{a:g}</text>')
    if x_label:
        parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle">{escape(x_label)}</text>')
    if y_label:
        parts.append(
            f'<text x="14" y="{top_margin + plot_h / 2:.1f}" text-anchor="middle" '
            f'transform="rotate(-90 14 {top_margin + plot_h / 2:.1f})">{escape(y_label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def colour_swatch(colour: str) -> str:
    """A small coloured square for legends in tables.

    Parameters
    ----------
    colour : str
        A CSS colour (``#1b9e77``).
    """
    return f'<span class="swatch" style="background:{escape(colour)}"></span>'


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        candidate = step * 10**exponent
        if candidate >= value:
            return candidate
    return 10 ** (exponent + 1)


def _ticks(maximum: float, count: int = 5) -> list[float]:
    step = maximum / count
    return [step * i for i in range(count + 1)]
