"""The one place a crawl asks the checklist's classifier which item a title belongs to.

Every crawl use of the classifier goes through :func:`classify_title`, so a change of its API is
one change here.
"""

from __future__ import annotations

from disclosure_audit.model import Checklist


def classify_title(title: str, checklist: Checklist) -> tuple[str | None, tuple[str, ...]]:
    """The id of the item ``title`` is a publication of (None unless the classifier assigns
    one: news, ambiguous and unmatched titles stay without) and the item's elements the title
    names (empty when it names none, which is not the same as all)."""
    from disclosure_audit.sources.classify import classify
    from disclosure_audit.sources.elements import title_elements

    outcome = classify(title, checklist)
    if outcome.status != "assigned" or outcome.item is None:
        return None, ()
    item = checklist.item(outcome.item)
    return outcome.item, title_elements(title, item) if item is not None else ()
