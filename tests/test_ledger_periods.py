"""The ledger over time, as the office lives it: an entry about what cannot be undone (a late
publication) stays done once people mark it so; a new review period gives its period-bound
problems a fresh deadline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from disclosure_audit.ledger.store import load_ledger
from disclosure_audit.services.validate import validate_paths
from test_ledger import CHECKLIST, COLUMN, FIXED, entries, update

D = dt.date


LATE = FIXED.replace("clicks: 2", "clicks: 2\n    linked_from_column: true").replace(
    "published: 2022-03-10", "published: 2022-05-10")  # 44 working days after it was made


def _mark_done(repo: Path, key: str, on: str) -> None:
    """What a department does once the process measure is in place (as ledger import does)."""
    data = yaml.safe_load((repo / "ledger.yaml").read_text(encoding="utf-8"))
    for raw in data["entries"]:
        if raw["key"] == key:
            raw.update(status="done", closed=on)
    (repo / "ledger.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_late_publication_marked_done_stays_done(run_cli, make_repo) -> None:
    # A late publication of the period cannot be undone; its measure is a process. Before,
    # the next update reopened the entry the department had marked done, with a fresh
    # deadline, every time until the review period moved on.
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": LATE})
    update(run_cli, repo, "2022-09-15")
    assert entries(repo)["7/timeliness"].status == "open"
    _mark_done(repo, "7/timeliness", "2022-10-10")
    result = update(run_cli, repo, "2022-10-20")
    assert "重新打开 0" in result.stdout
    assert entries(repo)["7/timeliness"].status == "done"
    # another late publication of the period: the process did not work, reopened
    (repo / "declarations/zs.yaml").write_text(LATE + COLUMN.replace(
        "made: 2022-03-01", "made: 2022-05-01").replace(
        "published: 2022-03-11", "published: 2022-06-30"), encoding="utf-8")
    result = update(run_cli, repo, "2022-11-01")
    assert "重新打开 1" in result.stdout
    assert entries(repo)["7/timeliness"].status == "open"
    # other problems marked done but still there reopen as before
    _mark_done(repo, "19/missing", "2022-11-02")
    assert "重新打开 1" in update(run_cli, repo, "2022-11-03").stdout
    assert entries(repo)["19/missing"].status == "open"


def test_a_new_review_period_gives_its_problems_a_fresh_deadline(run_cli, make_repo) -> None:
    # 19/timeliness of 2021-2022 (the budget late) is history in September 2023; the entry
    # fails again because no 2022-2023 budget is declared — a new problem. Before, it kept
    # the deadline of October 2022 and was "overdue" on the day it was found.
    budget = """\
department: 财务处
publications:
  - {item: "19", title: 2022年部门预算, channel: disclosure_column, url: https://a.cn/ys,
     made: 2022-01-20, published: 2022-02-25}
"""
    unpinned = CHECKLIST.replace("review_period: {start: 2021-09-01, end: 2022-08-31}\n", "")
    repo = make_repo(checklist=unpinned, files={"declarations/zs.yaml": FIXED,
                                                "declarations/cw.yaml": budget})
    update(run_cli, repo, "2022-09-15")
    first = entries(repo)
    assert first["19/timeliness"].deadline == D(2022, 10, 18)
    assert load_ledger(repo / "ledger.yaml").period == (D(2021, 9, 1), D(2022, 8, 31))
    result = update(run_cli, repo, "2023-09-15")
    assert "重新打开 1" in result.stdout
    e = entries(repo)
    renewed = e["19/timeliness"]
    assert renewed.problem.startswith("本检查期（2022-09-01 至 2023-08-31）内没有发布")
    assert (renewed.status, renewed.deadline) == ("open", D(2023, 10, 19))
    assert not renewed.overdue(D(2023, 9, 15))
    assert [h.note for h in renewed.history[-2:]] == ["review period ended", "new review period"]
    # a problem that is the same in the new period keeps its deadline: still overdue
    assert e["6/missing"].deadline == first["6/missing"].deadline
    assert e["6/missing"].overdue(D(2023, 9, 15))
    assert load_ledger(repo / "ledger.yaml").period == (D(2022, 9, 1), D(2023, 8, 31))
    assert [p for p in validate_paths([repo]) if p.severity == "error"] == []  # still valid
    # the next update in the same period changes nothing of it
    assert "重新打开 0" in update(run_cli, repo, "2023-09-20").stdout


def test_a_ledger_without_a_period_loads_and_gains_one(run_cli, make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-09-15")
    text = (repo / "ledger.yaml").read_text(encoding="utf-8")
    start = text.index("period:")
    old = text[:start] + text[text.index("entries:"):]  # as the previous version wrote it
    (repo / "ledger.yaml").write_text(old, encoding="utf-8")
    assert load_ledger(repo / "ledger.yaml").period is None
    update(run_cli, repo, "2022-10-20")
    assert "period:\n  start: '2021-09-01'\n  end: '2022-08-31'\n" in (
        repo / "ledger.yaml").read_text(encoding="utf-8")
