"""``ledger remind --send`` by e-mail (STARTTLS required), and what the ledger keeps afterwards."""

from __future__ import annotations

import pytest

from disclosure_audit.ledger.store import dump_ledger, load_ledger
from notify_servers import Mailbox, smtp_server
from remind_fixtures import (  # noqa: F401 - fixtures
    AS_OF,
    CHECKLIST,
    NOTIFY,
    Setup,
    certificates_fixture,
    set_checklist,
    setup_fixture,
)

pytestmark = pytest.mark.filterwarnings(
    "ignore:Session.login_data is deprecated:DeprecationWarning")


def send(run_cli, s: Setup, *extra: str, env: dict[str, str] | None = None):
    return run_cli("ledger", "remind", s.repo, "--as-of", AS_OF.isoformat(), "--send", *extra,
                   env=s.env if env is None else env)


def mail_line(result) -> str:
    return next(line for line in result.stdout.splitlines() if "邮件" in line)


def test_a_server_without_starttls_gets_nothing(run_cli, setup: Setup) -> None:
    plain = Mailbox()
    controller = smtp_server(plain, None, None)
    try:
        set_checklist(setup, CHECKLIST.format() + NOTIFY.format(port=controller.port,
                                                                 timeout=0.5))
        result = send(run_cli, setup)
    finally:
        controller.stop()
    assert result.exit_code == 1
    assert "STARTTLS" in mail_line(result) and "尝试 1 次" in mail_line(result)
    assert plain.logins == [] and plain.messages == []  # neither the password nor the mail
    assert len(setup.wecom.received) == 1 and len(setup.dingtalk.received) == 1


def test_an_untrusted_certificate_stops_before_the_password(run_cli, setup: Setup,
                                                             monkeypatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE")
    result = send(run_cli, setup)
    assert result.exit_code == 1
    assert "TLS" in mail_line(result) and "尝试 1 次" in mail_line(result)
    assert setup.mailbox.logins == [] and setup.mailbox.messages == []


def test_a_temporary_refusal_is_retried(run_cli, setup: Setup) -> None:
    setup.mailbox.answers = ["451 4.3.0 try again later"]
    result = send(run_cli, setup)
    assert result.exit_code == 0, result.stdout
    assert len(setup.mailbox.messages) == 1 and setup.mailbox.answers == []
    assert len(setup.mailbox.logins) == 2  # a fresh connection for the second attempt


def test_a_permanent_refusal_is_reported_once(run_cli, setup: Setup) -> None:
    setup.mailbox.answers = ["554 5.7.1 rejected", "250 OK"]
    result = send(run_cli, setup)
    assert result.exit_code == 1
    assert "554" in mail_line(result) and "尝试 1 次" in mail_line(result)
    assert setup.mailbox.answers == ["250 OK"]  # not tried again


def test_a_wrong_password_is_reported_and_not_retried(run_cli, setup: Setup) -> None:
    result = send(run_cli, setup, env={**setup.env, "TEST_SMTP_PASSWORD": "wrong"})
    assert result.exit_code == 1
    assert "535" in mail_line(result)
    # smtplib tries each mechanism the server offers once, on one connection: no retry
    mechanisms = [login[3] for login in setup.mailbox.logins]
    assert mechanisms and len(mechanisms) == len(set(mechanisms))
    assert all(login[2] for login in setup.mailbox.logins)  # only ever over TLS
    [record] = [r for r in load_ledger(setup.ledger).reminders if r.channel == "email"]
    assert record.result == "failed" and "535" in record.error
    assert "wrong" not in setup.ledger.read_text(encoding="utf-8")


def test_no_server_listening_is_retried_then_reported(run_cli, setup: Setup) -> None:
    set_checklist(setup, CHECKLIST.format() + NOTIFY.format(port=1, timeout=0.5))
    result = send(run_cli, setup)
    assert result.exit_code == 1
    assert "无法连接" in mail_line(result) and "尝试 3 次" in mail_line(result)
    # the OS's reason in the reader's language, not "ConnectionRefusedError: [Errno 111] …"
    assert "连接被拒绝" in mail_line(result) and "Errno" not in mail_line(result)


def test_update_and_import_keep_the_reminders(run_cli, setup: Setup, tmp_path) -> None:
    assert send(run_cli, setup).exit_code == 0
    sent = load_ledger(setup.ledger).reminders
    assert len(sent) == 3
    updated = run_cli("ledger", "update", setup.repo, "--as-of", "2022-10-21")
    assert updated.exit_code == 0, updated.stderr
    assert load_ledger(setup.ledger).reminders == sent
    sheet = tmp_path / "台账.xlsx"
    assert run_cli("ledger", "export", setup.repo, "-o", sheet).exit_code == 0
    imported = run_cli("ledger", "import", sheet, "--repo", setup.repo, "--as-of", "2022-10-21")
    assert imported.exit_code == 0, imported.stderr
    assert load_ledger(setup.ledger).reminders == sent
    assert run_cli("validate", setup.repo).exit_code == 0


def test_a_ledger_without_reminders_round_trips_byte_identical(setup: Setup) -> None:
    text = setup.ledger.read_text(encoding="utf-8")
    assert "reminders" not in text
    assert dump_ledger(load_ledger(setup.ledger)) == text


def test_a_broken_reminder_record_is_located(run_cli, setup: Setup) -> None:
    assert send(run_cli, setup).exit_code == 0
    text = setup.ledger.read_text(encoding="utf-8").replace("result: sent", "result: maybe", 1)
    setup.ledger.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  result: maybe") + 1
    result = run_cli("validate", setup.repo)
    assert result.exit_code == 1
    assert f"ledger.yaml:{line}:" in result.stdout + result.stderr


def test_a_repo_where_nothing_can_be_recorded_fails_before_sending(run_cli, setup: Setup) -> None:
    (setup.repo / ".disclosure-audit").write_text("a file where the lock folder goes")
    result = send(run_cli, setup)
    assert result.exit_code == 2 and "[unwritable]" in result.stderr
    assert setup.wecom.requests == setup.dingtalk.requests == 0
    assert setup.mailbox.messages == []


def test_what_was_sent_is_still_reported_when_the_record_fails(run_cli, setup: Setup,
                                                                monkeypatch) -> None:
    from disclosure_audit.diagnostics import Problem
    from disclosure_audit.errors import InputError
    from disclosure_audit.services import remind

    def full_disk(path, ledger) -> None:
        raise InputError(Problem("ledger.yaml", None, None, "unwritable",
                                 {"reason": "No space left on device"}))

    before = setup.ledger.read_bytes()
    monkeypatch.setattr(remind, "save_ledger", full_disk)
    result = send(run_cli, setup)
    assert result.exit_code == 2
    assert result.stdout.count("已发送  ") == 3 and "已记入" not in result.stdout
    assert "磁盘已满" in result.stderr  # the OS's "No space left on device", in Chinese
    assert setup.ledger.read_bytes() == before
