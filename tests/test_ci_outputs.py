"""CI on a checklist repo: JUnit, SARIF, annotations, baselines, diff and init."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest
from jsonschema import FormatChecker, validators

from conftest import DATA, GOOD_DECLARATION, audit_json
from disclosure_audit.cli.checklist import Kind

AS_OF = ("--as-of", "2022-09-15")


def run_json(run_cli, repo: Path, *extra: str) -> dict:
    return audit_json(run_cli, repo, *extra)


def test_several_formats_in_one_run(run_cli, example, tmp_path) -> None:
    out = {name: tmp_path / f"r.{name}" for name in ("xml", "sarif", "md", "json", "csv")}
    result = run_cli("audit", example, *AS_OF, "--format", "table",
                     "--format", f"junit:{out['xml']}", "--format", f"sarif:{out['sarif']}",
                     "--format", f"markdown:{out['md']}", "--format", f"json:{out['json']}",
                     "--format", f"csv:{out['csv']}")
    assert result.exit_code == 0, result.stderr
    assert "整改台账" in result.stdout
    assert all(p.stat().st_size > 0 for p in out.values())
    assert json.loads(out["json"].read_text(encoding="utf-8"))["as_of"] == "2022-09-15"


def test_junit_parses_and_counts(run_cli, example, tmp_path) -> None:
    path = tmp_path / "junit.xml"
    run_cli("audit", example, *AS_OF, "--format", f"junit:{path}")
    data = run_json(run_cli, example)
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    scored = [i for i in data["items"] if i["dimensions"]]
    assert len(cases) == 4 * len(scored) == int(root.get("tests"))
    failures = root.findall("./testsuite/testcase/failure")
    failed = [(i["id"], d) for i in data["items"] for d, s in i["dimensions"].items()
              if s["passed"] is False]
    assert len(failures) == len(failed) == int(root.get("failures"))
    unknown = [(i["id"], d) for i in data["items"] for d, s in i["dimensions"].items()
               if s["passed"] is None]
    assert unknown and len(root.findall("./testsuite/testcase/skipped")) == len(unknown)
    for suite in root.findall("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))
    case = next(c for c in cases if c.get("name").startswith("5/availability"))  # a dimension
    assert case.get("classname") == "basic.5"
    assert "OA/企业微信" in case.find("failure").get("message")
    names = {s.get("name") for s in root.findall("testsuite")}
    assert names >= {"基本信息", "财务、资产及收费信息"}


def test_sarif_validates_against_the_official_schema(run_cli, example, tmp_path) -> None:
    path = tmp_path / "r.sarif"
    run_cli("audit", example, *AS_OF, "--format", f"sarif:{path}")
    log = json.loads(path.read_text(encoding="utf-8"))
    assert sarif_errors(log) == []
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [
        "missing", "internal_only", "completeness", "availability", "timeliness", "unknown_date",
        "convenience", "application", "homepage_not_opened", "column_not_found", "not_opened",
        "too_deep", "empty", "stale"]
    results = {r["partialFingerprints"]["disclosureAuditKey/v1"]: r for r in run["results"]}
    assert len(results) == len(run_json(run_cli, example)["ledger"])
    where = results["5/internal_only"]["locations"][0]["physicalLocation"]
    assert unquote(where["artifactLocation"]["uri"]) == "declarations/党政办公室.yaml"
    assert where["artifactLocation"]["uri"].isascii()  # percent-encoded: a URI reference
    lines = (example / "declarations/党政办公室.yaml").read_text(encoding="utf-8").splitlines()
    assert "学校“十四五”发展规划" in lines[where["region"]["startLine"] - 1 + 1]
    missing = results["42/missing"]["locations"][0]["physicalLocation"]
    assert missing["artifactLocation"]["uri"] == "checklist.yaml"
    text = (example / "checklist.yaml").read_text(encoding="utf-8").splitlines()
    assert text[missing["region"]["startLine"] - 1].strip().startswith('"42"')
    assert results["42/missing"]["ruleId"] == "missing"
    assert results["5/internal_only"]["ruleId"] == "internal_only"


def sarif_errors(log: dict) -> list[str]:
    """Errors against the official SARIF 2.1.0 schema, *with* format checks (uri,
    uri-reference, date-time …): without a format checker jsonschema ignores ``format``. The
    schema is draft-04 but uses uri-reference (a later draft's format), so every format known
    to jsonschema is checked, not only draft-04's."""
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    checker = FormatChecker()
    assert {"uri", "uri-reference"} <= set(checker.checkers)  # jsonschema[format-nongpl]
    validator = validators.validator_for(schema)(schema, format_checker=checker)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def test_github_annotations(run_cli, example) -> None:
    result = run_cli("audit", example, *AS_OF, "--annotations", "github", "--format",
                     "markdown")
    lines = [x for x in result.stdout.splitlines() if x.startswith("::")]
    assert lines and all(x.startswith("::error file=") for x in lines)
    assert any("file=" in x and "党政办公室.yaml,line=" in x and "5/internal_only" in x
               for x in lines)
    as_json = run_cli("audit", example, *AS_OF, "--annotations", "github", "--format", "json")
    json.loads(as_json.stdout)  # annotations never corrupt a machine-readable stdout
    assert "::error file=" in as_json.stderr


def test_baseline_reports_only_new_entries(run_cli, example, tmp_path) -> None:
    base = tmp_path / "base.json"
    run_cli("audit", example, *AS_OF, "--format", f"json:{base}")
    same = run_cli("audit", example, *AS_OF, "--baseline", base)
    assert same.exit_code == 0
    known = len(json.loads(base.read_text(encoding="utf-8"))["ledger"])
    assert f"已知问题 {known} 条不再报告，新问题 0 条" in same.stdout
    finance = example / "declarations/财务处.yaml"
    text = finance.read_text(encoding="utf-8")
    # break item 19 (no longer in the column) and reword a known finding (item 15's clicks)
    text = text.replace("title: 2021年部门预算公开\n    channel: disclosure_column",
                        "title: 2021年部门预算公开\n    channel: website")
    finance.write_text(text.replace("clicks: 4", "clicks: 5"), encoding="utf-8")
    new = run_cli("audit", example, *AS_OF, "--baseline", base, "--format", "json")
    assert new.exit_code == 1
    assert "1 个新问题" in new.stderr or "相对基线有 1 个新问题" in new.stderr
    data = json.loads(new.stdout)
    assert [e["key"] for e in data["ledger"]] == ["19/convenience"]
    assert "15/convenience" in data["baseline"]["suppressed"]  # same key, new wording
    sarif = tmp_path / "new.sarif"
    run_cli("audit", example, *AS_OF, "--baseline", base, "--format", f"sarif:{sarif}")
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [(r["ruleId"], r["baselineState"]) for r in results] == [("convenience", "new")]


def test_bad_baseline_is_an_input_error(run_cli, example, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"ledger": [', encoding="utf-8")
    result = run_cli("audit", example, *AS_OF, "--baseline", bad)
    assert result.exit_code == 2 and "bad.json:1:" in result.stderr
    bad.write_text('{"items": []}', encoding="utf-8")
    assert "not-a-result" in run_cli("audit", example, *AS_OF, "--baseline", bad).stderr


def test_diff(run_cli, example, tmp_path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    run_cli("audit", example, *AS_OF, "--format", f"json:{old}")
    decl = example / "declarations/科研处.yaml"
    decl.write_text(decl.read_text(encoding="utf-8").replace("channel: oa", "channel: website\n"
                    "    url: https://www.zzsz.edu.cn/kyc/xswyh.htm"), encoding="utf-8")
    fin = example / "declarations/财务处.yaml"  # 19 becomes late by working days too
    fin.write_text(fin.read_text(encoding="utf-8").replace("made: 2022-08-10", "made: 2022-06-01"),
                   encoding="utf-8")
    run_cli("audit", example, *AS_OF, "--format", f"json:{new}")
    data = json.loads(run_cli("diff", old, new, "--format", "json").stdout)
    assert "4/internal_only" in data["improved"]
    # item 4 is public now: its remaining problems are entries of a disclosed item
    assert data["regressed"] == ["4/completeness", "4/convenience", "21/timeliness"]
    research = data["by_department"]["科研处"]
    assert research["availability"]["new"] > research["availability"]["old"]
    table = run_cli("diff", old, new, "--lang", "en")
    assert table.exit_code == 0 and "Improved" in table.stdout and "21/timeliness" in table.stdout
    assert run_cli("diff", old, new, "--fail-on-regression").exit_code == 1
    assert run_cli("diff", old, old, "--fail-on-regression").exit_code == 0


def test_format_spec_errors(run_cli, example) -> None:
    two = run_cli("audit", example, *AS_OF, "--format", "json", "--format", "table")
    assert two.exit_code == 2 and "two-stdout-formats" in two.stderr
    assert run_cli("audit", example, *AS_OF, "--format", "pdf").exit_code == 2
    assert run_cli("audit", example, *AS_OF, "--format", "junit:").exit_code == 2


@pytest.mark.parametrize("kind", [k.value for k in Kind])
def test_init_validate_audit_end_to_end(run_cli, tmp_path, kind: str) -> None:
    repo = tmp_path / "school"
    made = run_cli("init", repo, "--institution", "测试大学", "--kind", kind)
    assert made.exit_code == 0, made.stderr
    for name in ("checklist.yaml", "README.md", ".gitlab-ci.yml", ".gitignore",
                 ".github/workflows/disclosure-audit.yml", ".pre-commit-config.yaml",
                 "declarations/招生就业处.yaml"):
        assert (repo / name).is_file(), name
    assert "信息公开" in (repo / "README.md").read_text(encoding="utf-8")
    assert ".disclosure-audit/" in (repo / ".gitignore").read_text(encoding="utf-8")
    assert run_cli("validate", repo).exit_code == 0
    (repo / "declarations/招生就业处.yaml").write_text(GOOD_DECLARATION, encoding="utf-8")
    assert run_cli("validate", repo).exit_code == 0
    outputs = {f: tmp_path / f"out.{f}" for f in ("json", "markdown", "csv", "junit", "sarif")}
    result = run_cli("audit", repo, *AS_OF, *[a for f, p in outputs.items()
                                              for a in ("--format", f"{f}:{p}")])
    assert result.exit_code == 0, result.stderr
    data = json.loads(outputs["json"].read_text(encoding="utf-8"))
    assert {i["id"]: i["status"] for i in data["items"]}["7"] == "compliant"
    assert data["institution"]["kind"] == kind
    ET.parse(outputs["junit"])
    assert json.loads(outputs["sarif"].read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_init_departments_and_no_overwrite(run_cli, tmp_path) -> None:
    repo = tmp_path / "s"
    made = run_cli("init", repo, "--institution", "x", "--kind", "graduate",
                   "--departments", "校长办公室，研究生院,教务处")
    assert made.exit_code == 0
    assert sorted(p.stem for p in (repo / "declarations").iterdir()) == sorted(
        ["校长办公室", "研究生院", "教务处"])
    assert run_cli("validate", repo).exit_code == 0
    before = (repo / "checklist.yaml").read_bytes()
    again = run_cli("init", repo, "--institution", "y", "--kind", "vocational")
    assert again.exit_code == 2 and "不会覆盖" in again.stderr
    assert (repo / "checklist.yaml").read_bytes() == before
