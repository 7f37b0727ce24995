"""Plain data: the checklist and what is declared (publications, withheld items, applications,
crawled rows). No I/O. What an audit finds (scores, findings, ledger entries) is in
:mod:`disclosure_audit.results`, also given by name here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

KINDS = ("vocational", "undergraduate", "graduate")
DIMENSIONS = ("completeness", "availability", "timeliness", "convenience")
CADENCES = ("on_change", "annual")
FORMATS = ("html", "pdf", "doc", "xls", "image", "scanned_pdf")
UNREADABLE_FORMATS = frozenset({"image", "scanned_pdf"})
WITHHELD_REASONS = ("not_applicable", "not_occurred", "exempt", "not_yet_made")
"""Why something is not disclosed: 不适用, 本期未发生, 依法不予公开, 尚未形成."""
EXEMPT_GROUNDS = ("state_secret", "trade_secret", "privacy", "law")
"""The closed list of lawful grounds (《高等学校信息公开办法》第十条): 国家秘密, 商业秘密,
个人隐私, 法律法规规定不予公开 (the last needs a ``basis`` naming the law and article)."""
STATUSES = ("compliant", "partial", "missing", "internal_only", "not_yet_made", "not_occurred",
            "exempt", "not_applicable")
"""Item statuses, the one list every format follows (labels: ``status.<id>`` in the catalogue).
``internal_only`` 仅校内公开: every publication is on an internal channel (scored 0 by default);
``not_occurred`` 本期未发生: an event-driven item with nothing to disclose (not scored)."""
SCORED_STATUSES = frozenset({"compliant", "partial", "missing", "internal_only", "not_yet_made"})
PROBLEM_KINDS = ("missing", "internal_only", "completeness", "availability", "timeliness",
                 "unknown_date", "convenience", "application")
"""What a ledger entry is about (its key is ``<item>/<kind>``): the item not disclosed, shared
only internally, one dimension of a disclosed item, or publication dates to be supplied; and
``application``, an application for disclosure answered late or not at all (its key is
``application/<id>``)."""
APPLICATION_ITEM = "application"
"""The ``item`` of ledger entries about applications (依申请公开): not a list item."""
REPORT_KINDS = ("公文类", "教学类", "科研类", "招生类", "就业类", "招聘类", "采购招投标类",
                "其他业务动态类")
"""The kinds of information an annual report counts (the seed report's eight, 2022), unless the
school's checklist lists its own under ``report: {kinds: [...]}``."""
REQUESTERS = ("natural_person", "organisation")
"""Who applied for disclosure: 自然人, 法人或其他组织."""
APPLICATION_CHANNELS = ("in_person", "letter", "email", "online", "fax", "other")
"""How an application came in: 当面, 信函, 电子邮件, 网络平台, 传真, 其他."""
OUTCOMES = ("disclosed", "partial", "withheld", "unavailable", "not_processed", "other")
"""How an application was answered: 予以公开, 部分公开, 不予公开 (with a ground from
:data:`EXEMPT_GROUNDS`), 无法提供, 不予处理, 其他."""
GROUNDED_OUTCOMES = frozenset({"partial", "withheld"})
"""Outcomes that withhold something and so need a lawful ground (《高等学校信息公开办法》第十条)."""
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
    linked_from_column: bool = False  # reachable from the column (e.g. national platforms)
    aliases: tuple[str, ...] = ()

    @property
    def reachable_from_column(self) -> bool:
        """True when a publication here counts as reachable from the disclosure column."""
        return self.column or self.linked_from_column


@dataclass(frozen=True)
class PublishLimit:
    """How soon information must be published after it is made: ``days`` working days (the
    list's rule), or calendar days when ``calendar`` (e.g. 《预算法》第十四条 for budgets)."""

    days: int = 20
    calendar: bool = False
    basis: str | None = None  # the rule that sets a non-default limit, cited in findings


@dataclass(frozen=True)
class Item:
    """One item of the checklist, after the school's overrides.

    ``elements`` are names; ``element_kinds`` narrows some of them to institution kinds
    (item 27's 本科生比例), ``event_elements`` marks those that exist only when something
    happens (``event_driven`` marks the whole item).
    """

    id: str
    category: str
    title: str
    title_en: str
    elements: tuple[str, ...]
    cadence: str
    due: str | None = None
    publish_within: PublishLimit = PublishLimit()
    applies_to: tuple[str, ...] = KINDS
    audience: str = "public"
    keywords: tuple[str, ...] = ()
    element_keywords: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    """Per element, patterns that show a title names it (besides the element's own name)."""
    exclude_keywords: tuple[str, ...] = ()
    """Patterns that rule this item out (e.g. 研究生 for undergraduate admissions)."""
    owner_hint: str | None = None
    owner: str | None = None
    remediation: str | None = None
    remediation_en: str | None = None
    note: str | None = None
    note_en: str | None = None
    not_applicable: str | None = None
    source: SourceRef | None = None
    element_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False,
                                                      hash=False)
    event_driven: bool = False
    event_elements: frozenset[str] = frozenset()
    exemptible: bool = True
    always_applies: bool = False
    measures: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    measures_en: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def is_event(self, element: str) -> bool:
        """True when ``element`` exists only when something happens (本期未发生 allowed)."""
        return self.event_driven or element in self.event_elements

    def elements_for(self, kind: str | None) -> tuple[str, ...]:
        """The elements that apply to an institution of ``kind`` (all, if no kind is set)."""
        if kind is None:
            return self.elements
        return tuple(e for e in self.elements if kind in self.element_kinds.get(e, KINDS))


@dataclass(frozen=True)
class Scoring:
    """Scoring settings: dimension weights, the publication limit and the click limit."""

    weights: dict[str, float] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 1.0))
    publish_within_workdays: int = 20
    max_clicks: int = 3
    internal_only_scores_zero: bool = True  # 仅校内公开 earns nothing: the public cannot see it


@dataclass(frozen=True)
class ClassificationRules:
    """How CMS titles are matched to items, besides each item's keywords.

    ``exclude``: patterns of news, meetings and procedures (a title matching one is never a
    disclosure); ``generic``: words too common to identify an item (管理办法, 通知 …), which count
    only when no item-specific keyword matches; ``margin``: by how many characters of specific
    keywords the best item must lead the runner-up to be assigned.
    """

    exclude: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    margin: int = 2


LIMIT_UNITS = ("days", "weeks", "months", "years")
SITE_VERDICTS = ("homepage_not_opened", "column_not_found")
COLUMN_VERDICTS = ("stale", "empty", "not_opened", "too_deep")
SITE_KINDS = ("homepage_not_opened", "column_not_found", "not_opened", "too_deep", "empty", "stale")
"""Ledger entries of the site checks (keys ``site/<verdict>`` for the site, and
``site/column/<id>/<verdict>`` for a column): they belong to no item."""
ENTRY_KINDS = PROBLEM_KINDS + SITE_KINDS
"""Every kind of ledger entry, in the order entries and summaries list them."""


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
class Webhook:
    """A group robot reminders go to. Its address (and secret) come from environment variables.

    ``kind`` is ``wecom`` (企业微信群机器人) or ``dingtalk`` (钉钉自定义机器人); ``url_env`` names
    the variable holding the webhook address with its key or token; ``secret_env`` the variable
    holding a DingTalk robot's signing secret (加签), when the robot uses signing.
    """

    name: str
    kind: str
    url_env: str
    source: SourceRef
    secret_env: str | None = None


@dataclass(frozen=True)
class SmtpServer:
    """The mail server reminders are sent through (always with STARTTLS)."""

    host: str
    port: int
    sender: str
    source: SourceRef
    username: str | None = None
    password_env: str | None = None


@dataclass(frozen=True)
class DeliverySettings:
    """How hard to try: attempts per message, backoff and time limits, all in seconds."""

    attempts: int = 3
    backoff: float = 0.5  # before the 2nd attempt; doubled before each further one
    timeout: float = 10.0  # one attempt
    deadline: float = 20.0  # one message, every attempt included
    total: float = 120.0  # the whole run


@dataclass(frozen=True)
class Recipients:
    """Where one department's reminders go: robots by name, and e-mail addresses."""

    webhooks: tuple[str, ...] = ()
    email: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotifySettings:
    """``notify:`` in checklist.yaml: the robots, the mail server, and who gets what."""

    webhooks: dict[str, Webhook]
    departments: dict[str, Recipients]
    smtp: SmtpServer | None = None
    delivery: DeliverySettings = field(default_factory=DeliverySettings)


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
    notify: NotifySettings | None = None
    classification: ClassificationRules = field(default_factory=ClassificationRules)
    office: str | None = None  # the disclosure office's department (``office``, else a default)
    site: SiteSettings = field(default_factory=SiteSettings)
    report_kinds: tuple[str, ...] = REPORT_KINDS  # ``report: {kinds: [...]}``

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
        return (self.kind is None or self.kind in item.applies_to) and bool(
            item.elements_for(self.kind))

    def in_scope(self, item: Item) -> bool:
        """True when ``item`` counts for this school: it applies to its kind and the checklist
        does not mark it ``not_applicable``."""
        return self.applies(item) and not item.not_applicable


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
    period: int | None = None  # the academic year it reports on (start year), when declared
    linked_from_column: bool = False  # the column links to it (counts as reachable from there)
    origin: str = "declared"  # "crawl": found on the website by ``crawl`` (not a declaration)
    column: str | None = None  # crawled rows: the website column the entry was listed in
    evidence: str | None = None  # crawled rows: the evidence key of the list page
    kind: str | None = None  # the kind of information (公文类 …) the annual report counts it under


@dataclass(frozen=True)
class Withheld:
    """An item (or some of its elements) deliberately not disclosed, with its reason.

    ``elements`` None means all of the item's elements; ``ground`` is one of
    :data:`EXEMPT_GROUNDS` for ``exempt``, with ``basis`` citing the law for ``law``.
    """

    item: str
    reason: str
    department: str
    source: SourceRef
    note: str | None = None
    ground: str | None = None
    expected: dt.date | None = None
    elements: tuple[str, ...] | None = None
    basis: str | None = None


@dataclass(frozen=True)
class WithheldElement:
    """One element of an item that is not disclosed, and the declaration that says why."""

    element: str
    declaration: Withheld
    deadline: dt.date | None = None  # not yet made: when it must be published

    @property
    def reason(self) -> str:
        """The declared reason."""
        return self.declaration.reason


CLASSIFICATION_STATUSES = ("assigned", "ambiguous", "excluded", "not_applicable", "unmatched")


@dataclass(frozen=True)
class Candidate:
    """An item a title matched: characters covered by its specific and its generic keywords."""

    item: str
    score: int
    generic: int = 0
    matched: tuple[str, ...] = ()  # the title's words that matched, ``…`` marking a gap

    @property
    def rank(self) -> tuple[int, int]:
        """Specific keywords first: any specific match outranks any number of generic ones."""
        return (self.score, self.generic)


@dataclass(frozen=True)
class Classification:
    """What the classifier decided for one title, and why.

    ``status``: ``assigned`` (``item`` set), ``ambiguous`` (no clear winner), ``excluded`` (news,
    a meeting or a procedure), ``not_applicable`` (the best match does not apply to the school),
    ``unmatched`` (no keyword at all). ``candidates`` are best first.
    """

    status: str
    item: str | None = None
    candidates: tuple[Candidate, ...] = ()
    excluded_by: tuple[str, ...] = ()  # exclusion patterns the title hit (as written)
    ruled_out: tuple[tuple[str, str], ...] = ()  # (item, pattern) ruled out by exclude_keywords

    @property
    def best(self) -> Candidate | None:
        """The best-scoring candidate, if any."""
        return self.candidates[0] if self.candidates else None

    @property
    def runner_up(self) -> Candidate | None:
        """The second-best candidate, if any."""
        return self.candidates[1] if len(self.candidates) > 1 else None


@dataclass(frozen=True)
class ClassifiedRow:
    """A row declared without an item id, and what classification made of it.

    ``elements`` are the elements an assigned row covers, from its title (empty when the title
    names none of a multi-element item's elements: someone has to fill in ``elements``).
    """

    title: str
    source: SourceRef
    outcome: Classification
    elements: tuple[str, ...] | None = None
    # Where and when it was published, by whom and of what kind: a row that is not a list item
    # still counts in the annual report's statistics by channel and kind.
    channel: str = ""
    published: dt.date | None = None
    department: str = ""
    kind: str | None = None
    url: str | None = None  # the same page declared twice or crawled is counted once
    origin: str = "declared"  # "crawl": a row ``crawl`` found on the website, not a declaration


@dataclass(frozen=True)
class UnmatchedRow:
    """A CMS row that was not assigned to an item, with the items it came close to."""

    title: str
    source: SourceRef
    candidates: tuple[str, ...] = ()
    status: str = "unmatched"
    channel: str = ""  # where it was published: it still counts in the annual report
    published: dt.date | None = None
    department: str = ""
    kind: str | None = None
    origin: str = "declared"  # "crawl": found on the website by ``crawl``


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
    homepage_opened: bool | None = None  # None: not fetched (robots.txt, another host)
    homepage_detail: str | None = None  # why it did not open
    column_found: bool = False
    column_evidence: str | None = None  # the column's first page, or the homepage searched


@dataclass(frozen=True)
class Extension:
    """The one extension of an application's reply limit: approved on a date, for a reason, by
    at most 15 working days (《高等学校信息公开办法》)."""

    approved: dt.date
    reason: str
    days: int = 15


@dataclass(frozen=True)
class Application:
    """One application for disclosure (依申请公开) in the register.

    ``outcome`` and ``replied`` are both set once it is answered; ``ground`` (and ``basis``)
    say why something was withheld (:data:`GROUNDED_OUTCOMES`).
    """

    id: str
    received: dt.date
    requester: str
    channel: str
    subject: str
    department: str
    source: SourceRef
    outcome: str | None = None
    replied: dt.date | None = None
    ground: str | None = None
    basis: str | None = None
    extension: Extension | None = None
    fee: float = 0.0
    note: str | None = None


@dataclass
class Declarations:
    """Every department's declarations in one repo.

    ``crawled`` holds rows a crawl found on the website (``source: crawl``): evidence to compare
    with the declarations, kept apart so that they never count as declared publications. Rows
    the classifier could not assign are kept too (``item`` None): a declared URL still matches
    them.
    """

    publications: list[Publication] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)
    classified: list[ClassifiedRow] = field(default_factory=list)
    applications: list[Application] = field(default_factory=list)
    crawled: list[Publication] = field(default_factory=list)
    sites: list[SiteReport] = field(default_factory=list)

    @property
    def unmatched(self) -> list[UnmatchedRow]:
        """Rows without an item id that classification did not assign (never dropped)."""
        return [UnmatchedRow(r.title, r.source, tuple(c.item for c in r.outcome.candidates),
                             r.outcome.status, channel=r.channel, published=r.published,
                             department=r.department, kind=r.kind, origin=r.origin)
                for r in self.classified if r.outcome.status != "assigned"]


# What an audit finds lives in disclosure_audit.results, built only when a command needs it.
_RESULTS = frozenset({
    "AuditResult",
    "BaselineInfo",
    "Finding",
    "ItemResult",
    "ItemSite",
    "LINK_KINDS",
    "LedgerEntry",
    "LinkResult",
    "ReportWindow",
    "Score",
    "SiteAudit",
    "SiteCheck",
    "SiteMatch",
    "SiteMiss",
    "Summary",
})

if TYPE_CHECKING:
    from disclosure_audit.results import (  # noqa: F401 - names this module gives
        LINK_KINDS,
        AuditResult,
        BaselineInfo,
        Finding,
        ItemResult,
        ItemSite,
        LedgerEntry,
        LinkResult,
        ReportWindow,
        Score,
        SiteAudit,
        SiteCheck,
        SiteMatch,
        SiteMiss,
        Summary,
    )


T = TypeVar("T")


def frozen(cls: type[T], values: dict[str, Any]) -> T:
    """The frozen dataclass ``cls(**values)``, made without its ``__init__``.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``: most of
    the cost of a publication, of which a province holds ~100,000. ``values`` names every
    field in the class's order (so the instance's ``__dict__`` is the one ``__init__`` makes);
    only for classes without ``__post_init__`` and fields all set by ``__init__`` (Publication,
    Item, ItemResult: checked by the tests).
    """
    made = object.__new__(cls)
    made.__dict__.update(values)
    return made


def replaced(obj: T, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)`` for the classes :func:`frozen` serves, without
    going through ``fields()`` and ``__init__`` (the audit replaces each item and result a few
    times). Unknown names are refused as ``replace`` refuses them."""
    values = obj.__dict__
    unknown = [name for name in changes if name not in values]
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {unknown[0]!r}")
    return frozen(type(obj), {**values, **changes})


def __getattr__(name: str) -> Any:
    if name in _RESULTS:
        from disclosure_audit import results

        return getattr(results, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
