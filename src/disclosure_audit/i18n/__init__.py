"""The message catalogue: every user-facing string, in Chinese (default) and English."""

from __future__ import annotations

import os
from typing import Any

from disclosure_audit.display import printable
from disclosure_audit.i18n.catalog import MESSAGES

LANGS = ("zh", "en")
_state = {"lang": "zh"}


def normalise_lang(value: str | None) -> str:
    """Map ``zh``, ``zh_CN.UTF-8``, ``en-US`` … to ``zh`` or ``en``; unknown values give ``zh``."""
    if not value:
        return "zh"
    value = value.strip().lower()
    return "en" if value.startswith("en") else "zh"


def set_lang(lang: str | None) -> str:
    """Set the output language for this process; ``None`` reads ``DISCLOSURE_AUDIT_LANG``."""
    if lang is None:
        lang = os.environ.get("DISCLOSURE_AUDIT_LANG")
    _state["lang"] = normalise_lang(lang)
    return _state["lang"]


def get_lang() -> str:
    """The current output language."""
    return _state["lang"]


def known(key: str) -> bool:
    """True when the catalogue has ``key`` (to pick the first of several candidate words)."""
    return key in MESSAGES


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """Translate ``key`` into ``lang`` (default: the current language) and fill in ``params``.

    A missing key is a bug, but it must never crash a run: the key itself is returned.
    """
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    text = entry.get(lang or _state["lang"]) or entry["zh"]
    if not params:
        return text
    # Parameters carry what people wrote (titles, paths, notes): shown, never obeyed.
    shown = {k: printable(v) if isinstance(v, str) else v for k, v in params.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        return text
