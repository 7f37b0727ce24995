"""The user's files: reading with one size limit and located decoding errors; writing atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
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


def write_atomic(path: Path, data: str | bytes, encoding: str = "utf-8",
                 durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A failure at any point leaves the previous file (if any) untouched and is reported as an
    :class:`InputError` naming the file (a full disk or a folder in the way is not a bug).
    ``durable=False`` skips the flush to disk, for caches that are checked when read.
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        else:  # mkstemp creates 0600; a new file gets the usual mode (0666 less the umask)
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise InputError(Problem(display_path(path), None, None, "unwritable",
                                 {"reason": exc.strerror or str(exc)})) from None
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
