"""The command line: argument parsing and wiring only.

No ``from __future__ import annotations`` in the CLI modules: typer would have to ``eval`` every
string annotation on every start, which costs more than the rest of start-up together.
"""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit import __version__
from disclosure_audit.cli_checklist import Kind, ListFormat, ListFormatOption, checklist_app
from disclosure_audit.cli_common import (
    AsOfOption,
    CheckLinksOption,
    ConcurrencyOption,
    Lang,
    LangOption,
    MaxAgeOption,
    PerHostOption,
    RefreshOption,
    TimeoutOption,
    debug,
    link_options,
    parse_as_of,
    state,
    use_lang,
)
from disclosure_audit.cli_ledger import ledger_app
from disclosure_audit.errors import ExitCode, InputError, handle_errors
from disclosure_audit.i18n import set_lang, t


class Annotations(StrEnum):
    """CI annotation dialects."""

    github = "github"


class DiffFormat(StrEnum):
    """Formats of ``diff``."""

    table = "table"
    json = "json"


app = typer.Typer(help=t("help.app"), no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False, rich_markup_mode=None)
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
    fmt: ListFormatOption = ListFormat.text,
    lang: LangOption = None,
) -> None:
    """Validate files or repos."""
    with handle_errors(debug()):
        from disclosure_audit.check import validate_paths

        language = use_lang(lang)
        problems = validate_paths(paths or [Path(".")])
        errors = sum(p.severity == "error" for p in problems)
        if fmt is ListFormat.json:
            import json

            typer.echo(json.dumps([p.as_dict(language) for p in problems], ensure_ascii=False,
                                  indent=2))
        else:
            for p in problems:
                typer.echo(p.render_with_hint(language))
            typer.echo(t("validate.summary", errors=errors, warnings=len(problems) - errors)
                       if problems else t("validate.ok"))
    raise typer.Exit(ExitCode.FAILED if errors else ExitCode.OK)


@app.command(help=t("help.audit"))
def audit(
    repo: Annotated[Path, typer.Argument(help=t("help.repo"))] = Path("."),
    as_of: AsOfOption = None,
    department: Annotated[str | None, typer.Option("--department", help=t("help.department"))]
    = None,
    fmt: Annotated[list[str] | None, typer.Option("--format", "-f", help=t("help.formats"))]
    = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help=t("help.output"))] = None,
    fail_under: Annotated[list[str] | None, typer.Option("--fail-under",
                                                         help=t("help.fail_under"))] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help=t("help.baseline"))] = None,
    annotations: Annotated[Annotations | None, typer.Option("--annotations",
                                                            help=t("help.annotations"))] = None,
    explain_classification: Annotated[bool, typer.Option("--explain-classification",
                                                         help=t("help.explain"))] = False,
    check_links: CheckLinksOption = False,
    links_max_age: MaxAgeOption = "1d",
    refresh: RefreshOption = False,
    links_timeout: TimeoutOption = 15.0,
    links_concurrency: ConcurrencyOption = 32,
    links_per_host: PerHostOption = 6,
    batch: Annotated[Path | None, typer.Option("--batch", help=t("help.batch"))] = None,
    output_dir: Annotated[Path | None, typer.Option("--output-dir",
                                                    help=t("help.output_dir"))] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", min=1, help=t("help.jobs"))] = None,
    lang: LangOption = None,
) -> None:
    """Audit a repo."""
    with handle_errors(debug()):
        use_lang(lang)  # before anything can fail, so every message is in the chosen language
        _check_batch_options(batch is not None, {
            "--department": department is not None, "--baseline": baseline is not None,
            "--annotations": annotations is not None, "--check-links": check_links,
            "--explain-classification": explain_classification,
        }, {"--output-dir": output_dir is not None, "--jobs": jobs is not None})
    if batch is not None:
        _batch(batch, as_of, fmt, output, output_dir, jobs, fail_under, lang)
    with handle_errors(debug()):
        from disclosure_audit import audit as service
        from disclosure_audit import reports
        from disclosure_audit.thresholds import parse_thresholds, shortfall_text, shortfalls

        language = use_lang(lang)
        thresholds = parse_thresholds(fail_under or [])
        targets = reports.parse_targets(fmt or [], output)
        links = link_options(links_max_age, refresh, links_timeout, links_concurrency,
                             links_per_host) if check_links else None
        result = service.run(service.AuditRequest(repo, parse_as_of(as_of), department, links))
        if baseline is not None:
            from disclosure_audit.baseline import apply_baseline

            result = apply_baseline(result, baseline)
        reports.write_reports(result, targets, language, explain_classification)
        machine = reports.machine_output_on_stdout(targets)
        if machine:
            for warning in result.warnings:
                reports.stderr(warning.render(language) + "\n")
        if annotations is Annotations.github:
            from disclosure_audit.formats.annotations import github_annotations

            text = github_annotations(result, language)
            (reports.stderr if machine else sys.stdout.write)(text)
        failed = [shortfall_text(m) for m in shortfalls(result.summary, thresholds)]
        if result.baseline is not None and result.open_entries():
            failed.append(t("report.new_failures", count=len(result.open_entries())))
        for line in failed:
            reports.stderr(line + "\n")
    raise typer.Exit(ExitCode.FAILED if failed else ExitCode.OK)


def _check_batch_options(batch: bool, single_only: dict[str, bool],
                         batch_only: dict[str, bool]) -> None:
    """Refuse options that would be silently ignored in the mode chosen."""
    from disclosure_audit.diagnostics import Problem

    wrong = [name for name, given in (single_only if batch else batch_only).items() if given]
    if wrong:
        code = "option-not-with-batch" if batch else "option-needs-batch"
        raise InputError([Problem(name, None, None, code, {"option": name}) for name in wrong])


def _batch(folder: Path, as_of: str | None, fmt: list[str] | None, output: Path | None,
           output_dir: Path | None, jobs: int | None, fail_under: list[str] | None,
           lang: Lang | None) -> None:
    with handle_errors(debug()):
        from disclosure_audit.batch import ranking_json, ranking_table, run_batch
        from disclosure_audit.diagnostics import Problem
        from disclosure_audit.output import emit, stdout_is_terminal, terminal_width
        from disclosure_audit.thresholds import parse_thresholds, score_shortfalls

        language = use_lang(lang)
        thresholds = parse_thresholds(fail_under or [])
        formats = fmt or ["table"]
        if len(formats) != 1 or formats[0] not in ("table", "json"):
            raise InputError(Problem("--format", None, None, "batch-format"))
        when = parse_as_of(as_of)
        rows = run_batch(folder, when, language, output_dir, jobs)
        if formats[0] == "json":
            emit(ranking_json(rows, when), output)
        else:
            to_screen = output is None
            emit(ranking_table(rows, when, language, terminal_width() if to_screen else 160,
                               to_screen and stdout_is_terminal()), output)
        if output_dir is not None:
            sys.stderr.write(t("batch.written", path=output_dir) + "\n")
        below = [r for r in rows if r.error is None
                 and score_shortfalls(r.score, r.by_dimension, thresholds)]
    if any(r.error is not None for r in rows):
        raise typer.Exit(ExitCode.USAGE)
    raise typer.Exit(ExitCode.FAILED if below else ExitCode.OK)


@app.command(help=t("help.links"))
def links(
    repo: Annotated[Path, typer.Argument(help=t("help.repo"))] = Path("."),
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    DiffFormat.table,
    links_max_age: MaxAgeOption = "1d",
    refresh: RefreshOption = False,
    links_timeout: TimeoutOption = 15.0,
    links_concurrency: ConcurrencyOption = 32,
    links_per_host: PerHostOption = 6,
    lang: LangOption = None,
) -> None:
    """Check links only."""
    with handle_errors(debug()):
        from disclosure_audit.links.report import links_json, links_table, probe_repo
        from disclosure_audit.output import stdout_is_terminal, terminal_width

        language = use_lang(lang)
        options = link_options(links_max_age, refresh, links_timeout, links_concurrency,
                               links_per_host)
        rows = probe_repo(repo, options)
        if fmt is DiffFormat.json:
            sys.stdout.write(links_json(rows))
        else:
            sys.stdout.write(links_table(rows, language, terminal_width(), stdout_is_terminal()))
    raise typer.Exit(ExitCode.FAILED if any(not r.result.ok for r in rows) else ExitCode.OK)


@app.command(help=t("help.diff"))
def diff(
    old: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    new: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help=t("help.format"))] =
    DiffFormat.table,
    fail_on_regression: Annotated[bool, typer.Option("--fail-on-regression",
                                                     help=t("help.fail_on_regression"))] = False,
    lang: LangOption = None,
) -> None:
    """Compare two results."""
    with handle_errors(debug()):
        from disclosure_audit.baseline import load_result
        from disclosure_audit.diff import compare, diff_json, diff_table
        from disclosure_audit.output import stdout_is_terminal, terminal_width

        language = use_lang(lang)
        result = compare(load_result(old), load_result(new))
        if fmt is DiffFormat.json:
            sys.stdout.write(diff_json(result))
        else:
            sys.stdout.write(diff_table(result, language, terminal_width(), stdout_is_terminal()))
    raise typer.Exit(ExitCode.FAILED if fail_on_regression and result.regressed else ExitCode.OK)


@app.command(help=t("help.init"))
def init(
    directory: Annotated[Path, typer.Argument(help=t("help.repo"))],
    institution: Annotated[str, typer.Option("--institution", help=t("help.institution"))],
    kind: Annotated[Kind, typer.Option("--kind", help=t("help.kind"))],
    departments: Annotated[str | None, typer.Option("--departments",
                                                    help=t("help.departments"))] = None,
    lang: LangOption = None,
) -> None:
    """Scaffold a checklist repo."""
    with handle_errors(debug()):
        from disclosure_audit.scaffold import scaffold

        language = use_lang(lang)
        names = [d.strip() for d in (departments or "").replace("，", ",").split(",") if d.strip()]
        made = scaffold(directory, institution, kind.value, names or None)
        typer.echo(t("init.done", language, path=directory, items=made.items,
                     departments=len(made.departments)))


def main() -> None:
    """Console-script entry point."""
    app()
