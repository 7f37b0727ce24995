"""Issue 16 item 4: a command imports only what it uses.

Each command runs in a fresh interpreter, as users run it; the modules it loaded are then
compared with what it may load. httpx and asyncio belong to ``--check-links`` and ``links``,
lxml to ``crawl`` and ``report`` (and to openpyxl, which uses it when installed), jinja2 to
HTML, openpyxl to XLSX, ruamel.yaml to ``selfcheck import``, jsonschema to reporting schema
errors; pydantic only when the installed typer needs it for its own parameter conversion.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import requires

import pytest

from conftest import EXAMPLE, ROOT

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
TYPER_OWN = {"pydantic"} if TYPER_NEEDS_PYDANTIC else set()


def loaded(*args: str) -> set[str]:
    """Top-level packages loaded by ``disclosure-audit ARGS`` in a fresh interpreter."""
    run = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    names = json.loads(run.stderr.strip().splitlines()[-1])
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["audit", "--help"]])
def test_help_and_version_load_nothing_heavy(args: list[str]) -> None:
    assert loaded(*args) & NEVER_AT_START <= TYPER_OWN


def test_validate_loads_the_yaml_path_only(tmp_path) -> None:
    heavy = loaded("validate", str(EXAMPLE / "declarations" / "财务处.yaml"))
    allowed = {"yaml", "fastjsonschema"} | TYPER_OWN
    assert heavy & NEVER_AT_START <= allowed


def test_audit_to_json_loads_no_prober_no_html_no_terminal_table(tmp_path) -> None:
    out = tmp_path / "r.json"
    heavy = loaded("audit", str(EXAMPLE), "--as-of", "2022-09-15", "--format", f"json:{out}")
    assert out.is_file()
    # the example has an XLSX declaration: openpyxl (and lxml, which openpyxl uses) may load
    allowed = {"yaml", "fastjsonschema", "holidays", "openpyxl", "lxml"} | TYPER_OWN
    assert heavy & NEVER_AT_START <= allowed
    assert {"httpx", "asyncio", "jinja2", "ruamel", "jsonschema", "rich"} & heavy == set()
