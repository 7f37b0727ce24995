"""JSON Schema validation that points at the input: each error becomes a located Problem."""

from __future__ import annotations

import copy
import hashlib
import importlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from disclosure_audit.diagnostics import Problem
from disclosure_audit.inputs.yamlio import Pointer, YamlDocument

SCHEMAS = ("checklist", "declarations", "ledger", "applications", "annual")
FAST_GATED = frozenset(SCHEMAS)
"""Schemas checked first by a compiled validator (fastjsonschema): most files are valid, and
proving that is ~20× cheaper than walking them with jsonschema (whose import alone can cost
seconds where ``rfc3987-syntax`` is installed: it builds a grammar). Only when the fast check
fails does jsonschema run, to report every error with its position. fastjsonschema does not
know ``unevaluatedProperties``: the gate's copy of a schema spells each use of it out as
``additionalProperties`` (see :func:`gate_schema`)."""
SHARED_DEFS = {"applications": "declarations"}
"""Schemas that use another's ``$defs`` (an application is defined once, for both places)."""
_PLAIN_DEF = frozenset({"properties", "type", "description", "title"})
SCHEMA_DIR = Path(__file__).with_name("schemas")
"""The packaged JSON Schemas (``<name>.schema.json``)."""
_REF_NOTES = frozenset({"$ref", "description", "title", "$comment"})


def _schema_text(name: str) -> str:
    # The package's own folder, not importlib.resources: importing that costs ~5 ms a start
    # (it imports tempfile), and the tool is only ever installed as files.
    return (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The packaged JSON Schema ``<name>.schema.json``."""
    schema = json.loads(_schema_text(name))
    if name in SHARED_DEFS:
        schema["$defs"] = copy.deepcopy(load_schema(SHARED_DEFS[name])["$defs"])
    return schema


@cache
def _validator(name: str) -> Any:
    # jsonschema is imported here, not at module level: `--help` must stay fast.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(name))


def source_hash(name: str) -> str:
    """SHA-256 of the schema text(s) schema ``name`` is made of (its shared ``$defs`` too)."""
    digest = hashlib.sha256(_schema_text(name).encode("utf-8"))
    if name in SHARED_DEFS:
        digest.update(source_hash(SHARED_DEFS[name]).encode("ascii"))
    return digest.hexdigest()


@cache
def _fast_validator(name: str) -> Any:
    try:
        compiled = importlib.import_module(f"disclosure_audit.inputs.gates.{name}")
    except ImportError:
        compiled = None
    if compiled is not None and source_hash(name) == compiled.SOURCE:
        return compiled.validate  # made ahead of time (gates/__init__.py)
    try:
        import fastjsonschema
    except ImportError:  # pragma: no cover - a declared dependency; the slow path still works
        return None
    # A copy: fastjsonschema rewrites the "$ref"s of the schema it is given into absolute URIs
    # of that schema's $id, which would send a schema sharing those $defs to the network.
    schema = gate_schema(load_schema(name))
    return None if schema is None else fastjsonschema.compile(schema)


def gate_code(name: str) -> str | None:
    """The source of the compiled gate module of schema ``name`` (None: it has no gate)."""
    import fastjsonschema
    from fastjsonschema import RefResolver

    schema = gate_schema(load_schema(name))
    if schema is None:
        return None
    code = _without_paths(fastjsonschema.compile_to_code(schema)).replace(
        _LIBRARY_EXCEPTIONS, _OWN_EXCEPTIONS, 1)
    entry = RefResolver.from_schema(schema, store={}).get_scope_name()
    return (f"# Generated from {name}.schema.json by `python -m disclosure_audit.inputs.gates`:"
            " do not edit.\n# ruff: noqa\n"
            f"SOURCE = {source_hash(name)!r}\n{code}\n\nvalidate = {entry}\n")


# The generated code's one import of fastjsonschema, and what it becomes (gates/_raised.py).
_LIBRARY_EXCEPTIONS = ("from fastjsonschema import "
                       "JsonSchemaValueException, JsonSchemaValuesException")
_OWN_EXCEPTIONS = ("from disclosure_audit.inputs.gates._raised import "
                   "GateFailed as JsonSchemaValueException, "
                   "GateFailedMany as JsonSchemaValuesException")

_PATH_ARGUMENT = re.compile(
    r'^(\s*validate_\w+\(\w+, custom_formats), \(name_prefix or "data"\) \+ "[^"]*"'
    r'(?:\.format\(\*\*locals\(\)\))?\)$', re.MULTILINE)


def _without_paths(code: str) -> str:
    """The compiled gate without the JSON path it builds for every value it descends into.

    fastjsonschema passes each sub-validator the path of its value for the error message
    (``"data.publications[3]"``, made with ``str.format(**locals())`` for every list entry);
    the gate's messages are never shown (errors are reported by jsonschema), so the path is
    not built: the sub-validators get their caller's prefix as it is.
    """
    return _PATH_ARGUMENT.sub(r"\1, name_prefix)", code)


def gate_schema(schema: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of ``schema`` that means the same to a validator without
    ``unevaluatedProperties``; None when that cannot be said exactly.

    ``{"$ref": "#/$defs/D", "unevaluatedProperties": false, ...}`` where ``D`` only lists
    ``properties`` means: D's properties and the schema's own, nothing else. That is
    ``{"properties": {...D's, ...own}, "additionalProperties": false, ...}``.
    """
    gate = copy.deepcopy(schema)
    defs = gate.get("$defs", {})

    def rewrite(node: Any) -> bool:
        if isinstance(node, list):
            return all(rewrite(x) for x in node)
        if not isinstance(node, dict):
            return True
        if "unevaluatedProperties" in node:
            ref = node.get("$ref", "")
            target = defs.get(ref.rsplit("/", 1)[-1]) if ref.startswith("#/$defs/") else None
            if (node["unevaluatedProperties"] is not False or target is None
                    or not set(target) <= _PLAIN_DEF or "additionalProperties" in node
                    or "patternProperties" in node or target.get("type", "object") != "object"):
                return False
            del node["$ref"], node["unevaluatedProperties"]
            node["properties"] = {**target.get("properties", {}), **node.get("properties", {})}
            node["additionalProperties"] = False
        if "$ref" in node and set(node) - _REF_NOTES:
            # draft 7 (fastjsonschema) ignores a $ref's siblings; 2020-12 applies both
            node["allOf"] = [*node.get("allOf", []), {"$ref": node.pop("$ref")}]
        _without_exceptions(node)
        return all(rewrite(v) for v in node.values())

    return gate if rewrite(gate) else None


def _without_exceptions(node: dict[str, Any]) -> None:
    """Say the same as ``node`` in a shape the compiled gate checks without raising.

    fastjsonschema tests an ``if`` and each ``anyOf`` alternative by raising and catching an
    exception when it fails; a schema whose common case fails one (a publication not written
    by a crawl, a ledger entry that is not a site check, ``closed: null``) paid for an
    exception on every entry. ``if: I, else: E`` (no ``then``) means "I or E", so the gate
    tries ``E``, the common case, first; a ``{"type": "null"}`` alternative is tried first.
    Only the gate changes: errors are still reported from the schema as written.
    """
    if "if" in node and "else" in node and "then" not in node:
        either = {"anyOf": [node.pop("else"), node.pop("if")]}
        if "anyOf" in node:
            node["allOf"] = [*node.get("allOf", []), either]
        else:
            node.update(either)
    if isinstance(node.get("anyOf"), list):
        node["anyOf"].sort(key=lambda alternative: alternative != {"type": "null"})


def _passes_fast_check(data: Any, name: str) -> bool:
    if name not in FAST_GATED:
        return False
    validate = _fast_validator(name)
    if validate is None:
        return False
    try:
        validate(data)
    except ValueError:  # the gate's own (gates/_raised.py) or fastjsonschema's: not proven valid
        return False
    return True


def json_path(pointer: Pointer) -> str:
    """``('publications', 3, 'made')`` → ``$.publications[3].made``."""
    out = "$"
    for part in pointer:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def validate_document(doc: YamlDocument, name: str) -> list[Problem]:
    """Validate ``doc.data`` against schema ``name``; one Problem per error, at its position."""
    if _passes_fast_check(doc.data, name):
        return []
    problems: list[Problem] = []
    for error in _validator(name).iter_errors(doc.data):
        problems.extend(_to_problems(doc, error, name))
    return problems


def _to_problems(doc: YamlDocument, error: Any, name: str) -> list[Problem]:
    pointer: Pointer = tuple(error.absolute_path)
    at = json_path(pointer)
    kind = error.validator
    instance = error.instance
    if kind == "required":
        present = instance if isinstance(instance, dict) else {}
        missing = [f for f in error.validator_value if f not in present]
        return [doc.problem(pointer, "schema-required", params={"field": f, "at": at},
                            hint_key="hint.schema-required") for f in missing]
    if kind in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        known = set(error.schema.get("properties", {}))
        known |= set(_ref_properties(error.schema, name))
        extras = [k for k in instance if k not in known]
        return [doc.problem((*pointer, k), "schema-unknown-field", key=True,
                            params={"field": k, "at": at, "known": ", ".join(sorted(known))},
                            hint_key="hint.schema-unknown-field") for k in extras]
    if kind == "propertyNames":
        return [doc.problem(pointer, "schema-bad-key", params={"at": at, "detail": error.message})]
    params: dict[str, Any] = {"at": at, "value": _show(instance)}
    if kind == "type":
        expected = error.validator_value
        params["expected"] = "/".join(expected) if isinstance(expected, list) else expected
        hint = "hint.schema-type-string" if "string" in str(expected) else None
        return [doc.problem(pointer, "schema-type", params=params, hint_key=hint)]
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        params["allowed"] = ", ".join(str(a) for a in allowed)
        return [doc.problem(pointer, "schema-enum", params=params)]
    if kind in ("minLength", "minItems"):
        return [doc.problem(pointer, "schema-empty", params=params)]
    if kind == "pattern":
        params["pattern"] = error.validator_value
        return [doc.problem(pointer, "schema-pattern", params=params)]
    if kind in ("minimum", "maximum"):
        params["limit"] = error.validator_value
        return [doc.problem(pointer, f"schema-{kind}", params=params)]
    if kind == "uniqueItems":
        return [doc.problem(pointer, "schema-unique", params=params)]
    params["detail"] = error.message
    return [doc.problem(pointer, "schema-other", params=params)]


def _ref_properties(schema: dict[str, Any], name: str) -> list[str]:
    """Properties a ``$ref`` brings in (for ``unevaluatedProperties`` errors)."""
    ref = schema.get("$ref", "")
    if not ref.startswith("#/$defs/"):
        return []
    target = load_schema(name).get("$defs", {}).get(ref.rsplit("/", 1)[1], {})
    return list(target.get("properties", {}))


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
