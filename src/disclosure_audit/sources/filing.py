"""Filing one converted entry into :class:`Declarations`: publication, withheld item, or row."""

from __future__ import annotations

from disclosure_audit.model import Checklist, Declarations
from disclosure_audit.sources.convert import Entry, to_publication
from disclosure_audit.sources.withheld import to_withheld


def add_entry(entry: Entry, checklist: Checklist, out: Declarations, *, withheld: bool) -> None:
    """Convert ``entry`` and file it in ``out``: a publication, a withheld item, and for a row
    without an item id its classification (kept whether or not it was assigned)."""
    if withheld:
        reason = to_withheld(entry, checklist)
        if reason is not None:
            out.withheld.append(reason)
        return
    publication, classified = to_publication(entry, checklist)
    if publication is not None:
        # Rows a crawl found on the website are evidence to compare, never declarations.
        (out.crawled if publication.origin == "crawl" else out.publications).append(publication)
    if classified is not None:
        out.classified.append(classified)
