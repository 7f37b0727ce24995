"""Editing a department's YAML file without losing what people wrote there.

ruamel.yaml's round-trip mode keeps comments, key order, quoting and flow style; the layout
of sequences is detected per file (the dump of the unchanged document must reproduce the file
byte for byte), so only the entries that change are written anew. New values are quoted
wherever PyYAML — the loader the audit uses (YAML 1.1) — would read them as anything but the
text (``no``, ``1:20``, ``010``), and the result is read back with the audit's loader and
compared with what was intended before anything is written.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import yaml

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.yamlio import parse_yaml
from disclosure_audit.selfcheck.merge import Plan

LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (2, 4, 4))
"""(mapping, sequence, offset) indentations tried, most common first."""
_RESOLVER = yaml.resolver.Resolver()


def apply_plan(text: str | None, plan: Plan, display: str) -> str:
    """The file's new text: ``text`` (None: a new file) with ``plan`` applied."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    source = text if text is not None else _new_file(plan.department)
    bom = source.startswith("\ufeff")
    crlf = "\r\n" in source
    body = source.lstrip("\ufeff").replace("\r\n", "\n")
    engine, data = _load(body, display)
    for change in plan.updates:
        mapping = data[change.entry.kind][change.entry.index]
        for name in change.delete:
            del mapping[name]
        for name, value in change.set.items():
            mapping[name] = scalar(value)
    for kind, fields in plan.additions:
        seq = data.get(kind)
        if not isinstance(seq, CommentedSeq):
            seq = data[kind] = CommentedSeq()
        seq.fa.set_block_style()  # `publications: []` in a fresh file becomes a block list
        entry = CommentedMap((name, scalar(value)) for name, value in fields.items())
        seq.append(entry)
    out = io.StringIO()
    engine.dump(data, out)
    result = out.getvalue()
    _verify(body, result, plan, display)
    if crlf:
        result = result.replace("\n", "\r\n")
    return ("\ufeff" if bom else "") + result


def _new_file(department: str) -> str:
    return f"department: {_quoted_if_needed(department)}\npublications: []\nwithheld: []\n"


def _load(body: str, display: str) -> tuple[Any, Any]:
    """A ruamel round-trip engine set up to reproduce ``body``, and the loaded document."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    chosen = None
    for mapping, sequence, offset in LAYOUTS:
        engine = YAML(typ="rt")
        engine.preserve_quotes = True
        engine.width = 4096  # never re-wrap what people wrote
        engine.indent(mapping=mapping, sequence=sequence, offset=offset)
        try:
            data = engine.load(body)
        except YAMLError as exc:
            raise InputError(Problem(display, None, None, "sc-yaml-unreadable",
                                     {"detail": str(exc).splitlines()[0]},
                                     hint_key="hint.sc-yaml-unreadable")) from None
        out = io.StringIO()
        engine.dump(data, out)
        if out.getvalue() == body:
            return engine, data
        chosen = chosen or (engine, data)
    return chosen  # no layout reproduces the file exactly: comments and data still survive


def scalar(value: Any) -> Any:
    """A value as ruamel should write it: ids and anything PyYAML would misread quoted."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(value, list):
        from ruamel.yaml.comments import CommentedSeq

        seq = CommentedSeq(scalar(v) for v in value)
        seq.fa.set_flow_style()  # elements: [招生章程, 招生计划], as the examples write them
        return seq
    if isinstance(value, str):
        return DoubleQuotedScalarString(value) if _needs_quotes(value) else value
    return value


def _needs_quotes(value: str) -> bool:
    """True unless PyYAML reads ``value`` back, written plain, as exactly this text."""
    if not value or value != value.strip() or any(ord(c) < 32 or c in "\x7f\x85\u2028\u2029"
                                                  for c in value):
        return True
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str":
        return True
    return value[0] in "!&*{}[]|>'\"%@`#,?:-=+" or ": " in value or " #" in value


def _quoted_if_needed(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"' \
        if _needs_quotes(value) else value


def _verify(before: str, after: str, plan: Plan, display: str) -> None:
    """Read the new text with the audit's own loader: every entry must be what was intended —
    the untouched ones as they were, the changed ones changed, the new ones appended."""
    old = parse_yaml(before, display).data
    try:
        new = parse_yaml(after, display).data
    except InputError:
        new = None
    expected = _expected(old, plan)
    if new != expected:
        raise InputError(Problem(display, None, None, "sc-write-check",
                                 hint_key="hint.sc-write-check"))


def _expected(old: dict[str, Any], plan: Plan) -> dict[str, Any]:
    data = {k: [dict(e) if isinstance(e, dict) else e for e in v] if isinstance(v, list) else v
            for k, v in old.items()}
    for change in plan.updates:
        mapping = data[change.entry.kind][change.entry.index]
        for name in change.delete:
            mapping.pop(name, None)
        mapping.update({k: _plain(v) for k, v in change.set.items()})
    for kind, fields in plan.additions:
        data.setdefault(kind, [])
        if not isinstance(data[kind], list):
            data[kind] = []
        data[kind].append({k: _plain(v) for k, v in fields.items()})
    return data


def _plain(value: Any) -> Any:
    """A value as the audit's loader returns it (dates stay text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
