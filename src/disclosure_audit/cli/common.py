"""What every command shares: the language option, ``--as-of`` parsing, the debug flag."""

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from disclosure_audit.errors import InputError
from disclosure_audit.i18n import get_lang, set_lang, t

set_lang(None)  # help texts follow DISCLOSURE_AUDIT_LANG


class Lang(StrEnum):
    """Output languages."""

    zh = "zh"
    en = "en"


class TableOrJson(StrEnum):
    """Output of ``links``, ``diff`` and ``ledger show``."""

    table = "table"
    json = "json"


def _lang_first(value: Lang | None) -> Lang | None:
    """``--lang`` takes effect as soon as it is read, so a ``--help`` after it (and every
    message of the parser) is in that language."""
    if value is not None:
        set_lang(value.value)
    return value


LangOption = Annotated[Lang | None, typer.Option("--lang", help=t("help.lang"),
                                                  envvar="DISCLOSURE_AUDIT_LANG",
                                                  callback=_lang_first, is_eager=True)]
AsOfOption = Annotated[str | None, typer.Option("--as-of", metavar="DATE", help=t("help.as_of"))]
state = {"debug": False}


def use_lang(lang: Lang | None) -> str:
    """Apply a command's ``--lang`` (else keep the global one); return the language."""
    return set_lang(lang.value) if lang is not None else get_lang()


def debug() -> bool:
    """Whether ``--debug`` was given."""
    return state["debug"]


def parse_as_of(value: str | None) -> dt.date:
    """``--as-of`` as a date (today when not given); a bad date is a usage error."""
    return dt.date.today() if value is None else parse_date_option(value, "--as-of")


def parse_date_option(value: str, option: str) -> dt.date:
    """A date given to ``option``; a bad date is a usage error naming the option."""
    from disclosure_audit.dates import DateError, parse_date
    from disclosure_audit.diagnostics import Problem

    try:
        return parse_date(value)
    except DateError as exc:
        raise InputError(Problem(option, None, None, f"date-{exc.reason}",
                                 {"field": option, "value": value},
                                 hint_key="hint.date")) from None


CheckLinksOption = Annotated[bool, typer.Option("--check-links", help=t("help.check_links"))]
MaxAgeOption = Annotated[str, typer.Option("--links-max-age", metavar="AGE",
                                           help=t("help.links_max_age"))]
RefreshOption = Annotated[bool, typer.Option("--refresh", help=t("help.refresh"))]
TimeoutOption = Annotated[float, typer.Option("--links-timeout", metavar="SECONDS", min=0.1,
                                              help=t("help.links_timeout"))]
DeadlineOption = Annotated[float, typer.Option("--links-deadline", metavar="SECONDS", min=0.1,
                                               help=t("help.links_deadline"))]
ConcurrencyOption = Annotated[int, typer.Option("--links-concurrency", metavar="N", min=1,
                                                help=t("help.links_concurrency"))]
PerHostOption = Annotated[int, typer.Option("--links-per-host", metavar="N", min=1,
                                            help=t("help.links_per_host"))]


def link_options(max_age: str, refresh: bool, timeout: float, concurrency: int,
                 per_host: int, deadline: float = 30.0):  # noqa: ANN201 - a LinkOptions
    """The link-check settings from the command line."""
    from disclosure_audit.diagnostics import Problem
    from disclosure_audit.links.cache import parse_age
    from disclosure_audit.links.probe import ProbeSettings
    from disclosure_audit.links.service import LinkOptions

    try:
        age = parse_age(max_age)
    except ValueError:
        raise InputError(Problem("--links-max-age", None, None, "bad-age",
                                 {"value": max_age})) from None
    settings = ProbeSettings(timeout=timeout, deadline=deadline, global_limit=concurrency,
                             per_host_limit=min(per_host, concurrency))
    return LinkOptions(settings=settings, max_age=age, refresh=refresh)


def crawl_settings(max_pages: int, time_limit: str, delay: float, timeout: float,
                   allow_hosts: list[str]):  # noqa: ANN201 - a CrawlSettings (imported lazily)
    """The crawl's bounds from the command line; a bad ``--time-limit`` is a usage error."""
    from disclosure_audit.crawl.settings import CrawlSettings
    from disclosure_audit.diagnostics import Problem
    from disclosure_audit.links.cache import parse_age

    try:
        limit = parse_age(time_limit).total_seconds()
    except ValueError:
        limit = -1.0
    if limit <= 0:
        raise InputError(Problem("--time-limit", None, None, "bad-age", {"value": time_limit}))
    return CrawlSettings(max_pages=max_pages, time_limit=limit, delay=delay, timeout=timeout,
                         allow_hosts=tuple(h.strip().lower() for h in allow_hosts if h.strip()))
