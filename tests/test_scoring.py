"""The four dimensions, item statuses and scores, from model objects (no files)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from disclosure_audit.calendar import calendar_for
from disclosure_audit.model import Declarations, Publication, SourceRef, Withheld
from disclosure_audit.scoring import availability, completeness, convenience, timeliness
from disclosure_audit.scoring.context import ScoringContext
from disclosure_audit.scoring.item import evaluate_item
from disclosure_audit.services.audit import score as audit_score
from disclosure_audit.spec import load_checklist

D = dt.date
AS_OF = D(2022, 9, 15)
PERIOD = (D(2021, 9, 1), D(2022, 8, 31))
SRC = SourceRef("declarations/x.yaml", 3, 5)


@pytest.fixture(scope="module")
def moe():
    return load_checklist("moe-2014")[0]


@pytest.fixture
def ctx(moe) -> ScoringContext:
    return ScoringContext(moe, AS_OF, PERIOD, calendar_for(2021, 2023))


MADE, PUBLISHED = D(2022, 2, 1), D(2022, 2, 10)


def pub(item: str = "19", channel: str = "disclosure_column", elements=None,
        made: dt.date | None = MADE, published: dt.date = PUBLISHED,
        fmt: str | None = "html", clicks: int | None = 2, title: str = "t") -> Publication:
    return Publication(item=item, title=title, channel=channel, department="财务处", source=SRC,
                       url="https://a.cn/x", made=made, published=published,
                       elements=tuple(elements) if elements else None, format=fmt, clicks=clicks)


# ── completeness ──────────────────────────────────────────────────────────────
def test_completeness_all_elements_when_none_listed(moe, ctx) -> None:
    s = completeness.score(moe.item("19"), [pub()], ctx)
    assert (s.score, s.passed, s.findings) == (1.0, True, ())


def test_completeness_names_missing_elements(moe, ctx) -> None:
    s = completeness.score(moe.item("19"), [pub(elements=["收支预算总表"]),
                                            pub(channel="oa", elements=["收入预算表"])], ctx)
    assert s.score == 0.5 and not s.passed
    assert s.findings[0].params["elements"] == ["支出预算表", "财政拨款支出预算表"]


def test_completeness_nothing_published(moe, ctx) -> None:
    s = completeness.score(moe.item("19"), [], ctx)
    assert (s.score, s.passed, s.findings[0].code) == (0.0, False, "nothing-published")


# ── availability ──────────────────────────────────────────────────────────────
def test_availability_internal_only_elements_are_not_available(moe, ctx) -> None:
    item = moe.item("5")
    s = availability.score(item, [pub("5", "website", ["学校发展规划"]),
                                  pub("5", "oa", ["年度工作计划"]),
                                  pub("5", "group_chat", ["年度工作计划", "重点工作安排"])], ctx)
    assert s.score == pytest.approx(1 / 3) and not s.passed
    assert [f.params["element"] for f in s.findings] == ["年度工作计划", "重点工作安排"]
    assert s.findings[0].params["channels"] == ["OA/企业微信", "QQ/微信群"]


def test_availability_counts_only_what_was_disclosed(moe, ctx) -> None:
    s = availability.score(moe.item("5"), [pub("5", "wechat_official", ["学校发展规划"])], ctx)
    assert (s.score, s.passed) == (1.0, True)


def test_availability_zero_when_nothing_disclosed(moe, ctx) -> None:
    assert availability.score(moe.item("5"), [], ctx).score == 0.0


def test_availability_campus_items_accept_internal_channels(moe, ctx) -> None:
    item = dataclasses.replace(moe.item("5"), audience="campus")
    assert availability.score(item, [pub("5", "oa")], ctx).passed


# ── timeliness ────────────────────────────────────────────────────────────────
def test_timeliness_across_national_day_is_on_time(moe, ctx) -> None:
    s = timeliness.score(moe.item("2"), [pub("2", made=D(2022, 9, 20),
                                             published=D(2022, 10, 19))], ctx)
    assert s.passed and s.score == 1.0


def test_timeliness_late_gives_days_and_limit(moe, ctx) -> None:
    s = timeliness.score(moe.item("2"), [pub("2", made=D(2022, 5, 20),
                                             published=D(2022, 6, 30))], ctx)
    assert not s.passed
    assert s.findings[0].code == "late"
    assert (s.findings[0].params["days"], s.findings[0].params["limit"]) == (28, 20)


def test_timeliness_without_made_date_cannot_pass(moe, ctx) -> None:
    s = timeliness.score(moe.item("2"), [pub("2", made=None)], ctx)
    assert (s.passed, s.findings[0].code) == (False, "no-made-date")


def test_timeliness_item_limit_override(moe, ctx) -> None:
    item = dataclasses.replace(moe.item("2"), publish_within_workdays=5)
    s = timeliness.score(item, [pub("2", made=D(2022, 3, 1), published=D(2022, 3, 10))], ctx)
    assert s.findings[0].params == {**s.findings[0].params, "days": 7, "limit": 5}


def test_annual_item_needs_a_publication_in_the_period(moe, ctx) -> None:
    old = pub("19", made=D(2021, 1, 10), published=D(2021, 1, 20))
    s = timeliness.score(moe.item("19"), [old], ctx)
    assert s.score == 0.5 and s.findings[0].code == "no-publication-in-period"


def test_annual_item_due_date(moe, ctx) -> None:
    late = pub("6", made=D(2021, 10, 25), published=D(2021, 11, 8))
    s = timeliness.score(moe.item("6"), [late], ctx)
    assert [f.code for f in s.findings] == ["annual-late"]
    assert s.findings[0].params["due"] == "2021-10-31"
    on_time = pub("6", made=D(2021, 10, 25), published=D(2021, 10, 29))
    assert timeliness.score(moe.item("6"), [on_time], ctx).passed


def test_calendar_gap_years_are_noted(moe, ctx) -> None:
    timeliness.score(moe.item("2"), [pub("2", made=D(2030, 3, 1), published=D(2030, 3, 5))], ctx)
    assert ctx.calendar_gaps == {2030}


# ── convenience ───────────────────────────────────────────────────────────────
def test_convenience_passes_in_the_column(moe, ctx) -> None:
    s = convenience.score(moe.item("19"), [pub(clicks=3)], ctx)
    assert (s.score, s.passed) == (1.0, True)


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"channel": "website"}, "not-in-column"),
    ({"clicks": 5}, "too-many-clicks"),
    ({"fmt": "image"}, "unreadable-format"),
    ({"fmt": "scanned_pdf"}, "unreadable-format"),
])
def test_convenience_each_condition(moe, ctx, kwargs: dict, code: str) -> None:
    s = convenience.score(moe.item("19"), [pub(**kwargs)], ctx)
    assert not s.passed and s.score == pytest.approx(2 / 3)
    assert [f.code for f in s.findings] == [code]


def test_convenience_best_publication_counts_and_unknown_clicks_are_fine(moe, ctx) -> None:
    s = convenience.score(moe.item("19"), [pub(channel="website"), pub(clicks=None)], ctx)
    assert s.passed


def test_convenience_needs_a_public_publication(moe, ctx) -> None:
    s = convenience.score(moe.item("19"), [pub(channel="oa")], ctx)
    assert (s.score, s.findings[0].code) == (0.0, "no-public-publication")


# ── statuses and scores ───────────────────────────────────────────────────────
def withheld(item: str, reason: str, **kw) -> Withheld:
    return Withheld(item=item, reason=reason, department="财务处", source=SRC, **kw)


def test_compliant_and_partial(moe, ctx) -> None:
    assert evaluate_item(moe.item("19"), [pub()], [], ctx).status == "compliant"
    partial = evaluate_item(moe.item("19"), [pub(channel="website")], [], ctx)
    assert partial.status == "partial"
    assert partial.score == pytest.approx(100 * (1 + 1 + 1 + 2 / 3) / 4)


def test_missing_fails_all_four_with_the_reason_finding(moe, ctx) -> None:
    r = evaluate_item(moe.item("19"), [], [], ctx)
    assert r.status == "missing" and r.score == 0.0
    assert {s.findings[0].code for s in r.scores.values()} == {"not-disclosed-no-reason"}


def test_not_yet_made_keeps_its_reason(moe, ctx) -> None:
    r = evaluate_item(moe.item("41"), [], [withheld("41", "not_yet_made", note="制定中",
                                                    expected=D(2022, 12, 31))], ctx)
    assert (r.status, r.score, r.withheld.expected) == ("not_yet_made", 0.0, D(2022, 12, 31))
    assert not any(s.passed for s in r.scores.values())


def test_exempt_and_not_applicable_are_excluded(moe, ctx) -> None:
    exempt = evaluate_item(moe.item("23"), [], [withheld("23", "exempt", ground="国家秘密")], ctx)
    assert (exempt.status, exempt.score, exempt.scored) == ("exempt", None, False)
    declared = evaluate_item(moe.item("17"), [], [withheld("17", "not_applicable")], ctx)
    assert declared.status == "not_applicable"


def test_not_applicable_by_kind_and_by_checklist(ctx) -> None:
    school = dataclasses.replace(ctx.checklist, kind="vocational")
    vctx = dataclasses.replace(ctx, checklist=school)
    assert evaluate_item(school.item("12"), [], [], vctx).status == "not_applicable"
    item = dataclasses.replace(school.item("47"), not_applicable="无中外合作办学")
    r = evaluate_item(item, [], [], vctx)
    assert (r.status, r.findings[0].code) == ("not_applicable", "not-applicable-checklist")


def test_weights_change_the_item_score(moe, ctx) -> None:
    heavy = dataclasses.replace(moe, scoring=dataclasses.replace(
        moe.scoring, weights={"completeness": 1, "availability": 1, "timeliness": 1,
                              "convenience": 5}))
    wctx = dataclasses.replace(ctx, checklist=heavy)
    r = evaluate_item(heavy.item("19"), [pub(channel="website")], [], wctx)
    assert r.score == pytest.approx(100 * (3 + 5 * 2 / 3) / 8)


def test_ledger_entries_and_deadlines(moe) -> None:
    school = dataclasses.replace(moe, kind="vocational", review_period=PERIOD)
    decl = Declarations(publications=[pub("19", channel="website")],
                        withheld=[withheld("41", "not_yet_made", expected=D(2022, 12, 31))])
    result = audit_score(school, decl, AS_OF)
    by_key = {e.key: e for e in result.ledger}
    assert "19/convenience" in by_key and "19/completeness" not in by_key
    assert by_key["19/convenience"].deadline == D(2022, 10, 18)  # 20 working days, past 国庆
    assert by_key["19/convenience"].department == "未指定"
    assert by_key["41/completeness"].deadline == D(2022, 12, 31)
    assert by_key["41/completeness"].reason.reason == "not_yet_made"
    assert by_key["42/timeliness"].problem[0].code == "not-disclosed-no-reason"
    assert by_key["19/convenience"].evidence == (SRC,)
    assert not any(e.item == "12" for e in result.ledger)  # not applicable to vocational
    # 11–14, 27, 30, 34 and 43–46 do not arise at a vocational college
    assert result.summary.counts["not_applicable"] == 11
