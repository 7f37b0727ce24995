"""The text of a published report, line by line, from .txt/.md/.html/.docx/.pdf.

Line numbers are the ones a reader can find: the file's lines for .txt and .md, the source line
of the text for .html, the paragraph number for .docx (table cells count as paragraphs, row by
row, in document order), and the line of the extracted text for .pdf (pages one after another).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import decode, read_bytes

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
MAX_CHARS = 500_000
"""More text than this is not an annual report (the seed has 4,000 characters): refused, so a
huge file cannot keep the check busy for minutes (a dense file of this size takes seconds)."""
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
"""How a UTF-16 file starts: Windows Notepad saves "Unicode" text this way."""
MAX_UNPACKED = 200 * 1024 * 1024
"""A .docx whose parts unpack to more than this is refused (a zip bomb, not a report)."""
MAX_XML = 32 * 1024 * 1024
"""A .docx whose XML parts unpack to more than this is refused before parsing: pictures may be
large, text may not (the example's 29-page draft has 1 MB of XML; MAX_CHARS of text in plain
runs is about 20 MB). A 600 KB file of 180 MB of XML once kept the check busy for minutes."""


@dataclass(frozen=True)
class Line:
    """One line of the report's text."""

    number: int
    text: str
    hard: bool = False
    """A paragraph ends after this line whatever follows (a table cell)."""
    heading: bool = False
    """The document marks it as a heading (a Word heading style, ``<h2>``, ``## …``)."""


def extract(path: Path, display: str) -> list[Line]:
    """The report's lines; an unreadable, empty or unsupported file is an :class:`InputError`."""
    raw = read_bytes(path, display)
    kind = _kind(path, raw, display)
    lines = _READERS[kind](raw, display)
    if not any(line.text.strip() for line in lines):
        raise InputError(Problem(display, None, None, "report-empty", {},
                                 hint_key="hint.report-empty"))
    size = sum(len(line.text) for line in lines)
    if size > MAX_CHARS:
        raise InputError(Problem(display, None, None, "report-too-long",
                                 {"size": size, "limit": MAX_CHARS}))
    return lines


def _kind(path: Path, raw: bytes, display: str) -> str:
    _refuse_other_office_formats(path, raw, display)
    kind = TEXT_SUFFIXES.get(path.suffix.lower())
    if kind is None:  # no or unknown suffix: look at the content
        kind = "pdf" if raw.startswith(b"%PDF-") else "docx" if raw[:4] == b"PK\x03\x04" else "text"
    if kind in ("text", "markdown", "html") and _utf16(raw) is not None:
        return kind  # Notepad's "Unicode": UTF-16 with its byte-order mark, NULs and all
    if kind in ("text", "markdown", "html") and b"\x00" in raw[:65536]:
        raise InputError(Problem(display, None, None, "report-binary", {},
                                 hint_key="hint.report-type"))
    return kind


def _refuse_other_office_formats(path: Path, raw: bytes, display: str) -> None:
    """An OpenDocument (.odt, a ZIP whose first entry names its type) or an old binary Word/WPS
    file (an OLE container) is a document we cannot read: say which and how to convert it,
    rather than "cannot be read as DOCX"."""
    office = None
    if raw[:4] == b"PK\x03\x04" and b"application/vnd.oasis.opendocument" in raw[30:120]:
        office = "OpenDocument (.odt)"
    elif raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # named by its suffix when that
        # says an old binary format; a .docx or .txt name on such a file is simply wrong
        suffix = path.suffix.lower()
        office = suffix if suffix in (".doc", ".wps", ".xls", ".et", ".ppt") else ".doc"
    if office is not None:
        raise InputError(Problem(display, None, None, "report-other-office", {"format": office},
                                 hint_key="hint.report-type"))


def _problem(display: str, kind: str, exc: BaseException) -> InputError:
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return InputError(Problem(display, None, None, "report-corrupt", {"kind": kind,
                                                                        "detail": detail},
                              hint_key="hint.report-corrupt"))


def _text(raw: bytes, display: str) -> list[Line]:
    text = _utf16(raw)
    if text is None:
        text = decode(raw, display, ("utf-8-sig", "gb18030"), "bad-encoding")
    return [Line(i, line) for i, line in enumerate(text.splitlines(), start=1)]


def _utf16(raw: bytes) -> str | None:
    """The text of a UTF-16 file with its byte-order mark, when it reads as text (mostly ASCII,
    Chinese characters and their punctuation); None otherwise (junk that starts with FF FE)."""
    if raw[:2] not in UTF16_BOMS:
        return None
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError:
        return None
    plain = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u9fff"
                or "\uff00" <= ch <= "\uffef")
    return text if text and plain >= 0.9 * len(text) else None


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def _markdown(raw: bytes, display: str) -> list[Line]:
    lines = []
    for line in _text(raw, display):
        heading = bool(_MD_HEADING.match(line.text))
        table = line.text.lstrip().startswith("|")
        text = re.sub(r"^\s{0,3}#{1,6}\s+", "", line.text) if heading else line.text
        lines.append(Line(line.number, text, hard=table, heading=heading))
    return lines


def _html(raw: bytes, display: str) -> list[Line]:
    from disclosure_audit.report.html import html_lines

    try:
        return html_lines(raw, display)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - lxml raises many kinds for broken markup
        raise _problem(display, "HTML", exc) from None


def _docx(raw: bytes, display: str) -> list[Line]:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
            xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
            for size, limit in ((sum(i.file_size for i in infos), MAX_UNPACKED), (xml, MAX_XML)):
                if size > limit:
                    raise InputError(Problem(display, None, None, "report-too-large-unpacked",
                                             {"limit": limit}))
        import docx

        document = docx.Document(io.BytesIO(raw))
        return _docx_lines(document)
    except InputError:
        raise
    except _TooLong as exc:  # said at once: reading on would take minutes, for nothing
        raise _too_long(display, exc) from None
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and python-docx each raise their own
        raise _problem(display, "DOCX", exc) from None


def _docx_lines(document: object) -> list[Line]:
    from docx.table import Table

    lines: list[Line] = []
    headings = _heading_styles(document)
    total = [0]  # characters so far

    def paragraph(par: object, in_cell: bool) -> None:
        heading = par._p.style in headings  # type: ignore[attr-defined]
        text = par.text.replace("\n", " ")  # type: ignore[attr-defined]
        lines.append(Line(len(lines) + 1, text, hard=in_cell, heading=heading))
        total[0] += len(text)
        if total[0] > MAX_CHARS:
            raise _TooLong(total[0])

    def block(item: object, in_cell: bool) -> None:
        if isinstance(item, Table):
            seen: list[object] = []  # the cells' XML elements, kept alive so identity holds
            for row in item.rows:
                for cell in row.cells:
                    if any(cell._tc is element for element in seen):
                        continue  # a merged cell appears once per grid column it spans
                    seen.append(cell._tc)
                    for inner in cell.iter_inner_content():
                        block(inner, True)
        else:
            paragraph(item, in_cell)

    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        block(item, False)
    return lines


class _TooLong(Exception):
    """More than MAX_CHARS characters of text: no need to read the rest."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _too_long(display: str, exc: _TooLong) -> InputError:
    return InputError(Problem(display, None, None, "report-too-long",
                              {"size": f"{exc.size}+", "limit": MAX_CHARS}))


def _heading_styles(document: object) -> set[str | None]:
    """The ids of the paragraph styles that are headings (None: the default style is one).

    Looked up once: python-docx's ``paragraph.style`` searches every style of the file for
    each paragraph without a style of its own, which made a long report take minutes."""
    from docx.enum.style import WD_STYLE_TYPE

    found: set[str | None] = set()
    for style in document.styles:  # type: ignore[attr-defined]
        if style.type == WD_STYLE_TYPE.PARAGRAPH and \
                (style.name or "").startswith(("Heading", "Title", "标题")):
            found.add(style.style_id)
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
    if default is not None and default.style_id in found:
        found.add(None)
    return found


def _pdf(raw: bytes, display: str) -> list[Line]:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken-but-readable files are common
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(Problem(display, None, None, "report-encrypted", {},
                                     hint_key="hint.report-encrypted"))
        pages, total = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            total += len(pages[-1])
            if total > MAX_CHARS:  # said at once: a 1.4 MB PDF of 1,500 pages took a minute
                raise _TooLong(total)
    except InputError:
        raise
    except _TooLong as exc:
        raise _too_long(display, exc) from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for damaged files
        raise _problem(display, "PDF", exc) from None
    lines: list[Line] = []
    for page in pages:
        lines.extend(Line(len(lines) + 1, text) for text in page.splitlines())
    if not any(line.text.strip() for line in lines):
        raise InputError(Problem(display, None, None, "report-no-text", {},
                                 hint_key="hint.report-no-text"))
    return lines


_READERS = {"text": _text, "markdown": _markdown, "html": _html, "docx": _docx, "pdf": _pdf}
