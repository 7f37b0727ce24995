"""Which of an item's elements are withheld, and why: the declarations resolved per element.

A declaration names ``elements`` or, by default, all of the item's. Where several name the
same element, the strongest reason wins: exempt, then not applicable, then not occurred, then
not yet made (only the last keeps the element required, with a deadline).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from disclosure_audit.model import Item, Withheld, WithheldElement
from disclosure_audit.scoring.context import ScoringContext

PRECEDENCE = {"exempt": 0, "not_applicable": 1, "not_occurred": 2, "not_yet_made": 3}
REMOVES = frozenset({"exempt", "not_applicable", "not_occurred"})
"""Reasons that take an element out of what is required (尚未形成 does not: it is still owed)."""


def by_element(item: Item, applicable: Sequence[str], withheld: Sequence[Withheld],
               ctx: ScoringContext) -> dict[str, WithheldElement]:
    """For each applicable element some declaration names, the declaration that decides it.

    For information not yet made, the deadline is the expected date plus the item's publishing
    limit (20 working days, or the item's own, e.g. 20 calendar days for budgets).
    """
    out: dict[str, WithheldElement] = {}
    for declaration in sorted(withheld, key=lambda w: PRECEDENCE.get(w.reason, 9)):
        deadline = None
        if declaration.reason == "not_yet_made" and declaration.expected is not None:
            deadline = ctx.deadline_after(declaration.expected, item.publish_within)
        for element in declaration.elements or applicable:
            if element in applicable and element not in out:
                out[element] = WithheldElement(element, declaration, deadline)
    return {e: out[e] for e in applicable if e in out}


def main_declaration(withheld: Sequence[Withheld]) -> Withheld | None:
    """The declaration that speaks for the item as a whole (shown as its reason)."""
    if not withheld:
        return None
    whole = [w for w in withheld if w.elements is None] or list(withheld)
    return min(whole, key=lambda w: PRECEDENCE.get(w.reason, 9))


def lapsed(withheld: WithheldElement, as_of: dt.date) -> bool:
    """True when information declared not yet made was expected before ``as_of``."""
    expected = withheld.declaration.expected
    return withheld.reason == "not_yet_made" and expected is not None and expected < as_of
