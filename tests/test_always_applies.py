"""Item 6, the annual report, is never 'not applicable': a located error with a fix in YAML,
CSV with Chinese headers, a filled self-check workbook and a school's checklist
(《高等学校信息公开办法》: every school publishes its report by 31 October)."""

from __future__ import annotations

import openpyxl

from disclosure_audit.services.validate import validate_paths
from test_withheld import SCHOOL


def _refused(repo) -> list[tuple[str, int | None, int | None, str]]:
    return [(p.path.rsplit("/", 1)[-1], p.line, p.column, p.hint("en"))
            for p in validate_paths([repo]) if p.severity == "error"]


def test_csv_with_chinese_headers(run_cli, make_repo) -> None:
    csv = "事项编号,标题,未公开理由,备注\n6,,不适用,本校不编制\n20,,不适用,民办高校无收费\n"
    repo = make_repo(SCHOOL, {"declarations/党政办公室.csv": csv})
    errors = _refused(repo)
    assert [e[:3] for e in errors] == [("党政办公室.csv", 2, 3)]
    assert "not_yet_made" in errors[0][3]
    for lang, words in (("zh", "事项 6 每所学校都必须公开"), ("en", "item 6 must be published")):
        result = run_cli("--lang", lang, "validate", repo)
        assert result.exit_code == 1
        assert "党政办公室.csv:2:3: " in result.stdout and words in result.stdout
        assert "党政办公室.csv:3:3: " in result.stdout  # item 20: the warning stays a warning
    assert run_cli("audit", repo, "--as-of", "2022-09-15").exit_code == 2


def test_public_by_law_hint_no_longer_offers_the_annual_report(make_repo) -> None:
    csv = "事项编号,标题,未公开理由,备注\n20,,不适用,民办高校无收费\n"
    repo = make_repo(SCHOOL, {"declarations/党政办公室.csv": csv})
    [warning] = [p for p in validate_paths([repo]) if p.code == "not-applicable-public-by-law"]
    assert "年度报告" not in warning.hint("zh") and "annual report" not in warning.hint("en")


def test_checklist_override_gets_a_checklist_fix(run_cli, make_repo) -> None:
    repo = make_repo(SCHOOL + '  "6": {not_applicable: 今年不写}\n', {})
    [(name, line, column, hint)] = _refused(repo)
    assert (name, line) == ("checklist.yaml", 7)
    assert hint.startswith("Remove not_applicable from item 6")
    repo = make_repo(SCHOOL + '  "6": {always_applies: false}\n', {}, name="relaxed")
    assert [p.code for p in validate_paths([repo]) if p.severity == "error"] == [
        "always-applies-relaxed"]
    result = run_cli("validate", repo)
    assert result.exit_code == 1 and "checklist.yaml:7:" in result.stdout


def test_selfcheck_workbook_with_not_applicable_is_refused(run_cli, example, tmp_path) -> None:
    out = tmp_path / "out"
    assert run_cli("selfcheck", "export", example, "-o", out,
                   "--department", "党政办公室").exit_code == 0
    [book] = out.glob("*.xlsx")
    wb = openpyxl.load_workbook(book)
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[3]]
    reason, note = header.index("未公开理由"), header.index("备注")
    row = next(r for r in sheet.iter_rows(min_row=4)
               if r[0].value == "6" and r[2].value is None)
    row[reason].value, row[note].value = "不适用", "本校不编制"
    wb.save(book)
    before = {p.name: p.read_bytes() for p in (example / "declarations").iterdir()}
    for lang, words in (("zh", "不能申报“不适用”"), ("en", "cannot be not applicable")):
        result = run_cli("--lang", lang, "selfcheck", "import", book, "--repo", example)
        assert result.exit_code == 2
        assert f"[自查表]:{row[0].row}:{reason + 1}: " in result.stderr
        assert words in result.stderr
    assert {p.name: p.read_bytes() for p in (example / "declarations").iterdir()} == before


def test_checklist_cannot_narrow_the_annual_report_away(run_cli, make_repo) -> None:
    # Each override let item 6 leave scoring with validate passing: applies_to without this
    # school's kind made it 'not applicable to this kind of school'; event_driven (on the
    # item or its element) made 本期未发生 acceptable.
    declared = {"declarations/党政办公室.csv":
                "事项编号,标题,未公开理由,备注\n6,,本期未发生,今年没写\n"}
    for n, override in enumerate(('  "6": {applies_to: [graduate]}\n',
                                  '  "6": {event_driven: true}\n',
                                  '  "6":\n    elements: [{name: 信息公开年度报告, '
                                  'event_driven: true}]\n')):
        repo = make_repo(SCHOOL + override, declared, name=f"r{n}")
        assert [(p.code, p.line) for p in validate_paths([repo]) if p.severity == "error"] == [
            ("always-applies-narrowed", 7 + (n == 2))], override
        result = run_cli("--lang", "en", "validate", repo)
        assert result.exit_code == 1 and "cannot limit it to some kinds" in result.stdout
        assert run_cli("audit", repo, "--as-of", "2022-11-15").exit_code == 2
    # all kinds is no narrowing
    repo = make_repo(SCHOOL + '  "6": {applies_to: [vocational, undergraduate, graduate]}\n',
                     {}, name="wide")
    assert [p for p in validate_paths([repo]) if p.severity == "error"] == []


def test_a_school_making_an_item_always_apply_cannot_also_call_it_not_applicable(
        run_cli, make_repo) -> None:
    # judged on the item as the school's own layer leaves it, not on the base list's flags
    school = ("extends: moe-2014\ninstitution: {name: 测试学院, kind: undergraduate}\n"
              "review_period: {start: 2021-09-01, end: 2022-08-31}\n"
              "departments: [财务处]\nitems:\n"
              '  "20": {owner: 财务处, always_applies: true, not_applicable: 没有}\n')
    repo = make_repo(school, {})
    codes = [(p.code, p.severity) for p in validate_paths([repo])
             if p.code.startswith("not-applicable")]
    assert codes == [("not-applicable-refused", "error")]
