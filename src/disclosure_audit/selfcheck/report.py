"""What ``selfcheck import`` says: every bad cell with its fix, then one line per workbook."""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_audit.diagnostics import Problem, sort_key
from disclosure_audit.i18n import t
from disclosure_audit.selfcheck.merge import Plan


@dataclass(frozen=True)
class Outcome:
    """What importing one workbook did: its plan, and the file written (None: nothing)."""

    workbook: str
    plan: Plan | None
    target: str | None
    written: bool
    problems: tuple[Problem, ...] = ()


def outcome_lines(outcome: Outcome, lang: str) -> tuple[str, str]:
    """(the problems and warnings with their fixes, the summary line)."""
    plan = outcome.plan
    shown = sorted([*outcome.problems, *(plan.warnings if plan else [])], key=sort_key)
    errors = "".join(p.render_with_hint(lang) + "\n" for p in shown)
    if outcome.problems:
        bad = len({(p.line, p.column) for p in outcome.problems})
        return errors, t("sc.refused", lang, workbook=outcome.workbook, cells=bad) + "\n"
    assert plan is not None
    key = "sc.imported" if outcome.written else "sc.nothing"
    return errors, t(key, lang, workbook=outcome.workbook, target=outcome.target,
                     added=len(plan.additions), updated=len(plan.updates),
                     unchanged=plan.unchanged, present=plan.present, kept=plan.kept) + "\n"
