"""The checklist's ``classification:`` sections and keyword fields: merged and checked.

Every layer of an ``extends`` chain may have a ``classification:`` section. Its ``exclude`` and
``generic`` lists add to those of the layers below (a school keeps the shipped exclusions and adds
its own), ``margin`` replaces, and ``keywords: {item: [...]}`` adds keywords to an item without
repeating the shipped ones (an item override's ``keywords:`` replaces them instead).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from disclosure_audit.diagnostics import Problem
from disclosure_audit.inputs.yamlio import Pointer, YamlDocument
from disclosure_audit.model import ClassificationRules
from disclosure_audit.sources.patterns import ALTERNATIVE, GAP, PatternError, compile_pattern
from disclosure_audit.spec.fields import element_specs

Locate = Callable[[str], tuple[YamlDocument, Pointer]]
SECTION = "classification"


def build_rules(layers: list[YamlDocument], item_ids: set[str],
                problems: list[Problem]) -> tuple[ClassificationRules, dict[str, list[str]]]:
    """The merged rules, and the keywords each item gains from ``classification.keywords``."""
    exclude: list[str] = []
    generic: list[str] = []
    margin = ClassificationRules().margin
    extra: dict[str, list[str]] = {}
    for doc in layers:
        section = doc.data.get(SECTION) or {}
        exclude += _patterns(doc, (SECTION, "exclude"), section.get("exclude"), problems)
        generic += _words(doc, section.get("generic"), problems)
        margin = int(section.get("margin", margin))
        for item_id, texts in (section.get("keywords") or {}).items():
            pointer: Pointer = (SECTION, "keywords", item_id)
            if item_id not in item_ids:
                problems.append(doc.problem(pointer, "classification-unknown-item", key=True,
                                            params={"item": item_id},
                                            hint_key="hint.classification-unknown-item"))
                continue
            extra.setdefault(item_id, []).extend(_patterns(doc, pointer, texts, problems))
    rules = ClassificationRules(tuple(dict.fromkeys(exclude)), tuple(dict.fromkeys(generic)),
                                margin)
    return rules, extra


def check_item(raw: dict[str, Any], locate: Locate, problems: list[Problem], *,
               check_elements: bool = True) -> None:
    """Check an item's ``keywords``, ``exclude_keywords`` and ``element_keywords`` (whose keys
    must be the item's elements when ``check_elements``)."""
    for name in ("keywords", "exclude_keywords"):
        if name in raw:
            doc, pointer = locate(name)
            _patterns(doc, pointer, raw[name], problems)
    if "element_keywords" not in raw:
        return
    doc, pointer = locate("element_keywords")
    names = element_specs(raw["elements"])[0]
    for element, texts in (raw["element_keywords"] or {}).items():
        if element not in names:
            if not check_elements:
                continue
            problems.append(doc.problem((*pointer, element), "element-keywords-unknown", key=True,
                                        params={"element": element, "item": raw["id"],
                                                "known": "、".join(names)},
                                        hint_key="hint.element-keywords-unknown"))
            continue
        _patterns(doc, (*pointer, element), texts, problems)


def _patterns(doc: YamlDocument, pointer: Pointer, texts: Any,
              problems: list[Problem]) -> list[str]:
    """The patterns that compile; a located problem for each one that cannot match."""
    valid = []
    for index, text in enumerate(texts or ()):
        try:
            compile_pattern(text)
        except PatternError:
            problems.append(doc.problem((*pointer, index), "bad-pattern",
                                        params={"pattern": text}, hint_key="hint.bad-pattern"))
            continue
        valid.append(text)
    return valid


def _words(doc: YamlDocument, texts: Any, problems: list[Problem]) -> list[str]:
    """Generic entries are plain words: a gap or alternatives there would never be compared."""
    valid = []
    for index, text in enumerate(texts or ()):
        if GAP.search(text) or ALTERNATIVE in text:
            problems.append(doc.problem((SECTION, "generic", index), "generic-not-word",
                                        params={"word": text}, hint_key="hint.generic-not-word"))
            continue
        valid.append(text)
    return valid
