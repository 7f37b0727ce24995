"""The user's files: reading with one size limit and located decoding errors; writing atomically."""

from __future__ import annotations

import codecs
import os
import shutil
import stat
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError


def limit_from_env(name: str, default: int, unit: int = 1) -> int:
    """A resource limit: ``default``, or the positive whole number in the environment variable
    ``name`` (times ``unit``). Anything else in the variable is ignored: a typo must not turn a
    limit off."""
    value = os.environ.get(name, "").strip()
    return int(value) * unit if value.isdigit() and int(value) > 0 else default * unit


MAX_BYTES = limit_from_env("DISCLOSURE_AUDIT_MAX_FILE_MB", 20, 1024 * 1024)
"""Files larger than this are refused: before reading when their size is known, else as soon
as this many bytes have been read (a file that keeps growing, a symlink to ``/dev/zero``)."""
_CHUNK = 1 << 20


def read_bytes(path: Path, display: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file; anything else is an :class:`InputError` with its reason.

    A FIFO, a device or a socket is refused without being read (reading a FIFO would wait for
    a writer for ever; ``/dev/zero`` never ends). The limit holds while reading, not only by
    the size the file claims, so nothing can make the tool read more than ``max_bytes``.
    """
    try:
        _check_regular(os.stat(path).st_mode, display)  # refuse before even opening
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _unreadable(display, exc) from None
    try:
        info = os.fstat(fd)
        _check_regular(info.st_mode, display)  # the path may have been swapped since stat()
        if info.st_size > max_bytes:
            raise InputError(Problem(display, None, None, "file-too-large",
                                     {"size": info.st_size, "limit": max_bytes}))
        return _read_limited(fd, display, max_bytes)
    except OSError as exc:
        raise _unreadable(display, exc) from None
    finally:
        os.close(fd)


def _read_limited(fd: int, display: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(Problem(display, None, None, "file-too-large-read",
                                     {"limit": max_bytes}))
        chunks.append(chunk)


FILE_KINDS = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"),
              (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "folder"))


def _check_regular(mode: int, display: str) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in FILE_KINDS if test(mode)), "special")
    raise InputError(Problem(display, None, None, "not-a-file", {"kind": kind},
                             hint_key="hint.not-a-file"))


def _unreadable(display: str, exc: OSError) -> InputError:
    return InputError(Problem(display, None, None, "unreadable",
                              {"reason": exc.strerror or str(exc)}))


def is_regular_file(path: Path) -> bool:
    """True when ``path`` is (or links to) a regular file; never raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def decode(raw: bytes, display: str, encodings: tuple[str, ...], code: str) -> str:
    """``raw`` decoded with the first encoding that fits; otherwise an :class:`InputError`
    (``code``) at the line and column of the first byte that is not UTF-8."""
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        raw[bom:].decode("utf-8")
        bad = bom
    except UnicodeDecodeError as exc:
        bad = exc.start + bom
    line = raw.count(b"\n", 0, bad) + 1
    start = max(raw.rfind(b"\n", 0, bad) + 1, bom)
    # The column counts characters, as an editor shows them, not bytes: the text before the
    # first bad byte is valid UTF-8, so it decodes.
    column = len(raw[start:bad].decode("utf-8")) + 1
    raise InputError(Problem(display, line, column, code, {}, hint_key="hint.save-utf8"))


def write_atomic(path: Path, data: str | bytes, encoding: str = "utf-8",
                 durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A failure at any point leaves the previous file (if any) untouched and is reported as an
    :class:`InputError` naming the file (a full disk or a folder in the way is not a bug).
    ``durable=False`` skips the flush to disk, for caches that are checked when read.
    """
    import tempfile  # here, not at the top: every YAML read imports this module

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
