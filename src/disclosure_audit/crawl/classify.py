"""The one place a crawl asks the checklist's classifier which item a title belongs to.

The classifier's API is being reworked; every crawl use of it goes through :func:`item_for`.
"""

from __future__ import annotations

from disclosure_audit.model import Checklist


def item_for(title: str, checklist: Checklist) -> str | None:
    """The id of the checklist item ``title`` is a publication of, or None when none matches
    (or several match equally: the classifier does not guess)."""
    from disclosure_audit.sources.classify import classify

    return classify(title, checklist.items).item
