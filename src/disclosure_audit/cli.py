"""The command line: argument parsing and wiring only."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit import __version__
from disclosure_audit.cli_common import LangOption, debug, parse_as_of, state, use_lang
from disclosure_audit.cli_ledger import ledger_app
from disclosure_audit.errors import ExitCode, InputError, handle_errors
from disclosure_audit.i18n import set_lang, t


class AuditFormat(StrEnum):
    """Formats of ``audit`` (kept equal to the format registry by a test)."""

    table = "table"
    json = "json"
    markdown = "markdown"
    csv = "csv"


class ListFormat(StrEnum):
    """Formats of ``validate`` and ``checklist``."""

    text = "text"
    json = "json"


class Kind(StrEnum):
    """Institution kinds."""

    vocational = "vocational"
    undergraduate = "undergraduate"
    graduate = "graduate"


app = typer.Typer(help=t("help.app"), no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False, rich_markup_mode=None)
checklist_app = typer.Typer(help=t("help.checklist"), no_args_is_help=True)
app.add_typer(checklist_app, name="checklist")
app.add_typer(ledger_app, name="ledger")
def _version(value: bool) -> None:
    if value:
        typer.echo(f"disclosure-audit {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help=t("help.version"))] = False,
    lang: LangOption = None,
    debug: Annotated[bool, typer.Option("--debug", help=t("help.debug"))] = False,
) -> None:
    """disclosure-audit."""
    set_lang(lang.value if lang else None)
    state["debug"] = debug


@app.command(help=t("help.validate"))
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help=t("help.paths"))] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    ListFormat.text,
    lang: LangOption = None,
) -> None:
    """Validate files or repos."""
    with handle_errors(debug()):
        from disclosure_audit.check import validate_paths

        language = use_lang(lang)
        problems = validate_paths(paths or [Path(".")])
        errors = sum(p.severity == "error" for p in problems)
        if fmt is ListFormat.json:
            typer.echo(json.dumps([p.as_dict(language) for p in problems], ensure_ascii=False,
                                  indent=2))
        else:
            for p in problems:
                typer.echo(p.render(language))
                if p.hint_key:
                    typer.echo("  " + t("hint.prefix") + p.hint(language))
            typer.echo(t("validate.summary", errors=errors, warnings=len(problems) - errors)
                       if problems else t("validate.ok"))
    raise typer.Exit(ExitCode.FAILED if errors else ExitCode.OK)


@app.command(help=t("help.audit"))
def audit(
    repo: Annotated[Path, typer.Argument(help=t("help.repo"))] = Path("."),
    as_of: Annotated[str | None, typer.Option("--as-of", help=t("help.as_of"))] = None,
    department: Annotated[str | None, typer.Option("--department", help=t("help.department"))]
    = None,
    fmt: Annotated[AuditFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    AuditFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help=t("help.output"))] = None,
    fail_under: Annotated[list[str] | None, typer.Option("--fail-under",
                                                         help=t("help.fail_under"))] = None,
    explain_classification: Annotated[bool, typer.Option("--explain-classification",
                                                         help=t("help.explain"))] = False,
    lang: LangOption = None,
) -> None:
    """Audit a repo."""
    with handle_errors(debug()):
        from disclosure_audit import audit as service
        from disclosure_audit.formats import RenderOptions, get_format
        from disclosure_audit.output import emit, stdout_is_terminal, terminal_width
        from disclosure_audit.thresholds import parse_thresholds, shortfalls

        language = use_lang(lang)
        thresholds = parse_thresholds(fail_under or [])
        request = service.AuditRequest(repo, parse_as_of(as_of), department)
        result = service.run(request)
        _check_department(result, department)
        renderer = get_format(fmt.value)
        to_terminal = output is None and fmt is AuditFormat.table
        options = RenderOptions(lang=language, color=to_terminal and stdout_is_terminal(),
                                width=terminal_width() if to_terminal else 160,
                                explain_classification=explain_classification)
        emit(renderer.render(result, options), output, renderer.encoding)
        if fmt is not AuditFormat.table:
            for warning in result.warnings:
                sys.stderr.write(warning.render(language) + "\n")
        missed = shortfalls(result.summary, thresholds)
        for miss in missed:
            key = "report.fail_under_dimension" if miss.dimension else "report.fail_under"
            dimension = t(f"dimension.{miss.dimension}") if miss.dimension else ""
            sys.stderr.write(t(key, score=f"{miss.score:.1f}", threshold=f"{miss.threshold:g}",
                               dimension=dimension) + "\n")
    raise typer.Exit(ExitCode.FAILED if missed else ExitCode.OK)


@checklist_app.command("list", help=t("help.checklist_list"))
def checklist_list(
    checklist: Annotated[str | None, typer.Option("--checklist", help=t("help.checklist_opt"))]
    = None,
    kind: Annotated[Kind | None, typer.Option("--kind", help=t("help.kind"))] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    ListFormat.text,
    lang: LangOption = None,
) -> None:
    """List a checklist's items."""
    with handle_errors(debug()):
        from disclosure_audit.checklist_view import checklist_json, checklist_table, select_items
        from disclosure_audit.output import stdout_is_terminal, terminal_width

        language = use_lang(lang)
        loaded = _load_checklist(checklist)
        items = select_items(loaded, kind.value if kind else None)
        if fmt is ListFormat.json:
            sys.stdout.write(checklist_json(loaded, items))
        else:
            sys.stdout.write(checklist_table(loaded, items, language, terminal_width(),
                                             stdout_is_terminal()))


@checklist_app.command("show", help=t("help.checklist_show"))
def checklist_show(
    item: Annotated[str, typer.Argument(help=t("help.item"))],
    checklist: Annotated[str | None, typer.Option("--checklist", help=t("help.checklist_opt"))]
    = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    ListFormat.text,
    lang: LangOption = None,
) -> None:
    """Show one item."""
    with handle_errors(debug()):
        from disclosure_audit.checklist_view import item_dict, item_text

        language = use_lang(lang)
        loaded = _load_checklist(checklist)
        found = loaded.item(item)
        if found is None:
            sys.stderr.write(t("checklist.not_found_item", item=item) + "\n")
            raise typer.Exit(ExitCode.USAGE)
        if fmt is ListFormat.json:
            typer.echo(json.dumps(item_dict(found), ensure_ascii=False, indent=2))
        else:
            sys.stdout.write(item_text(loaded, found, language))


def _load_checklist(ref: str | None):  # noqa: ANN202 - returns a Checklist
    from disclosure_audit.diagnostics import has_errors
    from disclosure_audit.spec import load_checklist

    if ref is None:
        ref = "checklist.yaml" if Path("checklist.yaml").is_file() else "moe-2014"
    path = Path(ref)
    checklist, problems = load_checklist(ref, repo_root=path.parent if path.is_file() else None)
    if checklist is None or has_errors(problems):
        raise InputError([p for p in problems if p.severity == "error"])
    return checklist


def _check_department(result, department: str | None) -> None:  # noqa: ANN001
    from disclosure_audit.diagnostics import Problem

    if department is None or result.items:
        return
    known = sorted({i.owner for i in result.checklist.items if i.owner})
    raise InputError(Problem("--department", None, None, "unknown-department-filter",
                             {"department": department, "known": "、".join(known)}))


def main() -> None:
    """Console-script entry point."""
    app()
