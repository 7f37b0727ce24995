"""The command line: argument parsing and wiring only.

No ``from __future__ import annotations`` in the CLI modules: typer would have to ``eval`` every
string annotation on every start, which costs more than the rest of start-up together.
"""

from disclosure_audit.cli import (  # noqa: F401 - registers commands
    audit,
    ci,
    coercion,
    crawl,
    links,
    remind,
    validate,
)
from disclosure_audit.cli.app import app
from disclosure_audit.cli.checklist import checklist_app
from disclosure_audit.cli.evidence import evidence_app
from disclosure_audit.cli.helpfmt import localize
from disclosure_audit.cli.ledger import ledger_app
from disclosure_audit.cli.report import report_app
from disclosure_audit.cli.selfcheck import selfcheck_app

coercion.install()  # typer converts plain values without importing pydantic (see the module)
app.add_typer(checklist_app, name="checklist")
app.add_typer(ledger_app, name="ledger")
app.add_typer(evidence_app, name="evidence")
app.add_typer(report_app, name="report")
app.add_typer(selfcheck_app, name="selfcheck")
localize(app)  # every command's help and usage errors in the user's language

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    from disclosure_audit.errors import handle_errors

    with handle_errors():
        try:
            app()
        except OSError as exc:  # commands handle their own: this is the parser's help text
            from disclosure_audit.formats.output import stdout_failed

            raise stdout_failed(exc) from None
