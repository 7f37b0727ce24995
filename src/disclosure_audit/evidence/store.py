"""Evidence on disk: ``.disclosure-audit/evidence/<key>.json`` and ``bodies/<sha256>.gz``."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.evidence.record import KEY_LENGTH, EvidenceRecord
from disclosure_audit.inputs.files import write_atomic

EVIDENCE_DIR = Path(".disclosure-audit") / "evidence"
KEY_PATTERN = re.compile(rf"^[0-9a-f]{{4,{KEY_LENGTH}}}$")


@dataclass(frozen=True)
class Evidence:
    """A stored record and what checking it found."""

    record: EvidenceRecord
    path: Path
    intact: bool  # the record still hashes to its key
    body_path: Path | None  # the stored body, when there is one
    body_intact: bool | None  # the stored body still has the recorded SHA-256 (None: no body)


def save(root: Path, record: EvidenceRecord, body: bytes | None) -> str:
    """Store ``record`` (and ``body``) in the repo at ``root``; return the record's key.

    Records and bodies are content-addressed, so an existing file is never rewritten; they are
    not forced to disk one by one (a crawl stores thousands), since :func:`load` checks both
    against their hashes: a record cut short by a crash shows as changed, never as true.
    """
    folder = root / EVIDENCE_DIR
    if body and record.sha256:
        body_path = folder / "bodies" / f"{record.sha256}.gz"
        if not body_path.exists():
            write_atomic(body_path, gzip.compress(body, compresslevel=6, mtime=0), durable=False)
    key = record.key
    path = folder / f"{key}.json"
    if not path.exists():
        write_atomic(path, json.dumps(record.as_dict(), ensure_ascii=False, indent=1) + "\n",
                     durable=False)
    return key


def load(root: Path, key: str) -> Evidence:
    """The record with ``key`` (or a unique prefix of at least 4 hex digits), checked.

    A malformed key, no such record, an ambiguous prefix or a damaged file is an
    :class:`InputError` (exit 2).
    """
    wanted = key.strip().lower()
    if not KEY_PATTERN.match(wanted):
        raise InputError(Problem(key, None, None, "evidence-bad-key",
                                 hint_key="hint.evidence-bad-key"))
    folder = root / EVIDENCE_DIR
    matches = sorted(folder.glob(f"{wanted}*.json")) if folder.is_dir() else []
    if not matches:
        raise InputError(Problem(key, None, None, "evidence-not-found",
                                 {"folder": EVIDENCE_DIR.as_posix()},
                                 hint_key="hint.evidence-not-found"))
    if len(matches) > 1:
        raise InputError(Problem(key, None, None, "evidence-ambiguous",
                                 {"keys": ", ".join(p.stem for p in matches[:5])}))
    return _check(root, matches[0])


def read_body(root: Path, sha256: str) -> bytes | None:
    """A stored body by its SHA-256, or None when it is not (or no longer) stored."""
    try:
        return gzip.decompress((root / EVIDENCE_DIR / "bodies" / f"{sha256}.gz").read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile):
        return None


def _check(root: Path, path: Path) -> Evidence:
    try:
        record = EvidenceRecord.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, AttributeError):
        raise InputError(Problem(path.as_posix(), None, None, "evidence-damaged")) from None
    body_path = root / EVIDENCE_DIR / "bodies" / f"{record.sha256}.gz" if record.sha256 else None
    body_intact = None
    if body_path is not None and body_path.is_file():
        body = read_body(root, record.sha256 or "")
        body_intact = body is not None and hashlib.sha256(body).hexdigest() == record.sha256
    else:
        body_path = None
    return Evidence(record, path, record.key == path.stem, body_path, body_intact)
