"""Writing results to files or to standard output, safely."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from disclosure_audit.diagnostics import Problem
from disclosure_audit.display import safe_output
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import write_atomic

STDOUT = Path("-")
"""``-o -`` (and ``--format FMT:-``): the conventional name for standard output."""
MIN_WIDTH = 40
PIPE_WIDTH = 160


def stdout_is_terminal() -> bool:
    """True when stdout is an interactive terminal and colours are not switched off."""
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def terminal_width() -> int:
    """The width to lay text out for: the terminal's, ``COLUMNS`` when set (also in pipes and
    CI logs), else a wide default for pipes."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    if sys.stdout.isatty():
        return max(MIN_WIDTH, shutil.get_terminal_size((PIPE_WIDTH, 40)).columns)
    return PIPE_WIDTH


def write_view(as_json: bool, json_text: Callable[[], str],
               table: Callable[[int, bool], str]) -> None:
    """Write a command's result to standard output: ``json_text()`` when ``as_json``, else
    ``table(width, colour)`` laid out for this terminal (or pipe)."""
    if as_json:
        write_stdout(json_text())
    else:
        write_table(table)


def write_table(table: Callable[[int, bool], str]) -> None:
    """Write ``table(width, colour)`` to standard output, laid out for this terminal (or pipe)."""
    write_stdout(table(terminal_width(), stdout_is_terminal()))


def is_stdout(output: Path | None) -> bool:
    """True when ``output`` means standard output (none given, or ``-``)."""
    return output is None or output == STDOUT


def emit(data: str | bytes, output: Path | None, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``output`` (atomically) or to standard output (None or ``-``); text
    passes :func:`safe_output` on the way (no raw C1 controls, no workflow-command lines)."""
    if is_stdout(output):
        write_stdout(data, encoding)
    else:
        assert output is not None
        write_atomic(output, safe_output(data) if isinstance(data, str) else data, encoding)


def write_stdout(data: str | bytes, encoding: str = "utf-8", *, commands: bool = False) -> None:
    """Write to standard output as bytes in ``encoding`` (so ``utf-8-sig`` gives CSV its BOM
    there too, whatever the locale). Text passes :func:`safe_output` unless it *is* workflow
    commands (``commands=True``: the annotations). A full disk is a clean error naming
    standard output; a closed pipe (``| head``) propagates as :class:`BrokenPipeError` for a
    quiet exit."""
    if isinstance(data, str) and not commands:
        data = safe_output(data)
    payload = data.encode(encoding) if isinstance(data, str) else data
    try:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (rare: some embedding hosts)
            sys.stdout.write(payload.decode(encoding))
            sys.stdout.flush()
        else:
            buffer.write(payload)
            buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # e.g. > /dev/full
        raise stdout_failed(exc) from None


def stdout_failed(exc: OSError) -> OSError | InputError:
    """What to raise when writing standard output failed with ``exc``: the closed pipe itself
    (a quiet exit, see :func:`~disclosure_audit.errors.handle_errors`), else a clean error
    naming standard output (a full disk)."""
    from disclosure_audit.errors import silence_stdout
    from disclosure_audit.i18n import t

    silence_stdout()  # what is still buffered must not fail again at exit
    if isinstance(exc, BrokenPipeError):
        return exc
    return InputError(Problem(t("out.stdout"), None, None, "unwritable-stdout",
                              {"reason": exc.strerror or str(exc)}))
