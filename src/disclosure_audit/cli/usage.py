"""Usage errors (an unknown option, a missing argument, a value that is not a number) in the
user's language, located and with a hint like every other problem the tool reports.

The command-line library words them in English only; its messages are matched here by their
fixed English patterns (an unknown pattern keeps the library's text, framed in ours).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import IO, Any

from typer.core import TyperCommand

from disclosure_audit.diagnostics import Problem
from disclosure_audit.display import safe_output
from disclosure_audit.i18n import t

# The library's exceptions module (``typer._click`` in typer 0.29, ``click`` before it).
UsageError: Any = importlib.import_module(
    TyperCommand.__mro__[1].__module__.rsplit(".", 1)[0] + ".exceptions").UsageError

@cache
def messages() -> list[tuple[re.Pattern[str], str]]:
    """(the whole message, the problem code); the group ``at`` names the option or argument.
    Compiled on the first usage error, not on every start."""
    return [
        (re.compile(r"No such option: (?P<at>\S+)(?: \(Possible options: (?P<near>.+)\))?"
                    r"(?: Did you mean (?P<near2>\S+)\?)?"), "unknown-option"),
        (re.compile(r"No such command '(?P<at>.*)'\.(?: Did you mean '(?P<near>.+)'\?)?"),
         "unknown-command"),
        (re.compile(r"Option '(?P<at>.+)' requires (?:an argument|\d+ arguments)\."),
         "option-needs-value"),
        (re.compile(r"Missing argument '?(?P<at>[^'.]+)'?\..*"), "missing-argument"),
        (re.compile(r"Missing option '?(?P<at>[^'.]+?)'?(?: / '.+')?\..*"), "missing-option"),
        (re.compile(r"Got unexpected extra arguments?(?:\(s\))? \((?P<at>.+)\)"),
         "extra-arguments"),
        # an option with a short name too is "'--format' / '-f'": located at the long one
        (re.compile(r"Invalid value for '?(?P<at>[^':]+)'?(?: / '[^']+')?"
                    r"(?: \(env var: '[^']+'\))?: (?P<detail>.+)", re.DOTALL), "bad-value"),
    ]


@cache
def details() -> list[tuple[re.Pattern[str], str]]:
    """What a bad value's detail says, as a problem code (see :func:`messages`)."""
    return [
        (re.compile(r"(?:Value error, )?'(?P<value>.*)' is not one of (?P<choices>.+?)\.?"),
         "choice"),
        (re.compile(r"(?:Input should be a valid integer|'(?P<value>.*)' is not a valid "
                    r"integer).*"), "integer"),
        (re.compile(r"(?:Input should be a valid number|'(?P<value>.*)' is not a valid "
                    r"float).*"), "number"),
        (re.compile(r"Input should be greater than or equal to (?P<limit>\S+)"), "at-least"),
        (re.compile(r"Input should be greater than (?P<limit>\S+)"), "above"),
        (re.compile(r"Input should be less than or equal to (?P<limit>\S+)"), "at-most"),
        (re.compile(r"(?P<value>\S+) is not in the range (?P<limit>.+?)\.?"), "range"),
        (re.compile(r"(?:File|file|Directory|directory|Path|path) '(?P<value>.+)' does not "
                    r"exist\.?"), "missing-path"),
        (re.compile(r"(?:File|file) '(?P<value>.+)' is a directory\.?"), "is-folder"),
    ]


def problem_of(message: str, command: str) -> Problem:
    """The library's English ``message`` as one of our problems, located at the option."""
    for pattern, code in messages():
        match = pattern.fullmatch(message.strip())
        if match is None:
            continue
        found = {k: v for k, v in match.groupdict().items() if v}
        near = found.get("near") or found.get("near2")
        params = {"at": found.get("at", ""), "detail": found.get("detail", ""),
                  "near": t("cli.did_you_mean", options=near) if near else "",
                  "command": command}
        if code == "bad-value":
            code, params = _detail(params)
        return Problem(params["at"] or command, None, None, f"cli-{code}", params,
                       hint_key="hint.cli-usage")
    return Problem(command, None, None, "cli-other", {"detail": message, "command": command},
                   hint_key="hint.cli-usage")


def _detail(params: dict[str, str]) -> tuple[str, dict[str, str]]:
    for pattern, code in details():
        match = pattern.fullmatch(params["detail"].strip())
        if match:
            found = {k: v or "" for k, v in match.groupdict().items()}
            if "choices" in found:  # 'open', 'done' → open, done
                found["choices"] = found["choices"].replace("'", "")
            return code, {**params, **found}
    return "bad-value", params


class LocalizedUsageError(UsageError):  # type: ignore[misc]
    """A usage error shown as the tool shows problems: usage line, located message, hint."""

    def __init__(self, original: Any) -> None:
        super().__init__(original.format_message(), original.ctx)
        self.original = original

    def show(self, file: IO[Any] | None = None) -> None:
        """``用法：…`` then ``--status: 错误 [cli-choice] …`` and how to get help."""
        stream = file or sys.stderr
        command = self.ctx.command_path if self.ctx is not None else "disclosure-audit"
        problem = problem_of(self.format_message(), command)
        usage = self.ctx.get_usage() + "\n" if self.ctx is not None else ""
        stream.write(safe_output(usage + problem.render_with_hint()) + "\n")


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise the library's usage errors as :class:`LocalizedUsageError` (its own help
    pages for a command given no arguments pass untouched)."""
    try:
        yield
    except LocalizedUsageError:
        raise
    except UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise
        raise LocalizedUsageError(exc) from None
