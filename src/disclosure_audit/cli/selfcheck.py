"""``disclosure-audit selfcheck …`` (自查表): argument parsing and wiring only."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.common import LangOption, debug, use_lang
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t

selfcheck_app = typer.Typer(help=t("help.selfcheck"), no_args_is_help=True)


@selfcheck_app.command("export", help=t("help.selfcheck_export"))
def export(
    output: Annotated[Path, typer.Option("--output", "-o", metavar="DIR",
                                         help=t("help.selfcheck_out"))],
    repo: Annotated[Path, typer.Argument(metavar="REPO", help=t("help.repo"))] = Path("."),
    department: Annotated[list[str] | None, typer.Option("--department", metavar="DEPT",
                                                         help=t("help.department"))] = None,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.diagnostics import display_path
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.services.selfcheck import export_workbooks

        language = use_lang(lang)
        for path in export_workbooks(repo, output, department or None, language):
            write_stdout(t("sc.written", path=display_path(path)) + "\n")


@selfcheck_app.command("import", help=t("help.selfcheck_import"))
def import_(
    workbooks: Annotated[list[Path], typer.Argument(metavar="FILE",
                                                    help=t("help.selfcheck_files"))],
    repo: Annotated[Path, typer.Option("--repo", metavar="REPO", help=t("help.repo"))] = Path("."),
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.selfcheck.report import outcome_lines
        from disclosure_audit.services.selfcheck import import_workbooks

        language = use_lang(lang)
        outcomes = import_workbooks(workbooks, repo)
        for outcome in outcomes:
            errors, summary = outcome_lines(outcome, language)
            sys.stderr.write(errors)
            write_stdout(summary)
    failed = any(o.problems for o in outcomes)
    raise typer.Exit(ExitCode.USAGE if failed else ExitCode.OK)
