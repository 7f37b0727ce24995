"""``disclosure-audit validate``: wiring only."""

from pathlib import Path
from typing import Annotated

import typer

from disclosure_audit.cli.app import app
from disclosure_audit.cli.checklist import ListFormat, ListFormatOption
from disclosure_audit.cli.common import LangOption, debug, use_lang
from disclosure_audit.errors import ExitCode, handle_errors
from disclosure_audit.i18n import t


@app.command(help=t("help.validate"))
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(metavar="PATH",
                                                       help=t("help.paths"))] = None,
    fmt: ListFormatOption = ListFormat.text,
    lang: LangOption = None,
) -> None:
    """Validate files or repos."""
    with handle_errors(debug()):
        from disclosure_audit.formats.output import write_stdout
        from disclosure_audit.services.validate import validate_paths

        language = use_lang(lang)
        problems = validate_paths(paths or [Path(".")])
        errors = sum(p.severity == "error" for p in problems)
        if fmt is ListFormat.json:
            import json

            write_stdout(json.dumps([p.as_dict(language) for p in problems],
                                    ensure_ascii=False, indent=2) + "\n")
        else:
            lines = [p.render_with_hint(language) for p in problems]
            lines.append(t("validate.summary", errors=errors, warnings=len(problems) - errors)
                         if problems else t("validate.ok"))
            write_stdout("\n".join(lines) + "\n")
    raise typer.Exit(ExitCode.FAILED if errors else ExitCode.OK)
