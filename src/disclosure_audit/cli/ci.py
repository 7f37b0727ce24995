"""``disclosure-audit init`` and ``diff``, the CI commands: wiring only."""

from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.app import app
from disclosure_audit.cli.checklist import Kind
from disclosure_audit.cli.common import LangOption, TableOrJson, debug, use_lang
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


@app.command(help=t("help.diff"))
def diff(
    old: Annotated[Path, typer.Argument(metavar="OLD.json", exists=True, dir_okay=False,
                                        help=t("help.diff_old"))],
    new: Annotated[Path, typer.Argument(metavar="NEW.json", exists=True, dir_okay=False,
                                        help=t("help.diff_new"))],
    fmt: Annotated[TableOrJson, typer.Option("--format", "-f", help=t("help.format"))] =
    TableOrJson.table,
    fail_on_regression: Annotated[bool, typer.Option("--fail-on-regression",
                                                     help=t("help.fail_on_regression"))] = False,
    lang: LangOption = None,
) -> None:
    """Compare two results."""
    with handle_errors(debug()):
        from disclosure_audit.ci.baseline import load_result
        from disclosure_audit.ci.diff import compare, diff_json, diff_table
        from disclosure_audit.formats.output import write_view

        language = use_lang(lang)
        result = compare(load_result(old), load_result(new))
        write_view(fmt is TableOrJson.json, lambda: diff_json(result),
                   lambda width, colour: diff_table(result, language, width, colour))
    raise typer.Exit(ExitCode.FAILED if fail_on_regression and result.regressed else ExitCode.OK)


@app.command(help=t("help.init"))
def init(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help=t("help.init_dir"))],
    institution: Annotated[str, typer.Option("--institution", metavar="NAME",
                                             help=t("help.institution"))],
    kind: Annotated[Kind, typer.Option("--kind", help=t("help.kind"))],
    departments: Annotated[str | None, typer.Option("--departments", metavar="A,B,...",
                                                    help=t("help.departments"))] = None,
    lang: LangOption = None,
) -> None:
    """Scaffold a checklist repo."""
    with handle_errors(debug()):
        from disclosure_audit.ci.scaffold import scaffold
        from disclosure_audit.formats.output import write_stdout

        language = use_lang(lang)
        names = [d.strip() for d in (departments or "").replace("，", ",").split(",") if d.strip()]
        made = scaffold(directory, institution, kind.value, names or None)
        write_stdout(t("init.done", language, path=directory, items=made.items,
                       departments=len(made.departments)) + "\n")
