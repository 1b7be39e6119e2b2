"""Charts as inline SVG: no script, no CDN, so the report opens offline and anywhere.

Each point is a link to the publication it came from, with its quote as the tooltip; a
point cited by an open anomaly is drawn in red and ringed. Pure functions: data in, SVG out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

WIDTH, HEIGHT = 760, 300
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 20, 40
COLOURS = ["#1f5f8b", "#c77c02", "#4b8b3b", "#7b4f9e", "#8b1f3f"]
ANOMALY = "#d62728"


@dataclass
class Point:
    x: date
    y: float
    label: str            # tooltip: value, who, when, quote
    url: str | None = None
    anomaly: bool = False
    on_line: bool = True  # False: a stated point shown around the line, not joined by it


def _ticks(top: float, n: int = 5) -> list[float]:
    if top <= 0:
        return [0.0]
    raw = top / n
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(int(top // step) + 2)]


def _num(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 10 or float(v).is_integer() else f"{v:,.1f}"


def _frame(ticks: list[float], y_of, x_labels: list[tuple[float, str]], title: str) -> list[str]:
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
           f'width="100%" xmlns="http://www.w3.org/2000/svg">', f"<title>{escape(title)}</title>"]
    for t in ticks:
        y = y_of(t)
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{_num(t)}</text>')
    for x, text in x_labels:
        out.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 18}" class="tick" text-anchor="middle">{escape(text)}</text>')
    return out


def _dot(x: float, y: float, p: Point, colour: str, small: bool = False) -> str:
    fill = ANOMALY if p.anomaly else colour
    ring = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="9" class="anomaly-ring"/>' if p.anomaly else ""
    dot = (f'{ring}<circle cx="{x:.1f}" cy="{y:.1f}" r="{2.5 if small else 4.5}" fill="{fill}" '
           f'class="point{" anomaly" if p.anomaly else ""}">'
           f"<title>{escape(p.label)}</title></circle>")
    return f'<a href="{escape(p.url)}" target="_blank" rel="noopener">{dot}</a>' if p.url else dot


def line_chart(series: dict[str, list[Point]], title: str) -> str:
    """One line per named series over time; an empty chart says there is no data."""
    points = [p for ps in series.values() for p in ps]
    if not points:
        return f'<p class="empty">No figures yet for: {escape(title)}.</p>'
    first, last = min(p.x for p in points), max(p.x for p in points)
    span = max((last - first).days, 1)
    ticks = _ticks(max(p.y for p in points) * 1.05)
    top = ticks[-1] or 1

    def x_of(d: date) -> float:
        return LEFT + (d - first).days / span * (WIDTH - LEFT - RIGHT)

    def y_of(v: float) -> float:
        return HEIGHT - BOTTOM - v / top * (HEIGHT - TOP - BOTTOM)

    years = range(first.year + (first.month > 1), last.year + 1)
    out = _frame(ticks, y_of, [(x_of(date(y, 1, 1)), str(y)) for y in years], title)
    for i, (name, ps) in enumerate(series.items()):
        colour = COLOURS[i % len(COLOURS)]
        ps = sorted(ps, key=lambda p: p.x)
        line = [p for p in ps if p.on_line]
        path = " ".join(f"{'M' if j == 0 else 'L'}{x_of(p.x):.1f},{y_of(p.y):.1f}" for j, p in enumerate(line))
        if path:
            out.append(f'<path d="{path}" stroke="{colour}" class="line"/>')
        # A line point with no publication of its own (a consensus) is the line, not a dot.
        out.extend(_dot(x_of(p.x), y_of(p.y), p, colour, small=not p.on_line) for p in ps if p.url or not p.on_line)
        out.append(f'<text x="{LEFT + 10}" y="{TOP + 14 + 16 * i}" fill="{colour}" class="legend">{escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def bar_chart(bars: list[tuple[str, Point]], title: str) -> str:
    """Vertical bars, one per labelled point, in the order given."""
    if not bars:
        return f'<p class="empty">No figures yet for: {escape(title)}.</p>'
    ticks = _ticks(max(p.y for _, p in bars) * 1.05)
    top = ticks[-1] or 1

    def y_of(v: float) -> float:
        return HEIGHT - BOTTOM - v / top * (HEIGHT - TOP - BOTTOM)

    slot = (WIDTH - LEFT - RIGHT) / len(bars)
    every = max(1, len(bars) // 12)  # at most a dozen labels under the axis
    labels = [(LEFT + slot * (i + 0.5), name) for i, (name, _) in enumerate(bars) if i % every == 0]
    out = _frame(ticks, y_of, labels, title)
    for i, (_, p) in enumerate(bars):
        x, y = LEFT + slot * i + slot * 0.15, y_of(p.y)
        fill = ANOMALY if p.anomaly else COLOURS[0]
        bar = (f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{HEIGHT - BOTTOM - y:.1f}" '
               f'fill="{fill}" class="bar{" anomaly" if p.anomaly else ""}"><title>{escape(p.label)}</title></rect>')
        out.append(f'<a href="{escape(p.url)}" target="_blank" rel="noopener">{bar}</a>' if p.url else bar)
    out.append("</svg>")
    return "\n".join(out)
