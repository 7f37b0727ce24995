"""Issue 12 items 4 and 9: nothing is read or written outside the repo, a scaffold always
validates, outputs never replace the repo's inputs, and pre-commit also watches ledger.yaml."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GOOD_DECLARATION, ROOT
from disclosure_audit.ci.scaffold import scaffold
from disclosure_audit.errors import InputError
from disclosure_audit.i18n import t
from disclosure_audit.services import audit
from disclosure_audit.services.validate import validate_paths

AS_OF = ("--as-of", "2022-09-15")


# ── extends ────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("ref", ["/etc/passwd.yaml", "C:\\\\Windows\\\\x.yaml",
                                 "\\\\\\\\server\\\\share\\\\x.yaml"])
def test_extends_with_an_absolute_path_is_refused(run_cli, make_repo, tmp_path,
                                                  ref: str) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("extends: moe-2014\n", encoding="utf-8")
    for target in (ref, outside.as_posix()):
        repo = make_repo(checklist=f'extends: "{target}"\n', name=f"r{abs(hash(target))}")
        result = run_cli("validate", repo, "--lang", "en")
        assert result.exit_code == 1
        assert "checklist.yaml:1:10: error [extends-absolute]" in result.stdout, result.stdout


def test_extends_inside_the_repo_still_works(run_cli, make_repo) -> None:
    repo = make_repo(checklist="extends: base/list.yaml\n",
                     files={"base/list.yaml": "extends: moe-2014\n"
                                              "institution: {name: x, kind: vocational}\n"})
    assert run_cli("validate", repo).exit_code == 0


# ── init ───────────────────────────────────────────────────────────────────────
BAD_NAMES = [("../../etc/evil", "separator"), ("财务/处", "separator"), ("..", "empty"),
             (".hidden", "dot"), ("~$lock", "dot"), ("财务处\nextends: x", "control"),
             ("a:b", "reserved"), ("长" * 65, "long")]


@pytest.mark.parametrize(("name", "why"), BAD_NAMES)
def test_init_refuses_department_names_that_are_not_file_names(run_cli, tmp_path, name: str,
                                                               why: str) -> None:
    target = tmp_path / "school"
    result = run_cli("init", target, "--institution", "测试学院", "--kind", "vocational",
                     "--departments", f"党政办公室,{name}", "--lang", "en")
    assert result.exit_code == 2
    assert "--departments: error [init-bad-department]" in result.stderr
    assert not target.exists()  # nothing written, not even the good department
    assert list(tmp_path.rglob("evil*")) == [] and not (ROOT.parent / "etc").exists()
    with pytest.raises(InputError) as caught:
        scaffold(tmp_path / "lib", "测试学院", "vocational", [name])
    assert caught.value.problems[0].params["why"] == t(f"init.why.{why}")  # the reason, in words


def test_init_refuses_an_institution_that_breaks_out_of_a_comment(run_cli, tmp_path) -> None:
    result = run_cli("init", tmp_path / "s", "--institution", "某学院\nextends: /etc/passwd",
                     "--kind", "vocational")
    assert result.exit_code == 2 and "[init-bad-institution]" in result.stderr
    assert not (tmp_path / "s").exists()


def test_init_does_not_write_through_a_symlinked_folder(run_cli, tmp_path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = tmp_path / "school"
    target.mkdir()
    (target / "declarations").symlink_to(elsewhere)
    result = run_cli("init", target, "--institution", "x", "--kind", "vocational",
                     "--departments", "财务处")
    assert result.exit_code == 2 and "[outside-repo]" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_departments_no_item_is_usually_owned_by_still_validate(run_cli, tmp_path) -> None:
    repo = tmp_path / "school"
    made = run_cli("init", repo, "--institution", "测试学院", "--kind", "vocational",
                   "--departments", "办公室,财务科")
    assert made.exit_code == 0, made.stderr
    assert yaml.safe_load((repo / "checklist.yaml").read_text(encoding="utf-8"))["items"] == {}
    checked = run_cli("validate", repo)
    assert checked.exit_code == 0, checked.stdout
    assert run_cli("audit", repo, *AS_OF).exit_code == 0


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(institution=names, departments=st.lists(names, max_size=4),
       kind=st.sampled_from(["vocational", "undergraduate", "graduate"]))
def test_a_scaffold_always_validates(tmp_path_factory, institution: str,
                                     departments: list[str], kind: str) -> None:
    target = tmp_path_factory.mktemp("init") / "school"
    cleaned = [d.strip() for d in departments if d.strip()]  # as the CLI splits --departments
    try:
        scaffold(target, institution, kind, cleaned or None)
    except InputError as exc:  # refused up front, with a reason, and nothing written
        assert {p.code for p in exc.problems} <= {"init-bad-department", "init-bad-institution"}
        assert not target.exists()
        return
    errors = [p for p in validate_paths([target]) if p.severity == "error"]
    assert errors == [], [p.render("en") for p in errors]
    result = audit.run(audit.AuditRequest(target, dt.date(2022, 9, 15)))
    assert result.checklist.institution_name == institution
    written = sorted(p.name for p in (target / "declarations").iterdir())
    assert written == sorted(f"{d}.yaml" for d in dict.fromkeys(cleaned)) or not cleaned


# ── outputs never replace inputs ───────────────────────────────────────────────
@pytest.mark.parametrize("victim", ["ledger.yaml", "checklist.yaml", "declarations/zs.yaml",
                                    "declarations/new.csv", "report.yaml", "applications.yaml"])
def test_exports_and_reports_refuse_to_overwrite_inputs(run_cli, make_repo, victim: str) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    assert run_cli("ledger", "update", repo, *AS_OF).exit_code == 0
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    target = repo / victim
    for command in (("ledger", "export", repo, "--format", "csv", "-o", target),
                    ("audit", repo, *AS_OF, "--format", f"json:{target}"),
                    ("audit", repo, *AS_OF, "--format", "json", "--output", target),
                    # refused before anything is fetched (nothing listens on port 1)
                    ("crawl", "http://127.0.0.1:1/", "--repo", repo, "-o", target)):
        result = run_cli(*command, "--lang", "en")
        assert result.exit_code == 2, command
        assert "error [overwrite-input]" in result.stderr
    after = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    assert after == before


def test_overwrite_check_sees_through_relative_paths_and_links(run_cli, make_repo,
                                                               tmp_path) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    link = tmp_path / "link.json"
    link.symlink_to(repo / "checklist.yaml")
    sneaky = repo / "declarations" / ".." / "checklist.yaml"
    for target in (link, sneaky):
        result = run_cli("audit", repo, *AS_OF, "--format", f"json:{target}")
        assert result.exit_code == 2 and "[overwrite-input]" in result.stderr


def test_report_next_to_the_inputs_is_fine(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    result = run_cli("audit", repo, *AS_OF, "--format", f"json:{repo / 'result.json'}")
    assert result.exit_code == 0 and (repo / "result.json").is_file()


# ── pre-commit ─────────────────────────────────────────────────────────────────
def _hook_pattern(text: str) -> re.Pattern[str]:
    data = yaml.safe_load(text)
    hooks = data if isinstance(data, list) else data["repos"][0]["hooks"]
    return re.compile(hooks[0]["files"])


@pytest.mark.parametrize("source", [ROOT / ".pre-commit-hooks.yaml",
                                    ROOT / "src/disclosure_audit/ci/templates/"
                                           "pre-commit-config.yaml.tmpl"])
def test_pre_commit_runs_on_ledger_changes(source: Path) -> None:
    pattern = _hook_pattern(source.read_text(encoding="utf-8"))
    for path in ("ledger.yaml", "checklist.yaml", "declarations/财务处.yaml",
                 "declarations/招生就业处.csv"):
        assert pattern.search(path), path
    for path in ("README.md", "result.json", "sub/ledger.yaml.bak"):
        assert not pattern.search(path), path
