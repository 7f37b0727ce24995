"""FastTable draws exactly what rich's Table draws: the same bytes, with colours and without."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.errors import MarkupError
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from disclosure_audit.formats import layout
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.formats.console import capture
from disclosure_audit.formats.fasttable import FastTable
from disclosure_audit.formats.layout import Column
from disclosure_audit.formats.ledger import terminal
from disclosure_audit.formats.table import TableFormat
from disclosure_audit.services.audit import AuditRequest, run

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "zhuzhou-2022"
# What people write: Chinese, spaces, newlines, controls and escapes, rich markup, emoji,
# combining marks, a long word.
TEXT = st.lists(st.sampled_from([*"事项公开 ab\n\t\x1b[]/\\é́😀：（）-—", "[bold]", "x" * 30]),
                max_size=40).map("".join)
STYLE = st.sampled_from(["", "bold", "red", "dim italic", "on blue"])


def _both(draw: object, width: int, color: bool) -> tuple[str, str]:
    """``draw(cls)`` → a renderable; its output with FastTable and with rich's Table."""
    out = []
    for cls in (FastTable, Table):
        console, buffer = capture(width, color)
        try:
            console.print(draw(cls))  # type: ignore[operator]
        except MarkupError as exc:  # a str cell is rich markup: "[/]" fails alike in both
            out.append(f"MarkupError: {exc}")
            continue
        out.append(buffer.getvalue())
    return out[0], out[1]


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.lists(st.tuples(TEXT, STYLE), min_size=4, max_size=4), max_size=6),
       width=st.integers(20, 140), color=st.booleans(), lines=st.booleans(),
       sections=st.sets(st.integers(0, 5)), justify=st.sampled_from(["left", "right", "center"]))
def test_a_table_renders_as_rich_renders_it(rows: list[list[tuple[str, str]]], width: int,
                                            color: bool, lines: bool, sections: set[int],
                                            justify: str) -> None:
    def draw(cls: type[Table]) -> Table:
        table = cls(title="标题 [x]", title_justify="left", show_lines=lines)
        table.add_column("编号", justify=justify, no_wrap=True, width=4)
        table.add_column("事项 Item", overflow="fold", width=12, style="cyan")
        table.add_column("问题", overflow="fold", width=9, justify=justify)
        table.add_column("状态", width=6, header_style="magenta")
        for i, row in enumerate(rows):
            table.add_row(row[0][0], Text(row[1][0], style=row[1][1]),
                          Text.assemble((row[2][0], row[2][1]), " ", row[0][0]), row[3][0],
                          end_section=i in sections)
        return table

    fast, rich = _both(draw, width, color)
    assert fast == rich


@settings(max_examples=40, deadline=None)
@given(cells=st.lists(st.tuples(TEXT, TEXT), max_size=5), width=st.integers(8, 100),
       color=st.booleans(), padding=st.sampled_from([(0, 1), (0, 1, 0, 0), (0, 2, 0, 3)]))
def test_grids_and_borderless_tables_render_as_rich_renders_them(
        cells: list[tuple[str, str]], width: int, color: bool, padding: tuple[int, ...]) -> None:
    def grid(cls: type[Table]) -> Padding:
        table = cls.grid(padding=padding)
        table.add_column(no_wrap=True, style="dim")
        table.add_column(overflow="fold")
        for left, right in cells:
            table.add_row(left, Text(right))
        return Padding(table, (0, 0, 1, 3), expand=False)

    def borderless(cls: type[Table]) -> Table:
        table = cls(show_header=False, box=None, padding=padding, show_edge=False)
        table.add_column(no_wrap=True, style="dim")
        table.add_column(overflow="fold")
        for left, right in cells:
            table.add_row(left, right)
        return table

    for draw in (grid, borderless):
        fast, rich = _both(draw, width, color)
        assert fast == rich


def test_a_cell_that_is_not_text_is_left_to_rich() -> None:
    def draw(cls: type[Table]) -> Table:
        table = cls(title="t")
        table.add_column("a")
        table.add_column("b", vertical="middle")
        table.add_row(Padding("x\x1b[2J", (1, 1)), "y\nz")
        return table

    fast, rich = _both(draw, 40, True)
    assert fast == rich and "␛" in fast


@pytest.fixture(scope="module")
def example() -> object:
    return run(AuditRequest(EXAMPLE, dt.date(2022, 9, 15)))


@pytest.mark.parametrize("width", [40, 80, 100, 120, 160, 200])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("color", [False, True])
def test_the_audit_view_is_the_one_rich_draws(example: object, width: int, lang: str,
                                              color: bool, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    options = RenderOptions(lang=lang, color=color, width=width, explain_classification=True)
    fast = TableFormat().render(example, options)  # type: ignore[arg-type]
    monkeypatch.setattr(layout, "FastTable", Table)
    monkeypatch.setattr(terminal, "FastTable", Table)
    assert TableFormat().render(example, options) == fast  # type: ignore[arg-type]


def test_the_audit_view_uses_the_fast_path(example: object,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables the audit draws are the simple kind: rich's own drawing is never called."""
    def refuse(*args: object) -> None:
        raise AssertionError("rich's Table._render was used")

    monkeypatch.setattr(Table, "_render", refuse)
    for width in (80, 160):
        TableFormat().render(example, RenderOptions(lang="zh", color=False,  # type: ignore[arg-type]
                                                    width=width))


def test_columns_still_laid_out_by_layout() -> None:
    table = layout.build([Column("a"), Column("b", wraps=True, min_width=4)],
                         [["1", "两个字两个字"]], [0, 1], 12)
    assert isinstance(table, FastTable)
