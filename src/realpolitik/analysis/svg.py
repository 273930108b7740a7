"""Small hand-written SVG pictures (no plotting library): a dyad timeline and a network drawing."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape

TONE_COLOURS = {"cooperation": "#2a9d8f", "conflict": "#e63946", "other": "#8d99ae"}


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">'
            f"<title>{escape(title)}</title>" + "".join(body) + "</svg>")


def dyad_timeline_svg(points: Sequence[tuple[str, date, int, int]], width: int = 720) -> str:
    """One row per pair; a green dot above the line per period with cooperation, a red one below for conflict.

    ``points`` are (pair label, period start, cooperation count, conflict count).
    """
    pairs = list(dict.fromkeys(p[0] for p in points))
    dates = [p[1] for p in points if p[1] is not None]
    row, left, right = 44, 110, 20
    height = max(60, row * len(pairs) + 30)
    body = [f'<rect width="{width}" height="{height}" fill="white"/>']
    if not pairs or not dates:
        body.append('<text x="10" y="30">no dated events between actor pairs</text>')
        return _svg(width, height, body, "dyad timeline")
    first, last = min(dates), max(dates)
    span = max((last - first).days, 1)
    for i, pair in enumerate(pairs):
        y = 30 + i * row
        body.append(f'<text x="5" y="{y + 4}">{escape(pair)}</text>'
                    f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" stroke="#ccc"/>')
        for label, day, cooperation, conflict in points:
            if label != pair or day is None:
                continue
            x = left + (width - left - right) * (day - first).days / span
            for count, dy, tone in ((cooperation, -8, "cooperation"), (conflict, 8, "conflict")):
                if count:
                    radius = 2 + min(8, math.sqrt(count) * 2)
                    body.append(f'<circle cx="{x:.1f}" cy="{y + dy}" r="{radius:.1f}" '
                                f'fill="{TONE_COLOURS[tone]}" opacity="0.8"><title>{escape(pair)} {day}: '
                                f'{count} {tone}</title></circle>')
    body.append(f'<text x="{left}" y="{height - 4}">{first}</text>'
                f'<text x="{width - right}" y="{height - 4}" text-anchor="end">{last}</text>')
    return _svg(width, height, body, "dyad timeline")


def network_svg(nodes: Sequence[tuple[str, float]], edges: Sequence[tuple[str, str, str, int]],
                size: int = 520) -> str:
    """Nodes on a circle (sized by centrality), arrows coloured by tone; edges are (a, b, tone, weight)."""
    centre, radius = size / 2, size / 2 - 60
    places = {code: (centre + radius * math.cos(2 * math.pi * i / max(len(nodes), 1)),
                     centre + radius * math.sin(2 * math.pi * i / max(len(nodes), 1)))
              for i, (code, _) in enumerate(nodes)}
    body = [f'<rect width="{size}" height="{size}" fill="white"/>',
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" '
            'markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>']
    for a, b, tone, weight in edges:
        if a in places and b in places:
            (x1, y1), (x2, y2) = places[a], places[b]
            body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                        f'stroke="{TONE_COLOURS.get(tone, "#8d99ae")}" stroke-width="{min(6, 1 + weight)}" '
                        f'opacity="0.6" marker-end="url(#arrow)"/>')
    for code, centrality in nodes:
        x, y = places[code]
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{8 + 40 * centrality:.1f}" fill="#f1faee" '
                    f'stroke="#1d3557"/><text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle">'
                    f'{escape(code)}</text>')
    return _svg(size, size, body, "actor network")
