"""The message catalogue: every entry in both languages, placeholders that match, no clashes."""

from __future__ import annotations

import string

import pytest

from disclosure_audit.i18n import t
from disclosure_audit.i18n.catalog import MESSAGES, PARTS, _merge


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_entry_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert entry.get("zh", "").strip() and entry.get("en", "").strip()
    assert _fields(entry["zh"]) == _fields(entry["en"])


def test_every_part_is_merged() -> None:
    assert len(MESSAGES) == sum(len(part) for part in PARTS)


def test_a_key_defined_in_two_areas_is_refused() -> None:
    with pytest.raises(ValueError, match="problem.x"):
        _merge(({"problem.x": {"zh": "甲", "en": "a"}}, {"problem.x": {"zh": "乙", "en": "b"}}))


def test_unknown_key_never_crashes() -> None:
    assert t("no.such.key", "en") == "no.such.key"
