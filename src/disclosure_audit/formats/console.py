"""Rendering with rich into text: the one way every human-readable view builds its console."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from io import StringIO
from typing import Any

from rich.console import Console
from rich.padding import Padding
from rich.segment import Segment
from rich.text import Text

from disclosure_audit.display import printable


class SafeConsole(Console):
    """A console that never passes a control character from the content to the terminal.

    Views put what people wrote through :func:`shown` (so widths are right); this is the net
    under it: any control character still in a segment's text is made visible, while the
    styles rich adds (colours) are untouched, since they are not in the text.
    """

    def render(self, renderable: Any, options: Any = None) -> Iterable[Segment]:
        """Rich's rendering, with each text segment made printable (a renderable that says its
        segments already are, ``segments_are_safe``, is not gone over again)."""
        if getattr(renderable, "segments_are_safe", False) is True:
            return super().render(renderable, options)
        return safe_segments(super().render(renderable, options))


def safe_segments(segments: Iterable[Segment]) -> Iterator[Segment]:
    """Each text segment made printable (control segments, rich's own, are kept)."""
    for segment in segments:
        if segment.control or not segment.text:
            yield segment
        else:
            yield Segment(printable(segment.text, keep_newlines=True), segment.style)


def capture(width: int, color: bool) -> tuple[Console, StringIO]:
    """A console that writes into a buffer (ANSI colours only when ``color``)."""
    buffer = StringIO()
    console = SafeConsole(file=buffer, width=width, force_terminal=color,
                          color_system="standard" if color else None, highlight=False,
                          emoji=False, soft_wrap=False)
    return console, buffer


def shown(value: object, style: str = "") -> Text:
    """What people wrote, as rich text that shows control characters instead of obeying them
    (and is never read as rich markup)."""
    return Text(printable("" if value is None else value), style=style)


def hanging(text: str, indent: int = 2, style: str = "") -> Padding:
    """A line of what people wrote, indented, that wraps under itself instead of being cut."""
    return Padding(shown(text, style), (0, 0, 0, indent))
