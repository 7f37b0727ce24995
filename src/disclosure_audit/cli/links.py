"""``disclosure-audit links``: wiring only."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.app import app
from disclosure_audit.cli.common import (
    ConcurrencyOption,
    LangOption,
    MaxAgeOption,
    PerHostOption,
    RefreshOption,
    TableOrJson,
    TimeoutOption,
    debug,
    link_options,
    use_lang,
)
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


@app.command(help=t("help.links"))
def links(
    repo: Annotated[Path, typer.Argument(help=t("help.repo"))] = Path("."),
    fmt: Annotated[TableOrJson, typer.Option("--format", "-f", help=t("help.format"))] =
    TableOrJson.table,
    links_max_age: MaxAgeOption = "1d",
    refresh: RefreshOption = False,
    links_timeout: TimeoutOption = 15.0,
    links_concurrency: ConcurrencyOption = 32,
    links_per_host: PerHostOption = 6,
    lang: LangOption = None,
) -> None:
    """Check links only."""
    with handle_errors(debug()):
        from disclosure_audit.formats.output import stdout_is_terminal, terminal_width
        from disclosure_audit.links.report import links_json, links_table
        from disclosure_audit.services.links import probe_repo

        language = use_lang(lang)
        options = link_options(links_max_age, refresh, links_timeout, links_concurrency,
                               links_per_host)
        rows = probe_repo(repo, options)
        if fmt is TableOrJson.json:
            sys.stdout.write(links_json(rows))
        else:
            sys.stdout.write(links_table(rows, language, terminal_width(), stdout_is_terminal()))
    raise typer.Exit(ExitCode.FAILED if any(not r.result.ok for r in rows) else ExitCode.OK)
