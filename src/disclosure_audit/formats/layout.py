"""Tables that fit the terminal: a layout is chosen per width, text wraps and is never cut.

A view offers its layouts from the widest to the narrowest (fewer columns, shorter headers,
or blocks instead of a table); :func:`fit` leaves out columns that are empty in every row and
says whether the narrowest the rest can be still fits the terminal (else None: the view tries
its next layout).
Fixed columns keep their content on one line; wrapping columns fold (Chinese text has no
spaces to break at) and never end in "…".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from disclosure_audit.formats.fasttable import FastTable

Cell = str | Text
Row = Sequence[Cell] | None  # None: a section break (a line across the table)


@dataclass(frozen=True)
class Column:
    """One column: its header, how it behaves, and whether it may be left out."""

    header: str
    justify: str = "left"
    wraps: bool = False  # False: as wide as its widest cell, on one line
    min_width: int = 10  # for wrapping columns: the narrowest that is still readable
    max_width: int = 10**6  # for wrapping columns: wider than this is not worth the room
    style: str = ""


def plain(cell: Cell) -> str:
    """A cell's text."""
    return cell.plain if isinstance(cell, Text) else str(cell)


def text_width(cell: Cell) -> int:
    """Terminal cells the widest line of ``cell`` takes (Chinese characters count two)."""
    return max((cell_len(line) for line in plain(cell).splitlines()), default=0)


def _min_width(columns: list[Column], rows: list[Row], keep: list[int]) -> int:
    total = 3 * len(keep) + 1  # a border before each column and after the last, 1 pad a side
    for i in keep:
        column = columns[i]
        widest = max([text_width(column.header)] + [text_width(r[i]) for r in rows if r])
        total += min(widest, _floor(column)) if column.wraps else widest
    return total


def _floor(column: Column) -> int:
    """A wrapping column's narrowest width: its minimum, and never less than the longest
    word of an English header ("Department" split as "Departme / nt" at 80 columns)."""
    words = [cell_len(w) for w in column.header.split() if w.isascii()]
    return max([column.min_width, *words])


def fit(columns: list[Column], rows: list[Row], width: int) -> list[int] | None:
    """Indexes of the columns to show at ``width``, or None when they do not fit.

    Columns empty in every row are left out (a column of blanks tells nothing).
    """
    keep = [i for i, _ in enumerate(columns)
            if any(r and plain(r[i]).strip() for r in rows)]
    return keep if _min_width(columns, rows, keep) <= width else None


def build(columns: list[Column], rows: list[Row], keep: list[int], width: int, *,
          title: str = "", show_lines: bool = False) -> Table:
    """The rich table of the columns in ``keep``, laid out for ``width`` terminal cells.

    Widths are decided here, not by rich: fixed columns get their widest cell, wrapping
    columns share the rest (none below its minimum, none wider than its widest cell), so the
    table is never wider than ``width`` and nothing is cropped.
    """
    table = FastTable(title=title or None, title_justify="left", show_lines=show_lines)
    fixed = sum(_widest(columns[i], rows, i) for i in keep if not columns[i].wraps)
    wrapping = [i for i in keep if columns[i].wraps]
    shares = _share([min(_floor(columns[i]), _widest(columns[i], rows, i)) for i in wrapping],
                    [min(columns[i].max_width, _widest(columns[i], rows, i)) for i in wrapping],
                    width - (3 * len(keep) + 1) - fixed)
    share = dict(zip(wrapping, shares, strict=True))
    for i in keep:
        column = columns[i]
        if column.wraps:
            table.add_column(column.header, justify=column.justify, overflow="fold",
                             width=share[i], style=column.style)
        else:
            table.add_column(column.header, justify=column.justify, no_wrap=True,
                             width=_widest(column, rows, i), style=column.style)
    for row in rows:
        if row is None:
            if table.row_count:
                table.add_section()
            continue
        table.add_row(*(row[i] for i in keep))
    return table


def _share(minimums: list[int], wanted: list[int], room: int) -> list[int]:
    """Widths for the wrapping columns: each its minimum, then the room left is handed out
    evenly to those that could use more, up to what they want."""
    widths = list(minimums)
    left = room - sum(widths)
    while left > 0:
        hungry = [i for i, w in enumerate(widths) if w < wanted[i]]
        if not hungry:
            break
        step = max(1, left // len(hungry))
        for i in hungry:
            more = min(step, wanted[i] - widths[i], left)
            widths[i] += more
            left -= more
            if not left:
                break
    return widths


def fitted(variants: list[tuple[list[Column], list[int]]], rows: list[Row], width: int,
           title: str = "") -> Table:
    """The first layout (columns, and which cells of each row they show) that fits ``width``;
    when none does (a terminal narrower than any table), the last one as blocks."""
    for columns, cells in variants:
        chosen: list[Row] = [None if r is None else [r[i] for i in cells] for r in rows]
        keep = fit(columns, chosen, width)
        if keep is not None:
            return build(columns, chosen, keep, width, title=title)
    return blocks(columns, chosen, title)


def blocks(columns: list[Column], rows: list[Row], title: str = "") -> Table:
    """One block per row, each non-empty cell on a line of its own after its column's header:
    squeezing a table instead would cut scores ("10…" for 100.0) and Chinese text."""
    table = FastTable(title=title or None, title_justify="left", show_header=False, box=None,
                  padding=(0, 1, 0, 0), show_edge=False)
    table.add_column(no_wrap=True, style="dim")
    table.add_column(overflow="fold")
    for row in rows:
        shown = [] if row is None else [(c.header, row[i]) for i, c in enumerate(columns)
                                        if plain(row[i]).strip()]
        if not shown:
            continue
        if table.row_count:
            table.add_row("", "")  # a blank line between blocks
        if len(shown) == 1 and not plain(row[0]).strip():  # a heading (a category's name)
            table.add_row("", shown[0][1])
            continue
        for header, cell in shown:
            table.add_row(header, cell)
    return table


def _widest(column: Column, rows: list[Row], i: int) -> int:
    return max([text_width(column.header)] + [text_width(r[i]) for r in rows if r])
