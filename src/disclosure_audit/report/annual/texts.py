"""``report.yaml``: the parts of the annual report only people can write (appraisal, complaints,
experience, improvements …), one section per academic year. Nothing here is ever invented: a
field that is missing or empty becomes a visible 【待填写】 placeholder in the draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.schema import validate_document
from disclosure_audit.inputs.yamlio import YamlDocument, load_yaml

TEXTS_FILE = "report.yaml"
FIELDS = ("overview", "appraisal", "complaints", "experience", "problems", "improvements",
          "other")


@dataclass(frozen=True)
class ReportTexts:
    """One year's texts: each field's paragraphs (absent when not written) and the date."""

    year: str
    paragraphs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date: dt.date | None = None
    found: bool = False  # the year has a section in report.yaml

    def get(self, name: str) -> tuple[str, ...]:
        """The field's paragraphs (empty: to be filled in)."""
        return self.paragraphs.get(name, ())


def load_texts(root: Path, year: str) -> tuple[ReportTexts, list[Problem]]:
    """The ``year`` section of the repo's report.yaml (empty when there is none); problems in
    the file are returned, and errors make the texts empty."""
    doc, problems = _load(root)
    if doc is None or has_errors(problems):
        return ReportTexts(year), problems
    section = doc.data.get(year)
    if not isinstance(section, dict):
        return ReportTexts(year), problems
    paragraphs = {name: _paragraphs(section.get(name)) for name in FIELDS}
    return ReportTexts(year, {k: v for k, v in paragraphs.items() if v},
                       _date(doc, year, section, problems), True), problems


def check_texts(root: Path) -> list[Problem]:
    """Every problem in the repo's report.yaml (for ``validate``)."""
    doc, problems = _load(root)
    if doc is not None and not has_errors(problems):
        for year, section in doc.data.items():
            if isinstance(section, dict):
                _date(doc, year, section, problems)
    return problems


def _load(root: Path) -> tuple[YamlDocument | None, list[Problem]]:
    path = root / TEXTS_FILE
    if not path.is_file():
        return None, []
    try:
        doc = load_yaml(path, display_path(path))
    except InputError as exc:
        return None, exc.problems
    if doc.data is None:
        return None, []
    if not isinstance(doc.data, dict):
        return None, [Problem(doc.path, 1, 1, "annual-not-mapping",
                              hint_key="hint.annual-not-mapping")]
    # A key that is not a year is reported below, at the key, with the fix; the schema's own
    # propertyNames error only says "$: not in the expected form" at the top of the file.
    problems = [p for p in validate_document(doc, "annual")
                if not (p.code == "schema-pattern" and p.params.get("at") == "$")]
    for year in doc.data:
        if not _is_academic_year(year):
            problems.append(doc.problem((year,), "annual-bad-year", key=True,
                                        params={"value": year},
                                        hint_key="hint.annual-bad-year"))
    return doc, problems


def _is_academic_year(key: object) -> bool:
    """``2021-2022``: two consecutive four-digit years."""
    first, _, second = str(key).partition("-")
    return (len(first) == len(second) == 4 and first.isdigit() and second.isdigit()
            and int(second) == int(first) + 1)


def _paragraphs(value: object) -> tuple[str, ...]:
    """A text's non-empty lines, each a paragraph."""
    if not isinstance(value, str):
        return ()
    return tuple(line.strip() for line in value.splitlines() if line.strip())


def _date(doc: YamlDocument, year: str, section: dict, problems: list[Problem]) -> dt.date | None:
    raw = section.get("date")
    if raw is None:
        return None
    try:
        return parse_date(raw)
    except DateError as exc:
        problems.append(doc.problem((year, "date"), f"date-{exc.reason}",
                                    params={"value": raw, "field": "date"}, hint_key="hint.date"))
        return None
