"""Which of an item's elements a classified row covers, from the words of its title.

A row declared with an item id and no ``elements`` covers the whole item (the department said
so). A row assigned by classification covers only what its title names: an element's own name
or one of the item's ``element_keywords`` for it. An item with a single element is covered by
any of its rows. A match that lies inside another element's match covering more characters does
not count: 财政拨款支出预算表 names that table, not also 支出预算表; 单独招生章程 names the special
admission's rules (单独招生…章程), not also the general 招生章程.
"""

from __future__ import annotations

from disclosure_audit.model import Item
from disclosure_audit.sources.patterns import (
    Match,
    Pattern,
    PatternError,
    compile_pattern,
    literal_pattern,
    normalize,
)


def title_elements(title: str, item: Item) -> tuple[str, ...]:
    """The elements of ``item`` that ``title`` names, in the item's order."""
    if len(item.elements) == 1:
        return item.elements
    text = normalize(title)
    best: dict[str, Match] = {}
    for element in item.elements:
        matches = [m for m in (p.match(text) for p in _patterns(item, element)) if m]
        if matches:
            best[element] = max(matches, key=lambda m: m.chars)
    kept = [e for e, m in best.items()
            if not any(o.chars > m.chars and _inside(m, o) for o in best.values())]
    return tuple(e for e in item.elements if e in kept)


def _patterns(item: Item, element: str) -> list[Pattern]:
    patterns = [literal_pattern(element)]
    for text in item.element_keywords.get(element, ()):
        try:
            patterns.append(compile_pattern(text))
        except PatternError:  # reported when the checklist was loaded
            continue
    return patterns


def _inside(inner: Match, outer: Match) -> bool:
    """True when ``inner`` lies within ``outer``'s extent (its first word to its last)."""
    return outer.spans[0][0] <= inner.spans[0][0] and inner.spans[-1][1] <= outer.spans[-1][1]
