"""Issue 12 item 8 and issue 11 item 4: the terminal output reads well at any width — a layout
per width, nothing essential lost at 80 columns, Chinese text wrapped (never cut with "…"),
columns empty in every row left out — and the terminal ledger shows 序号, item and short
title, problem, measure, 责任部门, 责任人 (when set), 整改期限 and status."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE
from disclosure_audit.formats import FORMATS, RenderOptions
from disclosure_audit.formats.ledger.terminal import aspect_label, short_title
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import score_text
from disclosure_audit.services import audit

AS_OF = dt.date(2022, 9, 15)
WIDTHS = (80, 120, 200)


@pytest.fixture(scope="module")
def result():  # noqa: ANN201 - an AuditResult
    return audit.run(audit.AuditRequest(EXAMPLE, AS_OF))


def cells(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def render(result, width: int, lang: str = "zh") -> str:  # noqa: ANN001
    return FORMATS["table"].render(result, RenderOptions(lang=lang, width=width))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_nothing_is_wider_than_the_terminal_or_cut(result, width: int, lang: str) -> None:
    text = render(result, width, lang)
    assert max(cells(line) for line in text.splitlines()) <= width
    assert "…" not in text
    for line in text.splitlines():  # a table row that starts with a border also ends with one
        if line[:1] in "│┃":
            assert line.rstrip()[-1] in "│┃", line


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_item_keeps_its_id_status_and_score(result, width: int, lang: str) -> None:
    text = render(result, width, lang)
    for r in result.items:
        status = t(f"status.{r.status}", lang)
        first_word = re.escape(status.split()[0])
        pattern = rf"^│\s*{re.escape(r.item.id)} │.*│ {first_word}.*│\s*" \
                  rf"{re.escape(score_text(r.score, lang))} │"
        assert re.search(pattern, text, re.MULTILINE), (width, r.item.id)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [40, 60])
def test_narrower_than_any_table_gives_blocks_not_cut_values(result, width: int,
                                                             lang: str) -> None:
    # Squeezed tables printed 100.0 as "10…" and cut elements ("新生复…") below 80 columns.
    text = render(result, width, lang)
    assert max(cells(line) for line in text.splitlines()) <= width and "…" not in text
    flat = re.sub(r"\s+", " ", text)
    for r in result.items:  # a table row, or a block: the id, then its score, whole
        score = re.escape(score_text(r.score, lang))
        row = rf"^│\s*{re.escape(r.item.id)} │.*│\s*{score} │"
        block = rf"{t('col.id', lang)} {re.escape(r.item.id)} .*?{t('col.score', lang)} {score}"
        assert re.search(row, text, re.MULTILINE) or re.search(block, flat), (width, r.item.id)
    for name, row in result.summary.by_department.items():
        assert re.search(rf"{re.escape(name)} .*?{re.escape(score_text(row['score'], lang))}",
                         flat), name


def test_dimensions_shown_wide_and_short_headers_at_80(result) -> None:
    wide, narrow = render(result, 120), render(result, 80)
    assert "┃ 条目完整性 ┃" in wide and "责任部门" in wide.split("整改台账")[0]
    assert re.search(r"┃ 完整 ┃ 可得 ┃\s*及时 ┃ 便捷 ┃", narrow)
    assert re.search(r"│    1 │ 办学规模、校级领\S* │  ◐57 │ ✓100 │", narrow)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_ledger_entry_keeps_index_item_deadline_and_status(result, width: int) -> None:
    text = render(result, width).split("整改台账", 1)[1]
    for index, entry in enumerate(result.ledger, start=1):
        status = t(f"ledger.status.{entry.status}", "zh")
        if width == 80:  # one block per entry
            assert re.search(rf"^{index}\. {re.escape(entry.item)} ", text, re.MULTILINE)
            assert f"{entry.deadline.isoformat()} · {status}" in text
        else:
            row = rf"^│\s*{index} │ {re.escape(entry.item)} .*│ {entry.deadline} │ {status}"
            assert re.search(row, text, re.MULTILINE), (width, index)


def test_ledger_layout_per_width(result) -> None:
    narrow, wide = render(result, 80), render(result, 120)
    assert re.search(r"^   问题 缺少要素", narrow, re.MULTILINE)  # blocks
    assert "┃ 序号 ┃ 事项" in wide and "┃ 问题" in wide and "┃ 措施" in wide  # a table
    assert "1 办学基本情况" in wide  # the item's short title, not its 60-character one
    assert "责任人" not in wide  # nobody is named in an audit: the column is left out


def test_department_counts_are_ledger_entries(result) -> None:
    text = render(result, 120)
    by_department: dict[str, int] = {}
    for entry in result.ledger:
        if entry.status != "waived":
            by_department[entry.department] = by_department.get(entry.department, 0) + 1
    section = text.split("各部门得分", 1)[1].split("整改台账", 1)[0]
    assert "问题数" in section
    for name, count in by_department.items():
        assert re.search(rf"│ {name}\s*│.*│\s*{count} │$", section, re.MULTILINE), name


def test_empty_columns_are_left_out(result) -> None:
    text = render(result, 160)
    unmatched = text.split("无法归类的发布", 1)[1]
    assert "候选事项" not in unmatched  # no row had a candidate
    assert "位置" in unmatched and "2022年迎新工作安排" in unmatched


# ── ledger show ─────────────────────────────────────────────────────────────────
@pytest.fixture
def tracked(run_cli, tmp_path) -> Path:
    repo = tmp_path / "zz"
    shutil.copytree(EXAMPLE, repo)
    assert run_cli("ledger", "update", repo, "--as-of", "2022-09-15").exit_code == 0
    data = yaml.safe_load((repo / "ledger.yaml").read_text(encoding="utf-8"))
    data["entries"][0].update(owner="张老师", status="in_progress")
    data["entries"][2].update(status="done", closed="2022-10-01")
    (repo / "ledger.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    return repo


@pytest.mark.parametrize("width", WIDTHS)
def test_ledger_show_at_every_width(run_cli, tracked, width: int) -> None:
    result = run_cli("ledger", "show", tracked, "--as-of", "2022-10-20",
                     env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    text = result.stdout
    assert max(cells(line) for line in text.splitlines()) <= width and "…" not in text
    entries = yaml.safe_load((tracked / "ledger.yaml").read_text(encoding="utf-8"))["entries"]
    overdue = sum(1 for e in entries if e["status"] in ("open", "in_progress")
                  and e["deadline"] < "2022-10-20")
    assert text.count("已逾期") == overdue + 1  # each overdue entry, and the totals line
    assert "张老师" in text and "已完成" in text and "2022-10-01" in text
    for index, entry in enumerate(entries, start=1):
        assert re.search(rf"(^{index}\. |^│\s*{index} │ ){re.escape(entry['item'])} ", text,
                         re.MULTILINE), (width, index)
    if width >= 120:
        assert "┃ 责任人 ┃" in text  # named for one entry: the column is there


def test_ledger_show_in_english_tells_department_from_person(run_cli, tracked) -> None:
    # Both columns were headed "Owner" in English: 责任部门 and 责任人 could not be told apart.
    text = run_cli("--lang", "en", "ledger", "show", tracked, "--as-of", "2022-10-20",
                   env={"COLUMNS": "160"}).stdout
    header = next(line for line in text.splitlines() if line.startswith("┃ No."))
    assert "┃ Department ┃" in header and header.count("Owner") == 1, header


def test_ledger_show_without_owners_leaves_the_column_out(run_cli, tmp_path) -> None:
    repo = tmp_path / "zz"
    shutil.copytree(EXAMPLE, repo)
    run_cli("ledger", "update", repo, "--as-of", "2022-09-15")
    text = run_cli("ledger", "show", repo, "--as-of", "2022-09-15",
                   env={"COLUMNS": "160"}).stdout
    assert "┃ 序号 ┃" in text and "责任人" not in text


# ── words ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("title", "short"), [
    ("办学规模、校级领导班子简介及分工、学校机构设置、学科情况、专业情况、各类在校生情况、"
     "教师和专业技术人员数量等办学基本情况", "办学基本情况"),
    ("校办企业资产、负债、国有资产保值增值等信息", "校办企业资产、负债、国有资产保值增值等信息"),
    ("信息公开年度报告", "信息公开年度报告"),
    ("Basic facts (scale, leadership and duties)", "Basic facts"),
])
def test_short_title(title: str, short: str) -> None:
    assert short_title(title) == short


def test_aspect_labels_come_from_the_catalogue_by_name() -> None:
    assert aspect_label("timeliness", "zh") == "更新及时性"
    assert aspect_label("missing", "zh") == t("entry.kind.missing", "zh")
    assert aspect_label("internal_only", "en") == t("entry.kind.internal_only", "en")
    assert aspect_label("not_a_kind", "zh") == "not_a_kind"  # a later kind never breaks it


# ── the other views ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("width", WIDTHS)
def test_checklist_list_wraps_instead_of_cutting(run_cli, width: int) -> None:
    text = run_cli("checklist", "list", env={"COLUMNS": str(width)}).stdout
    assert "…" not in text and max(cells(line) for line in text.splitlines()) <= width
    for number in range(1, 51):
        assert re.search(rf"^│\s*{number} │", text, re.MULTILINE), number


@pytest.mark.parametrize("width", WIDTHS)
def test_batch_ranking_keeps_rank_school_and_score(width: int) -> None:
    from disclosure_audit.services.batch import SchoolRow, ranking_table

    rows = [SchoolRow(f"s{i}", name=f"第{i}职业技术学院", kind="vocational", score=90.0 - i,
                      by_dimension=dict.fromkeys(("completeness", "availability",
                                                  "timeliness", "convenience"), 80.0),
                      missing=i, open_entries=10 + i, overdue=None) for i in range(1, 4)]
    text = ranking_table(rows, AS_OF, "zh", width)
    assert "…" not in text and max(cells(line) for line in text.splitlines()) <= width
    for rank, row in enumerate(rows, start=1):
        assert re.search(rf"^│\s*{rank} │ 第{rank}职.*│ {row.score:.1f} │", text, re.MULTILINE)
    assert ("条目完整性" in text) == (width >= 200) and ("完整" in text)


@pytest.mark.parametrize("width", WIDTHS)
def test_links_table_fits(width: int) -> None:
    from disclosure_audit.links.report import LinkRow, links_table
    from disclosure_audit.model import LinkResult, Publication, SourceRef

    rows = [LinkRow(Publication(item=str(i), title=f"第{i}号很长的发布标题需要折行显示",
                                channel="website", department="学生工作处",
                                source=SourceRef("declarations/x.yaml", i)),
                    LinkResult(f"https://www.example.edu.cn/xxgk/{'a' * 40}/{i}.htm",
                               "ok" if i % 2 else "http_error", "2022-09-15T10:00:00+00:00",
                               200 if i % 2 else 404)) for i in range(1, 5)]
    text = links_table(rows, "zh", width)
    assert "…" not in text and max(cells(line) for line in text.splitlines()) <= width
    for i in range(1, 5):
        label = "正常" if i % 2 else "HTTP 错误"
        assert re.search(rf"^│ {label}\s*│ https://.*│ {i}\s+│", text, re.MULTILINE), (width, i)


def test_links_table_gives_the_library_reason_in_the_reader_language() -> None:
    from disclosure_audit.i18n.system import system_text
    from disclosure_audit.links.report import LinkRow, links_table
    from disclosure_audit.model import LinkResult, Publication, SourceRef

    def row(detail: str) -> LinkRow:
        return LinkRow(Publication(item="2", title="章程", channel="website",
                                   department="党政办公室",
                                   source=SourceRef("declarations/x.yaml", 3)),
                       LinkResult("http://127.0.0.1:9/x", "connection",
                                  "2022-09-15T10:00:00+00:00", detail=detail))

    def result_cell(detail: str, lang: str) -> str:  # the Result column, wrapped lines joined
        text = links_table([row(detail)], lang)
        return " ".join(line.split("│")[1].strip() for line in text.splitlines()
                        if line.startswith("│"))

    refused = "[Errno 111] Connection refused"
    assert result_cell(refused, "zh").replace(" ", "") == "无法连接" + str(system_text(refused,
                                                                                   "zh"))
    assert "Connection refused" not in result_cell(refused, "zh")
    assert "Connection refused" in result_cell(refused, "en")
    # httpx's generic reason says no more than the result itself: not repeated
    assert result_cell("All connection attempts failed", "zh") == "无法连接"
    assert result_cell("All connection attempts failed", "en") == "connection failed"


def test_an_english_header_word_is_never_split() -> None:
    # at 80 columns the links table headed its department column "Departme" / "nt"
    from disclosure_audit.links.report import LinkRow, links_table
    from disclosure_audit.model import LinkResult, Publication, SourceRef

    row = LinkRow(Publication(item="2", title="章程" * 8, channel="website",
                              department="党政办公室", source=SourceRef("declarations/x.yaml", 3)),
                  LinkResult("http://127.0.0.1:9/" + "x" * 60, "connection",
                             "2022-09-15T10:00:00+00:00", detail="All connection attempts failed"))
    for width in (80, 72):
        text = links_table([row], "en", width=width)
        header = next(line for line in text.splitlines() if "Result" in line)
        assert re.search(r"┃ Department\s*┃", header), text
        assert max(len(line) for line in text.splitlines()) <= width
