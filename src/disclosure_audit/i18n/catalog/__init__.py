"""The one message catalogue, kept in one module per area so features can be added side by side.

``MESSAGES`` maps a key to its Chinese (``zh``, the default) and English (``en``) text. Keys:
``problem.<code>`` input problems, ``hint.<code>`` how to fix them, ``finding.<code>`` audit
findings, ``dimension.*``, ``status.*``, ``col.*`` table headers, ``help.*`` CLI help; each area
module documents its own prefixes. A key defined in two areas is a bug (see ``_merge``).
"""

from __future__ import annotations

from disclosure_audit.i18n.catalog import (
    annual,
    classification,
    core,
    crawl,
    html,
    notify,
    report,
    robust,
    scoring,
    selfcheck,
    site,
    usability,
)

PARTS = (core.MESSAGES, scoring.MESSAGES, notify.MESSAGES, report.MESSAGES,
         classification.MESSAGES, crawl.MESSAGES, robust.MESSAGES, selfcheck.MESSAGES,
         html.MESSAGES, annual.MESSAGES, site.MESSAGES, usability.MESSAGES)


def _merge(parts: tuple[dict[str, dict[str, str]], ...]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in parts:
        clash = merged.keys() & part.keys()
        if clash:
            raise ValueError(f"message keys defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


MESSAGES = _merge(PARTS)
