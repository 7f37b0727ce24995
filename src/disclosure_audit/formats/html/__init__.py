"""The HTML report: one self-contained file (inline CSS, JS and SVG; nothing fetched).

``pages`` builds what each page shows from the data it embeds as JSON, ``charts`` holds the
colours (contrast-checked) and the SVG geometry, ``render`` the Jinja2 environment; the
templates and the static CSS/JS live beside them. Jinja2 is imported only when a page is made.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.model import AuditResult


class HtmlFormat:
    """``--format html:FILE``: the audit for people, in a browser or printed."""

    name = "html"
    suffix = ".html"
    encoding = "utf-8"

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """The audit page (with the tracked ledger and its trend when the options carry it)."""
        from disclosure_audit.formats.html.pages import audit_context
        from disclosure_audit.formats.html.render import render

        context = audit_context(result, options.lang, options.tracked)
        return render("audit.html.j2", options.lang, **context)


def ledger_page(ledger: Any, as_of: dt.date, lang: str) -> str:
    """``ledger export --format html``."""
    from disclosure_audit.formats.html.pages import ledger_context
    from disclosure_audit.formats.html.render import render

    return render("ledger.html.j2", lang, **ledger_context(ledger, as_of, lang))


def province_page(ranking: dict[str, Any], lang: str) -> str:
    """``audit --batch --format html``: the ranking data (as ``--format json`` gives it)."""
    from disclosure_audit.formats.html.pages import province_context
    from disclosure_audit.formats.html.render import render

    return render("province.html.j2", lang, **province_context(ranking, lang))
