"""The command line: argument parsing and wiring only.

No ``from __future__ import annotations`` in the CLI modules: typer would have to ``eval`` every
string annotation on every start, which costs more than the rest of start-up together.

Every command is listed in :data:`COMMANDS`, in the order ``--help`` shows them; its module is
imported only when the command runs (:mod:`.lazy`). A new command: its module registers it
with ``@app.command`` (or defines a ``typer.Typer`` for a group of commands), and gets a line
here.
"""

from disclosure_audit.cli import coercion
from disclosure_audit.cli.app import app
from disclosure_audit.cli.lazy import Lazy, lazy_group

COMMANDS = {
    "audit": Lazy("audit", "help.audit"),
    "diff": Lazy("ci", "help.diff"),
    "init": Lazy("ci", "help.init"),
    "crawl": Lazy("crawl", "help.crawl"),
    "links": Lazy("links", "help.links"),
    "validate": Lazy("validate", "help.validate"),
    "checklist": Lazy("checklist", "help.checklist", group="checklist_app"),
    "ledger": Lazy("ledger remind", "help.ledger", group="ledger_app"),  # remind: ledger remind
    "evidence": Lazy("evidence", "help.evidence", group="evidence_app"),
    "report": Lazy("report", "help.report", group="report_app"),
    "selfcheck": Lazy("selfcheck", "help.selfcheck", group="selfcheck_app"),
}
"""Each command: the modules that define it, its help's catalogue key, its group's Typer."""

coercion.install()  # typer converts plain values without importing pydantic (see the module)
app.info.cls = lazy_group(app, COMMANDS)  # localized help and usage errors (helpfmt) too

__all__ = ["COMMANDS", "app", "main"]


def main() -> None:
    """Console-script entry point."""
    from disclosure_audit.errors import handle_errors

    with handle_errors():
        try:
            app()
        except OSError as exc:  # commands handle their own: this is the parser's help text
            from disclosure_audit.formats.output import stdout_failed

            raise stdout_failed(exc) from None
