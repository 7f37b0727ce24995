"""``disclosure-audit ledger remind``: argument parsing and wiring only."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.common import (
    AsOfOption,
    LangOption,
    debug,
    parse_as_of,
    use_lang,
)
from disclosure_audit.cli.ledger import RepoArg, ledger_app
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


class RemindFormat(StrEnum):
    """Output of ``ledger remind``."""

    text = "text"
    json = "json"


@ledger_app.command("remind", help=t("help.ledger_remind"))
def remind(
    repo: RepoArg = Path("."),
    due_within: Annotated[int, typer.Option("--due-within", metavar="DAYS", min=0,
                                            help=t("help.remind_due_within"))] = 7,
    department: Annotated[str | None, typer.Option("--department", metavar="DEPT",
                                                   help=t("help.remind_department"))] = None,
    send: Annotated[bool, typer.Option("--send/--dry-run", help=t("help.remind_send"))] = False,
    fmt: Annotated[RemindFormat, typer.Option("--format", "-f", help=t("help.remind_format"))]
    = RemindFormat.text,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.notify.report import as_json, dry_run_text, sent_text
        from disclosure_audit.services.remind import RemindRequest
        from disclosure_audit.services.remind import remind as run

        language = use_lang(lang)
        result = run(RemindRequest(repo, parse_as_of(as_of), due_within, department, send,
                                   language))
        if fmt is RemindFormat.json:
            write_stdout(as_json(result.plan, result.outcomes, result.missing_env))
        elif result.outcomes is None:
            write_stdout(dry_run_text(result.plan, result.missing_env, language))
        else:
            write_stdout(sent_text(result.plan, result.outcomes, language,
                                       recorded=not result.record_problems))
        for problem in result.record_problems:
            sys.stderr.write(problem.render_with_hint(language) + "\n")
    if result.record_problems:
        raise typer.Exit(ExitCode.USAGE)
    raise typer.Exit(ExitCode.FAILED if result.failed() else ExitCode.OK)
