"""``notify:`` in checklist.yaml: what validate accepts, and that no secret may live in the repo."""

from __future__ import annotations

import pytest

from disclosure_audit.model import DeliverySettings
from disclosure_audit.spec import load_checklist

HEAD = """\
extends: moe-2014
institution: {name: 测试学院, kind: undergraduate}
departments: [党政办公室, 招生就业处, 财务处]
"""
VALID = HEAD + """\
notify:
  webhooks:
    财务处群: {type: wecom, url_env: DA_WECOM_CWC}
    招生群: {type: dingtalk, url_env: DA_DING_ZS, secret_env: DA_DING_ZS_SECRET}
  smtp: {host: smtp.example.edu.cn, sender: xxgk@example.edu.cn, password_env: DA_SMTP_PW}
  departments:
    财务处: {webhooks: [财务处群], email: [cwc@example.edu.cn]}
    招生就业处: {webhooks: [招生群]}
"""
WECOM_URL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"


def check(run_cli, make_repo, checklist: str):
    repo = make_repo(checklist)
    return run_cli("validate", repo)


def test_a_valid_notify_section(run_cli, make_repo) -> None:
    result = check(run_cli, make_repo, VALID)
    assert result.exit_code == 0, result.stdout + result.stderr
    checklist, _ = load_checklist(make_repo(VALID, name="lib") / "checklist.yaml")
    assert checklist is not None and checklist.notify is not None
    settings = checklist.notify
    assert settings.webhooks["招生群"].secret_env == "DA_DING_ZS_SECRET"
    assert settings.departments["财务处"].email == ("cwc@example.edu.cn",)
    assert settings.smtp is not None and settings.smtp.port == 587  # the submission port
    assert settings.delivery == DeliverySettings()  # bounded defaults when not given


@pytest.mark.parametrize(("fragment", "needle", "field"), [
    (f"    财务处群: {{type: wecom, url: '{WECOM_URL}'}}\n", "693a91f6", "url"),
    (f"    财务处群: {{type: wecom, url_env: '{WECOM_URL}'}}\n", "693a91f6", "url_env"),
    ("    财务处群: {type: wecom, key: 693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa}\n", "693a91f6",
     "key"),
    ("    财务处群: {type: dingtalk, url_env: DA_X, secret: SECa1b2c3d4e5f60718293a4b}\n",
     "SECa1b2", "secret"),
    ("    财务处群: {type: dingtalk, url_env: DA_X, secret_env: SECa1b2c3d4e5f60718293a4b}\n",
     "SECa1b2", "secret_env"),
])
def test_a_literal_secret_fails_validate_without_being_printed(run_cli, make_repo, fragment,
                                                               needle, field) -> None:
    text = VALID.replace("    财务处群: {type: wecom, url_env: DA_WECOM_CWC}\n", fragment)
    result = check(run_cli, make_repo, text)
    out = result.stdout + result.stderr
    assert result.exit_code == 1
    line = text.splitlines().index(fragment.rstrip("\n")) + 1
    assert f"checklist.yaml:{line}:" in out and "[notify-secret-in-repo]" in out
    assert f"“{field}”" in out
    assert needle not in out  # a CI log must not carry the secret


def test_a_literal_smtp_password_fails_validate(run_cli, make_repo) -> None:
    text = VALID.replace("password_env: DA_SMTP_PW", "password: hunter2")
    result = check(run_cli, make_repo, text)
    assert result.exit_code == 1
    assert "[notify-secret-in-repo]" in result.stdout and "hunter2" not in result.stdout
    assert "password_env" in result.stdout  # the hint says what to write instead


@pytest.mark.parametrize(("old", "new", "code"), [
    ("url_env: DA_WECOM_CWC", "url_env: 'my var'", "notify-bad-env-name"),
    ("webhooks: [招生群]", "webhooks: [招生钉钉]", "notify-unknown-webhook"),
    ("    招生就业处: {webhooks: [招生群]}", "    后勤处: {webhooks: [招生群]}",
     "unknown-department"),
    ("  smtp: {host: smtp.example.edu.cn, sender: xxgk@example.edu.cn, password_env: DA_SMTP_PW}\n",
     "", "notify-smtp-missing"),
    ("{type: wecom, url_env: DA_WECOM_CWC}", "{type: wecom, url_env: A, secret_env: B}",
     "notify-wecom-secret"),
    ("email: [cwc@example.edu.cn]", "email: [财务处邮箱]", "schema-pattern"),
    ("    招生就业处: {webhooks: [招生群]}", "    招生就业处: {}", "notify-no-recipient"),
    ("{type: wecom, url_env: DA_WECOM_CWC}", "{type: feishu, url_env: DA_WECOM_CWC}",
     "schema-enum"),
    ("{type: wecom, url_env: DA_WECOM_CWC}", "{type: wecom}", "schema-required"),
])
def test_meaning_problems_are_located(run_cli, make_repo, old, new, code) -> None:
    assert old in VALID
    text = VALID.replace(old, new)
    result = check(run_cli, make_repo, text)
    assert result.exit_code == 1
    assert f"[{code}]" in result.stdout, result.stdout
    assert "checklist.yaml:" in result.stdout


def test_delivery_settings_are_bounded(run_cli, make_repo) -> None:
    text = VALID + "  delivery: {attempts: 50, timeout: 0}\n"
    result = check(run_cli, make_repo, text)
    assert result.exit_code == 1
    assert "[schema-maximum]" in result.stdout and "[schema-minimum]" in result.stdout
