"""Inline SVG charts built in Python: no charting library, no script, nothing to fetch.

Every label goes through ``escape``; charts scale to their container through ``viewBox``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 640
PALETTE = (
    "#2f6db5",
    "#d9822b",
    "#3a9a5b",
    "#b5475b",
    "#7a5cb5",
    "#4aa3a3",
    "#a08a2b",
    "#6b6b6b",
    "#c2569c",
)


def _svg(height: float, body: str, title: str) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
        f'preserveAspectRatio="xMinYMin meet" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{body}</svg>"
    )


def _fmt(v: float) -> str:
    if abs(v) >= 100 or v == int(v):
        return f"{v:,.0f}"
    return f"{v:.2f}"


def hbar(items: list[tuple[str, float, str]], title: str) -> Markup:
    """Horizontal bars: (label, value, note shown after the bar)."""
    if not items:
        return Markup("")
    row, top = 26, 6
    label_width = min(200, 24 + 8 * max(len(_clip(label, 28)) for label, _, _ in items))
    vmax = max(v for _, v, _ in items) or 1
    note_width = 16 + 7 * max(len(note or _fmt(v)) for _, v, note in items)
    span = WIDTH - label_width - note_width
    parts = []
    for i, (label, value, note) in enumerate(items):
        y = top + i * row
        w = max(1.0, span * value / vmax)
        colour = PALETTE[i % len(PALETTE)]
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 17}" text-anchor="end" class="lbl">'
            f"{escape(_clip(label, 28))}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
            f'fill="{colour}"><title>{escape(label)}: {escape(note or _fmt(value))}</title></rect>'
            f'<text x="{label_width + w + 5:.1f}" y="{y + 17}" class="val">'
            f"{escape(note or _fmt(value))}</text>"
        )
    return _svg(top * 2 + row * len(items), "".join(parts), title)


def histogram(bins: list[tuple[str, int]], title: str, x_label: str) -> Markup:
    """Vertical bars over labelled bins, counts on top."""
    if not bins:
        return Markup("")
    height, left, bottom, top = 220, 36, 44, 18
    vmax = max(c for _, c in bins) or 1
    bw = (WIDTH - left - 10) / len(bins)
    ph = height - bottom - top
    parts = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{WIDTH - 10}" '
        f'y2="{height - bottom}" class="axis"/>'
    ]
    for i, (label, count) in enumerate(bins):
        h = ph * count / vmax
        x = left + i * bw
        parts.append(
            f'<rect x="{x + 3:.1f}" y="{height - bottom - h:.1f}" width="{bw - 6:.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{escape(label)}: {count}</title></rect>'
            f'<text x="{x + bw / 2:.1f}" y="{height - bottom - h - 4:.1f}" text-anchor="middle" '
            f'class="val">{count}</text>'
            f'<text x="{x + bw / 2:.1f}" y="{height - bottom + 15}" text-anchor="middle" '
            f'class="tick">{escape(label)}</text>'
        )
    parts.append(
        f'<text x="{WIDTH / 2:.0f}" y="{height - 8}" text-anchor="middle" class="lbl">'
        f"{escape(x_label)}</text>"
    )
    return _svg(height, "".join(parts), title)


@dataclass
class RangeRow:
    label: str
    low: float | None
    high: float | None
    converted: bool  # False: period unstated, plotted as written
    href: str = ""
    tip: str = ""


def range_chart(groups: list[tuple[str, list[RangeRow]]], title: str, unit: str) -> Markup:
    """One line per salary range (a dot for a single figure), rows grouped under headings."""
    rows = [r for _, rs in groups for r in rs if r.low is not None or r.high is not None]
    values = [v for r in rows for v in (r.low, r.high) if v is not None]
    if not values:
        return Markup("")
    left, right, row, head, top = 215, 20, 18, 24, 8
    vmax, step = _nice_axis(max(values))
    span = WIDTH - left - right

    def x(v: float) -> float:
        return left + span * v / vmax

    parts: list[str] = []
    y = top
    for gi, (group, grows) in enumerate(groups):
        colour = PALETTE[gi % len(PALETTE)]
        parts.append(f'<text x="4" y="{y + 16}" class="grp">{escape(_clip(group, 40))}</text>')
        y += head
        for r in grows:
            if r.low is None and r.high is None:
                continue
            cy = y + row / 2
            dash = "" if r.converted else ' stroke-dasharray="4 3"'
            fill = colour if r.converted else "#fff"
            label = f"{escape(_clip(r.label, 24))}"
            if r.href:
                label = f'<a href="{escape(r.href)}">{label}</a>'
            parts.append(
                f"<g><title>{escape(r.tip or r.label)}</title>"
                f'<text x="{left - 6}" y="{cy + 4:.1f}" text-anchor="end" class="lbl">'
                f"{label}</text>"
            )
            if r.low is not None and r.high is not None:
                line, dots = (r.low, r.high, 5, 1.0), {r.low, r.high}
            elif r.high is not None:  # "up to X": a faint line from zero
                line, dots = (0.0, r.high, 2, 0.45), {r.high}
            else:  # "X or more": a faint line to the edge
                line, dots = (r.low, vmax, 2, 0.45), {r.low}
            lo, hi, sw, op = line
            parts.append(
                f'<line x1="{x(lo):.1f}" y1="{cy:.1f}" x2="{x(hi):.1f}" y2="{cy:.1f}" '
                f'stroke="{colour}" stroke-width="{sw}" stroke-opacity="{op}" '
                f'stroke-linecap="round"{dash}/>'
            )
            for v in dots:
                parts.append(
                    f'<circle cx="{x(v):.1f}" cy="{cy:.1f}" r="4.5" fill="{fill}" '
                    f'stroke="{colour}" stroke-width="2"/>'
                )
            parts.append("</g>")
            y += row
    axis_y = y + 6
    parts.append(
        f'<line x1="{left}" y1="{axis_y}" x2="{WIDTH - right}" y2="{axis_y}" class="axis"/>'
    )
    for i in range(round(vmax / step) + 1):
        v = step * i
        parts.append(
            f'<line x1="{x(v):.1f}" y1="{top}" x2="{x(v):.1f}" y2="{axis_y}" class="grid"/>'
            f'<text x="{x(v):.1f}" y="{axis_y + 15}" text-anchor="middle" class="tick">'
            f"{escape(_short(v))}</text>"
        )
    parts.append(
        f'<text x="{left + span / 2:.0f}" y="{axis_y + 34}" text-anchor="middle" class="lbl">'
        f"{escape(unit)}</text>"
    )
    return _svg(axis_y + 42, "".join(parts), title)


def _nice_axis(v: float) -> tuple[float, float]:
    """An axis end and tick step of 1, 2, 2.5 or 5 × 10^k, with at most six ticks."""
    if v <= 0:
        return 1.0, 0.25
    mag = 10 ** math.floor(math.log10(v / 5))
    for m in (1, 2, 2.5, 5, 10, 20):
        step = m * mag
        if v / step <= 5:
            return math.ceil(v / step) * step, step
    return math.ceil(v / (50 * mag)) * 50 * mag, 50 * mag


def _short(v: float) -> str:
    """Axis ticks the Indian way readers expect: 15k, 1.2L (lakh), 1.5Cr."""
    if v >= 1e7:
        return f"{v / 1e7:g}Cr"
    if v >= 1e5:
        return f"{v / 1e5:g}L"
    if v >= 1e3:
        return f"{v / 1e3:g}k"
    return f"{v:g}"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
