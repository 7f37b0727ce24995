"""Issue 16 item 4: a command imports only what it uses.

Each command runs in a fresh interpreter, as users run it; the modules it loaded are then
compared with what it may load. httpx and asyncio belong to ``--check-links`` and ``links``,
lxml to ``crawl`` and ``report`` (and to openpyxl, which uses it when installed), jinja2 to
HTML, openpyxl to XLSX, ruamel.yaml to ``selfcheck import``, jsonschema to reporting schema
errors. pydantic never: typer 0.29 converts values with it, but cli/coercion.py converts the
plain values this command line takes without it; only a typer it cannot work with (one that
needs pydantic and is shaped otherwise) may import it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import requires

import pytest

from conftest import EXAMPLE, ROOT
from disclosure_audit.cli import COMMANDS, coercion

PROBE = """
import json, sys
from disclosure_audit.cli import main
sys.argv = ["disclosure-audit", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
NEVER_AT_START = {"httpx", "asyncio", "anyio", "lxml", "jinja2", "openpyxl", "ruamel",
                  "jsonschema", "docx", "pypdf", "rich", "holidays", "yaml", "fastjsonschema",
                  "pydantic"}
TYPER_NEEDS_PYDANTIC = any(r.startswith("pydantic") for r in requires("typer") or [])
LIGHT_COERCION = coercion.install()  # True: already installed by importing the CLI
TYPER_OWN = {"pydantic"} if TYPER_NEEDS_PYDANTIC and not LIGHT_COERCION else set()


def modules(*args: str) -> set[str]:
    """Modules loaded by ``disclosure-audit ARGS`` in a fresh interpreter."""
    run = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    return set(json.loads(run.stderr.strip().splitlines()[-1]))


def loaded(*args: str) -> set[str]:
    """Top-level packages loaded by ``disclosure-audit ARGS`` in a fresh interpreter."""
    return {name.split(".")[0] for name in modules(*args)}


COMMAND_MODULES = {f"disclosure_audit.cli.{m}" for entry in COMMANDS.values()
                   for m in entry.modules}


@pytest.mark.parametrize(("args", "wanted"), [
    (["--help"], set()), (["--version"], set()), (["adit"], set()),
    (["validate", "--help"], {"validate", "checklist"}),  # validate's --format is checklist's
    (["diff", "--help"], {"ci", "checklist"}),
    (["ledger", "show", "--help"], {"ledger", "remind"}),
])
def test_only_the_invoked_commands_module_is_imported(args: list[str], wanted: set) -> None:
    imported = modules(*args) & COMMAND_MODULES
    assert imported == {f"disclosure_audit.cli.{m}" for m in wanted}


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["audit", "--help"]])
def test_help_and_version_load_nothing_heavy(args: list[str]) -> None:
    assert loaded(*args) & NEVER_AT_START <= TYPER_OWN


def test_validate_builds_no_audit_result_classes() -> None:
    """What an audit finds (disclosure_audit.results) is not built to validate a file."""
    found = modules("validate", str(EXAMPLE / "declarations" / "财务处.yaml"))
    assert "disclosure_audit.model" in found
    assert "disclosure_audit.results" not in found
    assert "disclosure_audit.results" in modules("audit", str(EXAMPLE), "--as-of", "2022-09-15")


def test_validate_loads_the_yaml_path_only(tmp_path) -> None:
    heavy = loaded("validate", str(EXAMPLE / "declarations" / "财务处.yaml"))
    allowed = {"yaml"} | TYPER_OWN  # the gates made ahead of time raise their own exceptions
    assert heavy & NEVER_AT_START <= allowed


@pytest.mark.skipif(not LIGHT_COERCION, reason="this typer is not shaped as cli/coercion.py needs")
@pytest.mark.parametrize("args", [
    ["validate", str(EXAMPLE / "declarations" / "财务处.yaml"), "--format", "json",
     "--lang", "en"],
    ["diff", str(EXAMPLE / "declarations" / "财务处.yaml"), "nowhere.json"],  # exists=True
    ["ledger", "show", str(EXAMPLE), "--due-within", "30", "--status", "open"],
])
def test_plain_values_are_converted_without_pydantic(args: list[str]) -> None:
    assert "pydantic" not in loaded(*args)


def test_an_unusual_spelling_is_judged_by_typer() -> None:
    """A value typer must judge (here a number spelt ``1_0``) goes through its own conversion:
    the probe would not see pydantic if the light conversion judged it instead."""
    assert "pydantic" in loaded("ledger", "show", str(EXAMPLE), "--due-within", "1_0") \
        or not TYPER_NEEDS_PYDANTIC


def test_audit_to_json_loads_no_prober_no_html_no_terminal_table(tmp_path) -> None:
    out = tmp_path / "r.json"
    heavy = loaded("audit", str(EXAMPLE), "--as-of", "2022-09-15", "--format", f"json:{out}")
    assert out.is_file()
    # the example has an XLSX declaration: openpyxl (and lxml, which openpyxl uses) may load
    allowed = {"yaml", "fastjsonschema", "holidays", "openpyxl", "lxml"} | TYPER_OWN
    assert heavy & NEVER_AT_START <= allowed
    assert {"httpx", "asyncio", "jinja2", "ruamel", "jsonschema", "rich"} & heavy == set()
