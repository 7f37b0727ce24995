"""``disclosure-audit evidence …``: wiring only."""

from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.checklist import ListFormat, ListFormatOption
from disclosure_audit.cli.common import LangOption, debug, use_lang
from disclosure_audit.errors import handle_errors
from disclosure_audit.i18n import t

evidence_app = typer.Typer(help=t("help.evidence"), no_args_is_help=True)


@evidence_app.command("show", help=t("help.evidence_show"))
def show(
    key: Annotated[str, typer.Argument(metavar="KEY", help=t("help.evidence_key"))],
    repo: Annotated[Path, typer.Option("--repo", metavar="REPO",
                                       help=t("help.crawl_repo"))] = Path("."),
    fmt: ListFormatOption = ListFormat.text,
    lang: LangOption = None,
) -> None:
    with handle_errors(debug()):
        from disclosure_audit.evidence.view import evidence_json, evidence_text
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.services.evidence import show_evidence

        language = use_lang(lang)
        evidence = show_evidence(repo, key)
        write_stdout(evidence_json(evidence) if fmt is ListFormat.json
                         else evidence_text(evidence, language))
