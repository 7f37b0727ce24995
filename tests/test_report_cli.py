"""``disclosure-audit report check`` through the CLI: the seed, broken copies, JSON, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import DATA

REPORTS = DATA / "reports"
SEED = REPORTS / "seed-annual-report-2022.txt"
SEED_PERCENTAGES = ["7.3", "11", "4.4", "6.8", "0.7", "3", "3.8", "63"]


def _json(result) -> list[dict]:
    data = json.loads(result.stdout)
    assert list(data) == ["findings"]
    return data["findings"]


def test_the_seed_checks_out_every_figure(run_cli) -> None:
    result = run_cli("report", "check", SEED, "--format", "json")
    assert result.exit_code == 0, result.stdout
    findings = _json(result)
    assert all(set(f) == {"line", "verdict", "text", "message"} for f in findings)
    assert [f["verdict"] for f in findings if f["verdict"] == "error"] == []
    on_548 = [f for f in findings if f["line"] == 15]
    total = [f for f in on_548 if "548条" in f["text"] and "共计" in f["text"]]
    assert len(total) == 1 and total[0]["verdict"] == "ok"
    assert "40 + 60 + 24 + 37 + 4 + 15 + 21 + 347 = 548" in total[0]["message"]
    shares = [f for f in on_548 if "占比" in f["text"]]
    assert [re.search(r"占比([\d.]+)%", f["text"]).group(1) for f in shares] == \
        SEED_PERCENTAGES
    assert {f["verdict"] for f in shares} == {"ok"}
    # every figure of the seed is checked; only the two parts it lacks cannot be verified
    unverified = [f for f in findings if f["verdict"] == "cannot_verify"]
    assert [f["line"] for f in unverified] == [None, None]
    assert any("其他需要报告的事项" in f["message"] for f in unverified)
    assert any("清单事项公开情况表" in f["message"] for f in unverified)


def test_the_seed_as_people_read_it(run_cli) -> None:
    result = run_cli("report", "check", SEED)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    path = "tests/data/reports/seed-annual-report-2022.txt"
    assert f"{path}:15: 正确 “公文类信息40条，占比7.3%” 40/548 = 7.30%" in result.stdout
    assert all(line.startswith(path) for line in lines[:-1])  # one line per finding
    assert lines[-1] == "共 19 项：正确 17，错误 0，无法核实 2"


def test_a_wrong_total_and_a_wrong_percentage_are_both_named(run_cli, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    broken = text.replace("共计548条", "共计549条").replace("占比6.8%", "占比7.8%")
    # the same report wrapped like a PDF's text, so the two mistakes sit on different lines
    wrapped = broken.replace("占比4.4%；", "占比4.4%；\n")
    for name, content, lines in (("broken.txt", broken, (15, 15)),
                                 ("wrapped.txt", wrapped, (15, 16))):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        result = run_cli("report", "check", path, "--format", "json")
        assert result.exit_code == 1
        errors = [f for f in _json(result) if f["verdict"] == "error"]
        assert [(f["line"], f["text"]) for f in errors] == [
            (lines[0], "学校通过官方网站公开信息共计549条"),
            (lines[1], "招生类信息37条，占比7.8%"),
        ]
        assert "548" in errors[0]["message"] and "549" in errors[0]["message"]
        assert "37/549 = 6.74%" in errors[1]["message"]
        assert "37/548 = 6.75%" in errors[1]["message"]


def test_every_kind_of_mistake_is_an_error(run_cli) -> None:
    result = run_cli("report", "check", REPORTS / "errors-2023.txt", "--published", "2024-11-05",
                     "--format", "json", "--lang", "en")
    assert result.exit_code == 1
    errors = [(f["line"], f["text"], f["message"]) for f in _json(result)
              if f["verdict"] == "error"]
    period = "所列数据的统计期限自2023年1月1日起至2023年12月31日止"
    assert errors == [
        (3, period, "the statistics period 2023-01-01 to 2023-12-31 is not an academic year "
                    "(1 September to 31 August)"),
        (3, period, "published 2024-11-05, after the deadline 2024-10-31 (5 days late)"),
        (7, "学校通过官方网站公开信息共计320条",
         "the parts add up to 310, not 320 (off by 10): 50 + 70 + 190"),
        (7, "教学类信息70条，占比22.9%",
         "not 22.9%, neither of the stated total (70/320 = 21.88%) nor of the sum of the "
         "parts (70/310 = 22.58%)"),
        (8, "合格率94.3%", "no whole number out of 134 gives 94.3%: the nearest are "
                          "126/134 = 94.0%, 127/134 = 94.8%"),
        (11, "学校共受理信息公开申请12件", "the parts add up to 11, not 12 (off by 1): 8 + 2 + 1"),
        (None, "", "the part appraisal (对信息公开的评议情况) is missing "
                   "(required in the annual report)"),
    ]


def test_a_placeholder_left_in_the_report_is_an_error(run_cli, tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8").splitlines()
    seed.insert(20, "七、其他需要报告的事项")
    seed.insert(21, "【待补充】")
    seed.append("【待填写：报告日期（report.yaml 中 2021-2022 的 date）】")
    path = tmp_path / "年度报告.txt"
    path.write_text("\n".join(seed) + "\n", encoding="utf-8")
    result = run_cli("report", "check", path, "--format", "json")
    assert result.exit_code == 1
    errors = [f for f in _json(result) if f["verdict"] == "error"]
    assert [(f["line"], f["text"]) for f in errors] == [
        (22, "【待补充】"), (len(seed), "【待填写：报告日期（report.yaml 中 2021-2022 的 date）】")]
    assert all("发布前补写" in f["message"] for f in errors)
    # a bracketed note that is not a placeholder is text like any other
    path.write_text(SEED.read_text(encoding="utf-8") + "【附】清单事项公开情况表另行公布。\n",
                    encoding="utf-8")
    assert run_cli("report", "check", path).exit_code == 0


def test_a_partial_list_and_approximate_figures_are_not_errors(run_cli) -> None:
    findings = _json(run_cli("report", "check", REPORTS / "errors-2023.txt", "--format", "json"))
    line9 = [f for f in findings if f["line"] == 9]
    assert [f["verdict"] for f in line9] == ["cannot_verify"]
    assert "100余条" in line9[0]["message"] and "110" in line9[0]["message"]


def test_full_width_digits_and_junk_are_read(run_cli) -> None:
    result = run_cli("report", "check", REPORTS / "tolerant-2022.md", "--format", "json",
                     "--published", "2022-10-28")
    assert result.exit_code == 0
    findings = _json(result)
    assert [f["verdict"] for f in findings if f["verdict"] == "error"] == []
    by_line = {f["line"]: f for f in findings if f["line"] in (7, 11, 12, 13, 14, 16, 21)}
    assert "5 + 8 = 13" in by_line[7]["message"]  # 十三次 = 五次 + 八次
    assert "100 + 1034 + 100 = 1234" in by_line[11]["message"]
    assert by_line[12]["verdict"] == by_line[13]["verdict"] == by_line[14]["verdict"] == "ok"
    assert by_line[16]["verdict"] == "cannot_verify"  # 235余期 = 200余期 + 30期: a bound
    assert by_line[21]["verdict"] == "ok"  # "共受理申请３件。其中…": the total ends a sentence


@pytest.mark.parametrize(("published", "iso", "code", "verdict"), [
    ("2022-10-31", "2022-10-31", 0, "ok"), ("2022年10月28日", "2022-10-28", 0, "ok"),
    ("2022-11-01", "2022-11-01", 1, "error"), ("2022-08-15", "2022-08-15", 1, "error"),
])
def test_the_31_october_deadline(run_cli, published: str, iso: str, code: int,
                                 verdict: str) -> None:
    result = run_cli("report", "check", SEED, "--published", published, "--format", "json")
    assert result.exit_code == code
    dated = [f for f in _json(result) if iso in f["message"]]
    assert [(f["line"], f["verdict"]) for f in dated] == [(4, verdict)]


def test_english_output(run_cli) -> None:
    result = run_cli("--lang", "en", "report", "check", SEED)
    assert "15: ok “公文类信息40条，占比7.3%” 40/548 = 7.30%, which is 7.3% as written" \
        in result.stdout
    assert result.stdout.splitlines()[-1] == \
        "19 findings: 17 ok, 0 errors, 2 cannot be verified"


@pytest.mark.parametrize(("content", "name", "code"), [
    (b"", "empty.txt", "report-empty"),
    (b"   \n\n", "blank.md", "report-empty"),
    (b"\x00\x01\x02binary\x00", "report.txt", "report-binary"),
    (b"PK\x03\x04 not really a zip", "report.docx", "report-corrupt"),
    (b"this is not a word file", "report.docx", "report-corrupt"),
    (b"%PDF-1.7\n garbage", "report.pdf", "report-corrupt"),
    (b"\xff\xfe\xfa\xfb\xfc" * 10, "report.txt", "bad-encoding"),
])
def test_unreadable_input_is_located_not_a_traceback(run_cli, tmp_path: Path, content: bytes,
                                                     name: str, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("report", "check", path)
    assert result.exit_code == 2
    assert f"[{code}]" in result.stderr and name in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def _odt() -> bytes:
    """An OpenDocument text as LibreOffice writes one: an uncompressed ``mimetype`` entry first."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("content", "name", "shown"), [
    (_odt(), "年度报告.odt", "OpenDocument (.odt)"),
    (_odt(), "年度报告", "OpenDocument (.odt)"),  # no suffix: told by its content
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "年度报告.wps", ".wps"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "年度报告.docx", ".doc"),  # misnamed
])
def test_other_office_documents_are_named_with_how_to_convert(run_cli, tmp_path: Path,
                                                               content: bytes, name: str,
                                                               shown: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    zh = run_cli("report", "check", path)
    assert zh.exit_code == 2 and "[report-other-office]" in zh.stderr
    assert f"{shown} 格式的文档不能直接核对" in zh.stderr and "另存为 .docx" in zh.stderr
    en = run_cli("--lang", "en", "report", "check", path)
    assert f"a {shown} document cannot be checked" in en.stderr and "as .docx" in en.stderr


def test_missing_huge_and_folder_inputs(run_cli, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    for path, code in ((tmp_path / "nope.txt", "path-not-found"), (huge, "file-too-large"),
                       (tmp_path, "report-is-folder")):
        result = run_cli("report", "check", path)
        assert result.exit_code == 2 and f"[{code}]" in result.stderr


def test_a_bad_published_date_is_a_usage_error(run_cli) -> None:
    result = run_cli("report", "check", SEED, "--published", "2022-02-30")
    assert result.exit_code == 2 and "--published" in result.stderr
