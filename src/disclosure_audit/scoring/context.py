"""What every dimension needs besides the item and its publications."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from disclosure_audit.calendar import WorkCalendar
from disclosure_audit.model import Channel, Checklist, LinkResult, Publication


@dataclass
class ScoringContext:
    """The as-of date, the review period, the calendar and the checklist's settings.

    ``calendar_gaps`` collects years for which the calendar has no official adjusted-workday
    data, so the audit can warn once per year rather than once per publication.
    """

    checklist: Checklist
    as_of: dt.date
    period: tuple[dt.date, dt.date]
    calendar: WorkCalendar
    calendar_gaps: set[int] = field(default_factory=set)
    links: dict[str, LinkResult] | None = None  # None: links were not checked

    def link(self, publication: Publication) -> LinkResult | None:
        """The probe result for a publication's URL (None when not checked or no URL)."""
        if self.links is None or not publication.url:
            return None
        return self.links.get(publication.url)

    def reachable(self, publication: Publication) -> bool:
        """True unless links were checked and this publication's link failed (or is missing).

        With ``--check-links`` availability must rest on evidence: a public publication
        without a URL cannot be verified, so it does not count.
        """
        if self.links is None:
            return True
        result = self.link(publication)
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

    def workdays(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to ``end``, noting years without official data."""
        for year in range(start.year, end.year + 1):
            if not self.calendar.has_official_data(year):
                self.calendar_gaps.add(year)
        return self.calendar.workdays_between(start, end)
