"""Safe YAML loading that keeps source positions and refuses what PyYAML lets slip.

* dates stay strings (``2022-03-01`` is not turned into ``datetime.date``);
* mapping keys are always the text as written, so ``1.10`` and ``1.1`` never collide;
* duplicate keys, oversized files and alias bombs are problems, not silent surprises;
* every value's line and column is kept, so schema errors can point at the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import MAX_BYTES, decode, read_bytes

try:  # the C parser is several times faster; fall back quietly where libyaml is missing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_NODES = 1_000_000
"""An upper bound on values built from one file: stops "billion laughs" alias bombs."""
MAX_DEPTH = 64
"""Deeper nesting than this is refused (no real checklist or declaration comes close)."""

Pointer = tuple[str | int, ...]
_SCALARS = SafeConstructor()
_KEEP_AS_TEXT = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}


@dataclass
class YamlDocument:
    """A loaded YAML file: the data plus where each value and key stands in the file."""

    path: str
    data: Any
    positions: dict[Pointer, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Pointer, tuple[int, int]] = field(default_factory=dict)

    def where(self, pointer: Pointer, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the value at ``pointer``, or of its nearest parent."""
        table = self.key_positions if key else self.positions
        if key and pointer in table:
            return table[pointer]
        pointer = tuple(pointer)
        while pointer:
            if pointer in self.positions:
                return self.positions[pointer]
            pointer = pointer[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, pointer: Pointer, code: str, *, key: bool = False, **kw: Any) -> Problem:
        """A :class:`Problem` located at ``pointer`` in this file."""
        line, column = self.where(pointer, key=key)
        return Problem(self.path, line, column, code, **kw)


def read_text(path: Path, display: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file (BOM allowed), refusing huge files and invalid bytes clearly."""
    return decode(read_bytes(path, display, max_bytes), display, ("utf-8-sig",), "not-utf8")


def load_yaml(path: Path, display: str | None = None) -> YamlDocument:
    """Load one YAML file; every failure is an :class:`InputError` with a position."""
    display = display or path.as_posix()
    return parse_yaml(read_text(path, display), display)


def parse_yaml(text: str, display: str) -> YamlDocument:
    """Parse YAML text (see :func:`load_yaml`)."""
    doc = YamlDocument(display, None)
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
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
        doc.data = None
        return doc
    _check_size(root, display)
    builder = _Builder(doc)
    doc.data = builder.build(root, ())
    if builder.problems:
        raise InputError(builder.problems)
    return doc


def text_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``text[index]``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _check_size(root: Node, display: str) -> None:
    """Refuse, before building anything, a document whose aliases expand past ``MAX_NODES``
    or whose nesting is deeper than ``MAX_DEPTH``. Sizes are memoised per node, so an alias
    bomb is measured in time proportional to its text, not to its expansion."""
    sizes: dict[int, int] = {}

    def size(node: Node, depth: int) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        if depth > MAX_DEPTH:
            mark = node.start_mark
            raise InputError(Problem(display, mark.line + 1, mark.column + 1, "yaml-too-deep",
                                     {"limit": MAX_DEPTH}))
        total = 1
        if isinstance(node, SequenceNode):
            total += sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        sizes[id(node)] = total = min(total, MAX_NODES + 1)
        if total > MAX_NODES:
            mark = node.start_mark
            raise InputError(Problem(display, mark.line + 1, mark.column + 1,
                                     "yaml-too-many-nodes", {"limit": MAX_NODES},
                                     hint_key="hint.yaml-aliases"))
        return total

    size(root, 0)


class _Builder:
    """Turns a composed node tree into plain Python data, recording positions."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def build(self, node: Node, pointer: Pointer) -> Any:
        self.doc.positions[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, ScalarNode):
            return _scalar(node)
        if isinstance(node, SequenceNode):
            return [self.build(child, (*pointer, i)) for i, child in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return self._mapping(node, pointer)
        return None  # pragma: no cover - PyYAML has no other node kinds

    def _mapping(self, node: MappingNode, pointer: Pointer) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(Problem(self.doc.path, line, column, "yaml-merge-key"))
                continue
            if not isinstance(key_node, ScalarNode):
                self.problems.append(Problem(self.doc.path, line, column, "yaml-complex-key"))
                continue
            key = str(key_node.value)
            if key in result:
                first = self.doc.key_positions.get((*pointer, key), (None, None))[0]
                self.problems.append(Problem(self.doc.path, line, column, "duplicate-key",
                                             {"key": key, "first": first},
                                             hint_key="hint.duplicate-key"))
                continue
            self.doc.key_positions[(*pointer, key)] = (line, column)
            result[key] = self.build(value_node, (*pointer, key))
        return result


def _tab_at(text: str, mark: Any) -> bool:
    """True when the error's line has a tab before or at the error's column."""
    if mark is None:
        return False
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    return "\t" in line[: mark.column + 1]


def _scalar(node: ScalarNode) -> Any:
    if node.tag in _KEEP_AS_TEXT:
        return node.value
    construct = SafeConstructor.yaml_constructors.get(node.tag)
    if construct is None:
        return node.value
    try:
        return construct(_SCALARS, node)
    except (yaml.YAMLError, ValueError, TypeError):
        return node.value
