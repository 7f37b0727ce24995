"""rich's Table, drawn with fewer layers: the same segments, a third of the time.

rich renders each cell as ``Padding(cell)`` through two nested ``Console.render_lines``, each
splitting, cropping and padding the lines again, and each nested render goes through
:class:`~disclosure_audit.formats.console.SafeConsole` again. For the tables the views build
(cells of text, cells aligned to the top, padding only left and right, no footer, no row
styles) this class renders a cell's text once and applies the same steps — rich's own
functions, in rich's order — directly: the segments, and so the bytes on the screen, are the
ones rich's ``Table._render`` gives (``tests/test_fasttable.py`` compares them). A table using
anything else is rendered by rich itself. The loop over rows follows ``rich.table`` (MIT).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from disclosure_audit.formats.console import SafeConsole, safe_segments


class FastTable(Table):
    """A :class:`rich.table.Table` whose common case skips rich's per-cell layers."""

    # On a SafeConsole every cell's text is made printable as it is rendered (here, or by the
    # console's nested renders when rich draws the table), the title is rendered by the
    # console and the borders are rich's: nothing is left to make printable.
    segments_are_safe = True

    def _render(self, console: Console, options: ConsoleOptions,
                widths: list[int]) -> Iterator[Segment]:
        if not self._simple(widths):
            yield from super()._render(console, options, widths)
            return
        yield from _render(self, console, options, widths)

    def _simple(self, widths: list[int]) -> bool:
        top, _, bottom, _ = self.padding
        return (not self.show_footer and not self.leading and not self.row_styles
                and top == bottom == 0
                and all(width - sum(_sides(self, i)) >= 1 for i, width in enumerate(widths))
                and all(column.vertical == "top" for column in self.columns)
                and all(isinstance(cell, str | Text)
                        for column in self.columns for cell in (column.header, *column.cells)))


def _render(table: FastTable, console: Console, options: ConsoleOptions,
            widths: list[int]) -> Iterator[Segment]:
    """The segments of ``Table._render``: rules, then each row's lines between borders."""
    drawing = _Drawing(table, console, options, widths)
    if drawing.box and table.show_edge:
        yield from drawing.rule(drawing.box.get_top(widths))
    rows = drawing.rows()
    for index, (cells, row_style) in enumerate(rows):
        header = index == 0 and table.show_header
        last = index == len(rows) - 1
        yield from drawing.row(cells, row_style, header, 0 if index == 0 else (2 if last else 1))
        if drawing.box and header:
            yield from drawing.rule(drawing.box.get_row(widths, "head", edge=table.show_edge))
        end_section = not header and table.rows[index - table.show_header].end_section
        if drawing.box and (table.show_lines or end_section) and not last and not header:
            yield from drawing.rule(drawing.box.get_row(widths, "row", edge=table.show_edge))
    if drawing.box and table.show_edge:
        yield from drawing.rule(drawing.box.get_bottom(widths))


class _Drawing:
    """What ``Table._render`` works out once per table: the box, its border segments, the
    styles, and the cells' renderer."""

    def __init__(self, table: FastTable, console: Console, options: ConsoleOptions,
                 widths: list[int]) -> None:
        self.table, self.console, self.widths = table, console, widths
        get_style = console.get_style
        self.border_style = get_style(table.style or "") + get_style(table.border_style or "")
        box = table.box.substitute(options, safe=console.safe_box if table.safe_box is None
                                   else table.safe_box) if table.box else None
        self.box = box.get_plain_headed_box() if box and not table.show_header else box
        self.edges = [tuple(Segment(part, self.border_style) for part in parts) for parts in (
            (box.head_left, box.head_right, box.head_vertical),
            (box.mid_left, box.mid_right, box.mid_vertical),
            (box.foot_left, box.foot_right, box.foot_vertical))] if self.box else []
        self.cell = _CellRenderer(table, console, options, widths)
        header_style = get_style(table.header_style or "")
        self.header_styles = [header_style + get_style(c.header_style) for c in table.columns]
        self.styles = [get_style(c.style or "") for c in table.columns]

    def rule(self, text: str) -> Iterator[Segment]:
        """A line across the table (top, under the header, between rows, bottom)."""
        yield Segment(text, self.border_style)
        yield Segment.line()

    def rows(self) -> list[tuple[list[Any], Style]]:
        """The header (when shown) and every row: its cells and its style."""
        table, console = self.table, self.console
        rows = [([c.header for c in table.columns], Style.null())] if table.show_header else []
        return rows + [([c._cells[i] for c in table.columns],
                        console.get_style(table.get_row_style(console, i)))
                       for i in range(table.row_count)]

    def row(self, cells: list[Any], row_style: Style, header: bool,
            edge: int) -> Iterator[Segment]:
        """One row's lines, its cells aligned (the header's to the bottom) and bordered."""
        styles = self.header_styles if header else self.styles
        lines = [self.cell.lines(i, renderable, style + row_style)
                 for i, (renderable, style) in enumerate(zip(cells, styles, strict=True))]
        height = max(len(c) for c in lines)
        align = Segment.align_bottom if header else Segment.align_top
        lines = [Segment.set_shape(align(c, width, height, style + row_style), width, height)
                 for c, width, style in zip(lines, self.widths, styles, strict=True)]
        left, right, divider = self.edges[edge] if self.box else (None, None, None)
        if divider is not None and not divider.text.strip():
            divider = Segment(divider.text, row_style.background_style + divider.style)
        show_edge = self.box is not None and self.table.show_edge
        for line_no in range(height):
            if show_edge:
                yield left
            for number, rendered in enumerate(lines):
                yield from rendered[line_no]
                if divider is not None and number < len(lines) - 1:
                    yield divider
            if show_edge:
                yield right
            yield Segment.line()


class _CellRenderer:
    """``console.render_lines(Padding(cell, padding), options, style=style)`` as
    ``Table._render`` calls it, for a cell of text, without the layers in between."""

    def __init__(self, table: Table, console: Console, options: ConsoleOptions,
                 widths: list[int]) -> None:
        self.console = console
        self.safe = isinstance(console, SafeConsole)
        self.pad_style = console.get_style("none")  # Padding's style
        self.drawn: dict[tuple[Any, ...], list[list[Segment]]] = {}
        self.sides = [_sides(table, i) for i in range(len(widths))]
        self.inner = [options.update(width=width, justify=column.justify,
                                     no_wrap=column.no_wrap, overflow=column.overflow,
                                     height=None, highlight=column.highlight)
                      .update_width(width - sum(side))
                      for width, column, side in zip(widths, table.columns, self.sides,
                                                     strict=True)]

    def lines(self, index: int, renderable: str | Text, style: Style) -> list[list[Segment]]:
        """The cell's lines, each exactly the column's width (a cell like one already drawn
        in the same column — ✓100, 部分合规, a department — is drawn once)."""
        key = (index, style, renderable) if isinstance(renderable, str) else (
            index, style, renderable.plain, tuple(renderable.spans), renderable.style,
            renderable.justify, renderable.overflow, renderable.no_wrap, renderable.end,
            renderable.tab_size)
        drawn = self.drawn.get(key)
        if drawn is None:
            drawn = self.drawn[key] = self._lines(index, renderable, style)
        return drawn

    def _lines(self, index: int, renderable: str | Text, style: Style) -> list[list[Segment]]:
        options = self.inner[index]
        text = renderable if isinstance(renderable, Text) else self.console.render_str(
            renderable, highlight=options.highlight, markup=options.markup)
        segments: Iterable[Segment] = text.__rich_console__(self.console, options)
        if self.safe:
            segments = safe_segments(segments)
        left, right = self.sides[index]
        pad = self.pad_style
        lines = []
        for line in Segment.split_and_crop_lines(segments, options.max_width, style=pad,
                                                  include_new_lines=False):
            # The line is exactly the inner width, so rich's second crop changes nothing:
            # what is left of it is the cell's style laid under every segment.
            line = [Segment(" " * left, pad), *line] if left else line
            line = [*line, Segment(" " * right, pad)] if right else line
            lines.append([Segment(s.text, style + s.style) for s in line] if style else line)
        return lines


def _sides(table: Table, index: int) -> tuple[int, int]:
    """A column's left and right padding, as ``Table._get_cells`` works it out when there is
    no padding above or below."""
    _, right, _, left = table.padding
    if table.collapse_padding and index:
        left = max(0, left - right)
    if not table.pad_edge:
        left = 0 if index == 0 else left
        right = 0 if index == len(table.columns) - 1 else right
    return left, right
