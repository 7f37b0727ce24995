"""``ledger remind``: dry run and --send against real local robots and a real SMTP server."""

from __future__ import annotations

import json

import pytest

from disclosure_audit.ledger.store import load_ledger
from remind_fixtures import (  # noqa: F401 - fixtures
    AS_OF,
    Setup,
    certificates_fixture,
    setup_fixture,
)

pytestmark = pytest.mark.filterwarnings(
    # aiosmtpd itself sets a deprecated attribute on every successful login
    "ignore:Session.login_data is deprecated:DeprecationWarning")


def remind(run_cli, s: Setup, *extra: str, env: dict[str, str] | None = None):
    return run_cli("ledger", "remind", s.repo, "--as-of", AS_OF.isoformat(), *extra,
                   env=s.env if env is None else env)


def test_dry_run_shows_every_message_and_sends_nothing(run_cli, setup: Setup) -> None:
    before = setup.ledger.read_bytes()
    result = remind(run_cli, setup)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "试运行" in out and "3 条消息" in out
    # 财务处: a robot message and one e-mail to both addresses; 招生就业处: the DingTalk robot
    assert "财务处 → 企业微信群机器人 财务处群（2 项）" in out
    assert "财务处 → 邮件 cwc@test.edu.cn, cwc-head@test.edu.cn（2 项）" in out
    assert "招生就业处 → 钉钉机器人 招生钉钉群（1 项）" in out
    assert "主题：【信息公开整改提醒】财务处：已逾期 1 项，7 天内到期 1 项" in out
    lines = out.splitlines()
    assert ("1. 事项19「事项19的标题」条目完整性："
            "未公开且未说明理由（期限 2022-10-18，已逾期 2 天）") in lines
    assert ("2. 事项19「事项19的标题」更新及时性："
            "未公开且未说明理由（期限 2022-10-25，还剩 5 天）") in lines
    assert "（期限 2022-10-20，今天到期）" in out
    # done, waived and not-yet-due entries are nobody's business today
    assert "21/" not in out and "事项21" not in out and "7/timeliness" not in out
    assert "党政办公室（1 项）" in out  # due, but no channel: a warning, not silence
    assert setup.wecom.requests == setup.dingtalk.requests == 0
    assert setup.mailbox.messages == [] and setup.mailbox.logins == []
    assert setup.ledger.read_bytes() == before


def test_dry_run_needs_no_secret_and_says_which_will_be_needed(run_cli, setup: Setup) -> None:
    result = remind(run_cli, setup, env={})
    assert result.exit_code == 0, result.stderr
    assert "TEST_WECOM_URL" in result.stdout and "TEST_SMTP_PASSWORD" in result.stdout
    assert setup.env["TEST_DING_SECRET"] not in result.stdout


def test_send_delivers_grouped_by_department_and_records_it(run_cli, setup: Setup) -> None:
    before = load_ledger(setup.ledger)
    result = remind(run_cli, setup, "--send")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "已发送 3 条，失败 0 条" in result.stdout
    # each robot got exactly its department's message, in the JSON shape its API takes
    [wecom] = setup.wecom.received
    assert wecom["msgtype"] == "text" and "【信息公开整改提醒】财务处" in wecom["text"]["content"]
    assert "事项19" in wecom["text"]["content"] and "事项7" not in wecom["text"]["content"]
    [ding] = setup.dingtalk.received  # recorded only when the signature verified
    assert "招生就业处" in ding["text"]["content"] and "事项19" not in ding["text"]["content"]
    # one mail to both of 财务处's addresses, over TLS, after logging in over TLS
    [mail] = setup.mailbox.messages
    assert mail["to"] == ["cwc@test.edu.cn", "cwc-head@test.edu.cn"] and mail["tls"]
    assert mail["from"] == "xxgk@test.edu.cn"
    assert mail["mail"]["Subject"] == "【信息公开整改提醒】财务处：已逾期 1 项，7 天内到期 1 项"
    body = mail["mail"].get_content()
    assert "事项19「事项19的标题」条目完整性" in body and "已逾期 2 天" in body
    [login] = setup.mailbox.logins
    assert login[:3] == ("xxgk@test.edu.cn", setup.env["TEST_SMTP_PASSWORD"], True)
    after = load_ledger(setup.ledger)
    assert after.entries == before.entries  # sending never changes an entry
    records = {(r.department, r.channel): r for r in after.reminders}
    assert set(records) == {("财务处", "wecom"), ("财务处", "email"), ("招生就业处", "dingtalk")}
    assert records[("财务处", "wecom")].entries == ["19/completeness", "19/timeliness"]
    assert records[("财务处", "wecom")].recipient == "财务处群"
    assert records[("财务处", "email")].recipient == "cwc@test.edu.cn, cwc-head@test.edu.cn"
    assert all(r.result == "sent" and r.as_of == AS_OF and r.sent[:4].isdigit()
               for r in after.reminders)
    assert setup.env["TEST_WECOM_URL"] not in setup.ledger.read_text(encoding="utf-8")


@pytest.mark.parametrize(("script", "reason"), [
    ([("status", 500)] * 3, "HTTP 500"),
    ([("errcode", -1)] * 3, "机器人返回错误 -1"),
    ([("sleep", 0.8)] * 3, "超时"),
    ([("html", 502)] * 3, "HTTP 502"),
])
def test_failing_robot_is_retried_then_reported_and_others_still_get_theirs(
        run_cli, setup: Setup, script, reason) -> None:
    setup.wecom.script = list(script)
    before = load_ledger(setup.ledger)
    result = remind(run_cli, setup, "--send")
    assert result.exit_code == 1
    assert setup.wecom.requests == 3
    if script[0][0] != "sleep":  # an answer that came too late may still have been posted
        assert setup.wecom.received == []
    failed = [line for line in result.stdout.splitlines() if line.startswith("发送失败")]
    assert len(failed) == 1
    assert "财务处 → 企业微信群机器人 财务处群" in failed[0] and reason in failed[0]
    assert "尝试 3 次" in failed[0]
    assert len(setup.dingtalk.received) == 1 and len(setup.mailbox.messages) == 1
    after = load_ledger(setup.ledger)
    assert after.entries == before.entries
    [record] = [r for r in after.reminders if r.channel == "wecom"]
    assert record.result == "failed" and reason in record.error
    assert "已发送 2 条，失败 1 条" in result.stdout


def test_a_retry_that_succeeds_counts_as_sent(run_cli, setup: Setup) -> None:
    setup.wecom.script = [("status", 503)]
    result = remind(run_cli, setup, "--send")
    assert result.exit_code == 0
    assert setup.wecom.requests == 2 and len(setup.wecom.received) == 1


@pytest.mark.parametrize("code", [93000, 310000, 45009])
def test_a_permanent_robot_error_is_not_retried(run_cli, setup: Setup, code: int) -> None:
    setup.wecom.script = [("errcode", code)]
    result = remind(run_cli, setup, "--send")
    assert result.exit_code == 1
    assert setup.wecom.requests == 1
    assert f"机器人返回错误 {code}" in result.stdout and "尝试 1 次" in result.stdout


def test_a_wrong_dingtalk_secret_fails_the_signature_check(run_cli, setup: Setup) -> None:
    env = {**setup.env, "TEST_DING_SECRET": "SECwrong"}
    result = remind(run_cli, setup, "--send", env=env)
    assert result.exit_code == 1
    assert "310000" in result.stdout and "sign not match" in result.stdout
    assert setup.dingtalk.received == [] and setup.dingtalk.requests == 1
    assert len(setup.wecom.received) == 1


def test_an_unset_variable_is_named_and_nothing_is_sent(run_cli, setup: Setup) -> None:
    before = setup.ledger.read_bytes()
    env = {k: v for k, v in setup.env.items() if k != "TEST_DING_SECRET"}
    result = remind(run_cli, setup, "--send", env=env)
    assert result.exit_code == 2
    assert "TEST_DING_SECRET" in result.stderr and "notify-env-unset" in result.stderr
    assert "checklist.yaml:" in result.stderr  # where the variable is named
    assert "Traceback" not in result.stderr
    assert setup.wecom.requests == setup.dingtalk.requests == 0
    assert setup.mailbox.messages == []
    assert setup.ledger.read_bytes() == before


def test_only_the_variables_the_chosen_messages_need_are_read(run_cli, setup: Setup) -> None:
    env = {k: v for k, v in setup.env.items() if k.startswith("TEST_DING")}
    result = remind(run_cli, setup, "--send", "--department", "招生就业处", env=env)
    assert result.exit_code == 0, result.stderr
    assert len(setup.dingtalk.received) == 1
    assert setup.wecom.requests == 0 and setup.mailbox.messages == []


def test_unknown_department_is_a_usage_error(run_cli, setup: Setup) -> None:
    result = remind(run_cli, setup, "--department", "后勤处")
    assert result.exit_code == 2 and "后勤处" in result.stderr
    assert "财务处" in result.stderr  # the known ones are listed


def test_json_output(run_cli, setup: Setup) -> None:
    result = remind(run_cli, setup, "--format", "json", "--due-within", "30")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["as_of"] == "2022-10-20" and data["due_within"] == 30 and data["sent"] is False
    wecom = next(m for m in data["messages"] if m["channel"] == "wecom")
    # within 30 days, 21/convenience (2022-11-30 is 41 days away) is still not due
    assert wecom["entries"] == ["19/completeness", "19/timeliness"]
    assert wecom["result"] == "dry_run" and wecom["listed"] == 2
    assert data["unconfigured"] == [{"department": "党政办公室", "entries": ["6/timeliness"]}]
    sent = json.loads(remind(run_cli, setup, "--format", "json", "--send").stdout)
    assert {m["result"] for m in sent["messages"]} == {"sent"}
    assert all(m["attempts"] == 1 and m["time"] for m in sent["messages"])


def test_english_reminder(run_cli, setup: Setup) -> None:
    result = remind(run_cli, setup, "--lang", "en", "--send")
    assert result.exit_code == 0
    text = setup.wecom.received[0]["text"]["content"]
    assert text.startswith("[Disclosure rectification reminder] 财务处")
    assert "(deadline 2022-10-18, 2 day(s) overdue)" in text


def test_nothing_due_sends_nothing(run_cli, setup: Setup) -> None:
    result = run_cli("ledger", "remind", setup.repo, "--as-of", "2022-09-20", "--due-within",
                     "3", "--send", env=setup.env)
    assert result.exit_code == 0
    assert "无需提醒" in result.stdout
    assert setup.wecom.requests == 0 and load_ledger(setup.ledger).reminders == []
