"""What an audit finds: findings, scores, item results, ledger entries, link results, the site
checks and the audit result. Plain data, no I/O.

Kept apart from :mod:`disclosure_audit.model` (the checklist and the declarations) so that a
command that only reads inputs — ``validate`` — does not build these classes on every start;
``model`` still gives them by name (``from disclosure_audit.model import Finding`` works).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from disclosure_audit.model import (
    SCORED_STATUSES,
    Checklist,
    ColumnCheck,
    Declarations,
    Item,
    Limit,
    Publication,
    SiteReport,
    SourceRef,
    Waiver,
    Withheld,
    WithheldElement,
)


@dataclass(frozen=True)
class SiteMiss:
    """A declared publication the crawl did not find where it was declared, or could not check.

    ``reason``: ``not_found`` (declared in the disclosure column, not listed in any column the
    crawl read), ``page_failed`` (the declared URL is a column page that did not open); or, when
    the crawl could not tell, ``crawl_incomplete``, ``columns_not_checked`` (``columns`` names
    them), ``site_not_checked`` (the homepage did not open, or no column was found).
    ``url``/``evidence`` name the page the verdict rests on (the column read, or the page).
    """

    declared: Publication
    reason: str
    url: str | None = None
    evidence: str | None = None
    date: dt.date | None = None  # the crawl's date
    detail: str | None = None  # why the page did not open
    columns: tuple[str, ...] = ()  # columns not checked
    read: int = 0  # not found: how many columns the crawl read where it could have been


@dataclass(frozen=True)
class SiteMatch:
    """A declared publication the crawl found in the disclosure column, and how it was matched:
    ``url`` (the same page), ``title`` (same item and title), ``date`` (same item, the only
    entry of that date) or ``column`` (the declared URL is a column's own page)."""

    declared: Publication
    found: Publication  # the crawled row (for ``column``: the column's page as a row)
    by: str


@dataclass(frozen=True)
class ItemSite:
    """One item declared versus found on the website (the comparison with a crawl file).

    ``found_not_declared`` are crawled rows of the item no declaration matches: rows to add.
    """

    found: tuple[SiteMatch, ...] = ()
    declared_not_found: tuple[SiteMiss, ...] = ()
    found_not_declared: tuple[Publication, ...] = ()
    not_checked: tuple[SiteMiss, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.found or self.declared_not_found or self.found_not_declared
                    or self.not_checked)


@dataclass(frozen=True)
class SiteCheck:
    """The site checks of one column (``key`` ``site/column/<id>``) or of the site (``site``),
    judged on the audit's as-of date: staleness and depth are recomputed with the checklist's
    current limits; whether a page opened or a column was empty is as the crawl saw it."""

    key: str
    name: str  # the column's path (信息公开 › 学校动态), or the homepage URL
    url: str
    department: str
    verdicts: tuple[str, ...]
    checked: bool  # False: the crawl could not check it (robots.txt, another host, limits)
    report: SiteReport
    column: ColumnCheck | None = None
    limit: Limit | None = None
    expires: dt.date | None = None  # the last day the newest entry keeps the column updated
    evidence: tuple[str, ...] = ()
    source: SourceRef | None = None


@dataclass(frozen=True)
class SiteAudit:
    """Every site check of the repo's crawl files, and which ledger keys they could judge.

    A site entry is closed only by a crawl that judged it (``judges``): a column it checked, or
    a column absent from a complete crawl that found the disclosure column (it is gone).
    """

    checks: tuple[SiteCheck, ...]
    judged: frozenset[str] = frozenset()  # site/<verdict> keys and site/column/<id> prefixes
    seen: frozenset[str] = frozenset()  # column prefixes present in the crawls
    complete: bool = False  # a complete crawl found the column: absent columns are gone

    def judges(self, key: str) -> bool:
        """True when these crawls could tell whether the problem ``key`` is still there."""
        if key in self.judged:
            return True
        prefix = key.rsplit("/", 1)[0]
        if not key.startswith("site/column/"):
            return False
        return prefix in self.judged or (self.complete and prefix not in self.seen)


@dataclass(frozen=True)
class Finding:
    """Why a dimension failed (or a note on it): a catalogue code and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    source: SourceRef | None = None


@dataclass(frozen=True)
class Score:
    """One dimension of one item: a 0–1 score, pass or fail, and the findings behind it.

    ``passed`` is None (and ``score`` None) when nothing could be judged, e.g. timeliness
    with no ``made`` date: unknown is not late (待核实).
    """

    dimension: str
    score: float | None
    passed: bool | None
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class ItemResult:
    """The audit of one item."""

    item: Item
    status: str
    department: str
    scores: dict[str, Score]
    score: float | None  # 0–100, None when the item is excluded from scoring
    publications: tuple[Publication, ...] = ()
    withheld: Withheld | None = None  # the reason for the item as a whole, if any
    findings: tuple[Finding, ...] = ()  # item-level notes (e.g. no owner, next due date)
    withheld_elements: tuple[WithheldElement, ...] = ()  # every element not disclosed, and why
    elements: tuple[str, ...] = ()  # the elements judged (applicable and not withheld)
    report: ReportWindow | None = None  # for items with a ``due`` date: the report judged
    site: ItemSite | None = None  # declared versus found on the website (with a crawl file)

    @property
    def scored(self) -> bool:
        """True when the item counts towards scores."""
        return self.status in SCORED_STATUSES


@dataclass(frozen=True)
class ReportWindow:
    """For an item with a ``due`` date: the academic year whose report is judged, its due
    date, and the next report's."""

    start_year: int  # the academic year start_year-09-01 – (start_year+1)-08-31
    due: dt.date
    next_due: dt.date

    @property
    def label(self) -> str:
        """``2021-2022``."""
        return f"{self.start_year}-{self.start_year + 1}"

    @property
    def next_label(self) -> str:
        """The next report's academic year."""
        return f"{self.start_year + 1}-{self.start_year + 2}"


@dataclass(frozen=True)
class LedgerEntry:
    """One line of the rectification ledger (整改台账): one problem of one item, or of the
    website.

    ``kind`` is one of :data:`PROBLEM_KINDS` and makes the key ``<item>/<kind>``;
    ``dimension`` is the dimension concerned (None for a whole item not disclosed). A site
    check's entry has ``item`` "" and a :data:`SITE_KINDS` kind (keys ``site/<verdict>``,
    ``site/column/<id>/<verdict>``).
    """

    key: str
    item: str
    title: str
    department: str
    dimension: str | None
    problem: tuple[Finding, ...]
    reason: Withheld | None
    measure: str
    measure_en: str
    deadline: dt.date
    status: str = "open"
    evidence: tuple[SourceRef, ...] = ()
    waiver: Waiver | None = None
    kind: str = ""
    evidence_keys: tuple[str, ...] = ()  # pages a crawl kept (``evidence show KEY``)

    def __post_init__(self) -> None:
        if not self.kind:  # entries about one dimension are of that kind
            object.__setattr__(self, "kind", self.dimension or "missing")


LINK_KINDS = ("ok", "http_error", "timeout", "dns", "connection", "too_many_redirects",
              "login", "soft_404", "wrong_type", "bad_url")


@dataclass(frozen=True)
class LinkResult:
    """What probing one URL found. ``kind`` is ``ok`` or why the link fails the public."""

    url: str
    kind: str
    checked_at: str  # ISO 8601 time of the check (UTC)
    status: int | None = None
    final_url: str | None = None
    content_type: str | None = None
    detail: str | None = None

    @property
    def ok(self) -> bool:
        """True when the public can open the page and it is what was declared."""
        return self.kind == "ok"


@dataclass(frozen=True)
class Summary:
    """Totals: the overall score, per dimension, per department, and counts by status."""

    score: float | None
    by_dimension: dict[str, float | None]
    by_department: dict[str, dict[str, Any]]
    counts: dict[str, int]


@dataclass(frozen=True)
class BaselineInfo:
    """What ``--baseline`` did: the file, and how many known entries it suppressed."""

    path: str
    suppressed: tuple[str, ...]


@dataclass(frozen=True)
class AuditResult:
    """Everything one audit found, ready to be formatted."""

    checklist: Checklist
    as_of: dt.date
    period: tuple[dt.date, dt.date]
    items: tuple[ItemResult, ...]
    summary: Summary
    ledger: tuple[LedgerEntry, ...]
    declarations: Declarations
    warnings: tuple[Any, ...] = ()  # diagnostics.Problem values (input warnings)
    notes: tuple[Finding, ...] = ()  # run-level notes, e.g. calendar data missing for a year
    department: str | None = None
    baseline: BaselineInfo | None = None
    links: dict[str, LinkResult] | None = None  # probe results by URL, when checked
    site: SiteAudit | None = None  # the site checks, when the repo has a crawl file

    @property
    def root(self) -> str:
        """The school's repo folder (where its checklist is), as a display path."""
        import posixpath

        return posixpath.dirname(self.checklist.path) or "."

    def open_entries(self) -> tuple[LedgerEntry, ...]:
        """Ledger entries that count as failures (not waived)."""
        return tuple(e for e in self.ledger if e.status != "waived")
