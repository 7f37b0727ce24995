"""Part three, 依申请公开和不予公开情况: the register's yearly figures (received, carried in,
answered by outcome, carried out — stated so that ``report check`` verifies the identity),
who applied, the grounds of refusals, timeliness, fees; then what was withheld by law."""

from __future__ import annotations

from collections import Counter

from disclosure_audit.i18n import t
from disclosure_audit.model import REQUESTERS
from disclosure_audit.report.annual.blocks import Block, Heading, Paragraph, Table
from disclosure_audit.report.annual.facts import AnnualFacts, Count
from disclosure_audit.report.annual.wording import breakdown
from disclosure_audit.scoring.applications import Judged

CARRIED_OUT = "结转下一学年继续办理"
TABLE_HEADER = ("编号", "收到日期", "申请人", "申请方式", "申请内容", "办理结果", "答复期限",
                "答复日期")
TABLE_WIDTHS = (1.6, 1.6, 1.6, 1.2, 4.0, 1.4, 1.6, 1.6)


def requests_part(facts: AnnualFacts) -> list[Block]:
    """三、依申请公开和不予公开情况."""
    return [Heading("三、依申请公开和不予公开情况"), Heading("（一）依申请公开情况", 2),
            *_applications(facts), Heading("（二）不予公开情况", 2), *_withheld(facts)]


def _applications(facts: AnnualFacts) -> list[Block]:
    year = facts.applications
    texts = []
    if year.received + year.carried_in == 0:
        texts.append(f"{facts.label}学年，学校未收到信息公开申请，也没有上一学年结转的申请。")
    else:
        parts = [Count(t(f"application.outcome.{o}", "zh"), n) for o, n in year.answered.items()]
        parts += [Count(CARRIED_OUT, year.carried_out)] if year.carried_out else []
        texts.append(breakdown(f"{facts.label}学年，学校新收到信息公开申请{year.received}件、"
                               f"上一学年结转{year.carried_in}件，",
                               year.received + year.carried_in, "件", parts, shares=False))
        texts.extend(_details(facts))
    texts.append("信息公开工作未发生收费情况。" if year.fees == 0
                 else f"依申请提供信息共收取费用{year.fees:.2f}元。")
    blocks: list[Block] = [Paragraph(text) for text in texts]
    if facts.judged:
        blocks.append(Table(TABLE_HEADER, tuple(_row(j) for j in facts.judged), TABLE_WIDTHS))
    return blocks


def _details(facts: AnnualFacts) -> list[str]:
    """Who applied, why answers withheld something, and whether replies were in time."""
    year = facts.applications
    texts = []
    if year.received:
        who = [Count(t(f"application.requester.{r}", "zh"), year.requesters[r])
               for r in REQUESTERS if year.requesters.get(r)]
        texts.append(breakdown("本学年新收到的申请", year.received, "件", who,
                               lambda label: f"{label}提出", shares=False))
    if year.grounds:
        grounds = [Count(t(f"ground.{g}", "zh"), n) for g, n in year.grounds.items()]
        texts.append(breakdown("不予公开或部分公开的答复", sum(year.grounds.values()), "件",
                               grounds, lambda label: f"以{label}为由", shares=False))
    states = Counter(j.state for j in facts.judged)
    extended = sum(1 for j in facts.judged if j.extension_counts)
    day = facts.as_of
    text = (f"截至{day.year}年{day.month}月{day.day}日，上述申请中按期答复{states['on_time']}件，"
            f"逾期答复{states['late']}件，逾期未答复{states['unanswered']}件，"
            f"尚在答复期限内{states['pending']}件")
    texts.append(text + (f"；经批准延期答复{extended}件。" if extended else "。"))
    return texts


def _row(judged: Judged) -> tuple[str, ...]:
    a = judged.application
    outcome = t(f"application.outcome.{a.outcome}", "zh") if a.outcome else "未答复"
    if a.ground:
        outcome += f"（{t(f'ground.{a.ground}', 'zh')}）"
    return (a.id, a.received.isoformat(), t(f"application.requester.{a.requester}", "zh"),
            t(f"application.channel.{a.channel}", "zh"), a.subject, outcome,
            judged.due.isoformat(), a.replied.isoformat() if a.replied else "")


def _withheld(facts: AnnualFacts) -> list[Block]:
    if not facts.exemptions:
        return [Paragraph("本学年没有依法不予公开的清单事项信息。")]
    blocks: list[Block] = [Paragraph("学校对以下清单事项信息依法不予公开：")]
    for e in facts.exemptions:
        note = f"说明：{e.note.rstrip('。')}。" if e.note else ""
        blocks.append(Paragraph(f"（{e.item}）{e.title}中的“{e.element}”：依法不予公开，"
                                f"情形为{e.ground}。{note}", "item"))
    return blocks
