"""Where a ledger entry is about, for CI tools that point at lines: SARIF and annotations."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from disclosure_audit.diagnostics import relative_file
from disclosure_audit.model import AuditResult, LedgerEntry


@dataclass(frozen=True)
class Spot:
    """A file (as displayed, relative to the working directory), a line and maybe a column."""

    path: str
    line: int
    column: int | None = None

    def repo_uri(self, root: str) -> str:
        """The file relative to the school's repo as a URI reference (non-ASCII and reserved
        characters percent-encoded, ``/`` kept): what SARIF's ``artifactLocation.uri`` wants."""
        return quote(relative_file(self.path, root) or "checklist.yaml", safe="/")


def entry_spot(result: AuditResult, entry: LedgerEntry) -> Spot:
    """The declaration line behind the entry, else the item's line in the school's checklist,
    else the top of the school's checklist (an item inherited untouched from the shipped list
    has its line in the package's file, which is not in the school's repo: never pointed at)."""
    root = result.root
    item = next((r.item for r in result.items if r.item.id == entry.item), None)
    for ref in (*entry.evidence, item.source if item else None):
        if ref is None or ref.line is None:
            continue
        if relative_file(ref.path, root) is not None:
            return Spot(ref.path.partition("[")[0], ref.line, ref.column)
    return Spot(result.checklist.path, 1, 1)
