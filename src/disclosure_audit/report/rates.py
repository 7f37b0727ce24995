"""Verdicts on rates (合格率94.3%) and on percentages that stand alone.

A rate of n things is k/n for a whole number k ≤ n. "合格率94.3%" of 134 is impossible: 126/134
is 94.0% and 127/134 is 94.8%, and nothing in between rounds to 94.3%. When the sentence also
names the count k ("合格126批次"), the rate is checked as k/n like any other share.
"""

from __future__ import annotations

import math
from fractions import Fraction

from disclosure_audit.report.document import Document
from disclosure_audit.report.findings import Finding, Verdict
from disclosure_audit.report.numbers import Figure, Span, format_number, percent_text, stated_span
from disclosure_audit.report.statements import Percentage, Rate
from disclosure_audit.report.verify import Base, check_share, finding


def check_rate(doc: Document, rate: Rate) -> Finding:
    """The rate against the count it is a rate of, when the sentence tells which."""
    say = _say(doc, rate.start, rate.figure)
    counts = list(rate.counts)
    if counts:
        k_start, k = counts[-1]
        if rate.stem in doc.text[k_start:k.start] and len(counts) > 1:
            n_start, n = counts[-2]  # "抽检134批次，合格126批次，合格率94.3%"
            return check_share(doc, rate.start, k, rate.figure,
                               [Base(doc.quote(n_start, n.end), Span.of(n))])
    values = sorted({f.value for _, f in counts})
    if not values:
        return say(Verdict.cannot_verify, "rate-no-count")
    if len(values) > 1:
        return say(Verdict.cannot_verify, "rate-many-counts",
                   counts="、".join(format_number(v) for v in values))
    return _feasible(say, values[0], rate.figure)


def _say(doc: Document, start: int, figure: Figure):  # noqa: ANN202 - a small closure
    def say(verdict: Verdict, code: str, **params: object) -> Finding:
        return finding(doc, start, figure.end, figure.start, verdict, code,
                       stated=figure.raw, **params)

    return say


def _feasible(say, n: Fraction, figure: Figure) -> Finding:  # noqa: ANN001
    """Is there a whole k ≤ n with k/n within half a unit of the rate as written?"""
    stated = stated_span(figure)
    if stated is None or n.denominator != 1 or n <= 0 or not figure.exact:
        return say(Verdict.cannot_verify, "rate-approximate", n=format_number(n))
    high = stated.high if stated.high is not None else Fraction(100)
    k_min = max(math.ceil(stated.low * n / 100), 0)
    k_max = min(math.floor(high * n / 100), int(n))
    digits = figure.decimals

    def shown(k: int) -> str:
        return f"{k}/{format_number(n)} = {percent_text(Fraction(k * 100) / n, digits)}%"

    if k_min <= k_max:
        best = min(range(k_min, k_max + 1), key=lambda k: abs(Fraction(k * 100) / n
                                                              - figure.value))
        return say(Verdict.ok, "rate-ok", n=format_number(n), example=shown(best))
    near = [k for k in (k_max, k_min) if 0 <= k <= n]
    return say(Verdict.error, "rate-impossible", n=format_number(n),
               nearest=", ".join(shown(k) for k in near))


def check_percentage(doc: Document, item: Percentage) -> Finding:
    """A percentage with no count and total in its sentence: listed, not checked."""
    return finding(doc, item.start, item.figure.end, item.figure.start, Verdict.cannot_verify,
                   "percent-unchecked", stated=item.figure.raw)
