"""Jinja2 set up for the report: autoescaping on (titles come from the school's files), strict
about missing values, and the page's data embedded as JSON that cannot close its script."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from markupsafe import Markup

from disclosure_audit.display import escape_raw, printable
from disclosure_audit.formats.html.charts import PALETTE, STATUS_COLOURS, heat
from disclosure_audit.i18n import t

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                 "\u2029": "\\u2029"}


def json_script(data: Any) -> Markup:
    """``data`` as JSON safe inside ``<script type="application/json">``: ``<``, ``>`` and
    ``&`` are written as ``\\u003c`` … so a title holding ``</script>`` cannot end the element
    (JSON.parse reads them back as the same characters)."""
    text = escape_raw(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return Markup("".join(_JSON_ESCAPES.get(ch, ch) for ch in text))  # noqa: S704 - escaped


def _shown(value: Any) -> Any:
    """Every ``{{ value }}`` of a page: text from the school's files is shown, not obeyed
    (control characters as their symbols, see :mod:`disclosure_audit.display`); markup that
    the templates built themselves (charts, our CSS and JS) passes untouched."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value, keep_newlines=True)
    return value


@cache
def _environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    folder = resources.files("disclosure_audit.formats.html") / "templates"
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      finalize=_shown)
    env.filters["json_script"] = json_script
    env.filters["heat"] = heat
    env.globals["palette"] = PALETTE
    env.globals["status_colours"] = STATUS_COLOURS
    return env


def asset(name: str) -> str:
    """A static file (CSS or JS) of the report, to be inlined."""
    return (resources.files("disclosure_audit.formats.html") / "static" / name).read_text(
        encoding="utf-8")


def render(template: str, lang: str, **context: Any) -> str:
    """Render a page; ``t`` in templates translates into ``lang``."""
    env = _environment()
    css = env.from_string(asset("report.css")).render(palette=PALETTE,
                                                      status_colours=STATUS_COLOURS)
    return env.get_template(template).render(
        lang=lang, t=lambda key, **params: t(key, lang, **params), css=Markup(css),  # noqa: S704
        script=Markup(asset("report.js")), **context)  # noqa: S704 - our own static files
