"""Writing results to files or to the terminal."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from disclosure_audit.inputs.files import write_atomic


def stdout_is_terminal() -> bool:
    """True when stdout is an interactive terminal and colours are not switched off."""
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def terminal_width() -> int:
    """The terminal's width, or a wide default for pipes and CI logs."""
    if sys.stdout.isatty():
        return max(80, shutil.get_terminal_size((160, 40)).columns)
    return 160


def emit(text: str, output: Path | None, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``output`` (atomically) or to stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text, encoding)
