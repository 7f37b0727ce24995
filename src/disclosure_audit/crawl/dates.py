"""Dates in a list row's text and in article URLs (regular expressions over text, not HTML)."""

from __future__ import annotations

import datetime as dt
import re

# 2022-03-10, 2022/3/10, 2022.03.10, 2022年3月10日, [2022-03-10], (2022-03-10)
TEXT_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
# Dates CMSs put in article paths: /2022/0310/c1234a5678/page.htm (博达 VSB),
# /202203/t20220310_1.html (TRS), /2022-03-10/, /2022/03/10/, /20220310/.
URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),
    re.compile(r"[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"),
    re.compile(r"/((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
)


def date_in_text(text: str) -> dt.date | None:
    """The first valid date written in ``text``."""
    for match in TEXT_DATE.finditer(text):
        found = _date(*match.groups())
        if found is not None:
            return found
    return None


def date_in_url(url: str) -> dt.date | None:
    """The date an article URL carries in its path, if it has one."""
    path = url.split("?", 1)[0]
    for pattern in URL_DATES:
        match = pattern.search(path)
        if match:
            found = _date(*match.groups())
            if found is not None:
                return found
    return None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
