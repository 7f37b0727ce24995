"""Plain data: the checklist, declared publications, scores, findings and ledger entries. No I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

KINDS = ("vocational", "undergraduate", "graduate")
DIMENSIONS = ("completeness", "availability", "timeliness", "convenience")
CADENCES = ("on_change", "annual")
FORMATS = ("html", "pdf", "doc", "xls", "image", "scanned_pdf")
UNREADABLE_FORMATS = frozenset({"image", "scanned_pdf"})
WITHHELD_REASONS = ("not_applicable", "exempt", "not_yet_made")
STATUSES = ("compliant", "partial", "missing", "not_yet_made", "exempt", "not_applicable")
SCORED_STATUSES = frozenset({"compliant", "partial", "missing", "not_yet_made"})
UNASSIGNED = "未指定"


@dataclass(frozen=True)
class SourceRef:
    """Where something was written: a file and a 1-based line and column (when known)."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = [self.path] + [str(p) for p in (self.line, self.column) if p is not None]
        return ":".join(parts)


@dataclass(frozen=True)
class Category:
    """One of the list's categories (基本信息 …)."""

    id: str
    title: str
    title_en: str


@dataclass(frozen=True)
class Channel:
    """Where a publication appears; ``public`` says whether society can get it there."""

    id: str
    name: str
    name_en: str
    group: str
    public: bool
    column: bool = False


@dataclass(frozen=True)
class Item:
    """One item of the checklist, after the school's overrides."""

    id: str
    category: str
    title: str
    title_en: str
    elements: tuple[str, ...]
    cadence: str
    due: str | None = None
    publish_within_workdays: int = 20
    applies_to: tuple[str, ...] = KINDS
    audience: str = "public"
    keywords: tuple[str, ...] = ()
    owner_hint: str | None = None
    owner: str | None = None
    remediation: str | None = None
    remediation_en: str | None = None
    note: str | None = None
    note_en: str | None = None
    not_applicable: str | None = None
    source: SourceRef | None = None


@dataclass(frozen=True)
class Scoring:
    """Scoring settings: dimension weights, the publication limit and the click limit."""

    weights: dict[str, float] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 1.0))
    publish_within_workdays: int = 20
    max_clicks: int = 3


LIMIT_UNITS = ("days", "weeks", "months", "years")
SITE_VERDICTS = ("homepage_not_opened", "column_not_found")
COLUMN_VERDICTS = ("stale", "empty", "not_opened", "too_deep")


@dataclass(frozen=True)
class Limit:
    """How long a website column may go without a new entry: ``amount`` ``unit`` (days … years)."""

    amount: int
    unit: str

    def as_dict(self) -> dict[str, int]:
        """``{"months": 6}``: the form written in checklists and crawl files."""
        return {self.unit: self.amount}


@dataclass(frozen=True)
class ColumnRule:
    """A ``site.columns`` rule: columns whose name matches ``match`` (a regular expression) get
    ``update_within`` and/or belong to ``department``; the first matching rule wins."""

    match: str
    update_within: Limit | None = None
    department: str | None = None
    source: SourceRef | None = None


@dataclass(frozen=True)
class SiteSettings:
    """The checklist's ``site`` settings: per-column rules, tried before the built-in ones."""

    columns: tuple[ColumnRule, ...] = ()


@dataclass(frozen=True)
class Waiver:
    """An approved exception (豁免): ledger entries it covers do not count until it expires."""

    keys: tuple[str, ...]  # the entry keys covered (all four dimensions when given an item)
    justification: str
    source: SourceRef
    approved_by: str | None = None
    expires: dt.date | None = None

    def active(self, on: dt.date) -> bool:
        """True when the waiver has not expired on ``on`` (it runs through its expiry day)."""
        return self.expires is None or on <= self.expires


@dataclass(frozen=True)
class Checklist:
    """A resolved checklist: the base list with every ``extends`` layer applied."""

    id: str
    title: str
    institution_name: str | None
    kind: str | None
    review_period: tuple[dt.date, dt.date] | None
    departments: tuple[str, ...]
    categories: tuple[Category, ...]
    channels: dict[str, Channel]
    items: tuple[Item, ...]
    scoring: Scoring
    deadline_workdays: int = 20
    path: str = ""
    chain: tuple[str, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    office: str | None = None  # the disclosure office's department (``office``, else a default)
    site: SiteSettings = field(default_factory=SiteSettings)

    def item(self, item_id: str) -> Item | None:
        """The item with ``item_id``, if any."""
        return self._index().get(item_id)

    def _index(self) -> dict[str, Item]:
        cache = self.__dict__.get("_item_index")
        if cache is None:
            cache = {item.id: item for item in self.items}
            object.__setattr__(self, "_item_index", cache)
        return cache

    def category(self, category_id: str) -> Category | None:
        """The category with ``category_id``, if any."""
        return next((c for c in self.categories if c.id == category_id), None)

    def applies(self, item: Item) -> bool:
        """True when ``item`` applies to this institution's kind (always, if no kind is set)."""
        return self.kind is None or self.kind in item.applies_to


@dataclass(frozen=True)
class Publication:
    """One declared publication of (part of) an item."""

    item: str | None
    title: str
    channel: str
    department: str
    source: SourceRef
    url: str | None = None
    made: dt.date | None = None
    published: dt.date | None = None
    elements: tuple[str, ...] | None = None  # None: all of the item's elements
    format: str | None = None
    clicks: int | None = None
    classified_by: tuple[str, ...] = ()  # keywords that assigned the item, when it was not given
    origin: str = "declared"  # "crawl": found on the website by ``crawl`` (not a declaration)
    column: str | None = None  # crawled rows: the website column the entry was listed in
    evidence: str | None = None  # crawled rows: the evidence key of the list page


@dataclass(frozen=True)
class Withheld:
    """An item deliberately not disclosed, with its reason."""

    item: str
    reason: str
    department: str
    source: SourceRef
    note: str | None = None
    ground: str | None = None
    expected: dt.date | None = None


@dataclass(frozen=True)
class UnmatchedRow:
    """A CMS row whose item could not be told from its title."""

    title: str
    source: SourceRef
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class ColumnCheck:
    """One website column as a crawl found it, with the site checks' verdicts."""

    name: str
    path: tuple[str, ...]  # column names from the disclosure column down to this one
    url: str
    department: str  # who answers for it: a ``site.columns`` rule's department, else the office
    source: SourceRef | None = None  # where the crawl file says so
    clicks: int | None = None  # from the homepage
    opened: bool | None = None  # None: not checked (robots.txt, limits, another host)
    status: int | None = None
    entries: int = 0
    undated: int = 0
    newest: dt.date | None = None
    subcolumns: int = 0
    update_within: Limit | None = None
    verdicts: tuple[str, ...] = ()  # stale, empty, not_opened, too_deep
    detail: str | None = None  # why it did not open, or why it was not checked
    failed_pages: tuple[str, ...] = ()  # URLs of its later list pages that did not open
    evidence: tuple[str, ...] = ()  # the evidence keys of its list pages, first page first


@dataclass(frozen=True)
class SiteReport:
    """What a crawl of a school's website found (the ``crawl`` and ``site`` sections of a
    crawl file): the homepage, the disclosure column, every column's checks."""

    url: str  # the homepage crawled
    date: dt.date  # the date the checks were judged on
    department: str  # the office: site-level checks are its ledger entries
    source: SourceRef | None = None
    complete: bool = True
    stopped: str | None = None  # max_pages, time_limit: the crawl did not finish
    homepage_evidence: str | None = None
    column_name: str | None = None
    column_url: str | None = None
    column_clicks: int | None = None
    verdicts: tuple[str, ...] = ()  # homepage_not_opened, column_not_found
    columns: tuple[ColumnCheck, ...] = ()


@dataclass
class Declarations:
    """Every department's declarations in one repo.

    ``crawled`` holds rows a crawl found on the website (``source: crawl``): evidence to compare
    with the declarations, kept apart so that they never count as declared publications.
    """

    publications: list[Publication] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)
    unmatched: list[UnmatchedRow] = field(default_factory=list)
    crawled: list[Publication] = field(default_factory=list)
    sites: list[SiteReport] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    """Why a dimension failed (or a note on it): a catalogue code and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    source: SourceRef | None = None


@dataclass(frozen=True)
class Score:
    """One dimension of one item: a 0–1 score, pass or fail, and the findings behind it."""

    dimension: str
    score: float
    passed: bool
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
    withheld: Withheld | None = None
    findings: tuple[Finding, ...] = ()  # item-level notes (e.g. no owner)

    @property
    def scored(self) -> bool:
        """True when the item counts towards scores."""
        return self.status in SCORED_STATUSES


@dataclass(frozen=True)
class LedgerEntry:
    """One line of the rectification ledger (整改台账): a failed (item, dimension)."""

    key: str
    item: str
    title: str
    department: str
    dimension: str
    problem: tuple[Finding, ...]
    reason: Withheld | None
    measure: str
    measure_en: str
    deadline: dt.date
    status: str = "open"
    evidence: tuple[SourceRef, ...] = ()
    waiver: Waiver | None = None


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

    @property
    def root(self) -> str:
        """The school's repo folder (where its checklist is), as a display path."""
        import posixpath

        return posixpath.dirname(self.checklist.path) or "."

    def open_entries(self) -> tuple[LedgerEntry, ...]:
        """Ledger entries that count as failures (not waived)."""
        return tuple(e for e in self.ledger if e.status != "waived")
