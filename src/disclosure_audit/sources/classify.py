"""Tell a CMS row's item from its title, using the checklist's ``keywords``."""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_audit.model import Item


@dataclass(frozen=True)
class Classification:
    """The outcome for one title: the item (or None), the keywords that decided, the runners-up."""

    item: str | None
    keywords: tuple[str, ...]
    candidates: tuple[str, ...]


def classify(title: str, items: tuple[Item, ...] | list[Item]) -> Classification:
    """Pick the item whose keywords cover most of ``title`` (longest matches weigh most).

    The item's own title appearing in full counts as a match too. A tie between items is not
    guessed: the row stays unmatched and the tied items are returned as candidates.
    """
    scored: list[tuple[int, str, tuple[str, ...]]] = []
    for item in items:
        hits = tuple(kw for kw in item.keywords if kw and kw in title)
        weight = sum(len(kw) for kw in hits)
        if item.title and item.title in title:
            weight += len(item.title)
            hits = (*hits, item.title)
        if weight:
            scored.append((weight, item.id, hits))
    if not scored:
        return Classification(None, (), ())
    scored.sort(key=lambda s: -s[0])
    best = scored[0][0]
    tied = [s for s in scored if s[0] == best]
    if len(tied) > 1:
        return Classification(None, (), tuple(s[1] for s in tied))
    return Classification(scored[0][1], scored[0][2], tuple(s[1] for s in scored[1:3]))
