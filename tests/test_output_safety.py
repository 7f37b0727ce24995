"""Issue 12 items 6 and 7: what people wrote cannot hijack an output — no escape sequence or
control character reaches a terminal raw, no line of any output starts a GitHub workflow
command, JUnit stays well-formed with schema-valid attributes, SARIF URIs are valid URI
references inside the repo, and every annotation carries a line."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from conftest import GOOD_DECLARATION
from disclosure_audit.display import defuse_commands, printable
from disclosure_audit.formats import FORMATS, RenderOptions
from disclosure_audit.services import audit
from test_ci_outputs import sarif_errors

AS_OF = ("--as-of", "2022-09-15")
EVIL = "学校\x1b[2J概况\x07\x01\u202e\x9b31m\n::error file=x,line=1::pwned\r\n  ::warning::w"
# Raw control characters other than the line ends and tabs of the text itself.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colours rich itself adds on a terminal


def hostile_repo(make_repo) -> Path:
    checklist = ("extends: moe-2014\ninstitution: {name: " + json.dumps("某\x1b]0;owned\x07学院")
                 + ", kind: undergraduate}\ndepartments: [党政办公室, 招生就业处]\nitems:\n"
                 f'  "1": {{owner: 党政办公室, title: {json.dumps(EVIL)}}}\n'
                 '  "7": {owner: 招生就业处}\n')
    declaration = GOOD_DECLARATION.replace("title: 2022年招生章程", f"title: {json.dumps(EVIL)}")
    declaration = declaration.replace("channel: disclosure_column", "channel: website")
    return make_repo(checklist=checklist, files={"declarations/zs.yaml": declaration})


def assert_safe(text: str, *, colours: bool = False) -> None:
    body = SGR.sub("", text) if colours else text
    assert not RAW.search(body), repr(RAW.search(body))
    commands = [line for line in body.splitlines() if line.lstrip().startswith("::")]
    assert commands == []


def test_every_audit_format_is_safe(run_cli, make_repo, tmp_path) -> None:
    repo = hostile_repo(make_repo)
    for name in FORMATS:
        result = run_cli("audit", repo, *AS_OF, "--format", name)
        assert result.exit_code == 0, result.stderr
        assert_safe(result.stdout)
        assert_safe(result.stderr)
        path = tmp_path / f"r.{name}"
        run_cli("audit", repo, *AS_OF, "--format", f"{name}:{path}")
        assert_safe(path.read_text(encoding="utf-8-sig"))
    data = json.loads(run_cli("audit", repo, *AS_OF, "--format", "json").stdout)
    assert data["items"][0]["title"] == EVIL  # JSON keeps the data: only escapes it


def test_the_coloured_terminal_table_shows_escapes_instead_of_obeying_them(make_repo) -> None:
    import datetime as dt

    result = audit.run(audit.AuditRequest(hostile_repo(make_repo), dt.date(2022, 9, 15)))
    text = FORMATS["table"].render(result, RenderOptions(color=True, width=100))
    assert "\x1b[" in text  # colours are on …
    assert_safe(text, colours=True)  # … and every escape in it is a colour of ours
    assert "␛[2J" in text  # the title's escape sequence is shown


def test_ledger_views_and_exports_are_safe(run_cli, make_repo, tmp_path) -> None:
    repo = hostile_repo(make_repo)
    update = run_cli("ledger", "update", repo, *AS_OF)
    assert update.exit_code == 0
    assert_safe(update.stdout)
    for fmt in ("table", "json"):
        assert_safe(run_cli("ledger", "show", repo, *AS_OF, "--format", fmt).stdout)
    for fmt in ("csv", "markdown", "json"):
        out = run_cli("ledger", "export", repo, *AS_OF, "--format", fmt, "-o", "-")
        assert out.exit_code == 0
        commands = [x for x in out.stdout.splitlines() if x.lstrip().startswith("::")]
        assert commands == [], fmt
    xlsx = tmp_path / "l.xlsx"
    assert run_cli("ledger", "export", repo, *AS_OF, "-o", xlsx).exit_code == 0  # was exit 3


def test_diff_and_checklist_views_are_safe(run_cli, make_repo, tmp_path) -> None:
    repo = hostile_repo(make_repo)
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    run_cli("audit", repo, "--as-of", "2022-09-15", "--format", f"json:{old}")
    data = json.loads(old.read_text(encoding="utf-8"))
    for entry in data["ledger"]:
        entry["key"] += EVIL
    new.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_safe(run_cli("diff", old, new).stdout)
    assert_safe(run_cli("checklist", "list", "--checklist", repo / "checklist.yaml").stdout)


def test_diagnostics_on_stderr_are_safe(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION.replace(
        "channel: disclosure_column", f"channel: {json.dumps(EVIL)}")})
    result = run_cli("audit", repo, *AS_OF)
    assert result.exit_code == 2 and "[unknown-channel]" in result.stderr
    assert_safe(result.stderr)


# ── JUnit ───────────────────────────────────────────────────────────────────────
# Attributes of the common JUnit schema (Jenkins xunit-plugin junit-10.xsd).
SUITES_ATTRS = {"name", "time", "tests", "failures", "errors"}
SUITE_ATTRS = {"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp",
               "hostname", "id", "package", "file", "log", "url"}
SUITE_REQUIRED = {"name", "tests", "failures", "errors"}
CASE_ATTRS = {"name", "time", "classname", "group"}


def test_junit_is_well_formed_and_schema_valid_with_control_characters(run_cli, make_repo,
                                                                       tmp_path) -> None:
    path = tmp_path / "junit.xml"
    assert run_cli("audit", hostile_repo(make_repo), *AS_OF,
                   "--format", f"junit:{path}").exit_code == 0
    root = ET.parse(path).getroot()  # well-formed
    assert root.tag == "testsuites" and set(root.attrib) <= SUITES_ATTRS
    assert "skipped" not in root.attrib
    for suite in root.findall("testsuite"):
        assert SUITE_REQUIRED <= set(suite.attrib) <= SUITE_ATTRS
        for case in suite.findall("testcase"):
            assert "name" in case.attrib and set(case.attrib) <= CASE_ATTRS
            assert {child.tag for child in case} <= {"failure", "skipped", "error"}
    assert any("␛[2J" in c.get("name") for c in root.iter("testcase"))


# ── SARIF and annotations: exact, contained locations ──────────────────────────
def test_sarif_uris_are_valid_and_inside_the_repo(run_cli, make_repo, tmp_path) -> None:
    repo = hostile_repo(make_repo)
    (repo / "declarations" / "zs.yaml").rename(repo / "declarations" / "招生 就业#处.yaml")
    path = tmp_path / "r.sarif"
    assert run_cli("audit", repo, *AS_OF, "--format", f"sarif:{path}").exit_code == 0
    log = json.loads(path.read_text(encoding="utf-8"))
    assert sarif_errors(log) == []  # 49 format errors before URIs were percent-encoded
    results = log["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert all(u.isascii() and not u.startswith(("/", "..")) for u in uris)
    assert "declarations/%E6%8B%9B%E7%94%9F%20%E5%B0%B1%E4%B8%9A%23%E5%A4%84.yaml" in uris
    inherited = next(r for r in results if r["properties"]["item"] == "2")  # not overridden
    where = inherited["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "checklist.yaml"
    assert where["region"]["startLine"] == 1


def test_every_annotation_has_a_file_and_a_line(run_cli, make_repo) -> None:
    repo = hostile_repo(make_repo)
    result = run_cli("audit", repo, *AS_OF, "--annotations", "github", "--format", "json")
    lines = result.stderr.splitlines()
    commands = [x for x in lines if x.startswith("::")]
    assert len(commands) == len(json.loads(result.stdout)["ledger"]) > 0
    pattern = re.compile(r"^::(error|notice) file=[^,]+,line=\d+(,col=\d+)?,title=[^:]+::\S")
    assert all(pattern.match(x) for x in commands), commands[:3]
    assert any("checklist.yaml,line=" in x and "::error file=" in x for x in commands)
    assert not RAW.search(result.stderr)
    assert all(not x.lstrip().startswith("::") for x in lines if x not in commands)


def test_annotation_line_of_an_item_the_school_overrides(run_cli, make_repo) -> None:
    repo = hostile_repo(make_repo)
    result = run_cli("audit", repo, *AS_OF, "--annotations", "github", "--format", "json")
    item_one = [x for x in result.stderr.splitlines() if "title=1/" in x]
    checklist_lines = (repo / "checklist.yaml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(checklist_lines, 1) if text.startswith('  "1"'))
    assert item_one and all(f"checklist.yaml,line={line}," in x for x in item_one)


# ── the building blocks ────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "shown"), [("a\x1b[2Jb", "a␛[2Jb"), ("x\ny", "x␊y"),
                                             ("\u202eevil", "<U+202E>evil"), ("\x7f", "␡"),
                                             ("普通文字 ok", "普通文字 ok")])
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_defuse_commands() -> None:
    text = "a\n::error::x\n   ::warning::y\nok :: fine\n"
    out = defuse_commands(text)
    assert [x for x in out.splitlines() if x.lstrip().startswith("::")] == []
    assert out.replace("\u200b", "") == text
    assert yaml.safe_load("k: v") == {"k": "v"}  # (yaml imported for the fixtures above)
