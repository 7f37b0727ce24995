"""The reminder's parts on their own: text and its byte limit, plan, signature, retries, secrets."""

from __future__ import annotations

import datetime as dt

import pytest

from disclosure_audit.errors import InputError
from disclosure_audit.i18n import t
from disclosure_audit.ledger.tracked import TrackedLedger
from disclosure_audit.model import DeliverySettings, NotifySettings, Recipients, SourceRef, Webhook
from disclosure_audit.notify import dingtalk
from disclosure_audit.notify.compose import compose, order
from disclosure_audit.notify.plan import MAX_BYTES, plan
from disclosure_audit.notify.retry import Deadline, SendError, with_retries
from disclosure_audit.notify.secrets import read
from remind_fixtures import AS_OF, ENTRIES, entry

HOOK = Webhook("财务处群", "wecom", "DA_URL", SourceRef("checklist.yaml", 5, 7))
SETTINGS = NotifySettings({"财务处群": HOOK}, {"财务处": Recipients(("财务处群",), ("a@b.cn",))})
LONG = "未在信息公开专栏发布（仅见于官网/部门网站/招生网）；从学校首页需点击 4 次才能到达" * 2


def many(count: int) -> list:
    return [entry(f"{n}/timeliness", "财务处", AS_OF - dt.timedelta(days=count - n), problem=LONG)
            for n in range(count)]


@pytest.mark.parametrize("count", [1, 5, 12, 40, 200])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_robot_text_fits_the_limit_and_says_how_many_more(count: int, lang: str) -> None:
    text = compose("财务处", order(many(count)), AS_OF, 7, "测试学院", lang, MAX_BYTES["wecom"])
    assert len(text.body.encode("utf-8")) <= 2048  # 企业微信 text message limit
    listed = [line for line in text.body.splitlines() if line[:1].isdigit()]
    assert len(listed) == text.shown and text.shown >= 1
    more = t("remind.more", lang, count=count - text.shown)
    assert (text.body.splitlines()[-2] == more) == (text.shown < count)


def test_email_lists_everything_and_the_most_overdue_comes_first() -> None:
    entries = order(many(40))
    text = compose("财务处", entries, AS_OF, 7, None, "zh", MAX_BYTES["email"])
    assert text.shown == 40
    first = next(line for line in text.body.splitlines() if line.startswith("1. "))
    assert "已逾期 40 天" in first
    assert "整改台账中贵部门有 40 项已逾期" in text.body  # no institution: no stray words
    assert "\n" not in text.subject


def test_long_texts_are_shortened_in_the_message_only() -> None:
    [item] = many(1)
    item.title = "办学规模、校级领导班子简介及分工、学校机构设置、学科情况、专业情况\n第二行"
    text = compose("财务处", [item], AS_OF, 7, None, "zh")
    line = next(line for line in text.body.splitlines() if line.startswith("1. "))
    assert "…」" in line and "第二行" not in line and len(line) < 140
    assert item.problem == LONG  # the ledger keeps it whole


def test_plan_groups_by_department_and_leaves_out_what_is_not_due() -> None:
    ledger = TrackedLedger("测试学院", None, list(ENTRIES))
    order_of = ("党政办公室", "招生就业处", "财务处")
    result = plan(ledger, SETTINGS, AS_OF, 7, "zh", departments=order_of)
    assert [(m.department, m.kind) for m in result.messages] == [("财务处", "wecom"),
                                                                 ("财务处", "email")]
    assert result.messages[0].entries == ("19/completeness", "19/timeliness")
    assert list(result.unconfigured) == ["党政办公室", "招生就业处"]  # the checklist's order
    assert plan(ledger, None, AS_OF, 7, "zh").messages == []


def test_dingtalk_signature_matches_the_documented_scheme() -> None:
    # A vector computed independently (another language's DingTalk client), URL-decoded.
    assert dingtalk.sign("secret", 1700000000000) == "OuzzJR5+xZ4/EYwqtNt6sMYZQMTa/HEGvc9miJe7XzY="


class Flaky:
    """Fails ``failures`` times with ``error``, then succeeds."""

    def __init__(self, failures: int, error: SendError) -> None:
        self.failures, self.error, self.calls = failures, error, 0

    def __call__(self, deadline: Deadline) -> None:
        self.calls += 1
        assert deadline.remaining() <= 10.0  # the per-attempt timeout
        if self.calls <= self.failures:
            raise self.error


def test_backoff_doubles_and_stops_after_the_last_attempt() -> None:
    waits: list[float] = []
    send = Flaky(9, SendError("send.http-status", retry=True, status=500))
    tried = with_retries(send, DeliverySettings(attempts=4, backoff=0.5, deadline=100),
                         Deadline.after(100), waits.append)
    assert (tried.attempts, send.calls, waits) == (4, 4, [0.5, 1.0, 2.0])
    assert tried.error is not None and "500" in tried.error.reason("en")


def test_default_retries_take_a_few_seconds_at_most() -> None:
    waits: list[float] = []
    with_retries(Flaky(9, SendError("send.timeout", retry=True, seconds=1)), DeliverySettings(),
                 Deadline.after(100), waits.append)
    assert sum(waits) <= 3


def test_no_retry_for_a_permanent_error_and_none_after_success() -> None:
    waits: list[float] = []
    permanent = Flaky(9, SendError("send.errcode", code=93000, detail="invalid webhook url"))
    assert with_retries(permanent, DeliverySettings(), Deadline.after(100), waits.append) \
        .attempts == 1
    recovered = Flaky(1, SendError("send.http-status", retry=True, status=502))
    tried = with_retries(recovered, DeliverySettings(), Deadline.after(100), waits.append)
    assert (tried.attempts, tried.error, recovered.calls) == (2, None, 2)


def test_the_deadline_cuts_retries_short() -> None:
    send = Flaky(9, SendError("send.http-status", retry=True, status=500))
    tried = with_retries(send, DeliverySettings(attempts=5, backoff=5, deadline=100),
                         Deadline.after(1), lambda _: None)
    assert send.calls == 1 and tried.attempts == 1  # a 5 s wait would pass the run's deadline
    nothing = with_retries(send, DeliverySettings(), Deadline.after(0), lambda _: None)
    assert nothing.attempts == 0 and nothing.error is not None


@pytest.mark.parametrize(("value", "code"), [
    ("", "notify-env-unset"),
    ("   ", "notify-env-unset"),
    ("not a url", "notify-env-bad-url"),
    ("ftp://example.edu.cn/x", "notify-env-bad-url"),
    ("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", "notify-env-insecure-url"),
])
def test_unusable_variables_are_named_never_shown(value: str, code: str) -> None:
    ledger = TrackedLedger("测试学院", None, list(ENTRIES))
    messages = [m for m in plan(ledger, SETTINGS, AS_OF, 7, "zh").messages if m.kind == "wecom"]
    with pytest.raises(InputError) as caught:
        read(messages, None, {"DA_URL": value}, "zh")
    [problem] = caught.value.problems
    assert problem.code == code and problem.params["name"] == "DA_URL"
    assert (problem.path, problem.line) == ("checklist.yaml", 5)
    assert not value.strip() or value not in problem.render("zh")


def test_https_and_loopback_addresses_are_accepted() -> None:
    ledger = TrackedLedger("测试学院", None, list(ENTRIES))
    messages = [m for m in plan(ledger, SETTINGS, AS_OF, 7, "zh").messages if m.kind == "wecom"]
    for url in ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc",
                "http://127.0.0.1:8080/cgi-bin/webhook/send?key=abc"):
        assert read(messages, None, {"DA_URL": url}, "zh").values == {"DA_URL": url}


def test_every_channel_kind_is_known_everywhere() -> None:
    from disclosure_audit.inputs.schema import load_schema
    from disclosure_audit.notify.send import SENDERS

    robots = set(load_schema("checklist")["$defs"]["webhook"]["properties"]["type"]["enum"])
    recorded = set(load_schema("ledger")["$defs"]["reminder"]["properties"]["channel"]["enum"])
    assert set(SENDERS) == set(MAX_BYTES) == recorded == robots | {"email"}
    assert all(t(f"notify.kind.{kind}", "zh") != f"notify.kind.{kind}" for kind in SENDERS)
