"""The four dimensions, item statuses and scores, from model objects (no files)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from disclosure_audit.calendar import calendar_for
from disclosure_audit.model import Declarations, Publication, PublishLimit, SourceRef, Withheld
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


def test_timeliness_without_made_date_is_unknown_not_late(moe, ctx) -> None:
    s = timeliness.score(moe.item("2"), [pub("2", made=None)], ctx)
    assert (s.score, s.passed, s.findings[0].code) == (None, None, "no-made-date")
    # an unknown check neither passes nor fails: the known one decides
    both = timeliness.score(moe.item("2"), [pub("2", made=None), pub("2")], ctx)
    assert (both.score, both.passed) == (1.0, True)
    late = pub("2", made=D(2022, 5, 20), published=D(2022, 6, 30))
    assert timeliness.score(moe.item("2"), [pub("2", made=None), late], ctx).score == 0.0


def test_timeliness_judges_when_the_information_reached_the_public(moe, ctx) -> None:
    item = moe.item("2")
    on_oa = pub("2", "oa", made=D(2022, 1, 10), published=D(2022, 1, 12))
    public_late = pub("2", made=D(2022, 1, 10), published=D(2022, 6, 30))
    s = timeliness.score(item, [on_oa, public_late], ctx)
    assert (s.score, s.passed, [f.code for f in s.findings]) == (0.0, False, ["late"])
    assert timeliness.judged(item, [on_oa, public_late], ctx) == [public_late]
    # an item shared only internally is judged on its internal publications (diagnosis)
    assert timeliness.score(item, [on_oa], ctx).passed
    campus = dataclasses.replace(item, audience="campus")
    assert timeliness.judged(campus, [on_oa, public_late], ctx) == [on_oa]  # the copy goes


def test_timeliness_leaves_later_copies_out(moe, ctx) -> None:
    item = moe.item("2")
    first = pub("2", made=D(2022, 3, 1), published=D(2022, 3, 10), fmt="image")
    copy = pub("2", made=D(2022, 3, 1), published=D(2022, 5, 20), title="文字版")
    update = pub("2", made=D(2022, 5, 1), published=D(2022, 7, 1), title="修订")
    part = pub("2", made=D(2022, 3, 1), published=D(2022, 3, 10), elements=["学校章程"])
    assert timeliness.judged(item, [first, copy, update], ctx) == [first, update]
    assert timeliness.score(item, [first, copy], ctx).passed
    # a later publication covering more than what was out is not a copy
    assert timeliness.judged(item, [part, copy], ctx) == [part, copy]
    # without made dates nothing can be called a copy
    undated = pub("2", made=None, published=D(2022, 5, 20))
    assert undated in timeliness.judged(item, [first, undated], ctx)


def test_timeliness_item_limit_override(moe, ctx) -> None:
    item = dataclasses.replace(moe.item("2"), publish_within=PublishLimit(5))
    s = timeliness.score(item, [pub("2", made=D(2022, 3, 1), published=D(2022, 3, 10))], ctx)
    assert s.findings[0].params == {**s.findings[0].params, "days": 7, "limit": 5}


def test_annual_item_needs_a_publication_in_the_period(moe, ctx) -> None:
    old = pub("19", made=D(2021, 1, 10), published=D(2021, 1, 20))
    s = timeliness.score(moe.item("19"), [old], ctx)
    assert s.score == 0.0 and [f.code for f in s.findings] == ["no-publication-in-period"]


def test_annual_item_needs_a_public_publication_in_the_period(moe, ctx) -> None:
    # last year's budget in the column, this year's only on OA: not disclosed this period
    old = pub("19", made=D(2021, 1, 10), published=D(2021, 1, 20))
    on_oa = pub("19", "oa", made=D(2022, 1, 10), published=D(2022, 1, 20))
    s = timeliness.score(moe.item("19"), [old, on_oa], ctx)
    assert [f.code for f in s.findings] == ["no-publication-in-period"] and not s.passed
    # an item shared only internally is still judged on its internal ones (diagnosis)
    assert timeliness.score(moe.item("19"), [on_oa], ctx).passed


def test_calendar_gap_years_are_noted(moe, ctx) -> None:
    late_period = dataclasses.replace(ctx, period=(D(2029, 9, 1), D(2030, 8, 31)))
    timeliness.score(moe.item("2"), [pub("2", made=D(2030, 3, 1), published=D(2030, 3, 5))],
                     late_period)
    assert late_period.calendar_gaps == {2030}


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
    assert (s.passed, s.score) == (False, 0.0)  # every element fails through that publication
    assert [f.code for f in s.findings] == [code]
    assert s.findings[0].params["elements"] == list(moe.item("19").elements)


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
    assert partial.score == pytest.approx(100 * (1 + 1 + 1 + 0) / 4)


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
    assert r.score == pytest.approx(100 * 3 / 8)


def test_ledger_entries_and_deadlines(moe) -> None:
    school = dataclasses.replace(moe, kind="vocational", review_period=PERIOD)
    decl = Declarations(publications=[pub("19", channel="website")],
                        withheld=[withheld("41", "not_yet_made", expected=D(2022, 12, 31))])
    result = audit_score(school, decl, AS_OF)
    by_key = {e.key: e for e in result.ledger}
    assert "19/convenience" in by_key and "19/completeness" not in by_key
    assert by_key["19/convenience"].deadline == D(2022, 10, 18)  # 20 working days, past 国庆
    assert by_key["19/convenience"].department == "未指定"
    # not yet made: the expected date plus the item's limit (20 working days after 2022-12-31)
    assert by_key["41/missing"].deadline == D(2023, 2, 2)
    assert by_key["41/missing"].reason.reason == "not_yet_made"
    assert by_key["42/missing"].problem[0].code == "not-disclosed-no-reason"
    assert not any(k.startswith("42/") for k in by_key if k != "42/missing")  # one entry
    assert by_key["19/convenience"].evidence == (SRC,)
    assert not any(e.item == "12" for e in result.ledger)  # not applicable to vocational
    # 11–14, 30, 34 and 43–46 do not arise at a vocational college; 27's teacher figures do
    assert result.summary.counts["not_applicable"] == 10


# ── the rules of issue 10, on model objects ────────────────────────────────────
def test_internal_only_scores_zero_but_keeps_its_dimensions(moe, ctx) -> None:
    r = evaluate_item(moe.item("5"), [pub("5", "oa"), pub("5", "meeting")], [], ctx)
    assert (r.status, r.score, r.scored) == ("internal_only", 0.0, True)
    assert r.scores["completeness"].score == 1.0 and not r.scores["availability"].passed
    lenient = dataclasses.replace(moe, scoring=dataclasses.replace(
        moe.scoring, internal_only_scores_zero=False))
    kept = evaluate_item(moe.item("5"), [pub("5", "oa")], [],
                         dataclasses.replace(ctx, checklist=lenient))
    assert kept.status == "internal_only" and kept.score == 50.0


def test_withheld_elements_leave_the_rest_scored(moe, ctx) -> None:
    item = moe.item("50")
    r = evaluate_item(item, [pub("50", elements=["突发事件应急处理预案"])], [
        withheld("50", "exempt", ground="privacy", elements=("重大事件调查和处理情况",)),
        withheld("50", "not_occurred", note="无", elements=("突发事件处置情况",))], ctx)
    assert r.status == "compliant" and r.elements == ("突发事件应急处理预案",)
    assert [(w.element, w.reason) for w in r.withheld_elements] == [
        ("突发事件处置情况", "not_occurred"), ("重大事件调查和处理情况", "exempt")]
    whole = evaluate_item(moe.item("49"), [], [withheld("49", "not_occurred", note="无")], ctx)
    assert (whole.status, whole.score, whole.scored) == ("not_occurred", None, False)


def test_not_yet_made_deadline_and_lapse(moe, ctx) -> None:
    waiting = withheld("41", "not_yet_made", note="制定中", expected=D(2022, 12, 31))
    r = evaluate_item(moe.item("41"), [], [waiting], ctx)
    assert r.status == "not_yet_made"
    assert r.withheld_elements[0].deadline == D(2023, 2, 2)  # + 20 working days (春节 2023)
    lapsed = dataclasses.replace(waiting, expected=D(2022, 9, 1))
    gone = evaluate_item(moe.item("41"), [], [lapsed], ctx)
    assert (gone.status, gone.scores["completeness"].findings[0].code) == (
        "missing", "expected-passed")


def test_unknown_dimension_is_left_out_of_the_weighted_mean(moe, ctx) -> None:
    r = evaluate_item(moe.item("2"), [pub("2", channel="website", made=None)], [], ctx)
    assert r.scores["timeliness"].passed is None
    assert r.score == pytest.approx(100 * (1 + 1 + 0) / 3)
    assert r.status == "partial"  # convenience failed; unknown never does


def test_convenience_share_of_elements_and_reachable_channels(moe, ctx) -> None:
    item = moe.item("7")
    s = convenience.score(item, [pub("7", elements=["招生章程"]),
                                 pub("7", "website", ["特殊类型招生办法", "分批次分科类招生计划"],
                                     fmt="image", clicks=6)], ctx)
    assert s.score == pytest.approx(1 / 3) and len(s.findings) == 3
    national = convenience.score(item, [pub("7", "national_platform")], ctx)
    linked = convenience.score(item, [dataclasses.replace(pub("7", "website"),
                                                          linked_from_column=True)], ctx)
    assert national.passed and linked.passed
    campus = dataclasses.replace(item, audience="campus")
    assert convenience.score(campus, [pub("7", "oa")], ctx).passed


def test_due_item_is_judged_on_its_report(moe, ctx) -> None:
    old = pub("6", made=D(2020, 10, 20), published=D(2020, 10, 25))
    r = evaluate_item(moe.item("6"), [old], [], ctx)  # as of 2022-09-15: 2020-2021 is due
    assert (r.status, r.report.label) == ("missing", "2020-2021")
    late = pub("6", made=D(2021, 10, 25), published=D(2021, 11, 8))
    r = evaluate_item(moe.item("6"), [old, late], [], ctx)
    assert r.scores["timeliness"].findings[0].code == "report-late"
    assert [f.code for f in r.findings][-1] == "next-due"


def test_budget_limit_counts_calendar_days(moe, ctx) -> None:
    s = timeliness.score(moe.item("19"), [pub(made=D(2022, 1, 20), published=D(2022, 2, 15))],
                         ctx)
    assert s.findings[0].params["days"] == 26 and s.findings[0].params["unit"] == "日"
    on_time = timeliness.score(moe.item("19"), [pub(made=D(2022, 1, 20),
                                                    published=D(2022, 2, 9))], ctx)
    assert on_time.passed
