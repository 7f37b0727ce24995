"""Everything ``report check`` looks at, in one pure function over the report's lines."""

from __future__ import annotations

import datetime as dt

from disclosure_audit.report.document import Document
from disclosure_audit.report.extract import Line
from disclosure_audit.report.findings import Finding, sort_findings
from disclosure_audit.report.parts import check_parts
from disclosure_audit.report.period import check_period, check_published, find_period
from disclosure_audit.report.placeholders import check_placeholders
from disclosure_audit.report.rates import check_percentage, check_rate
from disclosure_audit.report.statements import Breakdown, Rate, find_statements
from disclosure_audit.report.verify import check_breakdown


def check_lines(lines: list[Line], published: dt.date | None = None) -> list[Finding]:
    """Every finding about a report, in reading order (missing parts last)."""
    doc = Document.from_lines(lines)
    findings: list[Finding] = []
    for statement in find_statements(doc.text, list(doc.sentences())):
        if isinstance(statement, Breakdown):
            findings.extend(check_breakdown(doc, statement))
        elif isinstance(statement, Rate):
            findings.append(check_rate(doc, statement))
        else:
            findings.append(check_percentage(doc, statement))
    findings.extend(check_parts(doc))
    findings.extend(check_placeholders(doc))
    period = find_period(doc)
    findings.append(check_period(doc, period))
    if published is not None:
        findings.append(check_published(doc, period, published))
    return sort_findings(findings)
