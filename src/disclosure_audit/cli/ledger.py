"""``disclosure-audit ledger …``: argument parsing and wiring only."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.common import AsOfOption, LangOption, debug, parse_as_of, use_lang
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


class LedgerStatus(StrEnum):
    """Statuses to filter on."""

    open = "open"
    in_progress = "in_progress"
    overdue = "overdue"
    done = "done"
    waived = "waived"


class ExportFormat(StrEnum):
    """Export formats (kept equal to the exporter registry by a test)."""

    xlsx = "xlsx"
    csv = "csv"
    markdown = "markdown"
    json = "json"
    html = "html"


class ShowFormat(StrEnum):
    """Formats of ``ledger show``."""

    table = "table"
    json = "json"


ledger_app = typer.Typer(help=t("help.ledger"), no_args_is_help=True)
RepoArg = Annotated[Path, typer.Argument(metavar="REPO", help=t("help.repo"))]


@ledger_app.command("update", help=t("help.ledger_update"))
def update(repo: RepoArg = Path("."), as_of: AsOfOption = None,
           lang: LangOption = None) -> None:
    with handle_errors(debug()):
        from disclosure_audit.formats.ledger.report import changes_text
        from disclosure_audit.formats.output import write_table
        from disclosure_audit.services.ledger import update_ledger

        language = use_lang(lang)
        when = parse_as_of(as_of)
        ledger, changes = update_ledger(repo, when, language)
        write_table(lambda width, colour: changes_text(ledger, changes, when, language, width,
                                                       colour))


@ledger_app.command("show", help=t("help.ledger_show"))
def show(
    repo: RepoArg = Path("."),
    status: Annotated[LedgerStatus | None, typer.Option("--status", help=t("help.status"))]
    = None,
    department: Annotated[str | None, typer.Option("--department", metavar="DEPT",
                                                   help=t("help.department"))] = None,
    due_within: Annotated[int | None, typer.Option("--due-within", metavar="DAYS", min=0,
                                                   help=t("help.due_within"))] = None,
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    ShowFormat.table,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.formats.ledger.report import entries_json, entries_table
        from disclosure_audit.formats.output import write_view
        from disclosure_audit.ledger.views import select
        from disclosure_audit.services.ledger import department_filter, read_ledger

        language = use_lang(lang)
        when = parse_as_of(as_of)
        ledger = read_ledger(repo)
        department_filter(repo, ledger, department)
        chosen = select(ledger, when, status=status.value if status else None,
                        department=department, due_within=due_within)
        write_view(fmt is ShowFormat.json, lambda: entries_json(chosen, when),
                   lambda width, colour: entries_table(ledger, chosen, when, language, width,
                                                       colour))


@ledger_app.command("export", help=t("help.ledger_export"))
def export(
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help=t("help.output"))],
    fmt: Annotated[ExportFormat | None, typer.Option("--format", "-f",
                                                     help=t("help.export_format"))] = None,
    repo: RepoArg = Path("."),
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.services.ledger import export_ledger

        language = use_lang(lang)
        if export_ledger(repo, fmt.value if fmt else None, output, parse_as_of(as_of), language):
            sys.stderr.write(t("ledger.written", path=output) + "\n")


@ledger_app.command("import", help=t("help.ledger_import"))
def import_(
    sheet: Annotated[Path, typer.Argument(metavar="FILE", help=t("help.import_file"), exists=True,
                                          dir_okay=False)],
    repo: Annotated[Path, typer.Option("--repo", metavar="REPO", help=t("help.repo"))] = Path("."),
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.services.ledger import import_into_ledger

        language = use_lang(lang)
        _, report = import_into_ledger(repo, sheet, parse_as_of(as_of))
        for problem in report.problems:
            sys.stderr.write(problem.render(language) + "\n")
            if problem.hint_key:
                sys.stderr.write("  " + t("hint.prefix") + problem.hint(language) + "\n")
        write_stdout(t("ledger.imported", path=sheet, applied=len(report.applied),
                           skipped=len(report.problems)) + "\n")
    raise typer.Exit(ExitCode.USAGE if report.problems else ExitCode.OK)
