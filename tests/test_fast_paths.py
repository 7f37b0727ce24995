"""Fast paths taken for the common case give the answer the general code gives (issue 16):
a plain URL is one the URL check accepts; an ISO date is read as the general pattern reads it."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from disclosure_audit import dates
from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.sources.convert import _PLAIN_URL, parse_format, url_is_valid

URL_PARTS = st.text(alphabet="aZ09.-_:/?#@[]% \t~é", max_size=12)


@given(st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "http:/", ""]), URL_PARTS,
       URL_PARTS)
def test_a_plain_url_is_a_valid_url(scheme: str, host: str, rest: str) -> None:
    url = scheme + host + rest
    if _PLAIN_URL.fullmatch(url):
        assert url_is_valid(url)


def test_plain_urls_take_the_fast_path_and_odd_ones_the_check() -> None:
    assert _PLAIN_URL.fullmatch("https://www.example.edu.cn/xxgk/19/12.htm?id=3#top")
    for odd in ("http://x.cn:8080/a", "http://[::1]/", "http://用户.cn/", "http://a b/"):
        assert not _PLAIN_URL.fullmatch(odd)
    assert url_is_valid("http://x.cn:8080/a") and not url_is_valid("http://x.cn:99999/")
    assert not url_is_valid("http://a b/") and not url_is_valid("mailto:x@y.cn")


def _general(value: str) -> dt.date | str:
    saved = dates._ISO
    dates._ISO = re.compile("(?!)")  # never matches: the general pattern only
    try:
        return parse_date(value)
    except DateError as exc:
        return exc.reason
    finally:
        dates._ISO = saved


def _fast(value: str) -> dt.date | str:
    try:
        return parse_date(value)
    except DateError as exc:
        return exc.reason


@given(st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"))
def test_iso_dates_read_as_the_general_pattern_reads_them(value: str) -> None:
    assert _fast(value) == _general(value)


def test_format_names_in_both_languages() -> None:
    assert parse_format(" PDF ") == "pdf"
    assert parse_format("扫描版 pdf") == "scanned_pdf"
    assert parse_format("Word Document") == "doc"
    assert parse_format("图片") == "image"
    assert parse_format("nonsense") is None
