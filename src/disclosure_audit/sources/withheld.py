"""Declarations of what is not disclosed (``withheld``), with the reason checked as the rules say.

- ``not_applicable`` 不适用 and ``not_occurred`` 本期未发生 need a ``note`` saying why; the latter
  only where the checklist marks the item or element ``event_driven`` (donations, trips abroad,
  inspections, emergencies …): anything else is information the school has.
- ``exempt`` 依法不予公开 needs a ``ground`` from the closed list of 《高等学校信息公开办法》第十条
  (国家秘密, 商业秘密, 个人隐私, 法律法规规定不予公开 — the last with a ``basis`` naming the law
  and article) and is refused for items the law makes public (``exemptible: false``).
- ``not_yet_made`` 尚未形成 needs the ``expected`` date, from which the deadline is counted.

``elements`` narrows a declaration to some of the item's elements (default: all of them).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from disclosure_audit.diagnostics import WARNING
from disclosure_audit.i18n import t
from disclosure_audit.model import EXEMPT_GROUNDS, WITHHELD_REASONS, Checklist, Item, Withheld
from disclosure_audit.sources.convert import (
    Entry,
    blank,
    date_field,
    elements_of,
    item_ref,
    text,
)

REASON_ALIASES = {
    "不适用": "not_applicable", "本期未发生": "not_occurred", "未发生": "not_occurred",
    "本期无": "not_occurred", "依法不予公开": "exempt", "不予公开": "exempt", "豁免": "exempt",
    "尚未形成": "not_yet_made", "未形成": "not_yet_made",
}
GROUND_ALIASES = {
    "涉及国家秘密": "state_secret", "涉密": "state_secret", "涉及商业秘密": "trade_secret",
    "隐私": "privacy", "涉及个人隐私": "privacy", "法律法规": "law", "法律法规规定": "law",
    "法律、法规规定不予公开": "law", "法律法规规章规定不予公开": "law",
}


@cache
def _lookup(prefix: str) -> dict[str, str]:
    """Every accepted spelling (id, Chinese and English label, alias), lower-cased → id."""
    ids, aliases = (WITHHELD_REASONS, REASON_ALIASES) if prefix == "reason" else (
        EXEMPT_GROUNDS, GROUND_ALIASES)
    table = {i: i for i in ids} | aliases
    for value in ids:
        for lang in ("zh", "en"):
            table[t(f"{prefix}.{value}", lang)] = value
    return {name.lower(): value for name, value in table.items()}


def parse_reason(value: Any) -> str | None:
    """A reason id from its id or Chinese name; None when it is not one."""
    return _lookup("reason").get((text(value) or "").lower())


def parse_ground(value: Any) -> str | None:
    """A ground id from its id, Chinese or English name; None when it is not on the list."""
    return _lookup("ground").get((text(value) or "").lower())


def to_withheld(entry: Entry, checklist: Checklist) -> Withheld | None:
    """A :class:`Withheld` declaration, or None when the entry is unusable (problems recorded)."""
    f = entry.fields
    before = len(entry.problems)
    item_id, _ = item_ref(entry, checklist)
    if item_id is None and not entry.problems[before:]:
        entry.problem("item", "schema-required", field="item", at="item",
                      hint="hint.schema-required")
    item = checklist.item(item_id) if item_id else None
    reason = parse_reason(f.get("reason"))
    if reason is None:
        entry.problem("reason", "bad-reason", value=str(f.get("reason")),
                      allowed=", ".join(f"{r} {t(f'reason.{r}', 'zh')}" for r in WITHHELD_REASONS))
    elements = elements_of(entry, checklist, item_id)
    note = text(f.get("note"))
    ground, basis = _exemption(entry, item, reason, elements)
    if reason in ("not_applicable", "not_occurred") and note is None:
        entry.problem("reason", "withheld-needs-note", reason=t(f"reason.{reason}"),
                      hint="hint.withheld-needs-note")
    if reason == "not_occurred" and item is not None:
        _check_event(entry, item, elements)
    if reason == "not_applicable" and item is not None and item.always_applies:
        # 《高等学校信息公开办法》: every school publishes its annual report, whatever its kind.
        entry.problem("reason", "not-applicable-refused", item=item.id,
                      hint="hint.not-applicable-refused")
    elif reason == "not_applicable" and item is not None and not item.exemptible:
        # Public by law (budget, final accounts, fees): "not applicable"
        # takes it out of scoring like an exemption would. Rare cases are real (a private
        # college has no departmental budget), so it is said, not refused.
        entry.problem("reason", "not-applicable-public-by-law", severity=WARNING, item=item.id,
                      hint="hint.not-applicable-public-by-law")
    expected = date_field(entry, "expected")
    if reason == "not_yet_made" and expected is None and blank(f.get("expected")):
        entry.problem("reason", "expected-missing", hint="hint.expected-missing")
    if any(p.severity == "error" for p in entry.problems[before:]) or item_id is None:
        return None
    return Withheld(item=item_id, reason=reason or "", department=entry.department,
                    source=entry.source(), note=note, ground=ground, expected=expected,
                    elements=elements, basis=basis)


def _exemption(entry: Entry, item: Item | None, reason: str | None,
               elements: tuple[str, ...] | None) -> tuple[str | None, str | None]:
    """The ground and basis of an exemption, each checked (located at the value)."""
    f = entry.fields
    basis = text(f.get("basis"))
    if reason != "exempt":
        return None, basis
    if item is not None and not item.exemptible:
        entry.problem("reason", "exempt-not-allowed", item=item.id,
                      elements="、".join(elements or item.elements),
                      hint="hint.exempt-not-allowed")
    raw = f.get("ground")
    if blank(raw):
        entry.problem("reason", "exempt-needs-ground", hint="hint.exempt-needs-ground")
        return None, basis
    return checked_ground(entry, raw, basis), basis


def checked_ground(entry: Entry, raw: Any, basis: str | None) -> str | None:
    """A ground from the closed list (a located problem otherwise); ``law`` needs a basis.
    Shared by withheld items and by answers to applications that withhold something."""
    ground = parse_ground(raw)
    if ground is None:
        entry.problem("ground", "bad-ground", value=str(raw), hint="hint.bad-ground")
    elif ground == "law" and basis is None:
        entry.problem("ground", "law-needs-basis", hint="hint.law-needs-basis")
    return ground


def _check_event(entry: Entry, item: Item, elements: tuple[str, ...] | None) -> None:
    """本期未发生 only for what exists only when something happens (``event_driven``)."""
    named = elements or item.elements
    wrong = [e for e in named if not item.is_event(e)]
    if not wrong:
        return
    events = [e for e in item.elements if item.is_event(e)]
    entry.problem("elements" if elements else "reason", "not-occurred-not-event",
                  item=item.id, elements="、".join(wrong),
                  events="、".join(events) if events else t("withheld.no-events"),
                  hint="hint.not-occurred-not-event")
