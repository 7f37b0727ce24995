"""The root ``disclosure-audit`` command: global options (--version, --lang, --debug)."""

from typing import Annotated

import typer

from disclosure_audit import __version__
from disclosure_audit.cli.common import LangOption, state
from disclosure_audit.i18n import set_lang, t

app = typer.Typer(help=t("help.app"), no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False, rich_markup_mode=None)


def _version(value: bool) -> None:
    if value:
        from disclosure_audit.errors import handle_errors
        from disclosure_audit.formats.output import write_stdout

        with handle_errors():
            write_stdout(f"disclosure-audit {__version__}\n")
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
