"""Text in spreadsheet cells, written so that it comes back exactly as people wrote it.

CSV: a cell starting with ``=``, ``+``, ``-``, ``@``, tab, CR or LF would run as a formula in
Excel/WPS (CSV injection), so it gets a leading ``'``; a cell that really starts with ``'``
gets one too, so removing exactly one on import is always right. A line inside a cell that
would start with ``::`` (a GitHub workflow command, should the file ever be printed in a CI
log, where leading spaces do not count) gets an invisible U+200B first, removed on import.

XLSX: XML cannot hold most control characters, and a bare CR is lost to XML's line-end
normalisation. Both are written as OOXML's ``_xHHHH_`` escapes (which Excel and WPS read back
as the character), and a literal ``_xHHHH_`` in the text is escaped as ``_x005F_xHHHH_``.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
GUARD = "'"
ZWSP = "\u200b"
# A CI runner strips leading white space before looking for "::" (not U+200B, a format char).
_LINE_GUARD = re.compile(r"(?<=[\r\n])(?=[^\S\r\n]*::|\u200b)")
_LINE_UNGUARD = re.compile(r"(?<=[\r\n])\u200b(?=[^\S\r\n]*::|\u200b)")
_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def csv_encode(value: object) -> str:
    """A CSV cell that Excel will not run and that :func:`csv_decode` restores exactly."""
    text = "" if value is None else str(value)
    text = _LINE_GUARD.sub(ZWSP, text)
    return GUARD + text if text.startswith((*FORMULA_PREFIXES, GUARD)) else text


def csv_decode(text: str) -> str:
    """The text :func:`csv_encode` was given."""
    if text.startswith(GUARD):
        text = text[1:]
    return _LINE_UNGUARD.sub("", text)


def xlsx_encode(value: str) -> str:
    """Text an XLSX cell can hold, which :func:`xlsx_decode` (and Excel) turn back into it."""
    text = _ESCAPE_LIKE.sub("_x005F_", value)
    return _XML_UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def xlsx_decode(text: str) -> str:
    """The text :func:`xlsx_encode` was given."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
