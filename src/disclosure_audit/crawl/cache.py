"""The crawl's journal under ``.disclosure-audit/cache/crawl/``: which URL gave which evidence.

One JSON line per page, appended as soon as the page is stored, so a crawl stopped by its
limits, by Ctrl-C or by a crash can be resumed (``--resume``) without fetching again what it
already has. The bodies themselves are in the evidence store.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import IO

from disclosure_audit.errors import InputError
from disclosure_audit.evidence import store
from disclosure_audit.evidence.record import EvidenceRecord
from disclosure_audit.inputs.files import write_atomic

CACHE_DIR = Path(".disclosure-audit") / "cache" / "crawl"
RETRY_OUTCOMES = frozenset({"timeout", "connection", "too_many_redirects"})
"""Outcomes that may be passing trouble: a resumed crawl asks again (5xx answers too)."""


class Journal:
    """The pages of the crawl that started at ``start`` in the repo at ``root``."""

    def __init__(self, root: Path, start: str, resume: bool) -> None:
        self.root = root
        name = hashlib.sha256(start.encode("utf-8")).hexdigest()[:12]
        self.path = root / CACHE_DIR / f"{name}.jsonl"
        self.previous = self._read() if resume else {}
        if not resume or not self.path.exists():
            write_atomic(self.path, json.dumps({"start": start}, ensure_ascii=False) + "\n")
        self._handle: IO[str] | None = None

    def reuse(self, url: str) -> tuple[EvidenceRecord, str, bytes] | None:
        """The stored fetch of ``url`` from the crawl being resumed, when it can be reused."""
        key = self.previous.get(url)
        if key is None:
            return None
        try:
            evidence = store.load(self.root, key)
        except InputError:  # a damaged or missing record: fetch again
            return None
        record = evidence.record
        if record.outcome in RETRY_OUTCOMES or (record.status or 0) >= 500:
            return None
        body = store.read_body(self.root, record.sha256) if record.sha256 and record.bytes \
            else b""
        if body is None or not evidence.intact or evidence.body_intact is False:
            return None
        return record, evidence.record.key, body

    def add(self, url: str, key: str) -> None:
        """Remember that ``url`` gave the evidence ``key``."""
        if self._handle is None:
            self._handle = self.path.open("a", encoding="utf-8")
        self._handle.write(json.dumps({"url": url, "key": key}, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        """Close the journal file."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def _read(self) -> dict[str, str]:
        pages: dict[str, str] = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return pages
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:  # the last line of a crawl that was killed mid-write
                continue
            if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                pages[entry["url"]] = str(entry.get("key"))
        return pages
