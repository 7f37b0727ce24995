"""``audit --batch``: many school repos, one ranking, broken schools skipped."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLE, GOOD_DECLARATION
from disclosure_audit.ledger.store import load_ledger
from disclosure_audit.services.batch import run_batch


@pytest.fixture
def province(tmp_path: Path, run_cli) -> Path:
    root = tmp_path / "province"
    shutil.copytree(EXAMPLE, root / "a-zhuzhou")
    run_cli("ledger", "update", root / "a-zhuzhou", "--as-of", "2022-09-15")
    shutil.copytree(EXAMPLE, root / "b-better")
    better = root / "b-better" / "declarations" / "党政办公室.yaml"
    better.write_text(better.read_text(encoding="utf-8").replace("channel: oa",
                      "channel: website\n    url: https://www.zzsz.edu.cn/a.htm"),
                      encoding="utf-8")
    broken = root / "c-broken"
    shutil.copytree(EXAMPLE, broken)
    (broken / "declarations" / "财务处.yaml").write_text("department: 财务处\n\tbad: tab\n",
                                                        encoding="utf-8")
    (root / "notes").mkdir()  # not a school: ignored
    return root


def test_ranking_output_dir_and_broken_school(run_cli, province: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    result = run_cli("audit", "--batch", province, "--as-of", "2022-11-15", "--output-dir", out,
                     "--format", "json", "--jobs", "2")
    assert result.exit_code == 2  # one school could not be audited; the others were
    data = json.loads(result.stdout)
    rows = data["schools"]
    assert [r["folder"] for r in rows] == ["b-better", "a-zhuzhou", "c-broken"]
    assert rows[0]["score"] > rows[1]["score"]
    assert [r["rank"] for r in rows] == [1, 2, None]
    assert "yaml-tab" in rows[2]["error"] and "财务处.yaml:2:1" in rows[2]["error"]
    ledger = load_ledger(province / "a-zhuzhou" / "ledger.yaml")
    overdue = sum(e.overdue(dt.date(2022, 11, 15)) for e in ledger.entries)
    assert overdue > 0
    assert rows[1]["overdue"] == overdue and rows[0]["overdue"] is None  # only a-zhuzhou keeps one
    school = json.loads((out / "a-zhuzhou.json").read_text(encoding="utf-8"))
    assert rows[1]["kind"] == "vocational"
    assert rows[1]["missing"] == school["summary"]["counts"]["missing"] > 0
    assert set(rows[1]["by_dimension"]) == {"completeness", "availability", "timeliness",
                                            "convenience"}
    assert sorted(p.name for p in out.iterdir()) == ["a-zhuzhou.json", "b-better.json"]
    school = json.loads((out / "a-zhuzhou.json").read_text(encoding="utf-8"))
    assert school["summary"]["score"] == rows[1]["score"]


def test_table_and_thresholds(run_cli, province: Path) -> None:
    shutil.rmtree(province / "c-broken")
    table = run_cli("audit", "--batch", province, "--as-of", "2022-11-15")
    assert table.exit_code == 0
    assert "2 所学校信息公开自查排名" in table.stdout and "株洲师范高等专科学校" in table.stdout
    assert run_cli("audit", "--batch", province, "--as-of", "2022-11-15",
                   "--fail-under", "99").exit_code == 1
    assert run_cli("audit", "--batch", province, "--format", "sarif").exit_code == 2


def test_empty_or_missing_batch_folder(run_cli, tmp_path: Path) -> None:
    assert run_cli("audit", "--batch", tmp_path).exit_code == 2
    assert run_cli("audit", "--batch", tmp_path / "none").exit_code == 2


def test_library_in_one_process_matches(province: Path, make_repo) -> None:
    import datetime as dt

    rows = run_batch(province, dt.date(2022, 11, 15), "en", jobs=1)
    assert [r.folder for r in rows] == ["b-better", "a-zhuzhou", "c-broken"]
    assert rows[2].error and "tabs" in rows[2].error
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    [only] = run_batch(repo.parent, dt.date(2022, 11, 15), "zh")
    assert only.error is None and only.name == "测试学院"


def test_options_that_would_be_ignored_are_refused(run_cli, province: Path, tmp_path) -> None:
    result = run_cli("audit", "--batch", province, "--check-links", "--department", "财务处")
    assert result.exit_code == 2
    assert "--check-links: 错误 [option-not-with-batch]" in result.stderr
    assert "--department" in result.stderr
    single = run_cli("audit", province / "a-zhuzhou", "--output-dir", tmp_path, "--lang", "en")
    assert single.exit_code == 2 and "only applies with --batch" in single.stderr
