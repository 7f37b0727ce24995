"""The report's colours and the geometry of its SVG charts (drawn by Jinja2 macros).

Every text colour is paired with the backgrounds it is drawn on, and each pair has a contrast
ratio of at least 4.5:1 (WCAG 2.x, level AA for normal text); a test checks them. Colour never
carries meaning alone: each status, score and overdue mark is also written out.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import quantiles

PALETTE = {
    "text": "#1a1a1a", "muted": "#4a4a4a", "bg": "#ffffff", "panel": "#f4f6f8",
    "rule": "#c9ced6", "accent": "#1d4f91", "link": "#0b4f9c", "bar": "#2b6cb0",
    "head": "#e3eaf3", "overdue_bg": "#fde8e8", "overdue_text": "#7f1d1d",
    "series_open": "#a15c07", "series_overdue": "#b91c1c", "series_done": "#15803d",
    "series_waived": "#4a4a4a",
}
STATUS_COLOURS = {  # status → (text, background)
    "compliant": ("#14532d", "#d8f0dc"), "partial": ("#5c4300", "#fff1c2"),
    "missing": ("#7f1d1d", "#fbd5d5"), "internal_only": ("#7a3500", "#fde2c8"),
    "not_yet_made": ("#1e293b", "#e2e8f0"), "not_occurred": ("#1e293b", "#eef2f6"),
    "exempt": ("#1e293b", "#eef2f6"), "not_applicable": ("#3a3a3a", "#f1f1f1"),
    "open": ("#5c4300", "#fff1c2"), "in_progress": ("#1e3a5f", "#dbeafe"),
    "overdue": ("#7f1d1d", "#fbd5d5"), "done": ("#14532d", "#d8f0dc"),
    "waived": ("#3a3a3a", "#f1f1f1"),
}
HEAT = ("#f8c9c9", "#fbdcc0", "#fcefb8", "#dcefc4", "#bfe3c8")
"""Heat map backgrounds from score 0–20 to 80–100, all light: the score is written in dark
text on every one of them."""
NO_SCORE = "#f1f1f1"


def text_pairs() -> list[tuple[str, str, str]]:
    """(name, text colour, background) for every text drawn on a colour in the report."""
    pairs = [("text", PALETTE["text"], PALETTE["bg"]), ("muted", PALETTE["muted"], PALETTE["bg"]),
             ("panel", PALETTE["text"], PALETTE["panel"]), ("head", PALETTE["text"],
                                                            PALETTE["head"]),
             ("link", PALETTE["link"], PALETTE["bg"]), ("accent", PALETTE["accent"],
                                                         PALETTE["bg"]),
             ("overdue", PALETTE["overdue_text"], PALETTE["overdue_bg"]),
             ("heat-none", PALETTE["text"], NO_SCORE)]
    pairs += [(f"status-{s}", fg, bg) for s, (fg, bg) in STATUS_COLOURS.items()]
    pairs += [(f"heat-{i}", PALETTE["text"], bg) for i, bg in enumerate(HEAT)]
    pairs += [(f"line-{s}", PALETTE[f"series_{s}"], PALETTE["bg"])
              for s in ("open", "overdue", "done", "waived")]  # legend text is in the colour
    return pairs


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def heat(score: float | None) -> str:
    """The heat map background for a 0–100 score."""
    if score is None:
        return NO_SCORE
    return HEAT[min(len(HEAT) - 1, int(score // 20))]


@dataclass(frozen=True)
class Bar:
    """One horizontal bar: its label, value (0–100 or None) and drawn width."""

    label: str
    value: float | None
    width: float
    y: float


def bars(values: list[tuple[str, float | None]], width: float = 420,
         step: float = 34) -> list[Bar]:
    """Horizontal bars for 0–100 values, ``width`` pixels for 100."""
    return [Bar(label, value, 0 if value is None else width * max(0.0, min(100.0, value)) / 100,
                i * step) for i, (label, value) in enumerate(values)]


@dataclass(frozen=True)
class Line:
    """One series of the trend chart: its name, colour and the polyline's points."""

    name: str
    colour: str
    points: str
    dots: tuple[tuple[float, float, int], ...]


def lines(points: list[dict[str, object]], series: tuple[str, ...], width: float = 560,
          height: float = 180) -> tuple[list[Line], int]:
    """Polylines for each series over the points (x by order, y by count); and the y maximum."""
    top = max([1] + [int(p[s]) for p in points for s in series])  # type: ignore[call-overload]
    step = width / max(1, len(points) - 1)
    out = []
    for name in series:
        dots = tuple((round(i * step, 1), round(height - height * int(p[name]) / top, 1),
                      int(p[name])) for i, p in enumerate(points))  # type: ignore[call-overload]
        out.append(Line(name, PALETTE[f"series_{name}"],
                        " ".join(f"{x},{y}" for x, y, _ in dots), dots))
    return out, top


def quartiles(values: list[float]) -> tuple[float, float, float] | None:
    """P25, P50, P75 (inclusive method: the quartiles of the schools listed); None if empty."""
    if not values:
        return None
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = quantiles(values, n=4, method="inclusive")
    return round(q1, 1), round(q2, 1), round(q3, 1)
