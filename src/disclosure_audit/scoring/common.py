"""Helpers shared by the dimensions: which elements a set of publications covers."""

from __future__ import annotations

from collections.abc import Iterable

from disclosure_audit.model import Item, Publication


def covered_elements(item: Item, publications: Iterable[Publication]) -> set[str]:
    """The item's elements covered by ``publications`` (no ``elements`` listed means all)."""
    covered: set[str] = set()
    for publication in publications:
        covered.update(publication.elements or item.elements)
    return covered & set(item.elements)


def in_item_order(item: Item, elements: set[str]) -> list[str]:
    """``elements`` in the order the item lists them (stable output)."""
    return [e for e in item.elements if e in elements]
