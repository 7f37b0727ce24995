"""The fast YAML path (issue 16) gives the data, positions and problems the full walk gave.

The reference below is the loader as it was before: PyYAML's C safe loader composes the
document, a size walk refuses bombs, and one builder records the position of every value and
key. The fast path must agree with it on every document of a hostile corpus and on random
ones: same data (same types), the same line and column for every value and key (and the same
fallback to a parent for a value that is not there), the same problems.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from disclosure_audit.errors import InputError
from disclosure_audit.inputs import yamlio
from disclosure_audit.inputs.yamlio import parse_yaml

KEEP = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}
LIMIT = 10_000


class Refused(Exception):
    """The reference refused the document: its problems as (code, line, column, params)."""

    def __init__(self, problems: list[tuple]) -> None:
        super().__init__(problems)
        self.problems = problems


def reference(text: str) -> tuple[Any, dict, dict]:
    """The loader before issue 16: every node walked twice, every position recorded."""
    loader = yaml.CSafeLoader(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    if root is None:
        return None, {}, {}
    sizes: dict[int, int] = {}

    def size(node: Any, depth: int) -> int:
        if id(node) in sizes:
            return sizes[id(node)]
        if depth > yamlio.MAX_DEPTH:
            raise Refused([_problem(node, "yaml-too-deep")])
        total = 1 + (sum(size(c, depth + 1) for c in node.value)
                     if isinstance(node, SequenceNode) else
                     sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
                     if isinstance(node, MappingNode) else 0)
        sizes[id(node)] = total = min(total, LIMIT + 1)
        if total > LIMIT:  # the old rule counted every node; the new one only what aliases add
            raise Refused([_problem(node, "yaml-too-many-nodes")])
        return total

    size(root, 0)
    positions: dict = {}
    keys: dict = {}
    problems: list = []

    def build(node: Any, pointer: tuple) -> Any:
        positions[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, ScalarNode):
            if node.tag in KEEP:
                return node.value
            construct = SafeConstructor.yaml_constructors.get(node.tag)
            try:
                return node.value if construct is None else construct(SafeConstructor(), node)
            except (yaml.YAMLError, ValueError, TypeError):
                return node.value
        if isinstance(node, SequenceNode):
            return [build(c, (*pointer, i)) for i, c in enumerate(node.value)]
        result: dict = {}
        for k, v in node.value:
            if k.tag == "tag:yaml.org,2002:merge":
                problems.append(_problem(k, "yaml-merge-key"))
            elif not isinstance(k, ScalarNode):
                problems.append(_problem(k, "yaml-complex-key"))
            elif k.value in result:
                problems.append(_problem(k, "duplicate-key", key=k.value,
                                         first=keys[(*pointer, k.value)][0]))
            else:
                keys[(*pointer, k.value)] = (k.start_mark.line + 1, k.start_mark.column + 1)
                result[k.value] = build(v, (*pointer, k.value))
        return result

    data = build(root, ())
    if problems:
        raise Refused(problems)
    return data, positions, keys


def _problem(node: Any, code: str, **params: Any) -> tuple:
    return (code, node.start_mark.line + 1, node.start_mark.column + 1, params)


def same_types(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0 == True would hide a change)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same_types(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_types(x, y) for x, y in zip(a, b, strict=True))
    return a == b or (a != a and b != b)  # NaN


def check(text: str) -> None:
    """The fast path agrees with the reference on ``text``."""
    try:
        expected = reference(text)
    except Refused as exc:
        with pytest.raises(InputError) as caught:
            parse_yaml(text, "f.yaml")
        got = [(p.code, p.line, p.column, p.params) for p in caught.value.problems]
        want = exc.problems
        if want[0][0] == "yaml-too-many-nodes":  # the bomb is found where its expansion tips
            assert [g[0] for g in got] == ["yaml-too-many-nodes"]
            return
        assert [g[:3] for g in got] == [w[:3] for w in want]
        assert [g[3] for g in got if g[0] == "duplicate-key"] == [
            w[3] for w in want if w[0] == "duplicate-key"]
        return
    except yaml.YAMLError:
        with pytest.raises(InputError):
            parse_yaml(text, "f.yaml")
        return
    data, positions, keys = expected
    doc = parse_yaml(text, "f.yaml")
    assert same_types(doc.data, data)
    for pointer, where in positions.items():
        assert doc.where(pointer) == where, pointer
        assert doc.where((*pointer, "no such field")) == where
    for pointer, where in keys.items():
        assert doc.where(pointer, key=True) == where, pointer
    assert doc.where(()) == positions.get((), (1, 1))


def fresh(text: str) -> yamlio.YamlDocument:
    return parse_yaml(text, "f.yaml")


HOSTILE = [
    "department: 财务处\npublications:\n- item: '19'\n  title: 预算\n  clicks: 2\n"
    "  elements: [a, b]\n  made: 2022-03-01\n",
    "a: &x {b: [1, 2, {c: d}]}\ne: *x\nf: [*x, *x]\n",
    "<<: {a: 1}\nb: 2\n",
    "? [a, b]\n: c\nd: e\n",
    "a: 1\nb: 2\na: 3\nc: {a: 1, a: 2}\n",
    "items:\n  1.1: {a: 1}\n  1.10: {a: 2}\n  7: {a: 3}\n",
    "a: no\nb: on\nc: ~\nd: 0x1F\ne: 017\nf: 1_000\ng: .inf\nh: -.nan\ni: 1:20\nj: =\n"
    "k: 2022-03-01 10:00:00\nl: !!binary aGVsbG8=\nm: !!str 7\nn: !custom x\no: ''\np: '7'\n",
    "- [a, [b, [c, [d]]]]\n- {x: {y: {z: w}}}\n- !!set {a, b}\n- !!omap [a: 1]\n",
    "a: |\n  line one\n  line two\nb: >\n  folded\n  text\nc: \"esc\\tape\"\n",
    "top:\n  - - - - deep\n  - x: [1, {y: [2, {z: 3}]}]\n",
    "title: a *b* c\nnote: '*'\n",
    "'a': 1\n\"b\": 2\n? c\n: 3\n",
    "x: " + "[" * 70 + "]" * 70 + "\n",
    "x: " + "[" * 64 + "1" + "]" * 64 + "\n",
    "x: " + "{a: " * 66 + "1" + "}" * 66 + "\n",
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for n, p in zip("bcdefgh", "abcdefg", strict=True)),
    "a: 1\nb: [1, 2\nc: 3\n",
    "a:\n\tb: 1\n",
    "",
    "# only a comment\n",
    "just a scalar\n",
    "- 1\n- two\n",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_fast_path_matches_the_full_walk(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "MAX_NODES", LIMIT)
    check(text)


def test_honest_large_file_is_not_refused_for_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file with many nodes and no alias is read whole: only aliases are counted."""
    monkeypatch.setattr(yamlio, "MAX_NODES", 1_000)
    rows = "".join(f"- {{item: '19', title: 预算{i}, clicks: {i}}}\n" for i in range(2_000))
    doc = parse_yaml("publications:\n" + rows, "big.yaml")
    assert len(doc.data["publications"]) == 2_000
    assert doc.where(("publications", 1_999, "clicks")) == (2_001, 39)


def test_deep_positions_are_recorded_only_when_asked() -> None:
    doc = fresh("a:\n  - b: {c: 1}\n")
    assert ("a", 0, "b") not in doc.positions
    assert doc.where(("a", 0, "b", "c")) == (2, 12)
    assert ("a", 0, "b") in doc.positions and doc.text is None


scalars = st.one_of(
    st.sampled_from(["no", "yes", "on", "~", "null", "0x1F", "017", "1_000", ".inf", "1:20",
                     "=", "<<", "2022-03-01", "1.10", "7", "'7'", '"x"', "a *b", "-", "''"]),
    st.text(alphabet="ab 1.:-#'\"*&!", max_size=6))
keys = st.one_of(st.sampled_from(["a", "b", "1.1", "1.10", "no", "<<", "'a'"]),
                 st.text(alphabet="abc", min_size=1, max_size=2))


def _render(value: Any, indent: int = 0) -> str:
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return pad + "{}\n"
        return "".join(f"{pad}{k}:\n{_render(v, indent + 2)}" if isinstance(v, (dict, list))
                       and v else f"{pad}{k}: {_inline(v)}\n" for k, v in value)
    if isinstance(value, list):
        if not value:
            return pad + "[]\n"
        return "".join(f"{pad}-\n{_render(v, indent + 2)}" if isinstance(v, (dict, list)) and v
                       else f"{pad}- {_inline(v)}\n" for v in value)
    return pad + _inline(value) + "\n"


def _inline(value: Any) -> str:
    if isinstance(value, list):
        return "[]" if not value else "[" + ", ".join(_inline(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "{}"
    return str(value)


documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.lists(st.tuples(keys, inner), max_size=4).map(
                                lambda pairs: {"__pairs__": pairs})),
    max_leaves=25)


def _to_text(value: Any) -> str:
    def unwrap(v: Any) -> Any:
        if isinstance(v, dict):
            return dict.fromkeys(()) if not v["__pairs__"] else _Pairs(
                [(k, unwrap(x)) for k, x in v["__pairs__"]])
        if isinstance(v, list):
            return [unwrap(x) for x in v]
        return v
    return _render(unwrap(value))


class _Pairs(dict):
    """Pairs kept in order, duplicates included (rendered as written)."""

    def __init__(self, pairs: list) -> None:
        super().__init__({"_": None})
        self.pairs = pairs

    def __iter__(self):  # noqa: ANN204 - yields the (key, value) pairs
        return iter(self.pairs)

    def __bool__(self) -> bool:
        return bool(self.pairs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_random_documents_match_the_full_walk(value: Any) -> None:
    check(_to_text(value))
