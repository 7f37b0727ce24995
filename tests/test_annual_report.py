"""``report annual``: the draft's content, its figures against the declarations, placeholders,
the register in the draft, and refusals — through the CLI and the library."""

from __future__ import annotations

import json
import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from docx import Document
from lxml import html as lxml_html

from disclosure_audit.report.annual.texts import FIELDS
from disclosure_audit.services.repo import find_repo, load_repo

AS_OF = ("--as-of", "2022-10-15")
YEAR = ("--year", "2021-2022")
SEED = Path("/work/shared/reference/seed-annual-report-2022.txt")


def _draft(run_cli, repo: Path, out: Path, *extra: str):
    result = run_cli("report", "annual", repo, *YEAR, "-o", out, *AS_OF, *extra)
    assert result.exit_code == 0, result.stderr
    return result


def _check(run_cli, path: Path) -> list[dict]:
    """``report check`` findings: it exits 1 exactly when a 【待填写】 is left (an unfinished
    report must not be published), else 0."""
    result = run_cli("report", "check", path, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert result.exit_code == (1 if _placeholders(findings) else 0), result.stdout
    return findings


def _placeholders(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["text"].startswith("【待填写")]


def _wrong(findings: list[dict]) -> list[dict]:
    """Findings that are not ok, besides the placeholders left to fill in."""
    return [f for f in findings if f["verdict"] != "ok" and f not in _placeholders(findings)]


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_the_example_draft_passes_report_check(run_cli, example, tmp_path, suffix) -> None:
    out = tmp_path / f"年度报告{suffix}"
    _draft(run_cli, example, out)
    findings = _check(run_cli, out)
    assert _wrong(findings) == []
    # the two parts the seed does not have are left to fill in: errors until they are
    assert [f["verdict"] for f in _placeholders(findings)] == ["error", "error"]
    texts = " ".join(f["text"] for f in findings)
    for total in ("共计26条", "共计11条", "共计37条", "共计36项", "共计35项"):
        assert total in texts  # every statistics sentence was found and verified
    parts = [f for f in findings if f["message"].startswith("有“")]
    assert len(parts) == 8  # the six parts, 其他需要报告的事项 and the appendix table


def _declared_rows(repo: Path) -> list[tuple[str, str | None]]:
    """(channel name, kind) of every declared row published in 2021-2022, read straight from
    the declarations (not through the report's code)."""
    checklist, declarations, _ = load_repo(find_repo(repo))
    rows = [(p.channel, p.kind, p.published) for p in declarations.publications]
    rows += [(u.channel, u.kind, u.published) for u in declarations.unmatched]
    return [(checklist.channels[c].name, k) for c, k, day in rows
            if "2021-09-01" <= day.isoformat() <= "2022-08-31"]


def test_the_statistics_match_the_declarations(run_cli, example, tmp_path) -> None:
    out = tmp_path / "r.docx"
    _draft(run_cli, example, out)
    text = _docx_text(out)
    rows = _declared_rows(example)
    by_channel = Counter(channel for channel, _ in rows)
    by_kind = Counter(kind or "未标注类别" for _, kind in rows)
    assert sum(by_channel.values()) == 37
    for channel, count in by_channel.items():
        assert re.search(rf"[，；]{re.escape(channel)}{count}条，占比", text), channel
    for kind, count in by_kind.items():
        name = "未标注类别的信息" if kind == "未标注类别" else f"{kind}信息"
        assert f"{name}{count}条，占比" in text, kind
    assert f"发布的信息共计{sum(by_kind.values())}条" in text
    assert "公文类信息3条" in text and "采购招投标类信息2条" in text and "科研类信息2条" in text


def test_every_format_carries_the_same_content(run_cli, example, tmp_path) -> None:
    for suffix in (".md", ".html", ".docx"):
        _draft(run_cli, example, tmp_path / f"r{suffix}")
    word = _docx_text(tmp_path / "r.docx")
    page = lxml_html.fromstring((tmp_path / "r.html").read_bytes()).text_content()
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    statements = [line for line in word.splitlines() if "共计" in line]
    assert len(statements) >= 5
    for line in statements:
        assert line in page and line in markdown.replace("\\", "")
    for url in re.findall(r"https://\S+?(?=[；。\s]|$)", word):
        assert url in page and url in markdown


def test_seed_texts_are_quoted_and_missing_ones_are_placeholders(run_cli, example,
                                                                tmp_path) -> None:
    out = tmp_path / "r.md"
    result = _draft(run_cli, example, out)
    text = out.read_text(encoding="utf-8")
    seed = SEED.read_text(encoding="utf-8")
    for quoted in ("尚未收到师生员工依申请公开遭拒的反映和投诉。",
                   "2021-2022学年度，学校未出现因信息公开工作受到举报的情况。",
                   "一是加快制度建设，强化信息公开意识。"):
        assert quoted in seed and quoted in text
    # the seed has neither 其他需要报告的事项 nor a date: both are left to the office
    assert text.count("【待填写") == 2
    assert "【待填写：其他需要报告的事项" in text and "【待填写：报告日期" in text
    assert "待填写 2 处" in result.stdout


def test_nothing_written_means_placeholders_never_invented_text(run_cli, example,
                                                               tmp_path) -> None:
    (example / "report.yaml").unlink()
    out = tmp_path / "r.md"
    result = _draft(run_cli, example, out)
    text = out.read_text(encoding="utf-8")
    for field in FIELDS:
        if field != "problems":  # pre-filled from the ledger: nothing to ask for
            assert f"report.yaml 中 2021-2022 的 {field}）】" in text
    assert "report.yaml 中 2021-2022 的 date）】" in text
    assert "待填写 7 处" in result.stdout
    assert "尚未收到师生员工" not in text  # no seed text slips in from anywhere
    findings = _check(run_cli, out)  # placeholders do not break the arithmetic check
    assert len(_placeholders(findings)) == 7 and _wrong(findings) == []


def test_written_fields_replace_their_placeholders(run_cli, example, tmp_path) -> None:
    (example / "report.yaml").write_text(textwrap.dedent("""\
        "2021-2022":
          other: 无
          date: 2022年10月28日
          appraisal: |
            第一段评议。
            第二段评议。
        "2020-2021":
          appraisal: 上一年的评议。
    """), encoding="utf-8")
    out = tmp_path / "r.md"
    _draft(run_cli, example, out)
    text = out.read_text(encoding="utf-8")
    assert "\n\n第一段评议。\n\n第二段评议。\n\n" in text and "上一年的评议" not in text
    assert "## 七、其他需要报告的事项\n\n无\n" in text
    assert "2022年10月28日" in text
    assert "appraisal）】" not in text and "other）】" not in text and "date）】" not in text
    assert "complaints）】" in text


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_a_draft_with_placeholders_fails_report_check_until_filled(run_cli, example, tmp_path,
                                                                   suffix) -> None:
    out = tmp_path / f"r{suffix}"
    _draft(run_cli, example, out)
    result = run_cli("report", "check", out, "--published", "2022-10-28")
    assert result.exit_code == 1
    assert "错误 “【待填写：其他需要报告的事项" in result.stdout
    assert "错误 “【待填写：报告日期" in result.stdout and "发布前补写" in result.stdout
    with (example / "report.yaml").open("a", encoding="utf-8") as texts:
        texts.write("  other: 无\n  date: 2022年10月28日\n")
    _draft(run_cli, example, out)
    result = run_cli("report", "check", out, "--published", "2022-10-28")
    assert result.exit_code == 0, result.stdout
    assert "错误 0，无法核实 0" in result.stdout


def test_report_yaml_problems_are_located(run_cli, example, tmp_path) -> None:
    (example / "report.yaml").write_text(
        '"2021-2023":\n  appraisal: x\n"2021-2022":\n  date: 2022-13-01\n  advice: y\n',
        encoding="utf-8")
    result = run_cli("validate", example)
    assert result.exit_code == 1
    assert "report.yaml:1:1: 错误 [annual-bad-year]" in result.stdout
    assert "report.yaml:5:3: 错误 [schema-unknown-field]" in result.stdout
    out = tmp_path / "r.md"
    result = run_cli("report", "annual", example, *YEAR, "-o", out, *AS_OF)
    assert result.exit_code == 2 and "report.yaml" in result.stderr and not out.exists()
    (example / "report.yaml").write_text('"2021-2022":\n  date: 2022-13-01\n', encoding="utf-8")
    result = run_cli("validate", example)
    assert "report.yaml:2:9: 错误 [date-calendar]" in result.stdout


def test_a_report_yaml_key_that_is_not_a_year_is_located_at_the_key(run_cli, example) -> None:
    # "2022" (a calendar year) and "2021/2022" are not academic years: said at their keys with
    # the fix, not as "$ 的值 '2022' 格式不对" at the top of the file.
    (example / "report.yaml").write_text(
        '"2021-2022":\n  other: 无\n"2022":\n  other: 无\n"2021/2022":\n  other: 无\n',
        encoding="utf-8")
    result = run_cli("validate", example)
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if " 错误 [" in line]
    assert [line.split(" 错误 ")[0].rsplit("/", 1)[1] for line in errors] == [
        "report.yaml:3:1:", "report.yaml:5:1:"]
    assert all("[annual-bad-year]" in line for line in errors)
    assert "修改建议：学年为 9 月 1 日至次年 8 月 31 日" in result.stdout


REGISTER = """\
applications:
  - id: YSQ-2021-009
    received: 2021-08-23
    requester: 自然人
    channel: 电子邮件
    subject: 2021年招生录取分数线
    outcome: 予以公开
    replied: 2021-09-09
  - id: YSQ-2022-001
    received: 2022-03-01
    requester: 法人或其他组织
    channel: 信函
    subject: 实训室设备采购合同
    outcome: 部分公开
    ground: trade_secret
    replied: 2022-03-30
    department: 资产管理处
  - id: YSQ-2022-002
    received: 2022-08-26
    requester: 自然人
    channel: 网络平台
    subject: 2022年新生奖学金评定办法
    extension: {approved: 2022-09-14, reason: 需学生工作处会商, days: 10}
"""


def test_the_register_in_the_draft(run_cli, example, tmp_path) -> None:
    (example / "applications.yaml").write_text(REGISTER, encoding="utf-8")
    out = tmp_path / "r.docx"
    _draft(run_cli, example, out)
    text = _docx_text(out)
    # one carried over from 2020-2021, two received; one carried out: 2 + 1 = 2 + 1
    assert ("学校新收到信息公开申请2件、上一学年结转1件，共计3件，其中，予以公开1件、"
            "部分公开1件、结转下一学年继续办理1件。") in text
    assert "本学年新收到的申请共计2件，其中，自然人提出1件、法人或其他组织提出1件。" in text
    assert "不予公开或部分公开的答复共计1件，其中，以商业秘密为由1件。" in text
    assert "按期答复1件，逾期答复1件，逾期未答复1件，尚在答复期限内0件；经批准延期答复1件。" in text
    table = Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells][:3] == ["编号", "收到日期", "申请人"]
    assert [r.cells[0].text for r in table.rows[1:]] == [
        "YSQ-2021-009", "YSQ-2022-001", "YSQ-2022-002"]
    # 26 Aug + 15 working days (中秋: Mon 12 Sep off) = 19 Sep; extended by 10 working days
    # = Sat 8 Oct, a 国庆 make-up working day
    assert table.rows[3].cells[6].text == "2022-10-08"
    assert "依申请公开 YSQ-2022-001" in text  # late, and 002 unanswered: problems in part six
    assert "依申请公开 YSQ-2022-002" in text and "至今未答复" in text
    assert _wrong(_check(run_cli, out)) == []


def test_problems_come_from_the_tracked_ledger(run_cli, example, tmp_path) -> None:
    assert run_cli("ledger", "update", example, "--as-of", "2022-09-15").exit_code == 0
    ledger = example / "ledger.yaml"
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("status: open", "status: done", 1), encoding="utf-8")
    out = tmp_path / "r.md"
    result = _draft(run_cli, example, out)
    assert "取自 ledger.yaml 中尚未完成的 34 条" in result.stdout
    assert "截至2022年9月15日，整改台账中尚未完成整改的问题共计34项" in out.read_text("utf-8")


def test_refusals_exit_2_and_write_nothing(run_cli, example, tmp_path) -> None:
    before = {p: p.read_bytes() for p in example.rglob("*") if p.is_file()}
    cases = [
        (("-o", tmp_path / "r.pdf", *YEAR), "annual-bad-suffix"),
        (("-o", tmp_path / "r", *YEAR), "annual-bad-suffix"),
        (("-o", example / "declarations" / "notes.md", *YEAR), "annual-output-is-input"),
        (("-o", tmp_path / "r.md", "--year", "2021-2023"), "annual-bad-year"),
        (("-o", tmp_path / "r.md", "--year", "2022-2023", "--as-of", "2023-05-01"),
         "annual-year-not-ended"),
        (("-o", tmp_path, *YEAR), "annual-output-folder"),  # a folder says so
    ]
    for args, code in cases:
        result = run_cli("report", "annual", example, *args)
        assert result.exit_code == 2, (args, result.stdout)
        assert f"[{code}]" in result.stderr and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in example.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zz"]  # no draft, no temporary file
    result = run_cli("report", "annual", tmp_path / "nowhere", "-o", tmp_path / "r.md")
    assert result.exit_code == 2 and "[path-not-found]" in result.stderr


def test_rewriting_a_draft_replaces_it_whole(run_cli, example, tmp_path) -> None:
    out = tmp_path / "r.html"
    out.write_text("x" * 1_000_000, encoding="utf-8")
    _draft(run_cli, example, out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "x" * 100 not in page
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.html")] == []


def test_default_as_of_is_the_eve_of_the_deadline(run_cli, example, tmp_path) -> None:
    result = run_cli("report", "annual", example, *YEAR, "-o", tmp_path / "r.md")
    assert result.exit_code == 0, result.stderr
    assert "截至 2022-10-30" in result.stdout  # the day before the report itself is due
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "2021-2022 学年的报告应于 2022-10-31 前发布，至今未发布" not in text
    assert "（6）信息公开年度报告：部分合规" in text  # last year's report, published late


def test_english_messages(run_cli, example, tmp_path) -> None:
    result = _draft(run_cli, example, tmp_path / "r.md", "--lang", "en")
    assert result.stdout.startswith("Wrote ") and "placeholders to fill in" in result.stdout
    assert "21 rows have no kind" in result.stdout
    bad = run_cli("report", "annual", example, "-o", tmp_path / "r.txt", "--lang", "en")
    assert "unsupported draft format '.txt'" in bad.stderr and "hint:" in bad.stderr


def test_html_escapes_what_people_wrote(run_cli, example, tmp_path) -> None:
    (example / "report.yaml").write_text(
        '"2021-2022":\n  appraisal: "<script>alert(1)</script> & 评议"\n', encoding="utf-8")
    out = tmp_path / "r.html"
    _draft(run_cli, example, out)
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 评议" in page
    md = tmp_path / "r.md"
    _draft(run_cli, example, md)
    assert "&lt;script&gt;" in md.read_text(encoding="utf-8")


def test_a_fresh_repo_gets_a_draft_that_says_what_is_missing(run_cli, tmp_path) -> None:
    repo = tmp_path / "fresh"
    assert run_cli("init", repo, "--institution", "某某职业技术学院", "--kind", "vocational",
                   "--departments", "党政办公室,财务处").exit_code == 0
    out = tmp_path / "r.md"
    result = _draft(run_cli, repo, out)
    text = out.read_text(encoding="utf-8")
    assert "本学年尚无部门申报清单事项的公开情况。" in text
    assert "各部门未申报在统计期限内发布的信息。" in text
    assert "学校未收到信息公开申请，也没有上一学年结转的申请。" in text
    assert "待填写 7 处" in result.stdout
    assert _wrong(_check(run_cli, out)) == []
