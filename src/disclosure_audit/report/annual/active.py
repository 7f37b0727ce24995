"""Part two, 主动公开情况: how much was published, where and of what kind, then every list item
one by one with its links or its reason; and the rows of the appendix table."""

from __future__ import annotations

from disclosure_audit.i18n import t
from disclosure_audit.report.annual.blocks import Block, Heading, Paragraph
from disclosure_audit.report.annual.facts import UNLABELLED, AnnualFacts, ItemLine
from disclosure_audit.report.annual.wording import breakdown, links_text


def active_part(facts: AnnualFacts) -> list[Block]:
    """二、主动公开情况: the counts, then the list items one by one."""
    return [Heading("二、主动公开情况"), Heading("（一）主动公开数量", 2), *_counts(facts),
            Heading("（二）清单事项逐条公开情况", 2), *_items(facts)]


def _counts(facts: AnnualFacts) -> list[Block]:
    rows = facts.rows
    if rows.total == 0:
        return [Paragraph(f"{facts.label}学年，各部门未申报在统计期限内发布的信息。")]
    texts = []
    if rows.public:
        texts.append(breakdown(f"{facts.label}学年，学校通过面向社会的渠道公开信息",
                               sum(c.count for c in rows.public), "条", rows.public))
    else:
        texts.append(f"{facts.label}学年，各部门未申报通过面向社会的渠道公开的信息。")
    if rows.internal:
        texts.append(breakdown("通过校内渠道（仅面向师生员工）发布信息",
                               sum(c.count for c in rows.internal), "条", rows.internal))
    texts.append(breakdown("按信息类别统计，上述各渠道发布的信息", rows.total, "条", rows.kinds,
                           _kind_name))
    return [Paragraph(text) for text in texts]


def _kind_name(label: str) -> str:
    return "未标注类别的信息" if label == UNLABELLED else f"{label}信息"


def _items(facts: AnnualFacts) -> list[Block]:
    blocks: list[Block] = [Paragraph(
        f"对照《高等学校信息公开事项清单》，截至{facts.as_of.year}年{facts.as_of.month}月"
        f"{facts.as_of.day}日各事项的公开情况逐条说明如下：")]
    category = None
    number = 0
    for line in facts.items:
        if line.category != category:
            category = line.category
            number += 1
            blocks.append(Paragraph(f"{number}．{category}", "lead"))
        blocks.append(Paragraph(_item_text(line), "item"))
    return blocks


def _item_text(line: ItemLine) -> str:
    parts = [f"（{line.id}）{line.title}：{t(f'status.{line.status}', 'zh')}。"]
    if line.links:
        parts.append(f"公开渠道及链接：{links_text(line.links)}。")
    if line.channels:
        parts.append(f"{'另在' if line.links else '仅在'}{'、'.join(line.channels)}发布。")
    if line.failed:
        parts.append(f"未达标的维度：{'、'.join(line.failed)}（问题见第六部分）。")
    if line.reason:
        parts.append(f"说明：{line.reason.rstrip('。')}。")
    return "".join(parts)


def appendix_rows(facts: AnnualFacts) -> tuple[tuple[str, ...], ...]:
    """清单事项公开情况表: item, title, category, status, links, reason — one row per item."""
    rows = []
    for line in facts.items:
        where = "\n".join(f"{name} {url}" for name, url in line.links)
        if line.channels:
            where = "\n".join(p for p in (where, "校内：" + "、".join(line.channels)) if p)
        failed = f"未达标：{'、'.join(line.failed)}" if line.failed else ""
        rows.append((line.id, line.title, line.category, t(f"status.{line.status}", "zh"),
                     where, "\n".join(p for p in (failed, line.reason) if p)))
    return tuple(rows)
