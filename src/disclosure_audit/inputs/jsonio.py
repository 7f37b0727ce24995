"""JSON files the user hands us (earlier results, the link cache): every failure located."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import MAX_BYTES, decode, read_bytes


def load_json(path: Path, display: str, max_bytes: int = MAX_BYTES) -> Any:
    """The parsed JSON of ``path``; an :class:`InputError` for an unreadable, huge, non-UTF-8,
    malformed or absurdly nested file (100,000 ``[`` exhaust the parser's recursion)."""
    text = decode(read_bytes(path, display, max_bytes), display, ("utf-8-sig",), "not-utf8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(Problem(display, exc.lineno, exc.colno, "json-syntax",
                                 {"detail": exc.msg})) from None
    except RecursionError:
        raise InputError(Problem(display, None, None, "json-too-deep")) from None
