"""The draft as a Word document (python-docx), laid out after 党政机关公文格式 (GB/T 9704-2012)
where it fits a school's report.

- A4; margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (the 156 × 225 mm text block of
  GB/T 9704); the appendix is a landscape section with 25 mm margins, for its wide table.
- Fonts named for ASCII and East Asian text alike (``w:ascii``, ``w:hAnsi``, ``w:eastAsia``):
  title 方正小标宋简体 二号 (22 pt); part headings 黑体 三号; section headings 楷体_GB2312 三号;
  body 仿宋_GB2312 三号 (16 pt), fixed 28 pt lines, first lines indented two characters; the
  tables 仿宋_GB2312 10.5 pt. A machine without these fonts substitutes its own.
- Headings are real heading styles (标题 1, 标题 2: the navigation pane and a table of contents
  see them); the appendix is a real table whose header row repeats on every page.
- Page numbers "— n —" centred in the footer, a PAGE field.
- Placeholders (【待填写…】) are highlighted in yellow.
"""

from __future__ import annotations

import datetime as dt
import io

from disclosure_audit.report.annual.blocks import PLACEHOLDER, Draft, Heading, Paragraph, Table

TITLE_FONT = "方正小标宋简体"
HEADING_FONTS = {1: "黑体", 2: "楷体_GB2312"}
BODY_FONT = "仿宋_GB2312"
FOOTER_FONT = "宋体"
BODY_PT, TITLE_PT, TABLE_PT, LINE_PT = 16, 22, 10.5, 28


def render_docx(draft: Draft, created: dt.date, author: str) -> bytes:
    """The .docx bytes; ``created`` and ``author`` go into the document's properties."""
    from docx import Document

    document = Document()
    _page(document.sections[0], landscape=False)
    _styles(document)
    _page_number(document.sections[0])
    document.add_paragraph(draft.title, style="Title")
    for block in draft.body:
        _block(document, block)
    _appendix(document, draft)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = draft.title, author, author
    props.comments = props.subject = props.keywords = ""
    moment = dt.datetime(created.year, created.month, created.day)
    props.created = props.modified = moment
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _page(section, landscape: bool) -> None:  # noqa: ANN001 - a docx Section
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        margins = (25, 25, 25, 25)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        margins = (37, 35, 28, 26)  # GB/T 9704-2012: 天头 37 mm, 订口 28 mm, 版心 156 × 225
    (section.top_margin, section.bottom_margin, section.left_margin,
     section.right_margin) = (Mm(m) for m in margins)
    section.footer_distance = Mm(20)


def set_fonts(element, name: str) -> None:  # noqa: ANN001 - a run's or a style's rPr owner
    """Name the font for every script (ASCII, high ANSI, East Asian, complex) and drop theme
    fonts, which would otherwise win over the names."""
    from docx.oxml.ns import qn

    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), name)


def _styles(document) -> None:  # noqa: ANN001 - a docx Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    def shape(style, font: str, size: float, bold: bool = False,
              align=None, indent: bool = True) -> None:  # noqa: ANN001
        set_fonts(style.element, font)
        style.font.size, style.font.bold, style.font.italic = Pt(size), bold, False
        style.font.color.rgb = RGBColor(0, 0, 0)
        fmt = style.paragraph_format
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(LINE_PT)
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(2 * size) if indent else Pt(0)
        if align is not None:
            fmt.alignment = align

    styles = document.styles
    _defaults(styles)
    shape(styles["Normal"], BODY_FONT, BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    title = styles["Title"]
    _drop_border(title)
    shape(title, TITLE_FONT, TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    title.paragraph_format.line_spacing = Pt(36)
    for level, font in HEADING_FONTS.items():
        shape(styles[f"Heading {level}"], font, BODY_PT)
    own = {"报告副标题": (HEADING_FONTS[2], WD_ALIGN_PARAGRAPH.CENTER, False, False),
           "报告小标题": (BODY_FONT, None, True, True),
           "报告落款": (BODY_FONT, WD_ALIGN_PARAGRAPH.RIGHT, False, False),
           # left-aligned: a long URL cannot break, and justifying would spread the line above
           "报告条目": (BODY_FONT, WD_ALIGN_PARAGRAPH.LEFT, False, True),
           "表格文字": (BODY_FONT, WD_ALIGN_PARAGRAPH.LEFT, False, False)}
    for name, (font, align, bold, indent) in own.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        shape(style, font, TABLE_PT if name == "表格文字" else BODY_PT, bold, align, indent)
    styles["表格文字"].paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    styles["报告小标题"].paragraph_format.keep_with_next = True  # never alone at a page's foot


def _defaults(styles) -> None:  # noqa: ANN001 - the document's Styles
    """Document defaults: the body font by name (not the theme's) and Chinese as the East
    Asian language, so that line breaking and punctuation follow Chinese rules."""
    from docx.oxml.ns import qn

    rpr = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        fonts.attrib.clear()
        for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(script), BODY_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def _drop_border(style) -> None:  # noqa: ANN001 - the Title style has a rule under it
    from docx.oxml.ns import qn

    ppr = style.element.find(qn("w:pPr"))
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


STYLE_OF = {"body": "Normal", "item": "报告条目", "lead": "报告小标题", "subtitle": "报告副标题",
            "signature": "报告落款"}


def _block(document, block) -> None:  # noqa: ANN001 - a docx Document and a Block
    if isinstance(block, Heading):
        _runs(document.add_paragraph(style=f"Heading {block.level}"), block.text)
    elif isinstance(block, Paragraph):
        _runs(document.add_paragraph(style=STYLE_OF[block.style]), block.text)
    elif isinstance(block, Table):
        _table(document, block, width_mm=156)


def _runs(paragraph, text: str) -> None:  # noqa: ANN001 - a docx Paragraph
    """The text as runs; placeholders highlighted so the office sees what is left to write."""
    from docx.enum.text import WD_COLOR_INDEX

    position = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position:match.start()])
        paragraph.add_run(match.group(0)).font.highlight_color = WD_COLOR_INDEX.YELLOW
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def _table(document, table: Table, width_mm: float) -> None:  # noqa: ANN001
    """A grid table: its column widths in the grid (what LibreOffice reads) and in every cell
    (what Word reads), the header row repeated on each page, no row split across pages."""
    from docx.shared import Mm

    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = document.styles["Table Grid"]
    grid.autofit = False
    total = sum(table.widths)
    widths = [Mm(width_mm * w / total) for w in table.widths]
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    _row_flag(grid.rows[0], "w:tblHeader")
    for cells in (table.header, *table.rows):
        row = grid.rows[0] if cells is table.header else grid.add_row()
        _row_flag(row, "w:cantSplit")
        for cell, text, width in zip(row.cells, cells, widths, strict=True):
            cell.width = width
            lines = text.split("\n")
            cell.paragraphs[0].style = document.styles["表格文字"]
            _runs(cell.paragraphs[0], lines[0])
            for line in lines[1:]:
                _runs(cell.add_paragraph(style="表格文字"), line)
            if cells is table.header:
                for run in cell.paragraphs[0].runs:
                    run.font.bold = True


def _row_flag(row, name: str) -> None:  # noqa: ANN001 - a docx _Row
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn(name)) is None:
        trpr.append(trpr.makeelement(qn(name), {qn("w:val"): "true"}))


def _appendix(document, draft: Draft) -> None:  # noqa: ANN001 - a docx Document
    from docx.enum.section import WD_SECTION

    section = document.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape=True)
    document.add_paragraph(draft.appendix_label, style="Heading 1")
    document.add_paragraph(draft.appendix_title, style="Heading 2")
    for block in draft.appendix:
        if isinstance(block, Table):
            _table(document, block, width_mm=247)
        else:
            _block(document, block)


def _page_number(section) -> None:  # noqa: ANN001 - a docx Section
    """"— n —" centred in the footer: a PAGE field Word and LibreOffice fill in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)

    def run(text: str = ""):  # noqa: ANN202
        r = paragraph.add_run(text)
        set_fonts(r._r, FOOTER_FONT)
        r.font.size = Pt(14)
        return r

    run("— ")
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None),
                              (None, "1"), ("end", None)):
        r = run()
        if kind is not None:
            r._r.append(r._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind}))
        elif instruction == " PAGE ":
            code = r._r.makeelement(qn("w:instrText"), {qn("xml:space"): "preserve"})
            code.text = instruction
            r._r.append(code)
        else:
            r.text = instruction
    run(" —")
