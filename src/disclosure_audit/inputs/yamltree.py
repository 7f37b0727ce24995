"""From YAML text to plain data in one pass over libyaml's node tree, with positions.

This is the hot path of every audit: a province batch reads ~1,700 files and a large school's
one file can hold 60,000 publications. What it keeps cheap, and why each is safe:

* **The resolver.** libyaml's composer calls back into Python for every node (``resolve``,
  ``descend_resolver``, ``ascend_resolver``): a Python call each, a tenth of composing.
  :class:`Composer` answers with C built-ins that merely keep what they are given (the tag of
  a node is then a ``slice`` holding its kind, text and implicit flags), and :func:`tag_of`
  works the tag out when the node is built, from PyYAML's own table of implicit resolvers
  (``Resolver.yaml_implicit_resolvers``, YAML 1.1: ``no`` is a boolean, ``1.10`` a float),
  so every scalar gets exactly the tag PyYAML gives it. Most scalars (titles, URLs, quoted
  dates) start with a character no resolver claims and are taken as text at once.
* **Building.** One recursive walk turns nodes into dicts, lists and scalars; a plain string
  (most values) is taken as it is, other tags go through PyYAML's own ``SafeConstructor``.
* **Positions.** Every message cites a position, but almost all of them cite an entry (a
  publication, a ledger entry, a checklist item: depth ≤ 2), which are recorded while building.
  Positions below that are only needed when something is wrong with a field; they are then
  recorded by the same walk over a second composition of the same text, once per file
  (:meth:`Tree.complete`), so they are the positions the full walk always gave.
* **The cycle collector** is paused while a file is parsed (:func:`no_cycle_collection`).
* **Alias bombs.** Only aliases can make a document expand ("billion laughs"); a text without
  ``*`` has none, and is never walked twice nor refused for its size. Otherwise the expansion
  (the nodes aliases add) is measured, memoised per node, before anything is built.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver, Resolver

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError

try:  # libyaml's parser and composer (C); PyYAML's own where libyaml is missing
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer as _PyComposer
    from yaml.parser import Parser as _PyParser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, _PyParser, _PyComposer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _PyParser.__init__(self)
            _PyComposer.__init__(self)

        def dispose(self) -> None:
            pass

Pointer = tuple[str | int, ...]
Positions = dict[Pointer, tuple[int, int]]

MAX_NODES = 1_000_000
"""The most nodes aliases may add to one file ("billion laughs" bombs); the file's own size is
bounded by the byte limit, never by this."""
MAX_DEPTH = 64
"""Deeper nesting than this is refused (no real checklist or declaration comes close)."""
EAGER_DEPTH = 2
"""Positions down to this depth are recorded while building (the root, its keys' values and
their entries: what a finding about a whole entry cites)."""

_STR = BaseResolver.DEFAULT_SCALAR_TAG
_SEQ = BaseResolver.DEFAULT_SEQUENCE_TAG
_MAP = BaseResolver.DEFAULT_MAPPING_TAG
_MERGE = "tag:yaml.org,2002:merge"
_KEEP_AS_TEXT = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}
_IMPLICIT = {first: tuple(rules) for first, rules in Resolver.yaml_implicit_resolvers.items()}
_CLAIMED = frozenset(_IMPLICIT)
"""First characters some implicit resolver looks at ('' for the empty scalar)."""
_SCALARS = SafeConstructor()
_RESOLVED: dict[str, str] = {}
"""Tags of plain scalars some resolver claims (keys such as ``title``, small numbers), kept
while there are few: the same few hundred words recur in every file."""
_RESOLVED_MAX = 4096


class Composer(_Parser):  # type: ignore[misc,valid-type]
    """libyaml's composer with no Python call per node.

    The composer calls ``self.resolve(kind, value, implicit)`` for a node without an explicit
    tag and ``descend_resolver(parent, index)`` / ``ascend_resolver()`` around every node. No
    path resolvers are registered, so the last two have nothing to do, and the tag can be
    worked out later (:func:`tag_of`); each is a C built-in taking the same arguments
    (a type is no descriptor, so it is called as it is, not as a method).
    """

    resolve = slice  # slice(kind, value, implicit): read back by tag_of
    descend_resolver = slice
    ascend_resolver = tuple


def tag_of(node: Node) -> str:
    """The tag ``Resolver.resolve`` gives ``node`` (same table, same order, no path
    resolvers), or the one written in the file."""
    tag = node.tag
    if tag.__class__ is not slice:  # written in the file (``!!int 3``, ``!x``)
        return tag
    if node.__class__ is not ScalarNode:
        return _SEQ if node.__class__ is SequenceNode else _MAP
    value = node.value
    if not tag.step[0] or value[:1] not in _CLAIMED:  # quoted, or no resolver claims it
        return _STR
    known = _RESOLVED.get(value)
    if known is None:
        known = next((tag for tag, regexp in _IMPLICIT[value[:1]] if regexp.match(value)), _STR)
        if len(_RESOLVED) < _RESOLVED_MAX:
            _RESOLVED[value] = known
    return known


def is_merge(key: Node) -> bool:
    """True for a merge key (``<<`` written plain, or tagged ``!!merge``)."""
    return key.__class__ is ScalarNode and tag_of(key) == _MERGE


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a file is parsed.

    Composing allocates a few objects per node and none of them form cycles, but every few
    hundred allocations the collector would scan the objects the process already holds (a
    batch's modules, the checklist, earlier results): a third of the time of composing in a
    busy process. Memory is still freed as it goes, by reference counting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compose(text: str) -> Node | None:
    """The node tree of the one document in ``text`` (None when empty); PyYAML's errors."""
    composer = Composer(text)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


def too_deep(display: str, node: Node) -> InputError:
    """The error for nesting deeper than :data:`MAX_DEPTH`, at ``node``."""
    mark = node.start_mark
    return InputError(Problem(display, mark.line + 1, mark.column + 1, "yaml-too-deep",
                              {"limit": MAX_DEPTH}))


def check_aliases(text: str, root: Node, display: str, limit: int = MAX_NODES) -> None:
    """Refuse a document whose aliases add more than ``limit`` nodes, or that nests
    deeper than :data:`MAX_DEPTH` through them. Without a ``*`` there is no alias: nothing to
    do. Sizes are memoised per node, so a bomb is measured in time proportional to its text."""
    if "*" not in text:
        return
    sizes: dict[int, int] = {}
    added = 0

    def size(node: Node, depth: int) -> int:
        nonlocal added
        known = sizes.get(id(node))
        if known is not None:  # a node met again is an alias: its whole expansion is added
            added = min(added + known, limit + 1)
            if added > limit:
                mark = node.start_mark
                raise InputError(Problem(display, mark.line + 1, mark.column + 1,
                                         "yaml-too-many-nodes", {"limit": limit},
                                         hint_key="hint.yaml-aliases"))
            return known
        if depth > MAX_DEPTH:
            raise too_deep(display, node)
        total = 1
        if isinstance(node, SequenceNode):
            total += sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        sizes[id(node)] = total = min(total, limit + 1)
        return total

    size(root, 0)


class Tree:
    """Builds plain data from a node tree, recording positions down to ``record_depth``."""

    def __init__(self, display: str, record_depth: int) -> None:
        self.display = display
        self.record_depth = record_depth
        self.positions: Positions = {}
        self.key_positions: Positions = {}
        self.problems: list[Problem] = []

    def build(self, node: Node, pointer: Pointer) -> Any:
        """``node`` as plain data; positions of it and of its descendants recorded."""
        depth = len(pointer)
        if depth > MAX_DEPTH:
            raise too_deep(self.display, node)
        if depth > self.record_depth:
            return self._plain(node, depth)
        mark = node.start_mark
        self.positions[pointer] = (mark.line + 1, mark.column + 1)
        cls = node.__class__
        if cls is ScalarNode:
            return _scalar(node)
        if cls is SequenceNode:
            return [self.build(child, (*pointer, i)) for i, child in enumerate(node.value)]
        return self._mapping(node, pointer, depth)

    def _plain(self, node: Node, depth: int) -> Any:
        """``node`` as plain data, no positions (the fast path below ``record_depth``)."""
        cls = node.__class__
        if cls is ScalarNode:
            tag = node.tag  # the common case of _scalar, inline: most nodes are plain text
            if tag.__class__ is slice and (not tag.step[0] or node.value[:1] not in _CLAIMED):
                return node.value
            return scalar(node)
        if depth >= MAX_DEPTH and node.value:
            first = node.value[0]
            raise too_deep(self.display, first if cls is SequenceNode else first[0])
        if cls is SequenceNode:
            return [self._plain(child, depth + 1) for child in node.value]
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if (key_node.__class__ is ScalarNode and key_node.value not in result
                    and ((key_node.tag.__class__ is slice and key_node.value != "<<")
                         or not is_merge(key_node))):
                result[key_node.value] = self._value(value_node, depth + 1)
            else:
                self._refuse_key(node, key_node, value_node, depth)
        return result

    def _value(self, node: Node, depth: int) -> Any:
        """:meth:`_plain`, with its most common case (a scalar of text) taken inline."""
        if node.__class__ is ScalarNode:
            tag = node.tag
            if tag.__class__ is slice and (not tag.step[0] or node.value[:1] not in _CLAIMED):
                return node.value
            return scalar(node)
        return self._plain(node, depth)

    def _mapping(self, node: MappingNode, pointer: Pointer, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        record = depth < self.record_depth  # the keys' positions are one level down
        for key_node, value_node in node.value:
            if (key_node.__class__ is ScalarNode and key_node.value not in result
                    and ((key_node.tag.__class__ is slice and key_node.value != "<<")
                         or not is_merge(key_node))):
                key = key_node.value
                if record:
                    mark = key_node.start_mark
                    self.key_positions[(*pointer, key)] = (mark.line + 1, mark.column + 1)
                    result[key] = self.build(value_node, (*pointer, key))
                elif value_node.__class__ is ScalarNode:  # _value's common case, inline
                    tag = value_node.tag
                    if tag.__class__ is slice and (not tag.step[0]
                                                   or value_node.value[:1] not in _CLAIMED):
                        result[key] = value_node.value
                    else:
                        result[key] = scalar(value_node)
                else:
                    result[key] = self._plain(value_node, depth + 1)
            else:
                self._refuse_key(node, key_node, value_node, depth)
        return result

    def _refuse_key(self, node: MappingNode, key_node: Node, value_node: Node,
                    depth: int) -> None:
        """A merge key, a complex key or a duplicate key: a problem, the value skipped (but
        still checked for depth, as everything in the file is)."""
        self._depth_only(key_node, depth + 1)
        self._depth_only(value_node, depth + 1)
        line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if is_merge(key_node):
            self.problems.append(Problem(self.display, line, column, "yaml-merge-key"))
        elif not isinstance(key_node, ScalarNode):
            self.problems.append(Problem(self.display, line, column, "yaml-complex-key"))
        else:
            key = key_node.value
            first = next(k.start_mark.line + 1 for k, _ in node.value
                         if isinstance(k, ScalarNode) and k.value == key and not is_merge(k))
            self.problems.append(Problem(self.display, line, column, "duplicate-key",
                                         {"key": key, "first": first},
                                         hint_key="hint.duplicate-key"))

    def _depth_only(self, node: Node, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise too_deep(self.display, node)
        if isinstance(node, SequenceNode):
            for child in node.value:
                self._depth_only(child, depth + 1)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                self._depth_only(key, depth + 1)
                self._depth_only(value, depth + 1)


def _scalar(node: ScalarNode) -> Any:
    tag = node.tag
    if tag.__class__ is slice and (not tag.step[0] or node.value[:1] not in _CLAIMED):
        return node.value
    return scalar(node)


def scalar(node: ScalarNode) -> Any:
    """A scalar as PyYAML's safe loader makes it, except dates and binary kept as text."""
    tag = tag_of(node)
    if tag == _STR or tag in _KEEP_AS_TEXT:
        return node.value
    construct = SafeConstructor.yaml_constructors.get(tag)
    if construct is None:
        return node.value
    try:
        return construct(_SCALARS, node)
    except (yaml.YAMLError, ValueError, TypeError):
        return node.value
