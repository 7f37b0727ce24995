"""Safe YAML loading that keeps source positions and refuses what PyYAML lets slip.

* dates stay strings (``2022-03-01`` is not turned into ``datetime.date``);
* mapping keys are always the text as written, so ``1.10`` and ``1.1`` never collide;
* duplicate keys, oversized files and alias bombs are problems, not silent surprises;
* every value's line and column can be asked for, so schema errors can point at the input.

How the text becomes data cheaply (one pass, positions of deep values only on demand) is in
:mod:`disclosure_audit.inputs.yamltree`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.inputs import yamltree
from disclosure_audit.inputs.files import MAX_BYTES, decode, read_bytes
from disclosure_audit.inputs.yamltree import MAX_DEPTH, Pointer, Positions, Tree

MAX_NODES = yamltree.MAX_NODES
"""The most nodes aliases may add to one file (see :data:`yamltree.MAX_NODES`)."""

__all__ = ["MAX_DEPTH", "MAX_NODES", "Pointer", "YamlDocument", "load_yaml", "parse_yaml",
           "read_text", "text_position"]


@dataclass
class YamlDocument:
    """A loaded YAML file: the data plus where each value and key stands in the file.

    Positions of the top levels are known from the start; the first question about a deeper
    one records them all, from the text the document was read from.
    """

    path: str
    data: Any
    positions: Positions = field(default_factory=dict)
    key_positions: Positions = field(default_factory=dict)
    text: str | None = field(default=None, repr=False)
    """The text, while positions below :data:`yamltree.EAGER_DEPTH` are still to be recorded."""

    def where(self, pointer: Pointer, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the value at ``pointer``, or of its nearest parent."""
        pointer = tuple(pointer)
        if self.text is not None and len(pointer) > yamltree.EAGER_DEPTH and (
                pointer not in (self.key_positions if key else self.positions)):
            self._complete()
        if key and pointer in self.key_positions:
            return self.key_positions[pointer]
        while pointer:
            if pointer in self.positions:
                return self.positions[pointer]
            pointer = pointer[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, pointer: Pointer, code: str, *, key: bool = False, **kw: Any) -> Problem:
        """A :class:`Problem` located at ``pointer`` in this file."""
        line, column = self.where(pointer, key=key)
        return Problem(self.path, line, column, code, **kw)

    def _complete(self) -> None:
        """Record every position, from a second composition of the same text."""
        text, self.text = self.text, None
        root = yamltree.compose(text or "")
        if root is None:
            return
        tree = Tree(self.path, MAX_DEPTH)
        tree.build(root, ())
        self.positions, self.key_positions = tree.positions, tree.key_positions


def read_text(path: Path, display: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file (BOM allowed), refusing huge files and invalid bytes clearly."""
    return decode(read_bytes(path, display, max_bytes), display, ("utf-8-sig",), "not-utf8")


def load_yaml(path: Path, display: str | None = None) -> YamlDocument:
    """Load one YAML file; every failure is an :class:`InputError` with a position."""
    display = display or path.as_posix()
    return parse_yaml(read_text(path, display), display)


def parse_yaml(text: str, display: str) -> YamlDocument:
    """Parse YAML text (see :func:`load_yaml`)."""
    with yamltree.no_cycle_collection():
        return _parse(text, display)


def _parse(text: str, display: str) -> YamlDocument:
    try:
        root = yamltree.compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        message = (exc.problem or exc.context or "").strip()
        if _tab_at(text, mark):
            raise InputError(Problem(display, line, column, "yaml-tab", {},
                                     hint_key="hint.yaml-tab")) from None
        raise InputError(Problem(display, line, column, "yaml-syntax", {"detail": message},
                                 hint_key="hint.yaml-syntax")) from None
    except yaml.reader.ReaderError as exc:  # a control character such as NUL
        # libyaml reports a byte offset, PyYAML a character one: find the character ourselves.
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        index = found.start() if found else 0
        code = ord(text[index]) if found else exc.character
        line, column = text_position(text, index)
        raise InputError(Problem(display, line, column, "yaml-bad-character",
                                 {"code": f"U+{code:04X}" if isinstance(code, int) else "?"},
                                 hint_key="hint.yaml-bad-character")) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(display, None, None, "yaml-syntax",
                                 {"detail": str(exc)}, hint_key="hint.yaml-syntax")) from None
    except RecursionError:
        raise InputError(Problem(display, None, None, "yaml-too-deep",
                                 {"limit": MAX_DEPTH})) from None
    if root is None:
        return YamlDocument(display, None)
    yamltree.check_aliases(text, root, display, MAX_NODES)
    tree = Tree(display, yamltree.EAGER_DEPTH)
    data = tree.build(root, ())
    if tree.problems:
        raise InputError(tree.problems)
    return YamlDocument(display, data, tree.positions, tree.key_positions, text)


def text_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``text[index]``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _tab_at(text: str, mark: Any) -> bool:
    """True when the error's line has a tab before or at the error's column."""
    if mark is None:
        return False
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    return "\t" in line[: mark.column + 1]
