"""The ``evidence`` command's work: find the repo and read one record."""

from __future__ import annotations

from pathlib import Path

from disclosure_audit.evidence.store import Evidence, load
from disclosure_audit.services.repo import find_repo


def show_evidence(repo: Path, key: str) -> Evidence:
    """The record ``key`` of the repo at ``repo`` (an :class:`InputError` when there is none)."""
    return load(find_repo(repo).root, key)
