"""``disclosure-audit checklist …``: argument parsing and wiring only."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.common import LangOption, debug, use_lang
from disclosure_audit.errors import ExitCode, InputError, handle_errors
from disclosure_audit.i18n import t


class ListFormat(StrEnum):
    """Formats of ``validate`` and ``checklist``."""

    text = "text"
    json = "json"


class Kind(StrEnum):
    """Institution kinds."""

    vocational = "vocational"
    undergraduate = "undergraduate"
    graduate = "graduate"


checklist_app = typer.Typer(help=t("help.checklist"), no_args_is_help=True)
ChecklistOption = Annotated[str | None, typer.Option("--checklist", metavar="ID|FILE",
                                                     help=t("help.checklist_opt"))]
ListFormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help=t("help.format"))]


@checklist_app.command("list", help=t("help.checklist_list"))
def checklist_list(
    checklist: ChecklistOption = None,
    kind: Annotated[Kind | None, typer.Option("--kind", help=t("help.kind"))] = None,
    fmt: ListFormatOption = ListFormat.text,
    lang: LangOption = None,
) -> None:
    """List a checklist's items."""
    with handle_errors(debug()):
        from disclosure_audit.formats.checklist import checklist_json, checklist_table, select_items
        from disclosure_audit.formats.output import write_view

        language = use_lang(lang)
        loaded = _load_checklist(checklist)
        items = select_items(loaded, kind.value if kind else None)
        write_view(fmt is ListFormat.json, lambda: checklist_json(loaded, items),
                   lambda width, colour: checklist_table(loaded, items, language, width, colour))


@checklist_app.command("show", help=t("help.checklist_show"))
def checklist_show(
    item: Annotated[str, typer.Argument(metavar="ID", help=t("help.item"))],
    checklist: ChecklistOption = None,
    fmt: ListFormatOption = ListFormat.text,
    lang: LangOption = None,
) -> None:
    """Show one item."""
    with handle_errors(debug()):
        from disclosure_audit.formats.checklist import item_dict, item_text
        from disclosure_audit.formats.output import write_stdout

        language = use_lang(lang)
        loaded = _load_checklist(checklist)
        found = loaded.item(item)
        if found is None:
            sys.stderr.write(t("checklist.not_found_item", item=item) + "\n")
            raise typer.Exit(ExitCode.USAGE)
        if fmt is ListFormat.json:
            import json

            write_stdout(json.dumps(item_dict(found), ensure_ascii=False, indent=2) + "\n")
        else:
            write_stdout(item_text(loaded, found, language))


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
