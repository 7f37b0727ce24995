"""An exclusive lock on the ledger while it is being updated, so concurrent updates queue."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError


@contextmanager
def locked(ledger_path: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold ``<repo>/.disclosure-audit/ledger.lock`` exclusively; wait up to ``timeout`` s."""
    folder = ledger_path.parent / ".disclosure-audit"
    try:
        folder.mkdir(exist_ok=True)
        fd = os.open(folder / "ledger.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise InputError(Problem(display_path(folder / "ledger.lock"), None, None, "unwritable",
                                 {"reason": exc.strerror or str(exc)})) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise InputError(Problem(display_path(ledger_path), None, None,
                                             "ledger-locked", {"seconds": timeout})) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
