"""Exit codes, the exceptions that mean "cannot run", and the one place that reports them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import IntEnum

from disclosure_audit.diagnostics import Problem


class ExitCode(IntEnum):
    """Process exit codes, the same for every command."""

    OK = 0
    FAILED = 1  # the audit ran and compliance failed (or validate found problems)
    USAGE = 2  # bad flags, unreadable or invalid input
    INTERNAL = 3  # a bug
    INTERRUPTED = 130
    BROKEN_PIPE = 141  # standard output closed early (``| head``): 128 + SIGPIPE, as Unix tools


class DisclosureAuditError(Exception):
    """A run cannot go on. Carries located problems, each with a message and a hint."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(p.render("en") for p in self.problems))


class InputError(DisclosureAuditError):
    """The input (checklist, declarations, ledger, paths) is unusable: exit 2."""


@contextmanager
def handle_errors(debug: bool = False) -> Iterator[None]:
    """Turn our exceptions into a clean message and exit code 2; anything else is a bug (3).

    ``SystemExit`` (which is what ``typer.Exit`` becomes once raised through ``main``) and
    Typer's own exceptions pass through untouched, so ``raise typer.Exit(1)`` stays 1.
    """
    from disclosure_audit.i18n import t

    try:
        yield
    except DisclosureAuditError as exc:
        from disclosure_audit.display import safe_output

        for problem in exc.problems:
            sys.stderr.write(safe_output(problem.render_with_hint()) + "\n")
        raise SystemExit(ExitCode.USAGE) from None
    except BrokenPipeError:  # the reader went away (``| head -1``): stop quietly, like cat
        silence_stdout()
        raise SystemExit(ExitCode.BROKEN_PIPE) from None
    except KeyboardInterrupt:
        sys.stderr.write(t("error.interrupted") + "\n")
        raise SystemExit(ExitCode.INTERRUPTED) from None
    except (SystemExit, GeneratorExit):
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if _is_typer_exception(exc):
            raise
        if debug:
            import traceback

            traceback.print_exc()
        sys.stderr.write(t("error.internal", type=type(exc).__name__, message=str(exc)) + "\n")
        raise SystemExit(ExitCode.INTERNAL) from None


def silence_stdout() -> None:
    """Point standard output at the null device, so that flushing what is still buffered at
    exit (to a closed pipe or a full disk) cannot fail a second time."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, embedding)
        return
    with suppress(OSError):
        sys.stdout.flush()


def _is_typer_exception(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith(("typer", "click"))
