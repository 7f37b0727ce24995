"""Rendering with rich into text: the one way every human-readable view builds its console."""

from __future__ import annotations

from io import StringIO

from rich.console import Console


def capture(width: int, color: bool) -> tuple[Console, StringIO]:
    """A console that writes into a buffer (ANSI colours only when ``color``)."""
    buffer = StringIO()
    console = Console(file=buffer, width=width, force_terminal=color,
                      color_system="standard" if color else None, highlight=False,
                      emoji=False, soft_wrap=False)
    return console, buffer
