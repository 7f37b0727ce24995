"""Shared set-up for the reminder tests: a repo whose ledger has entries in every state, the
local robot and mail servers, and the environment that points the repo at them."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from disclosure_audit.ledger.store import save_ledger
from disclosure_audit.ledger.tracked import HistoryEvent, TrackedEntry, TrackedLedger
from notify_servers import (
    SMTP_PASSWORD,
    Mailbox,
    Robot,
    RobotServer,
    make_certificates,
    smtp_server,
)

AS_OF = dt.date(2022, 10, 20)
DING_SECRET = "SECtest0123456789abcdef"
NOTIFY = """\
notify:
  webhooks:
    财务处群: {{type: wecom, url_env: TEST_WECOM_URL}}
    招生钉钉群:
      type: dingtalk
      url_env: TEST_DING_URL
      secret_env: TEST_DING_SECRET
  smtp:
    host: 127.0.0.1
    port: {port}
    sender: xxgk@test.edu.cn
    password_env: TEST_SMTP_PASSWORD
  departments:
    财务处: {{webhooks: [财务处群], email: [cwc@test.edu.cn, cwc-head@test.edu.cn]}}
    招生就业处: {{webhooks: [招生钉钉群]}}
  delivery: {{attempts: 3, backoff: 0, timeout: {timeout}, deadline: 10, total: 60}}
"""
CHECKLIST = """\
extends: moe-2014
institution: {{name: 测试学院, kind: undergraduate}}
departments: [党政办公室, 招生就业处, 财务处]
items:
  "6": {{owner: 党政办公室}}
  "7": {{owner: 招生就业处}}
  "19": {{owner: 财务处}}
  "21": {{owner: 财务处}}
"""


def entry(key: str, department: str, deadline: dt.date, status: str = "open",
          problem: str = "未公开且未说明理由") -> TrackedEntry:
    """A ledger entry as ``ledger update`` writes it."""
    item, dimension = key.split("/")
    return TrackedEntry(key=key, item=item, title=f"事项{item}的标题", department=department,
                        dimension=dimension, problem=problem, measure="按清单公开",
                        opened=dt.date(2022, 9, 15), deadline=deadline, status=status,
                        history=[HistoryEvent(dt.date(2022, 9, 15), None, status, "audit")])


ENTRIES = [
    entry("6/timeliness", "党政办公室", dt.date(2022, 10, 10)),  # overdue, no channel
    entry("7/convenience", "招生就业处", AS_OF),  # due today
    entry("7/timeliness", "招生就业处", dt.date(2022, 10, 1), status="done"),  # not reminded
    entry("7/completeness", "招生就业处", dt.date(2022, 10, 1), status="waived"),  # nor this
    entry("19/completeness", "财务处", dt.date(2022, 10, 18)),  # 2 days overdue
    entry("19/timeliness", "财务处", dt.date(2022, 10, 25), status="in_progress"),  # 5 days left
    entry("21/convenience", "财务处", dt.date(2022, 11, 30)),  # not due within 7 days
]


@dataclass
class Setup:
    """A repo wired to the local servers, with the environment ``--send`` needs."""

    repo: Path
    robots: RobotServer
    wecom: Robot
    dingtalk: Robot
    mailbox: Mailbox
    env: dict[str, str]

    @property
    def ledger(self) -> Path:
        """The repo's ledger file."""
        return self.repo / "ledger.yaml"


@pytest.fixture(name="certificates", scope="session")
def certificates_fixture(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A test CA and a certificate for 127.0.0.1 signed by it."""
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture(name="setup")
def setup_fixture(make_repo, certificates, monkeypatch: pytest.MonkeyPatch) -> Iterator[Setup]:
    """The servers running, the repo pointing at them, the CA trusted (``SSL_CERT_FILE``)."""
    ca, cert, key = certificates
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    mailbox = Mailbox()
    controller = smtp_server(mailbox, cert, key)
    with RobotServer() as robots:
        wecom, dingtalk = Robot("wecom", "wk-cwc"), Robot("dingtalk", "dt-zs", DING_SECRET)
        env = {"TEST_WECOM_URL": robots.add(wecom), "TEST_DING_URL": robots.add(dingtalk),
               "TEST_DING_SECRET": DING_SECRET, "TEST_SMTP_PASSWORD": SMTP_PASSWORD}
        repo = make_repo(CHECKLIST.format() + NOTIFY.format(port=controller.port, timeout=0.5))
        save_ledger(repo / "ledger.yaml",
                    TrackedLedger("测试学院", dt.date(2022, 9, 15), list(ENTRIES)))
        try:
            yield Setup(repo, robots, wecom, dingtalk, mailbox, env)
        finally:
            controller.stop()


def set_checklist(setup: Setup, text: str) -> None:
    """Replace the repo's checklist."""
    (setup.repo / "checklist.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
