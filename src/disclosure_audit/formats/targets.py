"""Which formats go where: ``--format FMT`` (the screen) and ``--format FMT:FILE`` (files)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from disclosure_audit.diagnostics import Problem
from disclosure_audit.display import safe_output
from disclosure_audit.errors import InputError
from disclosure_audit.formats import FORMATS, RenderOptions, get_format
from disclosure_audit.formats.output import emit, is_stdout, stdout_is_terminal, terminal_width
from disclosure_audit.model import AuditResult


@dataclass(frozen=True)
class Target:
    """One report: a format and its file (None: standard output)."""

    format: str
    path: Path | None


def parse_targets(specs: list[str], output: Path | None) -> list[Target]:
    """``["table", "junit:r.xml"]`` → targets. ``--output`` is the file of the one format given
    without a file. At most one format may go to the screen; the default is ``table``."""
    targets: list[Target] = []
    for spec in specs or ["table"]:
        name, colon, file = spec.partition(":")
        if name not in FORMATS or (colon and not file):
            raise InputError(Problem("--format", None, None, "bad-format-spec",
                                     {"value": spec, "known": ", ".join(FORMATS)}))
        targets.append(Target(name, Path(file) if file and file != "-" else None))
    screen = [t for t in targets if t.path is None]
    if len(screen) > 1:
        raise InputError(Problem("--format", None, None, "two-stdout-formats",
                                 {"formats": ", ".join(t.format for t in screen)}))
    if output is not None and not is_stdout(output):
        targets = [Target(t.format, output) if t.path is None else t for t in targets]
    return targets


def write_reports(result: AuditResult, targets: list[Target], lang: str,
                  explain_classification: bool = False, tracked: object = None) -> bool:
    """Render and write every target; True when something went to standard output.
    ``tracked`` is the repo's tracked ledger, for the formats that show it (HTML)."""
    to_screen = False
    for target in targets:
        renderer = get_format(target.format)
        screen_table = target.path is None and target.format == "table"
        options = RenderOptions(lang=lang, color=screen_table and stdout_is_terminal(),
                                width=terminal_width() if screen_table else 160,
                                explain_classification=explain_classification,
                                tracked=tracked)
        emit(renderer.render(result, options), target.path, renderer.encoding)
        to_screen = to_screen or target.path is None
    return to_screen


HUMAN_FORMATS = frozenset({"table", "markdown"})


def machine_output_on_stdout(targets: list[Target]) -> bool:
    """True when standard output carries a format programs parse (JSON, CSV, JUnit, SARIF):
    then warnings and annotations go to standard error so they cannot corrupt it."""
    return any(t.path is None and t.format not in HUMAN_FORMATS for t in targets)


def stderr(text: str, *, commands: bool = False) -> None:
    """Diagnostics go to standard error, never mixed into a report (annotations, which are
    workflow commands on purpose, with ``commands=True``)."""
    sys.stderr.write(text if commands else safe_output(text))
