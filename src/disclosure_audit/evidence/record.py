"""One fetch, as a record: the facts that settle a dispute about what the website showed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import Any

KEY_LENGTH = 12


@dataclass(frozen=True)
class EvidenceRecord:
    """What one request to the website returned (or why nothing was fetched)."""

    url: str  # the URL asked for
    fetched_at: str  # ISO 8601, UTC, to the second
    outcome: str  # ok, http_error, timeout, connection, other_host, robots, login, soft_404 …
    status: int | None = None
    final_url: str | None = None  # after redirects on the school's own hosts
    content_type: str | None = None
    sha256: str | None = None  # of the body as read (``bytes`` long)
    bytes: int = 0
    truncated: bool = False  # the body was longer than the size cap: only the start was read
    location: str | None = None  # a redirect that was not followed (to another host)
    detail: str | None = None
    user_agent: str = ""

    @property
    def key(self) -> str:
        """The record's key: the first 12 hex digits of the SHA-256 of its canonical JSON."""
        canonical = json.dumps(self.fields(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:KEY_LENGTH]

    def fields(self) -> dict[str, Any]:
        """The record's fields (without the key)."""
        return dataclasses.asdict(self)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form: the key first, then every field."""
        return {"key": self.key, **self.fields()}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> EvidenceRecord:
        """A record from its JSON form (unknown fields are ignored; TypeError when incomplete)."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in names})
