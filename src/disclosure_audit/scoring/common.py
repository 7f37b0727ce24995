"""Helpers shared by the dimensions: which elements a set of publications covers."""

from __future__ import annotations

from collections.abc import Iterable

from disclosure_audit.model import Finding, Item, Publication
from disclosure_audit.scoring.context import ScoringContext


def elements_of(publication: Publication, item: Item) -> tuple[str, ...]:
    """What one publication covers: no ``elements`` (None) means all of the item's; an empty
    tuple (a classified row whose title names none of them) means none, until someone says."""
    return item.elements if publication.elements is None else publication.elements


def covered_elements(item: Item, publications: Iterable[Publication]) -> set[str]:
    """The item's elements covered by ``publications``."""
    covered: set[str] = set()
    for publication in publications:
        covered.update(elements_of(publication, item))
    return covered & set(item.elements)


def elements_unknown(publications: Iterable[Publication]) -> Finding | None:
    """A request to fill in ``elements`` for the classified rows that cover nothing yet."""
    rows = [p for p in publications if p.elements == ()]
    if not rows:
        return None
    return Finding("elements-unknown", {"rows": [f"《{p.title}》({p.source})" for p in rows]},
                   rows[0].source)


def in_item_order(item: Item, elements: set[str]) -> list[str]:
    """``elements`` in the order the item lists them (stable output)."""
    return [e for e in item.elements if e in elements]


def link_finding(publication: Publication, ctx: ScoringContext) -> Finding:
    """Why a public publication did not count: its link failed the probe, or it had none."""
    result = ctx.link(publication)
    if result is None:
        return Finding("link-missing", {"title": publication.title}, publication.source)
    return Finding("link-failed", {
        "title": publication.title, "url": publication.url, "kind": result.kind,
        "status": result.status if result.status is not None else "",
        "detail": result.detail or "", "checked_at": result.checked_at,
    }, publication.source)


def iso(value: object) -> str:
    """A date as ``YYYY-MM-DD`` ("" for None), for finding parameters."""
    return value.isoformat() if hasattr(value, "isoformat") else ""  # type: ignore[union-attr]
