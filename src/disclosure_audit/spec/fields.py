"""Item fields with more than one way to write them: elements, publishing limits, and what a
school's override may change."""

from __future__ import annotations

from typing import Any

from disclosure_audit.model import KINDS, PublishLimit

LIMIT_FIELDS = ("publish_within", "publish_within_workdays")
"""The two ways of writing an item's limit; a later layer's replaces an earlier one's."""


def element_specs(raw: list[Any]) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]],
                                            frozenset[str], list[tuple[int, str]]]:
    """Element names, kinds for those narrower than the item, the event-driven ones, and the
    (index, name) of names given twice.

    An element is a name, or ``{name, applies_to, event_driven}`` where the item's wording
    mixes kinds of institution (item 27) or names something that may not happen (item 28's
    停招专业). Everywhere else elements are referred to by name.
    """
    names: list[str] = []
    kinds: dict[str, tuple[str, ...]] = {}
    events: set[str] = set()
    repeated: list[tuple[int, str]] = []
    for index, element in enumerate(raw):
        spec = element if isinstance(element, dict) else {"name": element}
        name = spec["name"]
        if name in names:
            repeated.append((index, name))
            continue
        names.append(name)
        if "applies_to" in spec:
            kinds[name] = tuple(spec["applies_to"])
        if spec.get("event_driven"):
            events.add(name)
    return tuple(names), kinds, frozenset(events), repeated


def limit_of(raw: dict[str, Any], scoring: dict[str, Any]) -> PublishLimit:
    """The item's publishing limit: ``publish_within: {days, calendar, basis}``, the older
    ``publish_within_workdays: N``, else the checklist's default (working days)."""
    spec = raw.get("publish_within")
    if spec is not None:
        return PublishLimit(int(spec["days"]), bool(spec.get("calendar", False)),
                            spec.get("basis"))
    return PublishLimit(int(raw.get("publish_within_workdays",
                                    scoring.get("publish_within_workdays", 20))))


def combine(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """An item with a later layer's override applied."""
    combined = {**base, **override}
    for name in LIMIT_FIELDS:
        if name in override:
            for other in LIMIT_FIELDS:
                if other != name and other not in override:
                    combined.pop(other, None)
    return combined


def override_problem(base: dict[str, Any], override: dict[str, Any]) -> tuple[str, str] | None:
    """(field, problem code) when an override may not be applied.

    Both limit fields at once are ambiguous. A school may not make exemptible what the base
    list marks ``exemptible: false`` (budgets, final accounts, fees, the annual report are
    public by law): it can only be stricter. Nor may it turn a public item into a campus one:
    the list's items are disclosed to society, and OA, group chats or meetings do not make an
    item available to it (rules, "Where it must be published") — 招生章程 on OA alone is not
    compliant because a school relabelled it. Its own new items may be ``audience: campus``.
    """
    if all(name in override for name in LIMIT_FIELDS):
        return "publish_within_workdays", "limit-twice"
    if base.get("exemptible") is False and override.get("exemptible") is True:
        return "exemptible", "exemptible-relaxed"
    if base.get("always_applies") and override.get("always_applies") is False:
        return "always_applies", "always-applies-relaxed"
    if base.get("always_applies") or override.get("always_applies"):
        narrowed = _narrows(override)
        if narrowed is not None:
            return narrowed, "always-applies-narrowed"
    if base.get("audience", "public") == "public" and override.get("audience") == "campus":
        return "audience", "audience-narrowed"
    return None


def _narrows(override: dict[str, Any]) -> str | None:
    """The field by which an override would let an item every school publishes leave
    scoring without being 'not applicable': fewer kinds of school (``applies_to``: the
    item is then not applicable to this one) or ``event_driven`` (then 本期未发生 is
    accepted) — on the item or on one of its elements."""
    if set(override.get("applies_to", KINDS)) != set(KINDS):
        return "applies_to"
    if override.get("event_driven") is True:
        return "event_driven"
    for element in override.get("elements") or ():
        if isinstance(element, dict) and (element.get("event_driven") is True or set(
                element.get("applies_to", KINDS)) != set(KINDS)):
            return "elements"
    return None
