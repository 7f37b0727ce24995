"""``disclosure-audit crawl``: wiring only."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.app import app
from disclosure_audit.cli.common import LangOption, debug, parse_as_of, use_lang
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


@app.command(help=t("help.crawl"))
def crawl(
    url: Annotated[str, typer.Argument(metavar="URL", help=t("help.crawl_url"))],
    repo: Annotated[Path, typer.Option("--repo", metavar="REPO",
                                       help=t("help.crawl_repo"))] = Path("."),
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE",
                                                help=t("help.crawl_output"))] = None,
    max_pages: Annotated[int, typer.Option("--max-pages", metavar="N", min=1,
                                           help=t("help.max_pages"))] = 2000,
    resume: Annotated[bool, typer.Option("--resume", help=t("help.resume"))] = False,
    allow_host: Annotated[list[str] | None, typer.Option("--allow-host", metavar="HOST",
                                                         help=t("help.allow_host"))] = None,
    time_limit: Annotated[str, typer.Option("--time-limit", metavar="DURATION",
                                            help=t("help.time_limit"))] = "30m",
    delay: Annotated[float, typer.Option("--delay", metavar="SECONDS", min=0.0,
                                         help=t("help.delay"))] = 1.0,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", min=0.1,
                                           help=t("help.crawl_timeout"))] = 15.0,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE",
                                              help=t("help.crawl_as_of"))] = None,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.cli.common import crawl_settings
        from disclosure_audit.crawl.report import summary_text
        from disclosure_audit.display import safe_output
        from disclosure_audit.formats.output import (
            STDOUT,
            stdout_is_terminal,
            terminal_width,
            write_stdout,
        )
        from disclosure_audit.services.crawl import CrawlRequest, crawl_site

        language = use_lang(lang)
        settings = crawl_settings(max_pages, time_limit, delay, timeout, allow_host or [])
        request = CrawlRequest(url, repo, parse_as_of(as_of), output, settings, resume)
        report = crawl_site(request)
        summary = summary_text(report, language, terminal_width(), stdout_is_terminal())
        if output == STDOUT:  # the crawl file is on standard output: the summary goes aside
            sys.stderr.write(safe_output(summary))
        else:
            write_stdout(summary)
    raise typer.Exit(ExitCode.FAILED if report.failed else ExitCode.OK)
