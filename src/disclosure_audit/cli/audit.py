"""``disclosure-audit audit`` (one school, or ``--batch`` for a province): wiring only."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.app import app
from disclosure_audit.cli.common import (
    AsOfOption,
    CheckLinksOption,
    ConcurrencyOption,
    DeadlineOption,
    Lang,
    LangOption,
    MaxAgeOption,
    PerHostOption,
    RefreshOption,
    TimeoutOption,
    debug,
    link_options,
    parse_as_of,
    use_lang,
)
from disclosure_audit.errors import ExitCode, InputError, handle_errors
from disclosure_audit.i18n import t


class Annotations(StrEnum):
    """CI annotation dialects."""

    github = "github"



@app.command(help=t("help.audit"))
def audit(
    repo: Annotated[Path, typer.Argument(metavar="REPO", help=t("help.repo"))] = Path("."),
    as_of: AsOfOption = None,
    department: Annotated[str | None, typer.Option("--department", metavar="DEPT",
                                                   help=t("help.department"))] = None,
    fmt: Annotated[list[str] | None, typer.Option("--format", "-f", metavar="FORMAT[:FILE]",
                                                  help=t("help.formats"))] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE",
                                                help=t("help.output"))] = None,
    fail_under: Annotated[list[str] | None, typer.Option("--fail-under", metavar="SCORE",
                                                         help=t("help.fail_under"))] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", metavar="FILE",
                                                  help=t("help.baseline"))] = None,
    annotations: Annotated[Annotations | None, typer.Option("--annotations",
                                                            help=t("help.annotations"))] = None,
    explain_classification: Annotated[bool, typer.Option("--explain-classification",
                                                         help=t("help.explain"))] = False,
    check_links: CheckLinksOption = False,
    links_max_age: MaxAgeOption = "1d",
    refresh: RefreshOption = False,
    links_timeout: TimeoutOption = 15.0,
    links_deadline: DeadlineOption = 30.0,
    links_concurrency: ConcurrencyOption = 32,
    links_per_host: PerHostOption = 6,
    batch: Annotated[Path | None, typer.Option("--batch", metavar="DIR",
                                               help=t("help.batch"))] = None,
    output_dir: Annotated[Path | None, typer.Option("--output-dir", metavar="DIR",
                                                    help=t("help.output_dir"))] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", metavar="N", min=1,
                                             help=t("help.jobs"))] = None,
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
        from disclosure_audit.ci.thresholds import parse_thresholds, shortfall_text, shortfalls
        from disclosure_audit.formats import targets as reports
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.services import audit as service
        from disclosure_audit.services.repo import refuse_overwrite

        language = use_lang(lang)
        thresholds = parse_thresholds(fail_under or [])
        targets = reports.parse_targets(fmt or [], output)
        refuse_overwrite(repo, [target.path for target in targets if target.path])
        links = link_options(links_max_age, refresh, links_timeout, links_concurrency,
                             links_per_host, links_deadline) if check_links else None
        result = service.run(service.AuditRequest(repo, parse_as_of(as_of), department, links))
        if baseline is not None:
            from disclosure_audit.ci.baseline import apply_baseline

            result = apply_baseline(result, baseline)
        tracked = service.tracked_ledger(repo) if any(
            target.format == "html" for target in targets) else None
        reports.write_reports(result, targets, language, explain_classification, tracked)
        machine = reports.machine_output_on_stdout(targets)
        if machine:
            for warning in result.warnings:
                reports.stderr(warning.render(language) + "\n")
        if annotations is Annotations.github:
            from disclosure_audit.formats.annotations import github_annotations

            text = github_annotations(result, language)
            if machine:
                reports.stderr(text, commands=True)
            else:
                write_stdout(text, commands=True)
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
        from disclosure_audit.ci.thresholds import parse_thresholds, score_shortfalls
        from disclosure_audit.diagnostics import Problem
        from disclosure_audit.formats.output import emit, stdout_is_terminal, terminal_width
        from disclosure_audit.services.batch import (
            ranking_html,
            ranking_json,
            ranking_table,
            run_batch,
        )

        language = use_lang(lang)
        thresholds = parse_thresholds(fail_under or [])
        name, colon, file = (fmt or ["table"])[0].partition(":")
        if len(fmt or ["table"]) != 1 or name not in ("table", "json", "html") or (
                colon and not file):
            raise InputError(Problem("--format", None, None, "batch-format"))
        target = Path(file) if file else output
        when = parse_as_of(as_of)
        rows = run_batch(folder, when, language, output_dir, jobs)
        if name == "json":
            emit(ranking_json(rows, when), target)
        elif name == "html":
            emit(ranking_html(rows, when, language), target)
        else:
            to_screen = target is None
            emit(ranking_table(rows, when, language, terminal_width() if to_screen else 160,
                               to_screen and stdout_is_terminal()), target)
        if output_dir is not None:
            sys.stderr.write(t("batch.written", path=output_dir) + "\n")
        below = [r for r in rows if r.error is None
                 and score_shortfalls(r.score, r.by_dimension, thresholds)]
    if any(r.error is not None for r in rows):
        raise typer.Exit(ExitCode.USAGE)
    raise typer.Exit(ExitCode.FAILED if below else ExitCode.OK)
