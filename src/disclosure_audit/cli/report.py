"""``disclosure-audit report …``: argument parsing and wiring only."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.common import LangOption, debug, parse_date_option, use_lang
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


class CheckFormat(StrEnum):
    """Formats of ``report check``."""

    text = "text"
    json = "json"


report_app = typer.Typer(help=t("help.report"), no_args_is_help=True)


@report_app.command("check", help=t("help.report_check"))
def check(
    file: Annotated[Path, typer.Argument(help=t("help.report_file"))],
    published: Annotated[str | None, typer.Option("--published",
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
