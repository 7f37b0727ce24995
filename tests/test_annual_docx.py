"""The Word draft read back with python-docx (fonts by name for every script, A4 and margins,
the PAGE field, heading styles, the appendix table), and converted to PDF by LibreOffice."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Length
from pypdf import PdfReader

from conftest import EXAMPLE, require_tool
from disclosure_audit.report.findings import Verdict
from disclosure_audit.services.annual import AnnualRequest, draft_annual_report
from disclosure_audit.services.report import check_report

SCRIPTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docx")
    repo = root / "zz"
    shutil.copytree(EXAMPLE, repo)
    (repo / "applications.yaml").write_text(
        "applications:\n  - {id: Y1, received: 2022-03-01, requester: 自然人, channel: 信函,\n"
        "     subject: 招生计划, outcome: 予以公开, replied: 2022-03-10}\n", encoding="utf-8")
    out = root / "年度报告.docx"
    draft_annual_report(AnnualRequest(repo, out, "2021-2022", dt.date(2022, 10, 15)))
    return out


def _fonts(element) -> dict[str, str]:
    fonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts is not None
    assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib)
    return {name: fonts.get(qn(name)) for name in SCRIPTS}


@pytest.mark.parametrize(("style", "font", "size"), [
    ("Normal", "仿宋_GB2312", 16), ("Title", "方正小标宋简体", 22),
    ("Heading 1", "黑体", 16), ("Heading 2", "楷体_GB2312", 16)])
def test_fonts_are_named_for_ascii_and_east_asian_text(draft, style, font, size) -> None:
    chosen = Document(str(draft)).styles[style]
    assert _fonts(chosen.element) == dict.fromkeys(SCRIPTS, font)
    assert chosen.font.size.pt == size
    assert str(chosen.font.color.rgb) == "000000" and chosen.font.color.theme_color is None


def test_a4_with_official_document_margins_and_a_landscape_appendix(draft) -> None:
    body, appendix = Document(str(draft)).sections
    assert (round(body.page_width.mm), round(body.page_height.mm)) == (210, 297)  # twips
    assert body.orientation == WD_ORIENT.PORTRAIT
    margins = (body.top_margin, body.bottom_margin, body.left_margin, body.right_margin)
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]  # GB/T 9704-2012
    text_width = Length(body.page_width - body.left_margin - body.right_margin)
    assert round(text_width.mm) == 156
    assert (round(appendix.page_width.mm), round(appendix.page_height.mm)) == (297, 210)
    assert appendix.orientation == WD_ORIENT.LANDSCAPE


def test_page_numbers_are_a_page_field_in_the_footer(draft) -> None:
    body, appendix = Document(str(draft)).sections
    footer = body.footer.paragraphs[0]._p
    kinds = [f.get(qn("w:fldCharType")) for f in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    assert [i.text.strip() for i in footer.iter(qn("w:instrText"))] == ["PAGE"]
    assert body.footer.paragraphs[0].text.startswith("— ")
    assert appendix.footer.is_linked_to_previous  # numbering runs on into the appendix


def test_headings_are_heading_styles(draft) -> None:
    paragraphs = Document(str(draft)).paragraphs
    styled = {p.text: p.style.name for p in paragraphs}
    assert styled["株洲师范高等专科学校2022年信息公开年度报告"] == "Title"
    for part in ("一、信息公开工作情况概述", "二、主动公开情况", "三、依申请公开和不予公开情况",
                 "四、对信息公开的评议情况", "五、因学校信息公开工作受到举报、复议、诉讼的情况",
                 "六、本年度信息公开工作的主要经验、问题和改进措施", "七、其他需要报告的事项",
                 "附件"):
        assert styled[part] == "Heading 1", part
    for section in ("（一）主动公开数量", "（二）清单事项逐条公开情况", "（一）依申请公开情况",
                    "（三）改进措施"):
        assert styled[section] == "Heading 2", section
    lead = next(p for p in paragraphs if p.text == "1．基本信息")
    assert lead.style.name == "报告小标题" and lead.style.paragraph_format.keep_with_next
    item = next(p for p in paragraphs if p.text.startswith("（6）信息公开年度报告"))
    # list lines carry long URLs: left-aligned, so justification cannot spread the line above
    assert item.style.name == "报告条目" and item.style.paragraph_format.alignment == 0
    runs = [r for p in paragraphs for r in p.runs if r.text.startswith("【待填写")]
    assert len(runs) == 2 and all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in runs)


def test_the_appendix_is_a_table_with_a_repeated_header(draft) -> None:
    document = Document(str(draft))
    register, appendix = document.tables
    assert [c.text for c in appendix.rows[0].cells] == [
        "事项编号", "公开事项", "类别", "公开情况", "公开渠道及链接", "未公开理由"]
    ids = [r.cells[0].text for r in appendix.rows[1:]]
    assert len(ids) == 51 and ids[:3] == ["1", "2", "3"] and "V1" in ids  # 50 + the school's
    for table in (register, appendix):
        header = table.rows[0]._tr.trPr
        assert header.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
    row6 = next(r for r in appendix.rows if r.cells[0].text == "6")
    assert row6.cells[3].text == "部分合规"
    assert row6.cells[4].text == "信息公开专栏 https://www.zzsz.edu.cn/xxgk/ndbg/2021.htm"
    widths = [round(c.width.mm) for c in appendix.rows[1].cells]
    assert sum(widths) in (246, 247, 248) and widths[4] > widths[0]
    cell_style = appendix.rows[1].cells[1].paragraphs[0].style
    assert cell_style.name == "表格文字" and cell_style.font.size.pt == 10.5


def test_document_properties(draft) -> None:
    props = Document(str(draft)).core_properties
    assert props.title == "株洲师范高等专科学校2022年信息公开年度报告"
    assert props.author == "株洲师范高等专科学校"
    assert props.created == dt.datetime(2022, 10, 15, tzinfo=dt.UTC)


KNOWN_NOISE = ("javaldx",)
"""LibreOffice's own start-up chatter on a machine without Java: not about the document."""


def test_libreoffice_converts_it_to_pdf_without_warnings(draft, tmp_path) -> None:
    soffice = require_tool("soffice", "the draft's LibreOffice conversion cannot be tested "
                                      "(apt-get install libreoffice-writer-nogui)")
    profile = tmp_path / "profile"  # a private profile: no clash with a running LibreOffice
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(draft)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    noise = [line for line in (result.stdout + result.stderr).splitlines()
             if line.strip() and "convert " not in line
             and not any(word in line for word in KNOWN_NOISE)]
    assert noise == []
    pdf = PdfReader(str(tmp_path / "年度报告.pdf"))
    assert len(pdf.pages) >= 10
    first, last = pdf.pages[0], pdf.pages[-1]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (595, 842)
    assert float(last.mediabox.width) > float(last.mediabox.height)  # the appendix, landscape
    text = first.extract_text()
    assert "信息公开年度报告" in text and "— 1 —" in text
    landscape = [p for p in pdf.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert len(landscape) >= 2 and "清单事项公开情况表" in landscape[0].extract_text()
    # the header row is repeated on every page of the table
    assert all("公开渠道及链接" in p.extract_text() for p in landscape)
    assert f"— {len(pdf.pages)} —" in pdf.pages[-1].extract_text()
    # every figure of the PDF a school would publish still checks out: justified lines wrapped
    # inside words and page numbers between lines are read through. What fails is the draft's
    # two 【待填写】 (other, date), found although LibreOffice wraps each over two lines.
    findings = check_report(tmp_path / "年度报告.pdf")
    assert [(f.code, f.text[:7]) for f in findings if f.verdict is not Verdict.ok] == [
        ("placeholder", "【待填写：其他"), ("placeholder", "【待填写：报告")]
    assert sum(f.code == "share-ok-remainder" for f in findings) >= 1


def test_a_missing_tool_skips_unless_tools_are_required(monkeypatch) -> None:
    monkeypatch.delenv("DISCLOSURE_AUDIT_REQUIRE_TOOLS", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-such-tool-x is not installed: why"):
        require_tool("no-such-tool-x", "why")
    monkeypatch.setenv("DISCLOSURE_AUDIT_REQUIRE_TOOLS", "1")
    with pytest.raises(pytest.fail.Exception, match="DISCLOSURE_AUDIT_REQUIRE_TOOLS=1"):
        require_tool("no-such-tool-x", "why")
    assert require_tool("sh", "always there") == shutil.which("sh")
