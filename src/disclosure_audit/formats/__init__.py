"""Output formats, looked up by name: the only place that knows which formats exist."""

from __future__ import annotations

from disclosure_audit.formats.base import Format, RenderOptions
from disclosure_audit.formats.csv import CsvFormat
from disclosure_audit.formats.html import HtmlFormat
from disclosure_audit.formats.json import JsonFormat
from disclosure_audit.formats.junit import JunitFormat
from disclosure_audit.formats.markdown import MarkdownFormat
from disclosure_audit.formats.sarif import SarifFormat
from disclosure_audit.formats.table import TableFormat

FORMATS: dict[str, Format] = {
    f.name: f for f in (TableFormat(), JsonFormat(), MarkdownFormat(), CsvFormat(),
                        JunitFormat(), SarifFormat(), HtmlFormat())
}


def get_format(name: str) -> Format:
    """The format called ``name`` (the CLI restricts names to the registry's keys)."""
    return FORMATS[name]


__all__ = ["FORMATS", "Format", "RenderOptions", "get_format"]
