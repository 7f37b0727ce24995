"""Reports as they are published: DOCX, PDF and HTML files made inside the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA
from disclosure_audit.errors import InputError
from disclosure_audit.report.extract import extract

SEED = DATA / "reports" / "seed-annual-report-2022.txt"
WRONG_TOTAL = "学校共受理信息公开申请12件，其中予以公开8件，部分公开2件，不予公开1件。"


def _errors(run_cli, path: Path) -> list[tuple[int | None, str]]:
    result = run_cli("report", "check", path, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    return [(f["line"], f["text"]) for f in findings if f["verdict"] == "error"]


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("某某学院2022年信息公开年度报告", level=1)   # paragraph 1
    document.add_heading("二、主动公开情况", level=2)                 # 2
    table = document.add_table(rows=2, cols=3)                      # cells: 3 to 7
    for column, text in enumerate(("类别", "说明", "备注")):
        table.cell(0, column).text = text
    table.cell(1, 0).text = "公开信息"
    merged = table.cell(1, 1).merge(table.cell(1, 2))  # one cell over two columns: read once
    merged.text = "共计100条，其中公文类40条、教学类50条。"
    document.add_paragraph("学校通过官方网站公开信息共计548条，其中，公文类信息40条，占比7.4%；"
                           "其他业务动态类信息508条，占比92.7%。")                  # 8
    document.add_paragraph(WRONG_TOTAL)                                           # 9
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_document_order(run_cli, tmp_path: Path) -> None:
    path = _docx(tmp_path / "年度报告.docx")
    lines = extract(path, "年度报告.docx")
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    texts = [line.text for line in lines]
    assert texts[:2] == ["某某学院2022年信息公开年度报告", "二、主动公开情况"]
    assert texts[2:7] == ["类别", "说明", "备注", "公开信息",
                          "共计100条，其中公文类40条、教学类50条。"]
    assert lines[1].heading and lines[6].hard and not lines[7].hard
    assert _errors(run_cli, path)[:3] == [
        (7, "共计100条"), (8, "公文类信息40条，占比7.4%"), (9, "学校共受理信息公开申请12件"),
    ]


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    # A CID font every PDF reader knows by name: no font file, no network.
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    for lines in pages:
        pdf.setFont("STSong-Light", 11)
        for index, line in enumerate(lines):
            pdf.drawString(40, 800 - 18 * index, line)
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_text_is_chinese_and_lines_are_counted_across_pages(run_cli, tmp_path: Path
                                                                ) -> None:
    path = _pdf(tmp_path / "report.pdf", [
        ["一、信息公开工作情况概述", "本报告统计期限自2021年9月1日起至2022年8月31日止。"],
        ["二、主动公开情况",
         "学校通过官方网站公开信息共计548条，其中，公文类信息40条，占比7.3%；教学类",  # wrapped
         "信息60条，占比11%；其他业务动态类信息448条，占比81.7%。",
         "学校抽检公开事项134项，合格率94.3%。"],
    ])
    texts = [line.text for line in extract(path, "report.pdf")]
    assert texts[0] == "一、信息公开工作情况概述"
    assert "学校通过官方网站公开信息共计548条，其中，公文类信息40条，占比7.3%；教学类" in texts
    assert _errors(run_cli, path)[:2] == [(5, "其他业务动态类信息448条，占比81.7%"),
                                          (6, "合格率94.3%")]


def test_a_placeholder_wrapped_across_pdf_lines_is_still_an_error(run_cli, tmp_path: Path
                                                                  ) -> None:
    # LibreOffice's PDF of the draft wraps 【待填写：…】 over two lines, its 】 on the next.
    path = _pdf(tmp_path / "report.pdf", [
        ["一、信息公开工作情况概述", "本报告统计期限自2021年9月1日起至2022年8月31日止。",
         "七、其他需要报告的事项", "【待填写：其他需要报告的事项（没有时写“无”）",
         "（report.yaml 中 2021-2022 的 other）】"],
        ["【待", "— 2 —", "填写：报告日期】"],
    ])
    result = run_cli("report", "check", path)
    assert result.exit_code == 1
    assert [(line, text[:5]) for line, text in _errors(run_cli, path)
            if text.startswith("【")] == [(4, "【待填写："), (6, "【待填写：")]


def test_pdf_without_text_is_refused(run_cli, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "scan.pdf"))
    pdf.rect(10, 10, 100, 100)  # a page with no text at all, like a scan
    pdf.showPage()
    pdf.save()
    result = run_cli("report", "check", tmp_path / "scan.pdf")
    assert result.exit_code == 2 and "[report-no-text]" in result.stderr


HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>共计1条，其中2条</title>
<script>var s = "共计100条，其中公文类1条、教学类1条";</script></head>
<body>
<h2>二、主动公开情况</h2>
<p>学校通过官方网站公开信息共计548条，其中，公文类信息40条，占比7.3%；
教学类信息60条，占比11%；其他业务动态类信息448条，占比80%。</p>
<table><tr><td>合计</td><td>共计100条，其中公文类40条、教学类50条。</td></tr></table>
<p>第一段<br>学校抽检公开事项134项，合格率94.3%。</p>
</body></html>
"""


def test_html_in_gb2312_with_source_line_numbers(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(HTML.encode("gb2312"))
    lines = extract(path, "report.html")
    assert (lines[0].number, lines[0].text, lines[0].heading) == (6, "二、主动公开情况", True)
    assert all("var s" not in line.text and "<title>" not in line.text for line in lines)
    assert _errors(run_cli, path) == [(8, "其他业务动态类信息448条，占比80%"),
                                      (9, "共计100条"), (10, "合格率94.3%"),
                                      (None, ""), (None, ""), (None, ""), (None, ""),
                                      (None, "")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_truncated_file_is_an_input_error(run_cli, tmp_path: Path, suffix: str) -> None:
    whole = _docx(tmp_path / "x.docx") if suffix == ".docx" else _pdf(tmp_path / "x.pdf",
                                                                       [["一、概述"]])
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    result = run_cli("report", "check", cut)
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert f"cut{suffix}" in result.stderr


def _swollen(path: Path, out: Path, paragraphs: int) -> Path:
    """``path`` with ``paragraphs`` more plain paragraphs: a small file of much XML."""
    import zipfile

    para = "<w:p><w:r><w:t>共计548条，其中公文类信息40条。</w:t></w:r></w:p>"
    with zipfile.ZipFile(path) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                head, body = data.decode("utf-8").split("<w:body>", 1)
                data = (head + "<w:body>" + para * paragraphs + body).encode("utf-8")
            target.writestr(info.filename, data)
    return out


def test_a_docx_of_too_much_xml_or_text_is_refused_without_reading_it_all(
        run_cli, tmp_path: Path) -> None:
    # A 600 KB .docx holding 180 MB of XML once kept `report check` busy for minutes (2.4 GB);
    # and python-docx looked up the default style for every paragraph: minutes for 20,000.
    small = _docx(tmp_path / "x.docx")
    bomb = _swollen(small, tmp_path / "bomb.docx", 500_000)  # 35 MB of XML, 1 MB on disk
    assert bomb.stat().st_size < 2 * 1024 * 1024
    result = run_cli("report", "check", bomb)
    assert result.exit_code == 2 and "[report-too-large-unpacked]" in result.stderr
    long = _swollen(small, tmp_path / "long.docx", 30_000)  # 660,000 characters of text
    result = run_cli("report", "check", long, "--lang", "en")
    assert result.exit_code == 2 and "[report-too-long]" in result.stderr
    fine = _swollen(small, tmp_path / "fine.docx", 20_000)  # 440,000: read, every paragraph
    lines = extract(fine, "fine.docx")
    assert len(lines) == 20_000 + 9  # the headings follow the paragraphs put first
    assert [line.number for line in lines if line.heading] == [20_001, 20_002]


def test_a_pdf_of_too_much_text_is_refused_at_the_page_that_passes_the_limit(
        run_cli, tmp_path: Path) -> None:
    # 1,500 pages once took a minute to read before being refused; reading now stops at the
    # page where the text passes 500,000 characters.
    line = "学校通过官方网站公开信息共计548条，其中公文类信息40条，占比7.3%。" * 2
    path = _pdf(tmp_path / "big.pdf", [[line] * 40] * 200)  # 200 × 40 × 70: 560,000
    result = run_cli("report", "check", path, "--format", "json")
    assert result.exit_code == 2 and "[report-too-long]" in result.stderr
    counted = int(result.stderr.split("（")[1].split("+")[0])
    assert 500_000 < counted < 510_000  # stopped after the page that passed the limit
    with pytest.raises(InputError):
        extract(path, "big.pdf")
