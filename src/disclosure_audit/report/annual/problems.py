"""Part six (二), 主要问题, pre-filled from the rectification ledger's open entries: how many of
each kind (a sum ``report check`` verifies), then each problem with its department and deadline."""

from __future__ import annotations

from collections import Counter

from disclosure_audit.i18n.text import kind_text
from disclosure_audit.model import APPLICATION_ITEM
from disclosure_audit.report.annual.blocks import Block, Paragraph
from disclosure_audit.report.annual.facts import AnnualFacts, Count, Problem
from disclosure_audit.report.annual.wording import breakdown


def problems_section(facts: AnnualFacts) -> list[Block]:
    """The open problems by kind (条目完整性, 未公开, 依申请公开 …), each one listed."""
    day = facts.problems_as_of or facts.as_of
    when = f"截至{day.year}年{day.month}月{day.day}日"
    if not facts.problems:
        return [Paragraph(f"{when}，整改台账中没有尚未完成整改的问题。")]
    by_kind = Counter(p.kind for p in facts.problems)
    kinds = list(dict.fromkeys(p.kind for p in facts.problems))
    counts = [Count(kind_text(kind, "zh"), by_kind[kind]) for kind in kinds]
    blocks: list[Block] = [Paragraph(breakdown(f"{when}，整改台账中尚未完成整改的问题",
                                               len(facts.problems), "项", counts,
                                               shares=False))]
    for number, kind in enumerate(kinds, start=1):
        blocks.append(Paragraph(f"{number}．{kind_text(kind, 'zh')}（{by_kind[kind]}项）", "lead"))
        blocks += [Paragraph(_line(p), "item") for p in facts.problems if p.kind == kind]
    return blocks


def _line(problem: Problem) -> str:
    what = problem.title if problem.item == APPLICATION_ITEM else \
        f"（{problem.item}）{problem.title}"
    return (f"{what}：{problem.problem.rstrip('。')}（责任部门：{problem.department or '未指定'}；"
            f"整改期限：{problem.deadline.isoformat()}）")
