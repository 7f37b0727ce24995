"""The draft's formats, chosen by the output file's extension (one registry)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib import import_module

from disclosure_audit.report.annual.blocks import Draft

RENDERERS = {
    ".docx": ("disclosure_audit.report.annual.to_docx", "render_docx"),
    ".md": ("disclosure_audit.report.annual.to_markdown", "render_markdown"),
    ".html": ("disclosure_audit.report.annual.to_html", "render_html"),
}
"""Extension → (module, function). Imported only when used: python-docx and Jinja2 are not
needed for the other formats, nor by any other command."""
SUFFIXES = tuple(RENDERERS)


def render(draft: Draft, suffix: str, created: dt.date, author: str) -> bytes | str:
    """The draft in the format of ``suffix`` (one of :data:`SUFFIXES`)."""
    module, name = RENDERERS[suffix]
    function: Callable[..., bytes | str] = getattr(import_module(module), name)
    if suffix == ".docx":  # the only format with document properties
        return function(draft, created, author)
    return function(draft)
