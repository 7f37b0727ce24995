"""``diff OLD.json NEW.json``: what improved, what regressed, and how scores moved."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from rich.table import Table
from rich.text import Text

from disclosure_audit.ci.baseline import ledger_by_key, obj
from disclosure_audit.formats.console import capture, hanging, shown
from disclosure_audit.i18n import t
from disclosure_audit.model import DIMENSIONS


@dataclass
class ResultDiff:
    """Entries fixed and new between two results, and score changes."""

    old_as_of: str | None
    new_as_of: str | None
    improved: list[dict[str, Any]] = field(default_factory=list)
    regressed: list[dict[str, Any]] = field(default_factory=list)
    overall: tuple[float | None, float | None] = (None, None)
    by_dimension: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    by_department: dict[str, dict[str, tuple[float | None, float | None]]] = field(
        default_factory=dict)


def compare(old: dict[str, Any], new: dict[str, Any]) -> ResultDiff:
    """Compare two JSON results by ledger key and by score."""
    old_keys = ledger_by_key(old)  # results of the first version are re-keyed
    new_keys = ledger_by_key(new)
    old_sum, new_sum = obj(old.get("summary")), obj(new.get("summary"))
    diff = ResultDiff(_text(old.get("as_of")), _text(new.get("as_of")))
    diff.improved = [e for k, e in old_keys.items() if k not in new_keys]
    diff.regressed = [e for k, e in new_keys.items() if k not in old_keys]
    diff.overall = (_score(old_sum, "score"), _score(new_sum, "score"))
    diff.by_dimension = {d: (_score(obj(old_sum.get("by_dimension")), d),
                             _score(obj(new_sum.get("by_dimension")), d)) for d in DIMENSIONS}
    old_dep = obj(old_sum.get("by_department"))
    new_dep = obj(new_sum.get("by_department"))
    for name in [*new_dep, *(d for d in old_dep if d not in new_dep)]:
        before, after = obj(old_dep.get(name)), obj(new_dep.get(name))
        diff.by_department[name] = {"score": (_score(before, "score"), _score(after, "score"))} | {
            d: (_score(obj(before.get("by_dimension")), d),
                _score(obj(after.get("by_dimension")), d)) for d in DIMENSIONS}
    return diff


def _score(data: dict[str, Any], name: str) -> float | None:
    """A score from a result, or None (shown as —) when it is not a finite number."""
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _change(pair: tuple[float | None, float | None]) -> str:
    before, after = pair
    if before is None or after is None:
        return f"{_num(before)} → {_num(after)}"
    return f"{before:.1f} → {after:.1f} ({after - before:+.1f})"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def diff_json(diff: ResultDiff) -> str:
    """The diff as JSON."""
    data = {
        "old_as_of": diff.old_as_of, "new_as_of": diff.new_as_of,
        "overall": {"old": diff.overall[0], "new": diff.overall[1]},
        "by_dimension": {d: {"old": a, "new": b} for d, (a, b) in diff.by_dimension.items()},
        "by_department": {name: {k: {"old": a, "new": b} for k, (a, b) in row.items()}
                          for name, row in diff.by_department.items()},
        "improved": [e["key"] for e in diff.improved],
        "regressed": [e["key"] for e in diff.regressed],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def diff_table(diff: ResultDiff, lang: str, width: int = 160, color: bool = False) -> str:
    """The diff for people: score changes by dimension and department, then the entries."""
    console, buffer = capture(width, color)
    console.print(Text(t("diff.title", lang, old=diff.old_as_of or "?", new=diff.new_as_of or "?",
                         change=_change(diff.overall)), style="bold"))
    table = Table(title=t("report.by_department", lang), title_justify="left")
    table.add_column(t("col.department", lang))
    table.add_column(t("col.score", lang), justify="right")
    for d in DIMENSIONS:
        table.add_column(t(f"dimension.{d}", lang), justify="right")
    table.add_row(Text(t("diff.overall", lang), style="bold"), _change(diff.overall),
                  *(_change(diff.by_dimension[d]) for d in DIMENSIONS))
    for name, row in diff.by_department.items():
        table.add_row(shown(name), _change(row["score"]), *(_change(row[d]) for d in DIMENSIONS))
    console.print(table)
    for label, entries, style in (("diff.improved", diff.improved, "green"),
                                  ("diff.regressed", diff.regressed, "red")):
        console.print(Text(t(label, lang, count=len(entries)), style=f"bold {style}"))
        for e in entries:
            console.print(hanging(f"{e.get('key', '')}  {e.get('department', '')}  "
                                  f"{e.get('problem', '')}"))
    return buffer.getvalue()
