"""Verdicts on breakdowns: do the parts add up to the total, are the percentages right?

The rules an evaluator applies (rules.md, "Annual-report arithmetic seen in real reports"):

* the parts of a complete list must add up to the total exactly;
* a list that may be partial (ending in 等, or opened by 其中包括 / 主要有 …) cannot be checked,
  unless the parts named already exceed the total, which no reading can excuse;
* approximate figures (100余, 超过2000, 近100) are bounds: a sum holding one is checked as a bound;
* a percentage is right when part ÷ total lies within half a unit of its last written digit
  ("11%" allows 10.5–11.5, "7.3%" allows 7.25–7.35), boundaries included — or, when the text
  says the shares were rounded by largest remainder (最大余数) so that they add up to 100, when
  the whole set of percentages is exactly such a rounding (:mod:`.shares`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from disclosure_audit.report.document import Document
from disclosure_audit.report.findings import Finding, Verdict, clip
from disclosure_audit.report.numbers import (
    Bound,
    Figure,
    Span,
    format_number,
    percent_text,
    stated_span,
)
from disclosure_audit.report.shares import METHOD_WORDS, is_largest_remainder
from disclosure_audit.report.statements import Breakdown

BASE_NAME = 14
"""Characters of a total's wording used to name it in a message ("…公开信息共计548条")."""
TOTAL_NAME = re.compile(r"共计|合计|总计|累计|总共|共有|共")


@dataclass(frozen=True)
class Base:
    """A count a percentage may be taken against."""

    name: str  # the total as written, for messages
    span: Span


def finding(doc: Document, start: int, end: int, anchor: int, verdict: Verdict, code: str,
            **params: object) -> Finding:
    """A finding quoting ``doc`` from ``start`` to ``end``, on the line of ``anchor``."""
    return Finding(doc.line_at(anchor), verdict, clip(doc.quote(start, end)), code, params,
                   anchor)


def term(doc: Document, figure: Figure) -> str:
    """A figure for a message: ``548``, or as written when approximate (``100余条``)."""
    return format_number(figure.value) if figure.exact else doc.quote(figure.start, figure.end)


def span_text(span: Span) -> str:
    """``548``, ``≥380`` or ``0–100``."""
    if span.point:
        return format_number(span.low)
    if span.high is None:
        return f"≥{format_number(span.low)}"
    return f"{format_number(span.low)}–{format_number(span.high)}"


def check_breakdown(doc: Document, breakdown: Breakdown) -> list[Finding]:
    """The sum finding, one finding per percentage, and the same for nested breakdowns."""
    findings = [_sum_finding(doc, breakdown)]
    bases = _bases(doc, breakdown)
    remainder = _largest_remainder(doc, breakdown)
    for part in breakdown.parts:
        if part.percent is not None:
            whole = _parts_sum(breakdown)
            if _sum_differs(breakdown) and whole is not None:
                findings.append(_share_either(doc, part.start, part.figure, part.percent,
                                              bases[0], Base("", Span(whole, whole))))
            else:
                share = check_share(doc, part.start, part.figure, part.percent, bases)
                if remainder and share.verdict is not Verdict.ok:
                    share = finding(doc, part.start, part.percent.end, part.percent.start,
                                    Verdict.ok, "share-ok-remainder", **share.params)
                findings.append(share)
        if part.breakdown is not None:
            findings.extend(check_breakdown(doc, part.breakdown))
    return findings


def _sum_finding(doc: Document, b: Breakdown) -> Finding:
    whole = Span(Fraction(0), Fraction(0))
    for part in b.parts:
        whole = whole + Span.of(part.figure)
    total = Span.of(b.total)
    verdict, code = _sum_verdict(b, whole, total)
    params: dict[str, object] = {
        "terms": " + ".join(term(doc, p.figure) for p in b.parts), "sum": span_text(whole),
        "total": term(doc, b.total), "count": len(b.parts), "part": term(doc, b.parts[0].figure),
    }
    if whole.point and total.point:
        params["diff"] = format_number(abs(whole.low - total.low))
    end = b.parts[0].figure.end if b.subset else b.total.end  # quote the maximum with its total
    return finding(doc, b.start, end, b.total.start, verdict, code, **params)


def _sum_verdict(b: Breakdown, whole: Span, total: Span) -> tuple[Verdict, str]:
    if b.ambiguous:  # which parts are in it is unknown: nothing can be concluded
        return Verdict.cannot_verify, "sum-ambiguous"
    if b.subset:  # one part, or a maximum: it can only be no more than the total
        if total.high is not None and whole.low > total.high:
            return Verdict.error, "subset-exceeds"
        if whole.high is not None and whole.high <= total.low:
            return Verdict.ok, "subset-ok"
        return Verdict.cannot_verify, "subset-bound"
    if b.partial:
        if total.high is not None and whole.low > total.high:
            return Verdict.error, "sum-exceeds"
        return Verdict.cannot_verify, "sum-partial"
    if whole.disjoint(total):
        return Verdict.error, "sum-wrong" if whole.point and total.point else "sum-wrong-bound"
    if whole.point and total.point:
        return Verdict.ok, "sum-ok"
    if whole.point and b.total.bound in (Bound.at_least, Bound.at_most):
        return Verdict.ok, "sum-ok-bound"  # 110 parts against "100余条": consistent
    return Verdict.cannot_verify, "sum-bound"


def _largest_remainder(doc: Document, b: Breakdown) -> bool:
    """The breakdown says its shares were rounded by largest remainder (in its own sentence or
    right after it), its parts add up to its total, and its percentages are exactly such a
    rounding: then a share one unit off its own rounding is right (see :mod:`.shares`)."""
    percents = [p.percent for p in b.parts]
    if _parts_sum(b) is None or _sum_differs(b) or any(p is None or not p.exact
                                                         for p in percents):
        return False
    decimals = {p.decimals for p in percents if p is not None}
    last = b.parts[-1].end
    stop = doc.text.find("。", doc.text.find("。", last) + 1)
    said = METHOD_WORDS in doc.text[b.start:stop if stop > 0 else len(doc.text)]
    counts = [int(p.figure.value) for p in b.parts]
    return said and len(decimals) == 1 and all(
        p.figure.value.denominator == 1 for p in b.parts) and is_largest_remainder(
        counts, [p.value for p in percents if p is not None], decimals.pop())


def _parts_sum(b: Breakdown) -> Fraction | None:
    if b.partial or b.ambiguous or b.subset or not all(p.figure.exact for p in b.parts):
        return None
    return sum((p.figure.value for p in b.parts), Fraction(0))


def _sum_differs(b: Breakdown) -> bool:
    """The parts add up to something else than the stated total: which one is the base?"""
    whole = _parts_sum(b)
    return whole is not None and b.total.exact and whole != b.total.value


def _name(doc: Document, start: int, figure: Figure) -> str:
    """The total as written, from its 共计/合计 … when there is one: "共计548条"."""
    words = list(TOTAL_NAME.finditer(doc.text, start, figure.start))
    if words:
        start = words[-1].start()
    text = doc.quote(start, figure.end)
    return text if len(text) <= BASE_NAME else "…" + text[-(BASE_NAME - 1):]


def _bases(doc: Document, b: Breakdown) -> list[Base]:
    """The totals a part's percentage may be taken against: its own, then the outer ones."""
    bases = [Base(_name(doc, b.start, b.total), Span.of(b.total))]
    bases.extend(Base(_name(doc, f.start, f), Span.of(f)) for f in b.outer)
    return bases


def _fit(part: Figure, percent: Figure, base: Base) -> tuple[str, Span | None]:
    """"yes" (fits), "no" (cannot fit) or "maybe" (bounds), and the ratio."""
    stated = stated_span(percent)
    ratio = Span.of(part).ratio(base.span)
    if stated is None or ratio is None:
        return "maybe", ratio
    if ratio.disjoint(stated):
        return "no", ratio
    return ("yes" if ratio.within(stated) else "maybe"), ratio


def _ratio_text(doc: Document, part: Figure, base: Base, ratio: Span | None,
                decimals: int) -> str:
    value = percent_text(ratio.low, max(2, decimals + 1)) if ratio and ratio.point else "?"
    return f"{term(doc, part)}/{span_text(base.span)} = {value}%"


def check_share(doc: Document, start: int, part: Figure, percent: Figure,
                bases: list[Base]) -> Finding:
    """Is ``percent`` right for ``part`` of the first of ``bases``, or of an outer total?

    A part of a nested list may be given as a share of its own total or of the outer one:
    either fitting makes it ok, neither is an error; bounds (约, 余 …) that neither confirm nor
    rule out the figure cannot be verified.
    """
    fits = [(base, *_fit(part, percent, base)) for base in bases]
    chosen = next((f for f in fits if f[1] == "yes"), fits[0])
    base, outcome, ratio = chosen
    point = ratio is not None and ratio.point
    params = {
        "part": term(doc, part), "base": span_text(base.span), "base_name": base.name,
        "stated": percent.raw,
        "ratio": percent_text(ratio.low, max(2, percent.decimals + 1)) if point else "?",
        "rounded": percent_text(ratio.low, percent.decimals) if point else "?",
        "ratios": "; ".join(_ratio_text(doc, part, b, r, percent.decimals) for b, _, r in fits),
    }
    if outcome == "yes":
        verdict, code = Verdict.ok, "share-ok"
    elif all(f[1] == "no" for f in fits):
        verdict, code = Verdict.error, "share-wrong" if len(fits) == 1 else "share-wrong-any"
    else:
        verdict, code = Verdict.cannot_verify, "share-bound"
    return finding(doc, start, percent.end, percent.start, verdict, code, **params)


def _share_either(doc: Document, start: int, part: Figure, percent: Figure, stated: Base,
                  whole: Base) -> Finding:
    """The stated total and the sum of the parts differ (already an error): a percentage that
    fits only one of them cannot be verified; one that fits neither is wrong either way."""
    fits = [_fit(part, percent, stated), _fit(part, percent, whole)]
    params = {
        "stated": percent.raw, "base_name": stated.name,
        "ratio_total": _ratio_text(doc, part, stated, fits[0][1], percent.decimals),
        "ratio_sum": _ratio_text(doc, part, whole, fits[1][1], percent.decimals),
    }
    outcomes = [f[0] for f in fits]
    if outcomes == ["yes", "yes"]:
        verdict, code = Verdict.ok, "share-ok-both"
    elif outcomes == ["no", "no"]:
        verdict, code = Verdict.error, "share-wrong-both"
    else:
        verdict, code = Verdict.cannot_verify, "share-total-ambiguous"
    return finding(doc, start, percent.end, percent.start, verdict, code, **params)
