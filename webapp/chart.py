"""The bar chart of an answer: one figure over every project the answer lists, drawn as an SVG from that answer alone.

A chart that disagrees with its answer is worse than none, so title, bars and
value labels all come from the one contract object being shown, and the chart
is drawn as a whole each time (nothing of the previous answer's chart can
survive). An answer gets a chart only when one figure gives a value to each of
its three or more projects, and it states no figure of a project it does not list; otherwise it gets none.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.metrics import format_value

MIN_BARS = 3
"""One or two values read better as text than as a chart."""
NAME_CHARS = 10
"""Project names on the chart are cut to this many characters; the full name is the bar's tooltip."""
PITCH_MAX, PITCH_MIN = 30.0, 14.0
"""Vertical room per bar: roomy for a few bars, tighter for many, never below what a 10-point label needs."""
BARS_HEIGHT = 270.0
"""The height the bars share before they reach PITCH_MIN: with it, a chart of all 18 projects of a report leaves
room on a 1280×720 screen for the first sources under it."""
LABEL_WIDTH, PLOT_WIDTH, VALUE_WIDTH = 180, 170, 100
"""The drawing is scaled to its column's width: narrow enough that on a 390 px phone its 13-unit labels stay
legible (about 10 px), wide enough for a short name and a value such as 12,216.04 万元."""
TITLE_HEIGHT = 34

ProjectKey = tuple[str, int]
"""(document, seq): a project, even when its name is missing or two reports share a name."""


@dataclass(frozen=True)
class Bar:
    """One project's bar: its short label (the seq and the cut name), full name, value and the value as written."""

    label: str
    name: str
    value: float
    text: str


@dataclass(frozen=True)
class Chart:
    """A figure over several projects, sorted as the answer lists them when it ranks them, else largest first."""

    title: str
    bars: list[Bar]


def answer_chart(answer: Mapping) -> Chart | None:
    """The chart of ``answer``, or None: not found, no figure per project, fewer than MIN_BARS projects, no figure
    that covers every project the answer lists (a chart of three projects out of seven misleads), or figures of
    projects the answer names without listing them (the project that lost most on the funds line, said beside
    the 4 that lost indicator points under a headline about 18): its list is then not all it is about, and a chart
    of the list would contradict its headline."""
    if not answer.get("found"):
        return None
    names = {(p["document"], p["seq"]): p["name"] for p in answer.get("projects", [])}
    if _named_beyond_the_list(answer, names):
        return None
    for label in dict.fromkeys(f["label"] for f in answer.get("figures", [])):
        figures = [f for f in answer["figures"] if f["label"] == label and f.get("project_seq") is not None]
        keys = [_figure_project(f, names) for f in figures]
        if len(keys) >= MIN_BARS and len(set(keys)) == len(keys) and set(names) <= set(keys):
            return _chart(label, figures, keys, names)
    return None


def _named_beyond_the_list(answer: Mapping, names: Mapping[ProjectKey, str]) -> bool:
    """Whether the answer states a figure of a project it does not list."""
    return any(_figure_project(f, names) not in names for f in answer.get("figures", [])
               if f.get("project_seq") is not None)


def _figure_project(figure: Mapping, names: Mapping[ProjectKey, str]) -> ProjectKey:
    """The (document, seq) a figure belongs to; the answer's only document when the figure names none."""
    documents = {doc for doc, _ in names}
    document = figure.get("document") or (next(iter(documents)) if len(documents) == 1 else "")
    return document, figure["project_seq"]


def _chart(label: str, figures: list[Mapping], keys: list[ProjectKey], names: Mapping[ProjectKey, str]) -> Chart:
    """Bars in the answer's order when that order is a ranking (monotonic), else largest first; the title says
    the figure, its unit and how many projects."""
    unit = figures[0]["unit"]
    bars = [
        Bar(_short(seq, names.get((doc, seq), f"第{seq}个项目")), names.get((doc, seq), f"第{seq}个项目"),
            float(f["value"]), format_value(f["value"], unit))
        for f, (doc, seq) in zip(figures, keys, strict=True)
    ]
    values = [bar.value for bar in bars]
    if values not in (sorted(values), sorted(values, reverse=True)):
        bars.sort(key=lambda bar: -bar.value)
    title = f"{label}（{unit}）· {len(bars)} 个项目" if unit else f"{label} · {len(bars)} 个项目"
    return Chart(title, bars)


def _short(seq: int, name: str) -> str:
    """A short label that stays unique: the seq, then the name cut to NAME_CHARS characters."""
    return f"{seq}. {name if len(name) <= NAME_CHARS else name[:NAME_CHARS] + '…'}"


def chart_svg(chart: Chart) -> str:
    """The chart as an SVG of horizontal bars (long Chinese names read across, not tilted), each bar labelled with
    its value as the answer writes it; every text escaped, since names come from the reports."""
    width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH
    pitch = max(PITCH_MIN, min(PITCH_MAX, BARS_HEIGHT / len(chart.bars)))
    bar_height, font = round(pitch * 0.72, 1), round(min(13.0, pitch * 0.75), 1)
    height = TITLE_HEIGHT + len(chart.bars) * pitch
    low = min(0.0, *(bar.value for bar in chart.bars))
    high = max(0.0, *(bar.value for bar in chart.bars))
    scale = PLOT_WIDTH / ((high - low) or 1.0)
    zero = LABEL_WIDTH + (0.0 - low) * scale
    parts = [
        f'<svg class="answer-chart" role="img" viewBox="0 0 {width} {height:.0f}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{_escape(chart.title)}">',
        f'<text class="chart-title" x="0" y="20" font-size="15" font-weight="600">{_escape(chart.title)}</text>',
    ]
    for i, bar in enumerate(chart.bars):
        y = TITLE_HEIGHT + i * pitch
        left, right = sorted((zero, zero + bar.value * scale))
        middle = y + bar_height / 2 + font * 0.35
        parts += [
            f'<g class="bar"><title>{_escape(bar.name)}：{_escape(bar.text)}</title>',
            f'<text class="bar-label" x="{LABEL_WIDTH - 8}" y="{middle:.1f}" text-anchor="end" font-size="{font}">'
            f"{_escape(bar.label)}</text>",
            f'<rect x="{left:.1f}" y="{y:.1f}" width="{max(right - left, 1.0):.1f}" height="{bar_height}" rx="2" '
            'fill="#4f7cc9"></rect>',
            f'<text class="bar-value" x="{right + 6:.1f}" y="{middle:.1f}" font-size="{font}">'
            f"{_escape(bar.text)}</text>",
            "</g>",
        ]
    parts.append("</svg>")
    return "".join(parts)


def _escape(text: str) -> str:
    """Text made safe inside SVG markup and attributes."""
    return html.escape(text, quote=True)
