"""What every dimension needs besides the item and its publications."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from disclosure_audit.calendar import WorkCalendar
from disclosure_audit.model import Channel, Checklist, LinkResult, Publication, PublishLimit

if TYPE_CHECKING:
    from disclosure_audit.scoring.site.compare import SiteComparison


@dataclass
class ScoringContext:
    """The as-of date, the review period, the calendar and the checklist's settings.

    ``calendar_gaps`` collects the years without the State Council's holiday schedule in
    which a working-day count was made (timeliness, ledger deadlines), so the audit can add
    one note for them rather than one per date.
    """

    checklist: Checklist
    as_of: dt.date
    period: tuple[dt.date, dt.date]
    calendar: WorkCalendar
    calendar_gaps: set[int] = field(default_factory=set)
    links: dict[str, LinkResult] | None = None  # None: links were not checked
    site: SiteComparison | None = None  # declared versus found, when the repo has a crawl file

    def link(self, publication: Publication) -> LinkResult | None:
        """The probe result for a publication's URL (None when not checked or no URL)."""
        if self.links is None or not publication.url:
            return None
        return self.links.get(publication.url)

    def reachable(self, publication: Publication) -> bool:
        """True unless links were checked and this publication's link failed (or is missing).

        With ``--check-links`` availability must rest on evidence: a public publication
        without a URL cannot be verified, so it does not count. A row the crawl found in the
        column is evidence of its own: it fails only when its link was probed and failed.
        """
        if self.links is None:
            return True
        result = self.link(publication)
        if result is None and publication.origin == "crawl":
            return True
        return result is not None and result.ok

    def channel(self, publication: Publication) -> Channel | None:
        """The channel a publication appeared on."""
        return self.checklist.channels.get(publication.channel)

    def is_public(self, publication: Publication) -> bool:
        """True when society can get the publication (a public channel)."""
        channel = self.channel(publication)
        return bool(channel and channel.public)

    def channel_name(self, publication: Publication, lang: str = "zh") -> str:
        """The channel's display name."""
        channel = self.channel(publication)
        if channel is None:
            return publication.channel
        return channel.name_en if lang == "en" else channel.name

    def reachable_from_column(self, publication: Publication) -> bool:
        """In the disclosure column, on a channel it links to (national platforms), or
        declared ``linked_from_column``."""
        channel = self.channel(publication)
        return publication.linked_from_column or bool(channel and channel.reachable_from_column)

    def in_period(self, publication: Publication) -> bool:
        """True when the publication was made or published inside the review period."""
        start, end = self.period
        made, published = publication.made, publication.published
        return (made is not None and start <= made <= end) or (
            published is not None and start <= published <= end)

    def workdays(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to ``end``, noting years without official data."""
        self._note_years(start, end)
        return self.calendar.workdays_between(start, end)

    def add_workdays(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start``, noting years without official data."""
        result = self.calendar.add_workdays(start, count)
        self._note_years(start, result)
        return result

    def elapsed(self, made: dt.date, published: dt.date, limit: PublishLimit) -> int:
        """Days from made to published in the limit's unit (working or calendar days)."""
        if limit.calendar:
            return max(0, (published - made).days)
        return self.workdays(made, published)

    def deadline_after(self, start: dt.date, limit: PublishLimit) -> dt.date:
        """The last day to publish information made on ``start``."""
        if limit.calendar:
            return start + dt.timedelta(days=limit.days)
        return self.add_workdays(start, limit.days)

    def _note_years(self, start: dt.date, end: dt.date) -> None:
        for year in range(min(start.year, end.year), max(start.year, end.year) + 1):
            if not self.calendar.has_official_data(year):
                self.calendar_gaps.add(year)
