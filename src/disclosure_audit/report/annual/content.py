"""The draft in the MOE structure (教育部办公厅 2018 notice; rules.md "The annual report's
format"): the six parts of the seed report, 其他需要报告的事项, and the appendix
清单事项公开情况表. Every figure comes from the facts; every text people must write comes from
report.yaml or is a 【待填写】 placeholder. The body is in Chinese only (issue 13)."""

from __future__ import annotations

import re

from disclosure_audit.i18n import t
from disclosure_audit.report.annual.active import active_part, appendix_rows
from disclosure_audit.report.annual.blocks import Block, Draft, Heading, Paragraph, Table
from disclosure_audit.report.annual.facts import AnnualFacts
from disclosure_audit.report.annual.problems import problems_section
from disclosure_audit.report.annual.requests import requests_part
from disclosure_audit.report.annual.texts import ReportTexts
from disclosure_audit.report.annual.wording import breakdown, placeholder

APPENDIX_HEADER = ("事项编号", "公开事项", "类别", "公开情况", "公开渠道及链接", "未公开理由")
APPENDIX_WIDTHS = (1.3, 5.0, 2.2, 2.0, 6.0, 4.0)
SECTION = re.compile(r"^（[一二三四五六七八九十]+）[^。；]{1,40}$")
BASIS = ("按照《高等学校信息公开办法》《教育部关于公布〈高等学校信息公开事项清单〉的通知》和"
         "《教育部办公厅关于全面推进高校信息公开做好信息公开年度报告工作的通知》的要求，")


def build_draft(facts: AnnualFacts, texts: ReportTexts) -> Draft:
    """The whole draft report."""
    body: list[Block] = [Paragraph(f"（{facts.label}学年）", "subtitle"), _intro(facts)]
    body += _overview(facts, texts)
    body += active_part(facts)
    body += requests_part(facts)
    body += _written("四、对信息公开的评议情况", "对信息公开的评议情况", "appraisal", texts)
    body += _written("五、因学校信息公开工作受到举报、复议、诉讼的情况",
                     "因信息公开工作受到举报、复议、诉讼的情况", "complaints", texts)
    body += _lessons(facts, texts)
    body += _written("七、其他需要报告的事项", "其他需要报告的事项（没有时写“无”）", "other", texts)
    body += _signature(facts, texts)
    table = Table(APPENDIX_HEADER, appendix_rows(facts), APPENDIX_WIDTHS)
    return Draft(f"{facts.institution}{facts.end.year}年信息公开年度报告", tuple(body), "附件",
                 f"{facts.institution}清单事项公开情况表（{facts.label}学年）", (table,))


def _intro(facts: AnnualFacts) -> Paragraph:
    start, end = facts.start, facts.end
    return Paragraph(
        f"{BASIS}根据学校本学年信息公开工作情况，编制{facts.institution}{facts.label}学年信息公开"
        f"工作年度报告。本报告中所列数据的统计期限自{start.year}年{start.month}月{start.day}日起"
        f"至{end.year}年{end.month}月{end.day}日止。")


def _overview(facts: AnnualFacts, texts: ReportTexts) -> list[Block]:
    applicable = [line for line in facts.items if line.status != "not_applicable"]
    office = f"学校信息公开日常工作由{facts.office}负责。" if facts.office else ""
    declared = "本学年尚无部门申报清单事项的公开情况。"
    if facts.departments:
        declared = (f"本学年共有{len(facts.departments)}个部门逐项申报清单事项的公开情况，"
                    "未公开的说明理由。")
    counts = facts.status_counts()
    status = breakdown(f"截至{_date(facts.as_of)}，经逐项自查，适用的清单事项", len(applicable),
                       "项", counts, lambda s: t(f"status.{s}", "zh"), shares=False) \
        if counts else ""
    blocks: list[Block] = [Heading("一、信息公开工作情况概述"),
                           Paragraph(office + declared + status)]
    return blocks + _texts("信息公开工作机制、组织领导、培训等情况", "overview", texts)


def _written(heading: str, what: str, name: str, texts: ReportTexts) -> list[Block]:
    """A part only the office can write: its text from report.yaml, else a placeholder."""
    return [Heading(heading), *_texts(what, name, texts)]


def _texts(what: str, name: str, texts: ReportTexts) -> list[Block]:
    """The paragraphs the office wrote (a short line opening with （一） … is a section heading,
    as in any report), else the placeholder."""
    return [Heading(p, 2) if SECTION.match(p) else Paragraph(p)
            for p in texts.get(name) or (placeholder(what, name, texts.year),)]


def _lessons(facts: AnnualFacts, texts: ReportTexts) -> list[Block]:
    return [
        Heading("六、本年度信息公开工作的主要经验、问题和改进措施"),
        Heading("（一）主要经验", 2), *_texts("本年度信息公开工作的主要经验", "experience", texts),
        Heading("（二）主要问题", 2), *problems_section(facts),
        *(_texts("", "problems", texts) if texts.get("problems") else ()),
        Heading("（三）改进措施", 2), *_texts("针对上述问题的改进措施", "improvements", texts),
    ]


def _signature(facts: AnnualFacts, texts: ReportTexts) -> list[Block]:
    when = _date(texts.date) if texts.date else placeholder("报告日期", "date", texts.year)
    return [Paragraph(facts.institution, "signature"), Paragraph(when, "signature")]


def _date(day: object) -> str:
    """``2022年10月28日``."""
    return f"{day.year}年{day.month}月{day.day}日"  # type: ignore[attr-defined]
