"""The applications register (依申请公开): reading it, its rules, due dates over China's holidays,
extensions, late or unanswered applications on the ledger, and the yearly identity."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import BASE_CHECKLIST
from disclosure_audit.calendar import calendar_for
from disclosure_audit.ledger.store import load_ledger
from disclosure_audit.model import OUTCOMES, Application, Extension, SourceRef
from disclosure_audit.scoring.applications import judge, year_statistics
from disclosure_audit.scoring.context import ScoringContext
from disclosure_audit.services.repo import check_repo, find_repo
from disclosure_audit.spec import load_checklist

D = dt.date
REGISTER = """\
applications:
  - id: A1
    received: 2022-03-01
    requester: 自然人
    channel: 电子邮件
    subject: 2021年学生资助资金使用情况
    outcome: 予以公开
    replied: 2022-03-30
    department: 财务处
  - id: A2
    received: 2022-05-06
    requester: organisation
    channel: letter
    subject: 实训室设备采购合同
    department: 招生就业处
  - id: A3
    received: 2022-08-25
    requester: natural_person
    channel: online
    subject: 2022年招生计划编制依据
  - id: A4
    received: 2022-06-01
    requester: 自然人
    channel: 当面
    subject: 某学生处分决定
    outcome: 部分公开
    ground: 个人隐私
    replied: 2022-06-10
"""


def _app(ident: str, received: D, replied: D | None = None, outcome: str | None = None,
         extension: Extension | None = None) -> Application:
    return Application(ident, received, "natural_person", "email", "x", "党政办公室",
                       SourceRef("applications.yaml", 1, 1), outcome or (
                           "disclosed" if replied else None), replied, extension=extension)


@pytest.fixture(scope="module")
def ctx() -> ScoringContext:
    checklist, _ = load_checklist("moe-2014")
    return ScoringContext(checklist, D(2023, 6, 1), (D(2021, 9, 1), D(2022, 8, 31)),
                          calendar_for(2021, 2023))


@pytest.mark.parametrize(("received", "due"), [
    (D(2022, 3, 1), D(2022, 3, 22)),  # three plain weeks
    # 国庆 2022: 1–7 Oct off, Sat 8 and Sun 9 Oct working days (a Mon–Fri count gives 20 Oct)
    (D(2022, 9, 29), D(2022, 10, 25)),
    # 中秋 2022: Mon 12 Sep off
    (D(2022, 8, 25), D(2022, 9, 16)),
    # 劳动节 2022: 30 Apr – 4 May off, Sat 7 May a working day
    (D(2022, 5, 6), D(2022, 5, 26)),
])
def test_reply_due_in_15_working_days_of_chinas_calendar(ctx, received, due) -> None:
    assert judge(_app("x", received), received, ctx).due == due


@pytest.mark.parametrize(("approved", "days", "due", "counts"), [
    (D(2022, 10, 20), 15, D(2022, 11, 15), True),  # 15 more working days after 25 Oct
    (D(2022, 10, 25), 10, D(2022, 11, 8), True),  # approved on the last day still counts
    (D(2022, 10, 26), 15, D(2022, 10, 25), False),  # too late: the reply was already late
])
def test_one_extension_by_at_most_15_working_days(ctx, approved, days, due, counts) -> None:
    app = _app("x", D(2022, 9, 29), extension=Extension(approved, "需要会商", days))
    judged = judge(app, D(2022, 10, 21), ctx)
    assert (judged.due, judged.extension_counts) == (due, counts)
    late = judge(_app("x", D(2022, 9, 29), D(2022, 11, 10), extension=app.extension),
                 D(2022, 12, 1), ctx)
    assert late.state == ("on_time" if due >= D(2022, 11, 10) else "late")


def test_states_as_of_a_date(ctx) -> None:
    app = _app("x", D(2022, 3, 1), D(2022, 3, 30))
    assert judge(app, D(2022, 4, 1), ctx).state == "late"
    assert judge(app, D(2022, 4, 1), ctx).workdays == 21
    assert judge(app, D(2022, 3, 22), ctx).state == "pending"  # the reply is still to come
    assert judge(app, D(2022, 3, 23), ctx).state == "unanswered"
    assert judge(_app("y", D(2022, 3, 1), D(2022, 3, 22)), D(2022, 4, 1), ctx).state == "on_time"


def _audit(run_cli, repo, as_of: str) -> dict:
    result = run_cli("audit", repo, "--as-of", as_of, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return {e["key"]: e for e in json.loads(result.stdout)["ledger"] if e["kind"] == "application"}


def test_late_and_unanswered_applications_are_ledger_entries(make_repo, run_cli) -> None:
    repo = make_repo(files={"applications.yaml": REGISTER})
    entries = _audit(run_cli, repo, "2022-09-15")
    assert sorted(entries) == ["application/A1", "application/A2"]  # A3 pending, A4 on time
    late, unanswered = entries["application/A1"], entries["application/A2"]
    assert (late["department"], unanswered["department"]) == ("财务处", "招生就业处")
    assert "2022-03-22 前答复，2022-03-30 才答复，用时 21 个工作日" in late["problem"]
    assert "应于 2022-05-26 前答复，至今未答复" in unanswered["problem"]
    assert len(late["evidence"]) == 1 and late["evidence"][0].endswith("applications.yaml:2:5")
    # three days later the pending one (due 16 Sep, after the Mid-Autumn holiday) is overdue
    assert "application/A3" in _audit(run_cli, repo, "2022-09-19")
    # a department's audit shows only its own applications
    result = run_cli("audit", repo, "--as-of", "2022-09-15", "--department", "财务处",
                     "--format", "json")
    keys = [e["key"] for e in json.loads(result.stdout)["ledger"] if e["kind"] == "application"]
    assert keys == ["application/A1"]


def test_ledger_update_tracks_application_entries(make_repo, run_cli) -> None:
    repo = make_repo(files={"applications.yaml": REGISTER})
    assert run_cli("ledger", "update", repo, "--as-of", "2022-09-15").exit_code == 0
    ledger = load_ledger(repo / "ledger.yaml")
    assert {e.key for e in ledger.entries if e.kind == "application"} == {
        "application/A1", "application/A2"}
    # A2 is answered, late: the same entry stays open with the new problem text
    answered = REGISTER.replace("    department: 招生就业处\n", "    department: 招生就业处\n"
                                "    outcome: 无法提供\n    replied: 2022-09-20\n")
    (repo / "applications.yaml").write_text(answered, encoding="utf-8")
    result = run_cli("ledger", "update", repo, "--as-of", "2022-09-26")
    assert result.exit_code == 0, result.stderr
    entry = load_ledger(repo / "ledger.yaml").by_key()["application/A2"]
    assert entry.status == "open" and "2022-09-20 才答复" in entry.problem
    # the next year: A1's late reply belongs to the past period (closed); A2 was still open
    # when 2022-2023 began, so it is still judged there
    moved = BASE_CHECKLIST.replace("2021-09-01, end: 2022-08-31", "2022-09-01, end: 2023-08-31")
    (repo / "checklist.yaml").write_text(moved, encoding="utf-8")
    run_cli("ledger", "update", repo, "--as-of", "2023-09-15")
    entries = load_ledger(repo / "ledger.yaml").by_key()
    assert entries["application/A1"].status == "done"
    assert entries["application/A2"].status == "open"
    assert run_cli("validate", repo).exit_code == 0  # the ledger with these keys is valid


def test_the_register_in_a_departments_declarations_and_in_a_table(make_repo, run_cli) -> None:
    yaml_text = ("department: 招生就业处\napplications:\n  - id: Z1\n    received: 2022-03-01\n"
                 "    requester: 自然人\n    channel: 网络\n    subject: 录取分数\n"
                 "    outcome: disclosed\n    replied: 2022-03-02\n"
                 "    extension: {approved: 2022-03-02, reason: 会商}\n")
    csv_text = ("申请编号,收到日期,申请人类型,申请方式,申请内容,办理结果,答复日期,依据,渠道\n"
                "C1,2022-04-01,法人,传真,招标文件,不予公开,2022-04-15,商业秘密,官网\n")
    repo = make_repo(files={"declarations/招生就业处.yaml": yaml_text,
                            "declarations/财务处.csv": csv_text})
    _, declarations, problems = check_repo(find_repo(repo))
    assert [p for p in problems if p.severity == "error"] == []
    by_id = {a.id: a for a in declarations.applications}
    assert by_id["Z1"].department == "招生就业处" and by_id["Z1"].channel == "online"
    assert by_id["Z1"].extension == Extension(D(2022, 3, 2), "会商", 15)
    c1 = by_id["C1"]
    assert (c1.department, c1.requester, c1.channel, c1.outcome, c1.ground) == (
        "财务处", "organisation", "fax", "withheld", "trade_secret")


BAD = """\
applications:
  - id: B/1
    received: 2022-03-01
    requester: 公司
    channel: 邮件
    subject: a
  - id: B2
    received: 2022-03-01
    requester: 自然人
    channel: 邮件
    subject: b
    outcome: 不予公开
    replied: 2022-02-01
  - id: B3
    received: 2022-03-01
    requester: 自然人
    channel: 邮件
    subject: c
    outcome: 部分公开
    ground: 领导不同意
  - id: B4
    received: 2022-03-01
    requester: 自然人
    channel: 邮件
    subject: d
    replied: 2022-03-05
    ground: law
  - id: B4
    received: 2022-03-01
    requester: 自然人
    channel: 邮件
    subject: e
  - id: B6
    received: 2022-03-01
    requester: 自然人
    channel: 邮件
    subject: f
    extension: {approved: 2022-03-02, reason: x, days: 20}
  - id: B7
    received: 2022-03-01
    requester: 自然人
    channel: 邮件
    subject: g
    outcome: 予以公开
    replied: 2022-03-05
    fee: -3
  - id: B8
    received: 2022-03-01
    requester: 自然人
    channel: 邮件
    subject: h
  - id: B8
    received: 2022-03-02
    requester: 自然人
    channel: 邮件
    subject: i
"""


def test_every_rule_is_a_located_error(make_repo, run_cli) -> None:
    result = run_cli("validate", make_repo(files={"applications.yaml": BAD}))
    assert result.exit_code == 1
    found = [line.split(" [")[1].split("]")[0] + "@" + line.split(": ")[0].split(":", 1)[1]
             for line in result.stdout.splitlines() if " [" in line]
    assert found == [
        "application-bad-id@2:9", "application-bad-choice@4:16",
        "application-needs-ground@12:14", "application-replied-before-received@13:14",
        "application-outcome-needs-replied@19:14", "bad-ground@20:13",
        "application-replied-needs-outcome@26:14", "application-ground-unused@27:13",
        "law-needs-basis@27:13", "schema-maximum@38:56", "schema-minimum@46:10",
        "application-duplicate-id@52:5"]
    assert "领导不同意" in result.stdout and "国家秘密" in result.stdout  # hint lists the grounds


def test_the_register_file_validates_on_its_own(make_repo, run_cli) -> None:
    repo = make_repo(files={"applications.yaml": REGISTER})
    assert run_cli("validate", repo / "applications.yaml").exit_code == 0
    (repo / "applications.yaml").write_text("- just a list\n", encoding="utf-8")
    result = run_cli("validate", repo / "applications.yaml")
    assert result.exit_code == 1 and "[register-not-mapping]" in result.stdout


def test_yearly_figures_and_the_identity() -> None:
    register = [
        _app("X1", D(2021, 6, 1), D(2021, 7, 1)),  # settled before the year: not counted
        _app("X0", D(2021, 8, 20), D(2021, 9, 10)),  # carried in, answered
        _app("A1", D(2022, 3, 1), D(2022, 3, 30)),
        _app("A4", D(2022, 6, 1), D(2022, 6, 10), "partial"),
        _app("A2", D(2022, 5, 6)),  # still open: carried out
        _app("X5", D(2022, 8, 30), D(2022, 9, 5)),  # answered after the year: carried out
        _app("X9", D(2022, 9, 2)),  # next year's
    ]
    year = year_statistics(register, D(2021, 9, 1), D(2022, 8, 31))
    assert (year.received, year.carried_in, year.carried_out) == (4, 1, 2)
    assert year.answered == {"disclosed": 2, "partial": 1}
    assert year.balanced
    following = year_statistics(register, D(2022, 9, 1), D(2023, 8, 31))
    assert following.carried_in == year.carried_out  # what one year carries out, the next takes
    assert following.received == 1 and following.balanced


@st.composite
def registers(draw) -> list[Application]:
    apps = []
    for index in range(draw(st.integers(0, 25))):
        received = D(2020, 1, 1) + dt.timedelta(days=draw(st.integers(0, 1500)))
        replied = None
        if draw(st.booleans()):
            replied = received + dt.timedelta(days=draw(st.integers(0, 400)))
        outcome = draw(st.sampled_from(OUTCOMES)) if replied else None
        apps.append(_app(f"R{index}", received, replied, outcome))
    return apps


@settings(max_examples=200, deadline=None)
@given(registers(), st.integers(2019, 2024))
def test_the_identity_holds_for_any_valid_register(register, first) -> None:
    year = year_statistics(register, D(first, 9, 1), D(first + 1, 8, 31))
    assert year.received + year.carried_in == year.answered_total + year.carried_out
    following = year_statistics(register, D(first + 1, 9, 1), D(first + 2, 8, 31))
    assert following.carried_in == year.carried_out


def test_a_reply_without_an_outcome_breaks_the_identity() -> None:
    # validate refuses such an entry (application-replied-needs-outcome); were it let through,
    # the yearly figures would no longer balance, which is what the identity is there to catch
    broken = Application("Q", D(2022, 3, 1), "natural_person", "email", "x", "党政办公室",
                         SourceRef("a", 1, 1), None, D(2022, 3, 2))
    assert not year_statistics([broken], D(2021, 9, 1), D(2022, 8, 31)).balanced


def test_register_yaml_round_trips_through_the_schema(make_repo) -> None:
    data = yaml.safe_load(REGISTER)
    assert len(data["applications"]) == 4
    repo = make_repo(files={"applications.yaml": REGISTER})
    _, declarations, problems = check_repo(find_repo(repo))
    assert problems == [] and len(declarations.applications) == 4
    a4 = next(a for a in declarations.applications if a.id == "A4")
    assert (a4.outcome, a4.ground, a4.department) == ("partial", "privacy", "党政办公室")
