"""The YAML loader: positions, dates as text, and refusing what PyYAML lets slip."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosure_audit.errors import InputError
from disclosure_audit.inputs import yamlio
from disclosure_audit.inputs.yamlio import load_yaml, parse_yaml


def test_dates_stay_text_and_positions_are_kept() -> None:
    doc = parse_yaml("a:\n  - made: 2022-03-01\n    clicks: 2\n", "f.yaml")
    assert doc.data == {"a": [{"made": "2022-03-01", "clicks": 2}]}
    assert doc.where(("a", 0, "made")) == (2, 11)
    assert doc.where(("a", 0, "clicks")) == (3, 13)
    assert doc.where(("a", 0, "missing")) == (2, 5)  # falls back to the nearest parent


def test_keys_are_text_as_written_so_ids_never_collide() -> None:
    doc = parse_yaml("items:\n  1.1: {a: 1}\n  1.10: {a: 2}\n  7: {a: 3}\n", "f.yaml")
    assert list(doc.data["items"]) == ["1.1", "1.10", "7"]


def test_duplicate_key_is_reported_with_both_lines() -> None:
    with pytest.raises(InputError) as exc:
        parse_yaml("department: 财务处\nwithheld: []\ndepartment: 教务处\n", "d.yaml")
    [problem] = exc.value.problems
    assert (problem.code, problem.line, problem.column) == ("duplicate-key", 3, 1)
    assert problem.params == {"key": "department", "first": 1}


def test_tab_indentation_has_its_own_message() -> None:
    with pytest.raises(InputError) as exc:
        parse_yaml("a:\n\tb: 1\n", "t.yaml")
    [problem] = exc.value.problems
    assert problem.code == "yaml-tab"
    assert problem.line == 2


def test_syntax_error_points_at_the_line() -> None:
    with pytest.raises(InputError) as exc:
        parse_yaml("a: 1\nb: [1, 2\nc: 3\n", "s.yaml")
    [problem] = exc.value.problems
    assert problem.code == "yaml-syntax"
    assert problem.line == 3
    assert problem.render("en").startswith("s.yaml:3:")


def test_alias_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "MAX_NODES", 10_000)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for name, prev in zip("bcdefgh", "abcdefg", strict=True):
        bomb += f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    with pytest.raises(InputError) as exc:
        parse_yaml(bomb, "bomb.yaml")
    assert exc.value.problems[0].code == "yaml-too-many-nodes"


def test_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: 1\n" * 100)
    with pytest.raises(InputError) as exc:
        yamlio.read_text(path, "big.yaml", max_bytes=100)
    assert exc.value.problems[0].code == "file-too-large"


def test_invalid_utf8_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes("a: 1\nb: 招生\n".encode("gb18030"))
    with pytest.raises(InputError) as exc:
        load_yaml(path, "bad.yaml")
    [problem] = exc.value.problems
    assert (problem.code, problem.line, problem.column) == ("not-utf8", 2, 4)
    assert problem.hint_key == "hint.save-utf8"


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffdepartment: 财务处\n".encode())
    assert load_yaml(path).data == {"department": "财务处"}


def test_empty_document_is_none() -> None:
    assert parse_yaml("# nothing\n", "e.yaml").data is None
