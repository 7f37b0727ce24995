"""The draft's formats, chosen by the output file's extension (one registry)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from importlib import import_module
from typing import Any

from disclosure_audit.display import printable
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
    draft = shown(draft)
    if suffix == ".docx":  # the only format with document properties
        return function(draft, created, str(shown(author)))
    return function(draft)


def shown(value: Any) -> Any:
    """``value`` (the draft, any of its blocks or strings) with every control character shown,
    not obeyed (:func:`~disclosure_audit.display.printable`; line breaks kept): Word refuses a
    document holding one (python-docx raises), and an ESC in the .md would act on the terminal
    of whoever prints it. A school name or title in checklist.yaml may carry one."""
    if isinstance(value, str):
        return printable(value, keep_newlines=True)
    if isinstance(value, tuple):
        return tuple(shown(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: shown(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value
