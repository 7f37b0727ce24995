"""Output formats, looked up by name: the only place that knows which formats exist.

A format's module is imported when the format is first asked for, not when this package is:
every command imports some module of ``formats`` (``formats.output`` writes standard output),
and loading every format with it (rich tables, XML, the classification and site views) cost
``validate`` most of its start-up (issue 16).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from disclosure_audit.formats.base import Format, RenderOptions

_CLASSES: dict[str, tuple[str, str]] = {
    "table": ("table", "TableFormat"),
    "json": ("json", "JsonFormat"),
    "markdown": ("markdown", "MarkdownFormat"),
    "csv": ("csv", "CsvFormat"),
    "junit": ("junit", "JunitFormat"),
    "sarif": ("sarif", "SarifFormat"),
    "html": ("html", "HtmlFormat"),
}


class _Registry(Mapping[str, "Format"]):
    """Format names to format objects, each made on first use."""

    def __init__(self) -> None:
        self._made: dict[str, Format] = {}

    def __getitem__(self, name: str) -> Format:
        made = self._made.get(name)
        if made is None:
            module, cls = _CLASSES[name]
            loaded = importlib.import_module(f"disclosure_audit.formats.{module}")
            made = self._made[name] = getattr(loaded, cls)()
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(_CLASSES)

    def __len__(self) -> int:
        return len(_CLASSES)


FORMATS: Mapping[str, Format] = _Registry()


def get_format(name: str) -> Format:
    """The format called ``name`` (the CLI restricts names to the registry's keys)."""
    return FORMATS[name]


def __getattr__(name: str) -> Any:
    """``Format`` and ``RenderOptions``, imported when asked for (they need the model)."""
    if name in ("Format", "RenderOptions"):
        from disclosure_audit.formats import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FORMATS", "Format", "RenderOptions", "get_format"]
