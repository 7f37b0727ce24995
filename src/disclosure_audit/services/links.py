"""The ``links`` command's work: load the repo and probe its public links."""

from __future__ import annotations

from pathlib import Path

from disclosure_audit.links.report import LinkRow
from disclosure_audit.links.service import LinkOptions, check_links, public_publications
from disclosure_audit.services.repo import find_repo, load_repo


def probe_repo(repo: Path, options: LinkOptions) -> list[LinkRow]:
    """Probe the repo's public links (input errors stop it, as for ``audit``)."""
    found = find_repo(repo)
    checklist, declarations, _ = load_repo(found)
    results = check_links(found.root, checklist, declarations, options)
    return [LinkRow(p, results[p.url]) for p in public_publications(checklist, declarations)
            if p.url]
