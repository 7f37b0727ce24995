"""Reading input files: one size limit, one way to report unreadable bytes with their position."""

from __future__ import annotations

from pathlib import Path

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused before they are read into memory."""


def read_bytes(path: Path, display: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; a huge or unreadable file is an :class:`InputError`."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(Problem(display, None, None, "file-too-large",
                                     {"size": size, "limit": max_bytes}))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(Problem(display, None, None, "unreadable",
                                 {"reason": exc.strerror or str(exc)})) from None


def decode(raw: bytes, display: str, encodings: tuple[str, ...], code: str) -> str:
    """``raw`` decoded with the first encoding that fits; otherwise an :class:`InputError`
    (``code``) at the line and column of the first byte that is not UTF-8."""
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        raw.decode("utf-8-sig")
        bad = 0
    except UnicodeDecodeError as exc:
        bad = exc.start
    line = raw.count(b"\n", 0, bad) + 1
    column = bad - (raw.rfind(b"\n", 0, bad) + 1) + 1
    raise InputError(Problem(display, line, column, code, {}, hint_key="hint.save-utf8"))
