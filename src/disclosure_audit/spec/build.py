"""Merge the layers of an ``extends`` chain into one :class:`Checklist` and check its meaning."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from disclosure_audit.dates import DateError, parse_date, parse_month_day
from disclosure_audit.diagnostics import WARNING, Problem
from disclosure_audit.inputs.yamlio import Pointer, YamlDocument
from disclosure_audit.model import (
    DIMENSIONS,
    KINDS,
    PROBLEM_KINDS,
    REPORT_KINDS,
    Category,
    Channel,
    Checklist,
    Item,
    Scoring,
    SourceRef,
    Waiver,
)
from disclosure_audit.spec.classification import build_rules, check_item
from disclosure_audit.spec.fields import combine, element_specs, limit_of, override_problem
from disclosure_audit.spec.notify import build_notify
from disclosure_audit.spec.site import office_of, site_settings

NEW_ITEM_FIELDS = ("category", "title", "elements", "cadence")


@dataclass
class _Merged:
    """The chain's settings as merged so far, with where each was last written."""

    categories: dict[str, Category] = field(default_factory=dict)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    where: dict[tuple[str, str], tuple[YamlDocument, Pointer]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    setting_where: dict[str, YamlDocument] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 1.0))
    layers: list[YamlDocument] = field(default_factory=list)

    def locate(self, item_id: str, name: str = "") -> tuple[YamlDocument, Pointer]:
        return self.where.get((item_id, name)) or self.where[(item_id, "")]

    def written_after(self, item_id: str, name: str, other: str) -> bool:
        """True when ``name`` was last written in the same layer as ``other``, or a later one."""
        def rank(field_name: str) -> int:
            doc = self.locate(item_id, field_name)[0]
            return next(i for i, layer in enumerate(self.layers) if layer is doc)

        return rank(name) >= rank(other)


def build_checklist(layers: list[YamlDocument], problems: list[Problem]) -> Checklist:
    """Apply ``layers`` (base first) and return the checklist; problems go to ``problems``."""
    merged = _Merged()
    for layer in layers:
        _apply_layer(merged, layer, problems)
    top = layers[-1]
    period = _review_period(merged, problems)
    departments = tuple(merged.settings.get("departments") or ())
    institution = merged.settings.get("institution") or {}
    order = {cid: i for i, cid in enumerate(merged.categories)}
    rules, extra_keywords = build_rules(layers, set(merged.items), problems)
    built = [_build_item(merged, item_id, departments, problems, extra_keywords.get(item_id, []))
             for item_id in merged.items]
    # New items join their category: the list is always read category by category.
    items = tuple(sorted(built, key=lambda item: order.get(item.category, len(order))))
    if len(layers) > 1 and not institution:
        problems.append(top.problem((), "institution-missing", severity=WARNING,
                                    hint_key="hint.institution-missing"))
    if not any(merged.weights.values()):
        problems.append(top.problem(("scoring", "weights"), "weights-zero"))
    scoring_cfg = merged.settings.get("scoring") or {}
    ledger_cfg = merged.settings.get("ledger") or {}
    report_cfg = merged.settings.get("report") or {}
    office = _office(merged, {item.id: item for item in items}, departments, problems)
    return Checklist(
        id=str(layers[0].data.get("id", "")),
        title=str(layers[0].data.get("title", "")),
        institution_name=institution.get("name"),
        kind=institution.get("kind"),
        review_period=period,
        departments=departments,
        categories=tuple(merged.categories.values()),
        channels={cid: _channel(cid, ch) for cid, ch in merged.channels.items()},
        items=items,
        scoring=Scoring(
            weights=dict(merged.weights),
            publish_within_workdays=int(scoring_cfg.get("publish_within_workdays", 20)),
            max_clicks=int(scoring_cfg.get("max_clicks", 3)),
            internal_only_scores_zero=bool(scoring_cfg.get("internal_only_scores_zero", True)),
        ),
        deadline_workdays=int(ledger_cfg.get("deadline_workdays", 20)),
        path=top.path,
        chain=tuple(layer.path for layer in layers),
        waivers=_waivers(merged, {i.id for i in items}, problems),
        notify=build_notify(merged.settings.get("notify"), merged.setting_where.get("notify"),
                            departments, problems),
        classification=rules,
        office=office,
        site=site_settings(merged.settings.get("site"), merged.setting_where.get("site"),
                           departments, problems),
        report_kinds=tuple(report_cfg.get("kinds") or REPORT_KINDS),
    )


def _apply_layer(merged: _Merged, layer: YamlDocument, problems: list[Problem]) -> None:
    merged.layers.append(layer)
    data = layer.data
    for cat in data.get("categories") or ():
        merged.categories[cat["id"]] = Category(cat["id"], cat["title"], cat.get("title_en", ""))
    for cid, channel in (data.get("channels") or {}).items():
        combined = {**merged.channels.get(cid, {}), **channel}
        if "public" not in combined or "name" not in combined:
            problems.append(layer.problem(("channels", cid), "channel-incomplete", key=True,
                                          params={"channel": cid}))
        merged.channels[cid] = combined
    for name in ("institution", "review_period", "departments", "ledger", "waivers", "notify",
                 "office", "site", "report"):
        if name in data:
            merged.settings[name] = data[name]
            merged.setting_where[name] = layer
    scoring = data.get("scoring") or {}
    merged.weights.update(scoring.get("weights") or {})
    merged.settings["scoring"] = {**merged.settings.get("scoring", {}), **scoring}
    items = data.get("items")
    if isinstance(items, list):
        _add_items(merged, layer, items, problems)
    elif isinstance(items, dict):
        _override_items(merged, layer, items, problems)


def _add_items(merged: _Merged, layer: YamlDocument, items: list[Any],
               problems: list[Problem]) -> None:
    for index, item in enumerate(items):
        item_id = item["id"]
        if item_id in merged.items:
            first = merged.locate(item_id)
            problems.append(layer.problem(("items", index, "id"), "duplicate-item",
                                          params={"item": item_id,
                                                  "first": first[0].where(first[1])[0]}))
            continue
        merged.items[item_id] = dict(item)
        _remember(merged, item_id, item, layer, ("items", index))


def _check_not_applicable(base: dict[str, Any], layer: YamlDocument, pointer: Pointer,
                          item_id: str, problems: list[Problem]) -> None:
    """An item every school must publish (the annual report) is never not applicable: an
    error. An item public by law (budget, final accounts, fees) is said, not refused: a
    private college may truly have no 部门预算."""
    if base.get("always_applies"):
        problems.append(layer.problem((*pointer, "not_applicable"), "not-applicable-refused",
                                      params={"item": item_id},
                                      hint_key="hint.not-applicable-refused-checklist"))
    elif base.get("exemptible") is False:
        problems.append(layer.problem((*pointer, "not_applicable"),
                                      "not-applicable-public-by-law", severity=WARNING,
                                      params={"item": item_id},
                                      hint_key="hint.not-applicable-public-by-law"))


def _override_items(merged: _Merged, layer: YamlDocument, items: dict[str, Any],
                    problems: list[Problem]) -> None:
    for item_id, override in items.items():
        pointer: Pointer = ("items", item_id)
        if "id" in override and override["id"] != item_id:
            problems.append(layer.problem((*pointer, "id"), "item-id-mismatch",
                                          params={"item": item_id, "id": override["id"]}))
            continue
        if item_id in merged.items:
            wrong = override_problem(merged.items[item_id], override)
            if wrong is not None:
                field_name, code = wrong
                problems.append(layer.problem((*pointer, field_name), code,
                                              params={"item": item_id},
                                              hint_key=f"hint.{code}"))
                continue
            merged.items[item_id] = combine(merged.items[item_id], override)
            if "not_applicable" in override:  # judged on the item as this layer leaves it
                _check_not_applicable(merged.items[item_id], layer, pointer, item_id, problems)
        else:
            missing = [f for f in NEW_ITEM_FIELDS if f not in override]
            if missing:
                problems.append(layer.problem(pointer, "unknown-item", key=True,
                                              params={"item": item_id,
                                                      "missing": ", ".join(missing)},
                                              hint_key="hint.unknown-item"))
                continue
            merged.items[item_id] = {"id": item_id, **override}
        _remember(merged, item_id, override, layer, pointer)


def _remember(merged: _Merged, item_id: str, fields: dict[str, Any], layer: YamlDocument,
              pointer: Pointer) -> None:
    merged.where[(item_id, "")] = (layer, pointer)
    for name in fields:
        merged.where[(item_id, name)] = (layer, (*pointer, name))


def _build_item(merged: _Merged, item_id: str, departments: tuple[str, ...],
                problems: list[Problem], extra_keywords: list[str]) -> Item:
    raw = merged.items[item_id]
    # Element keywords inherited from a layer below one that changed the elements may name
    # elements that no longer exist: they are dropped, not reported in a file the school
    # cannot edit. Written with or after the elements, they must match them.
    check_item(raw, lambda name: merged.locate(item_id, name), problems,
               check_elements=merged.written_after(item_id, "element_keywords", "elements"))
    doc, pointer = merged.locate(item_id)
    line, column = doc.where(pointer, key=isinstance(pointer[-1], str))
    if raw["category"] not in merged.categories:
        d, p = merged.locate(item_id, "category")
        problems.append(d.problem(p, "unknown-category",
                                  params={"category": raw["category"],
                                          "known": ", ".join(merged.categories)}))
    owner = raw.get("owner")
    if owner and departments and owner not in departments:
        d, p = merged.locate(item_id, "owner")
        problems.append(d.problem(p, "unknown-department", params={"department": owner},
                                  hint_key="hint.unknown-department"))
    due = raw.get("due")
    if due is not None:
        try:
            parse_month_day(due)
        except DateError:
            d, p = merged.locate(item_id, "due")
            problems.append(d.problem(p, "bad-due", params={"value": due}))
    names, kinds, events, repeated = element_specs(raw["elements"])
    for index, name in repeated:
        d, p = merged.locate(item_id, "elements")
        problems.append(d.problem((*p, index), "duplicate-element",
                                  params={"element": name, "item": item_id}))
    return Item(
        id=item_id,
        category=raw["category"],
        title=raw["title"],
        title_en=raw.get("title_en", ""),
        elements=names,
        element_kinds=kinds,
        event_elements=events,
        event_driven=bool(raw.get("event_driven", False)),
        exemptible=bool(raw.get("exemptible", True)),
        always_applies=bool(raw.get("always_applies", False)),
        cadence=raw["cadence"],
        due=due,
        publish_within=limit_of(raw, merged.settings.get("scoring") or {}),
        applies_to=tuple(raw.get("applies_to", KINDS)),
        audience=raw.get("audience", "public"),
        keywords=tuple(dict.fromkeys([*raw.get("keywords", ()), *extra_keywords])),
        element_keywords={e: tuple(k) for e, k in (raw.get("element_keywords") or {}).items()
                          if e in names},
        exclude_keywords=tuple(raw.get("exclude_keywords", ())),
        owner_hint=raw.get("owner_hint"),
        owner=owner,
        remediation=raw.get("remediation"),
        remediation_en=raw.get("remediation_en"),
        measures=dict(raw.get("measures") or {}),
        measures_en=dict(raw.get("measures_en") or {}),
        note=raw.get("note"),
        note_en=raw.get("note_en"),
        not_applicable=raw.get("not_applicable"),
        source=SourceRef(doc.path, line, column),
    )


def _office(merged: _Merged, items: dict[str, Item], departments: tuple[str, ...],
            problems: list[Problem]) -> str | None:
    """The disclosure office's department: ``office`` (a known department), else the owner of
    item 6 (the annual report, which the office writes), else the first department."""
    named = merged.settings.get("office")
    if named and departments and named not in departments:
        problems.append(merged.setting_where["office"].problem(
            ("office",), "unknown-department", params={"department": named},
            hint_key="hint.unknown-department"))
    return office_of(merged.settings, items, departments)


def _review_period(merged: _Merged, problems: list[Problem]) -> tuple[dt.date, dt.date] | None:
    raw = merged.settings.get("review_period")
    if raw is None:
        return None
    doc = merged.setting_where["review_period"]
    dates: list[dt.date] = []
    for name in ("start", "end"):
        try:
            dates.append(parse_date(raw[name]))
        except DateError as exc:
            problems.append(doc.problem(("review_period", name), f"date-{exc.reason}",
                                        params={"value": raw[name], "field": name},
                                        hint_key="hint.date"))
    if len(dates) == 2 and dates[0] > dates[1]:
        problems.append(doc.problem(("review_period",), "period-reversed"))
        return None
    return (dates[0], dates[1]) if len(dates) == 2 else None


def _waivers(merged: _Merged, item_ids: set[str], problems: list[Problem]) -> tuple[Waiver, ...]:
    """Waivers name a ledger key (``6/timeliness``) or a whole item; both must exist."""
    raw = merged.settings.get("waivers") or []
    if not raw:
        return ()
    doc = merged.setting_where["waivers"]
    waivers = []
    for index, entry in enumerate(raw):
        pointer: Pointer = ("waivers", index)
        key, item = entry.get("key"), entry.get("item")
        if (key is None) == (item is None):
            problems.append(doc.problem(pointer, "waiver-target", hint_key="hint.waiver-target"))
            continue
        item_id = str(item) if item is not None else key.rsplit("/", 1)[0]
        site = key is not None and key.startswith("site/")  # a site check's entry: no item
        if not site and item_id not in item_ids:
            problems.append(doc.problem((*pointer, "key" if key else "item"), "waiver-unknown",
                                        params={"key": key or item_id},
                                        hint_key="hint.waiver-unknown"))
            continue
        expires = None
        if entry.get("expires") is not None:
            try:
                expires = parse_date(entry["expires"])
            except DateError as exc:
                problems.append(doc.problem((*pointer, "expires"), f"date-{exc.reason}",
                                            params={"value": entry["expires"],
                                                    "field": "expires"}, hint_key="hint.date"))
                continue
        keys = (key,) if key else tuple(f"{item_id}/{k}" for k in PROBLEM_KINDS)
        line, column = doc.where(pointer)
        waivers.append(Waiver(keys, entry["justification"], SourceRef(doc.path, line, column),
                              entry.get("approved_by"), expires))
    return tuple(waivers)


def _channel(cid: str, raw: dict[str, Any]) -> Channel:
    return Channel(
        id=cid,
        name=raw.get("name", cid),
        name_en=raw.get("name_en", raw.get("name", cid)),
        group=raw.get("group", "other"),
        public=bool(raw.get("public", False)),
        column=bool(raw.get("column", False)),
        linked_from_column=bool(raw.get("linked_from_column", False)),
        aliases=tuple(raw.get("aliases", ())),
    )
