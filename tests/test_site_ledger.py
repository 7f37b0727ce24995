"""Site checks in the ledger: keys, the file and its schema, merging, waivers, exports and
imports, reminders and the CI formats — every place that used to assume an entry has an item."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from disclosure_audit.ledger.store import dump_ledger, load_ledger
from disclosure_audit.ledger.tracked import TrackedEntry, TrackedLedger
from disclosure_audit.scoring.site.urls import column_id
from disclosure_audit.services import ledger as service
from disclosure_audit.services.audit import AuditRequest, run
from disclosure_audit.services.validate import validate_paths

CHECKLIST = """\
extends: moe-2014
institution: {name: 测试学院, kind: vocational}
departments: [党政办公室, 招生就业处, 信息公开办公室]
office: 信息公开办公室
items:
  "7": {owner: 招生就业处}
site:
  columns:
    - {match: 招生, department: 招生就业处}
"""
SITE = "https://www.t.edu.cn"


def crawl_file(date: str = "2022-09-15", news: str = "2022-07-20", empty_verdicts: str =
               "[empty]", complete: bool = True, robots: bool = False) -> str:
    opened = "null, detail: robots" if robots else "true"
    return f"""\
department: 信息公开办公室
crawl: {{url: "{SITE}/", date: {date}, complete: {str(complete).lower()}}}
site:
  homepage: {{url: "{SITE}/", opened: true, evidence: 00000000000a}}
  column: {{found: true, name: 信息公开, url: "{SITE}/xxgk/", clicks: 1, evidence: 00000000000b}}
  verdicts: []
  columns:
    - {{name: 学校动态, path: [信息公开, 学校动态], url: "{SITE}/xxgk/dt/", clicks: 2,
       department: 信息公开办公室, opened: {opened}, entries: 3, newest: {news},
       verdicts: [], evidence: [00000000000c]}}
    - {{name: 招生公告, path: [信息公开, 招生公告], url: "{SITE}/xxgk/zs/", clicks: 2,
       department: 信息公开办公室, opened: true, entries: 0, verdicts: {empty_verdicts},
       evidence: [00000000000d]}}
"""


NEWS = f"site/column/{column_id(SITE + '/xxgk/dt/')}/stale"
ADMISSIONS = f"site/column/{column_id(SITE + '/xxgk/zs/')}/empty"


@pytest.fixture
def repo(make_repo) -> Path:
    return make_repo(checklist=CHECKLIST, files={"declarations/_site.yaml": crawl_file()})


def write_crawl(repo: Path, **fields) -> None:
    (repo / "declarations" / "_site.yaml").write_text(crawl_file(**fields), encoding="utf-8")


def test_entries_of_the_site_checks(repo: Path) -> None:
    result = run(AuditRequest(repo, dt.date(2022, 9, 15)))
    site = {e.key: e for e in result.ledger if e.key.startswith("site/")}
    assert set(site) == {NEWS, ADMISSIONS}
    assert site[ADMISSIONS].department == "招生就业处"  # the checklist's rule, not the file's
    assert (site[NEWS].item, site[NEWS].kind, site[NEWS].dimension) == ("", "stale",
                                                                         "timeliness")
    assert site[NEWS].evidence_keys == ("00000000000c",)
    assert site[NEWS].evidence[0].line == 8  # the column in the crawl file
    assert "更新期限 2 周" in site[NEWS].measure and "2 weeks" in site[NEWS].measure_en
    only = run(AuditRequest(repo, dt.date(2022, 9, 15), department="招生就业处"))
    assert [e.key for e in only.ledger if e.key.startswith("site/")] == [ADMISSIONS]


def test_the_ledger_file_keeps_them_and_validate_knows_their_keys(repo: Path) -> None:
    service.update_ledger(repo, dt.date(2022, 9, 15), "zh")
    text = (repo / "ledger.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    entry = next(e for e in data["entries"] if e["key"] == NEWS)
    assert entry["item"] is None and entry["evidence_keys"] == ["00000000000c"]
    assert "evidence_keys" not in next(e for e in data["entries"] if e["key"] == "1/missing")
    assert [p for p in validate_paths([repo]) if p.severity == "error"] == []
    again = load_ledger(repo / "ledger.yaml")
    assert dump_ledger(again) == text  # a round trip changes nothing


@pytest.mark.parametrize(("key", "item", "ok"), [
    ("site/column/0123abcd/stale", None, True),
    ("site/column_not_found", None, True),
    ("site/column/0123abcd/missing", None, False),  # not a site verdict
    ("site/column/xyz/stale", None, False),  # not an id
    ("site/stale", None, False),  # a column's verdict needs its column
    ("7/stale", "7", False),
    ("7/missing", None, False),  # an item's entry names its item
])
def test_the_schema_of_entry_keys(make_repo, key: str, item: str | None, ok: bool) -> None:
    entry = {"key": key, "item": item, "opened": "2022-09-15", "deadline": "2022-10-18",
             "status": "open"}
    repo = make_repo(checklist=CHECKLIST, files={
        "ledger.yaml": yaml.safe_dump({"version": 2, "entries": [entry]}, allow_unicode=True)})
    errors = [p for p in validate_paths([repo]) if p.severity == "error"]
    assert (errors == []) is ok, [p.render("en") for p in errors]


def test_a_fixed_column_closes_a_column_not_checked_stays(repo: Path) -> None:
    service.update_ledger(repo, dt.date(2022, 9, 15), "zh")
    write_crawl(repo, date="2022-09-20", news="2022-09-18", empty_verdicts="[]", robots=False)
    _, changes = service.update_ledger(repo, dt.date(2022, 9, 20), "zh")
    assert sorted(changes.closed) == sorted([NEWS, ADMISSIONS])
    write_crawl(repo, date="2022-09-25", news="2022-07-01", empty_verdicts="[empty]")
    _, changes = service.update_ledger(repo, dt.date(2022, 9, 25), "zh")
    assert sorted(changes.reopened) == sorted([NEWS, ADMISSIONS])
    for fields in ({"robots": True, "empty_verdicts": "[]"}, {"complete": False,
                                                              "empty_verdicts": "[]"}):
        write_crawl(repo, date="2022-09-26", news="2022-09-25", **fields)
        ledger, changes = service.update_ledger(repo, dt.date(2022, 9, 26), "zh")
        assert NEWS not in changes.closed, fields
    (repo / "declarations" / "_site.yaml").unlink()  # no crawl at all: nothing is judged
    ledger, changes = service.update_ledger(repo, dt.date(2022, 9, 27), "zh")
    assert not [k for k in changes.closed if k.startswith("site/")]
    assert {e.key: e.status for e in ledger.entries}[NEWS] == "open"


def test_a_column_gone_from_a_complete_crawl_is_closed(repo: Path) -> None:
    service.update_ledger(repo, dt.date(2022, 9, 15), "zh")
    text = crawl_file().split("    - {name: 招生公告")[0]  # the column was removed
    (repo / "declarations" / "_site.yaml").write_text(text, encoding="utf-8")
    _, changes = service.update_ledger(repo, dt.date(2022, 9, 16), "zh")
    assert ADMISSIONS in changes.closed


def test_a_waiver_for_a_site_key(make_repo) -> None:
    waiver = (f"waivers:\n  - {{key: {ADMISSIONS}, justification: 栏目改版中,"
              " expires: 2022-12-31}\n")
    repo = make_repo(checklist=CHECKLIST + waiver,
                     files={"declarations/_site.yaml": crawl_file()})
    assert [p for p in validate_paths([repo]) if p.severity == "error"] == []
    result = run(AuditRequest(repo, dt.date(2022, 9, 15)))
    assert {e.key: e.status for e in result.ledger}[ADMISSIONS] == "waived"
    bad = make_repo(checklist=CHECKLIST + waiver.replace(ADMISSIONS, "site/column/zz/empty"),
                    name="bad")
    assert [p.code for p in validate_paths([bad]) if p.severity == "error"] == ["schema-pattern"]


def test_exports_and_imports_handle_an_entry_without_item(run_cli, repo: Path,
                                                         tmp_path: Path) -> None:
    service.update_ledger(repo, dt.date(2022, 9, 15), "zh")
    sheet = tmp_path / "台账.xlsx"
    assert run_cli("ledger", "export", repo, "-o", sheet).exit_code == 0
    from openpyxl import load_workbook

    book = load_workbook(sheet)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    mine = next(r for r in rows if r[header.index("台账编号")] == NEWS)
    assert mine[header.index("事项编号")] in (None, "")
    assert mine[header.index("维度")] == "栏目更新不及时"
    mine_row = rows.index(mine) + 1
    book.active.cell(mine_row, header.index("备注") + 1).value = "下周补发动态"
    book.save(sheet)
    imported = run_cli("ledger", "import", sheet, "--repo", repo)
    assert imported.exit_code == 0, imported.stderr
    assert {e.key: e.note for e in load_ledger(repo / "ledger.yaml").entries}[NEWS] == \
        "下周补发动态"
    summary = book["汇总"] if "汇总" in book.sheetnames else book.worksheets[1]
    labels = [r[1] for r in summary.iter_rows(values_only=True)]
    assert "空栏目" in labels and "栏目更新不及时" in labels
    as_json = json.loads(run_cli("ledger", "export", repo, "--format", "json", "-o",
                                 tmp_path / "l.json").stdout or
                         (tmp_path / "l.json").read_text(encoding="utf-8"))
    entries = as_json["entries"] if isinstance(as_json, dict) else as_json
    assert any(e["key"] == NEWS and e["item"] is None for e in entries)


def test_a_reminder_line_names_the_column() -> None:
    from disclosure_audit.notify.compose import compose

    entry = TrackedEntry(key=NEWS, item="", title="信息公开 › 学校动态",
                         department="信息公开办公室", dimension="timeliness",
                         problem="栏目“信息公开 › 学校动态”更新不及时", measure="",
                         opened=dt.date(2022, 9, 15),
                         deadline=dt.date(2022, 10, 18), kind="stale")
    text = compose("信息公开办公室", [entry], dt.date(2022, 10, 20), 7, "测试学院", "zh")
    assert "1. 网站「信息公开 › 学校动态」栏目更新不及时：" in text.body
    assert "事项「" not in text.body
    missing = TrackedEntry(key="16/missing", item="16", title="受捐赠财产", department="财务处",
                           dimension=None, problem="未公开", measure="",
                           opened=dt.date(2022, 9, 15), deadline=dt.date(2022, 10, 18))
    text = compose("财务处", [missing], dt.date(2022, 10, 20), 7, "测试学院", "zh")
    assert "1. 事项16「受捐赠财产」未公开：未公开" in text.body  # was "dimension.None"


def test_annotations_name_the_website(repo: Path) -> None:
    from disclosure_audit.formats.annotations import github_annotations

    lines = github_annotations(run(AuditRequest(repo, dt.date(2022, 9, 15))), "en").splitlines()
    mine = next(line for line in lines if NEWS in line)
    assert "file=" in mine and "_site.yaml" in mine and "line=8" in mine
    assert "::[Website] 信息公开 › 学校动态: " in mine


def test_an_empty_tracked_ledger_with_a_site_entry_dumps_item_null() -> None:
    entry = TrackedEntry(key=ADMISSIONS, item="", title="信息公开 › 招生公告",
                         department="招生就业处", dimension="completeness", problem="空栏目",
                         measure="", opened=dt.date(2022, 9, 15), deadline=dt.date(2022, 10, 18),
                         kind="empty", evidence_keys=["00000000000d"])
    data = yaml.safe_load(dump_ledger(TrackedLedger(entries=[entry])))
    assert data["entries"][0]["item"] is None
    assert data["entries"][0]["evidence_keys"] == ["00000000000d"]
