"""``disclosure-audit report …``: argument parsing and wiring only."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.common import (
    AsOfOption,
    LangOption,
    debug,
    parse_date_option,
    use_lang,
)
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


class CheckFormat(StrEnum):
    """Formats of ``report check``."""

    text = "text"
    json = "json"


report_app = typer.Typer(help=t("help.report"), no_args_is_help=True)


@report_app.command("check", help=t("help.report_check"))
def check(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=t("help.report_file"))],
    published: Annotated[str | None, typer.Option("--published", metavar="DATE",
                                                  help=t("help.report_published"))] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    CheckFormat.text,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.diagnostics import display_path
        from disclosure_audit.formats.output import stdout_is_terminal, write_stdout
        from disclosure_audit.report.findings import has_errors
        from disclosure_audit.report.output import findings_json, findings_text
        from disclosure_audit.services.report import check_report

        language = use_lang(lang)
        when = None if published is None else parse_date_option(published, "--published")
        findings = check_report(file, when)
        if fmt is CheckFormat.json:
            write_stdout(findings_json(findings, language))
        else:
            write_stdout(findings_text(findings, display_path(file), language,
                                           stdout_is_terminal()))
    raise typer.Exit(ExitCode.FAILED if has_errors(findings) else ExitCode.OK)


@report_app.command("annual", help=t("help.report_annual"))
def annual(
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE",
                                         help=t("help.report_output"))],
    repo: Annotated[Path, typer.Argument(metavar="REPO", help=t("help.repo"))] = Path("."),
    year: Annotated[str | None, typer.Option("--year", metavar="YEAR",
                                             help=t("help.report_year"))] = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.report.annual.summary import summary_text
        from disclosure_audit.services.annual import AnnualRequest, draft_annual_report

        language = use_lang(lang)
        when = None if as_of is None else parse_date_option(as_of, "--as-of")
        made = draft_annual_report(AnnualRequest(repo, output, year, when))
        for problem in made.warnings:
            sys.stderr.write(problem.render(language) + "\n")
        write_stdout(summary_text(made, language))
