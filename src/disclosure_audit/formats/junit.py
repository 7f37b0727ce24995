"""JUnit XML: one test case per scored (item, dimension), for GitLab, Jenkins and the like.

Attributes follow the common JUnit schema (Jenkins' junit-10.xsd): ``testsuites`` carries
only name, time, tests, failures and errors; ``testsuite`` adds skipped. Text from input files
goes through :func:`printable`, because XML 1.0 cannot hold most control characters at all.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from disclosure_audit.display import printable
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import category_title, findings_text, item_title
from disclosure_audit.model import DIMENSIONS, AuditResult


class JunitFormat:
    """``--format junit``: a ``testsuite`` per category, a failure per ledger entry."""

    name = "junit"
    suffix = ".xml"
    encoding = "utf-8"

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """The XML document (waived and baseline-known failures are ``skipped``)."""
        lang = options.lang
        entries = {e.key: e for e in result.ledger}
        known = set(result.baseline.suppressed) if result.baseline else set()
        root = ET.Element("testsuites", name="disclosure-audit")
        totals = {"tests": 0, "failures": 0, "skipped": 0}
        suites: dict[str, ET.Element] = {}
        for r in result.items:
            if not r.scored:
                continue
            suite = suites.get(r.item.category)
            if suite is None:
                suite = ET.SubElement(root, "testsuite",
                                      name=printable(category_title(result, r.item.category,
                                                                    lang)))
                suites[r.item.category] = suite
            for dimension in DIMENSIONS:
                key = f"{r.item.id}/{dimension}"
                case = ET.SubElement(suite, "testcase",
                                     classname=printable(f"{r.item.category}.{r.item.id}"),
                                     name=printable(f"{key} {t(f'dimension.{dimension}', lang)} "
                                                    f"{item_title(r, lang)}"), time="0")
                _count(suite, "tests")
                totals["tests"] += 1
                score = r.scores[dimension]
                entry = _entry_for(entries, r.item.id, dimension)
                if score.passed is None:  # unknown (待核实): neither passed nor failed
                    ET.SubElement(case, "skipped", message=t("score.unknown", lang))
                    _count(suite, "skipped")
                    totals["skipped"] += 1
                    continue
                if score.passed:
                    continue
                message = printable(findings_text(score.findings, lang))
                if (entry and entry.key in known) or key in known or (
                        entry and entry.status == "waived"):
                    why = printable(entry.waiver.justification) if entry and entry.waiver \
                        else "baseline"
                    ET.SubElement(case, "skipped", message=f"{why}: {message}")
                    _count(suite, "skipped")
                    totals["skipped"] += 1
                    continue
                failure = ET.SubElement(case, "failure", message=message, type=dimension)
                evidence = "\n".join(printable(s) for s in entry.evidence) if entry else ""
                failure.text = f"{message}\n{printable(r.department)}\n{evidence}".strip()
                _count(suite, "failures")
                totals["failures"] += 1
        if result.site is not None:
            suites["site"] = _site_suite(root, result, known, totals, lang)
        for suite in suites.values():
            for attribute in ("tests", "failures", "skipped"):
                suite.set(attribute, suite.get(attribute, "0"))
            suite.set("errors", "0")
            suite.set("time", "0")
        root.set("tests", str(totals["tests"]))  # no "skipped" here: not a testsuites attribute
        root.set("failures", str(totals["failures"]))
        root.set("errors", "0")
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _entry_for(entries: dict, item_id: str, dimension: str):  # noqa: ANN202 - LedgerEntry | None
    """The ledger entry that carries this dimension's failure: its own, or the item's."""
    return (entries.get(f"{item_id}/{dimension}") or entries.get(f"{item_id}/missing")
            or entries.get(f"{item_id}/internal_only"))


def _site_suite(root: ET.Element, result: AuditResult, known: set[str],
                totals: dict[str, int], lang: str) -> ET.Element:
    """The site checks: a test case per column (and one for the site) the crawl checked, failing
    with the ledger entries of its verdicts; a check the crawl could not make is ``skipped``."""
    assert result.site is not None
    suite = ET.SubElement(root, "testsuite", name=t("site.suite", lang))
    for check in result.site.checks:
        case = ET.SubElement(suite, "testcase", classname=check.key, name=check.name, time="0")
        _count(suite, "tests")
        totals["tests"] += 1
        mine = [e for e in result.ledger if e.key.rsplit("/", 1)[0] == check.key]
        failing = [e for e in mine if e.status != "waived" and e.key not in known]
        if not check.checked or (mine and not failing):
            why = (findings_text(tuple(f for e in mine for f in e.problem), lang) if mine
                   else t("site.not_checked.columns_not_checked", lang, columns=check.name))
            ET.SubElement(case, "skipped", message=why)
            _count(suite, "skipped")
            totals["skipped"] += 1
        elif failing:
            message = findings_text(tuple(f for e in failing for f in e.problem), lang)
            failure = ET.SubElement(case, "failure", message=message, type="site")
            failure.text = "\n".join([message, check.department, *(
                f"disclosure-audit evidence show {k}" for e in failing for k in e.evidence_keys)])
            _count(suite, "failures")
            totals["failures"] += 1
    return suite


def _count(element: ET.Element, attribute: str) -> None:
    element.set(attribute, str(int(element.get(attribute, "0")) + 1))
