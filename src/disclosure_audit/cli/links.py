"""``disclosure-audit links``: wiring only."""

from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.app import app
from disclosure_audit.cli.common import (
    ConcurrencyOption,
    DeadlineOption,
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
    repo: Annotated[Path, typer.Argument(metavar="REPO", help=t("help.repo"))] = Path("."),
    fmt: Annotated[TableOrJson, typer.Option("--format", "-f", help=t("help.format"))] =
    TableOrJson.table,
    links_max_age: MaxAgeOption = "1d",
    refresh: RefreshOption = False,
    links_timeout: TimeoutOption = 15.0,
    links_deadline: DeadlineOption = 30.0,
    links_concurrency: ConcurrencyOption = 32,
    links_per_host: PerHostOption = 6,
    lang: LangOption = None,
) -> None:
    """Check links only."""
    with handle_errors(debug()):
        from disclosure_audit.formats.output import write_view
        from disclosure_audit.links.report import links_json, links_table
        from disclosure_audit.services.links import probe_repo

        language = use_lang(lang)
        options = link_options(links_max_age, refresh, links_timeout, links_concurrency,
                               links_per_host, links_deadline)
        rows = probe_repo(repo, options)
        write_view(fmt is TableOrJson.json, lambda: links_json(rows),
                   lambda width, colour: links_table(rows, language, width, colour))
    raise typer.Exit(ExitCode.FAILED if any(not r.result.ok for r in rows) else ExitCode.OK)
