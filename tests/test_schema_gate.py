"""The compiled schema gate (fastjsonschema) passes exactly the checklists jsonschema passes.

The checklist schema uses ``unevaluatedProperties``, which fastjsonschema does not know; the
gate validates a rewritten copy (issue 16: without the gate every audit imported jsonschema,
seconds of start-up where rfc3987-syntax is installed). A gate that passed something
jsonschema refuses would hide an error, so both are asked about the same random checklists.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from disclosure_audit.inputs import schema
from disclosure_audit.inputs.schema import (
    FAST_GATED,
    SCHEMAS,
    _passes_fast_check,
    gate_code,
    gate_schema,
    load_schema,
)

FIELDS = ["id", "category", "title", "elements", "cadence", "owner", "applies_to", "due",
          "publish_within", "mandatory", "typo", "extra", "keywords", "citation"]
values = st.one_of(st.none(), st.booleans(), st.integers(-3, 40), st.sampled_from(
    ["1", "1.1", "x", "", "annual", "continuous", "A", "2022-09-01", "undergraduate"]),
    st.lists(st.sampled_from(["a", "b", "", "undergraduate"]), max_size=3))
items = st.dictionaries(st.sampled_from(FIELDS), values, max_size=6)
checklists = st.fixed_dictionaries(
    {"extends": st.just("moe-2014")},
    optional={"institution": st.fixed_dictionaries({"name": st.sampled_from(["学院", ""])},
                                                   optional={"kind": st.sampled_from(
                                                       ["vocational", "x"])}),
              "items": st.one_of(st.dictionaries(st.sampled_from(["1", "7", "1.10", "x"]),
                                                 items, max_size=3),
                                 st.lists(items, max_size=3)),
              "departments": st.lists(st.sampled_from(["财务处", ""]), max_size=2),
              "bogus": values})


@settings(max_examples=300, deadline=None)
@given(data=checklists)
def test_checklist_gate_agrees_with_jsonschema(data) -> None:
    from jsonschema import Draft202012Validator

    full = Draft202012Validator(load_schema("checklist")).is_valid(data)
    assert _passes_fast_check(data, "checklist") == full


def _names(node, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        out.update(node.get("properties", {}))
        for value in node.values():
            _names(value, out)
    elif isinstance(node, list):
        for value in node:
            _names(value, out)
    return out


def _documents(name: str) -> st.SearchStrategy:
    """Random documents built from the schema's own field names, so most reach deep rules."""
    keys = st.sampled_from(sorted(_names(load_schema(name), set())) + ["typo"])
    leaves = st.one_of(values, st.sampled_from(["2022-09-15", "https://a.cn/x", "x" * 3]))
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=5)), max_leaves=20)


@pytest.mark.parametrize("name", sorted(FAST_GATED))
def test_every_gate_agrees_with_jsonschema(name: str) -> None:
    from jsonschema import Draft202012Validator

    full = Draft202012Validator(load_schema(name))

    @settings(max_examples=150, deadline=None)
    @given(data=_documents(name))
    def agree(data) -> None:
        assert _passes_fast_check(data, name) == full.is_valid(data)

    agree()


def test_gate_spells_out_unevaluated_properties() -> None:
    gate = gate_schema(load_schema("checklist"))
    assert gate is not None
    item = gate["$defs"]["item"]
    assert "unevaluatedProperties" not in item and item["additionalProperties"] is False
    assert set(gate["$defs"]["itemFields"]["properties"]) <= set(item["properties"])
    assert "unevaluatedProperties" in load_schema("checklist")["$defs"]["item"]  # not changed


def test_gate_refuses_what_it_cannot_spell_out() -> None:
    schema = {"$defs": {"d": {"properties": {"a": {}}, "patternProperties": {"^x": {}}}},
              "$ref": "#/$defs/d", "unevaluatedProperties": False}
    assert gate_schema(schema) is None


def test_validating_the_example_does_not_import_jsonschema() -> None:
    code = ("import sys\nfrom pathlib import Path\n"
            "from disclosure_audit.services.validate import validate_paths\n"
            "validate_paths([Path('examples/zhuzhou-2022')])\n"
            "print('jsonschema' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


def _without_version(code: str) -> str:
    return "\n".join(line for line in code.splitlines() if not line.startswith("VERSION = "))


@pytest.mark.parametrize("name", SCHEMAS)
def test_compiled_gates_are_current_and_used(name: str) -> None:
    """The gate modules shipped are those the schemas make today (issue 16: compiling them
    at run time cost validate of one file 0.3 s). After a schema edit, regenerate them with
    ``python -m disclosure_audit.inputs.gates``."""
    shipped = ROOT / "src" / "disclosure_audit" / "inputs" / "gates" / f"{name}.py"
    code = gate_code(name)
    assert code is not None and shipped.is_file()
    assert _without_version(shipped.read_text(encoding="utf-8")) == _without_version(code), (
        f"{shipped.name} is stale: python -m disclosure_audit.inputs.gates")
    schema._fast_validator.cache_clear()
    try:
        assert schema._fast_validator(name).__module__ == f"disclosure_audit.inputs.gates.{name}"
    finally:
        schema._fast_validator.cache_clear()


def test_a_stale_compiled_gate_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "source_hash", lambda name: "edited since")
    schema._fast_validator.cache_clear()
    try:
        validate = schema._fast_validator("declarations")
        assert not (validate.__module__ or "").startswith("disclosure_audit.inputs.gates")
        assert _passes_fast_check({"department": "财务处", "publications": []}, "declarations")
        assert not _passes_fast_check({"department": 7}, "declarations")
    finally:
        schema._fast_validator.cache_clear()


near_publications = st.fixed_dictionaries(
    {"title": st.just("年报"), "channel": st.just("website")},
    optional={"published": st.sampled_from(["2022-03-01", "", 7]),
              "source": st.sampled_from(["crawl", "declared", "x", None]),
              "item": st.sampled_from(["1", 7, "", None])})
near_entries = st.fixed_dictionaries(
    {"opened": st.just("2022-09-15"), "deadline": st.just("2022-10-15"),
     "status": st.just("open")},
    optional={"key": st.sampled_from(["1/missing", "site/homepage_not_opened",
                                      "site/column/0123abcd/empty", "site/x", 3]),
              "item": st.sampled_from(["1", "", None, 4]),
              "closed": st.sampled_from([None, "2022-10-01", "", 5])})


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(near_publications, max_size=3), entries=st.lists(near_entries, max_size=3))
def test_gates_agree_where_the_rewrite_changed_them(rows, entries) -> None:
    """The gate says ``if: I, else: E`` as ``anyOf: [E, I]`` and tries a ``null`` alternative
    first (no exception for the common case): it must still pass exactly what the schema
    passes, for crawled and declared rows, site and item entries, closed or not."""
    from jsonschema import Draft202012Validator

    for name, data in (("declarations", {"department": "财务处", "publications": rows}),
                       ("ledger", {"entries": entries})):
        full = Draft202012Validator(load_schema(name)).is_valid(data)
        assert _passes_fast_check(data, name) == full, (name, data)


def test_the_gate_raises_nothing_per_declared_row_or_open_entry() -> None:
    """A file costs the gate the same number of exceptions whatever its number of rows."""
    from fastjsonschema import JsonSchemaException

    raised = []
    original = JsonSchemaException.__init__

    def spy(self, *args, **kwargs) -> None:
        raised.append(args)
        original(self, *args, **kwargs)

    row = {"title": "年报", "channel": "website", "published": "2022-03-01"}
    entry = {"key": "1/missing", "item": "1", "closed": None, "opened": "2022-09-15",
             "deadline": "2022-10-15", "status": "open"}
    counts = []
    JsonSchemaException.__init__ = spy
    try:
        for n in (1, 5):
            raised.clear()
            assert _passes_fast_check({"department": "财务处", "publications": [row] * n},
                                      "declarations")
            assert _passes_fast_check({"entries": [entry] * n}, "ledger")
            counts.append(len(raised))
    finally:
        JsonSchemaException.__init__ = original
    assert counts[0] == counts[1]
