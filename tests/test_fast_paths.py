"""Fast paths taken for the common case give the answer the general code gives (issue 16):
a plain URL is one the URL check accepts; an ISO date is read as the general pattern reads it."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

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


def test_a_publication_made_without_init_is_the_one_init_makes() -> None:
    """``frozen`` builds a Publication by filling its ``__dict__``: every field named, in the
    class's order, and no ``__post_init__`` it would skip."""
    from dataclasses import fields

    from disclosure_audit.model import Publication, SourceRef, frozen

    values = {f.name: f"v-{f.name}" for f in fields(Publication)}
    values["source"] = SourceRef("a.yaml", 3, 5)
    made, usual = frozen(Publication, values), Publication(**values)
    assert made == usual and hash(made) == hash(usual) and repr(made) == repr(usual)
    assert list(vars(made)) == list(vars(usual))
    assert not hasattr(Publication, "__post_init__")


def test_the_fast_path_names_every_field_of_a_publication(tmp_path) -> None:
    """The dict ``to_publication`` fills names the dataclass's fields, in order."""
    from dataclasses import fields

    from disclosure_audit.model import Checklist, Publication, SourceRef
    from disclosure_audit.sources.convert import Entry, to_publication
    from disclosure_audit.spec import load_checklist

    checklist, _ = load_checklist(_moe(tmp_path))
    assert isinstance(checklist, Checklist)
    entry = Entry({"item": "1", "title": "t", "channel": "website", "published": "2022-03-01",
                   "made": "2022-02-01"}, "d.yaml", "财务处", lambda name: (1, 1))
    publication, _ = to_publication(entry, checklist)
    assert isinstance(publication, Publication)
    assert list(vars(publication)) == [f.name for f in fields(Publication)]
    assert publication.source == SourceRef("d.yaml", 1, 1)
    assert list(vars(publication.source)) == ["path", "line", "column"]
    assert publication.made == dt.date(2022, 2, 1) and publication.published == dt.date(2022, 3, 1)


def _moe(folder):  # noqa: ANN001, ANN202 - a minimal school repo's checklist
    path = folder / "checklist.yaml"
    path.write_text("extends: moe-2014\n", encoding="utf-8")
    return path


def test_a_date_read_twice_is_the_same_date_and_a_bad_one_is_reported_each_time() -> None:
    from disclosure_audit.sources.convert import Entry, date_field

    for _ in range(2):
        good = Entry({"made": "2022-03-01"}, "d.yaml", "x", lambda name: (2, 3))
        assert date_field(good, "made") == dt.date(2022, 3, 1) and not good.problems
        bad = Entry({"made": "2022-02-30"}, "d.yaml", "x", lambda name: (2, 3))
        assert date_field(bad, "made") is None
        assert [p.code for p in bad.problems] == ["date-calendar"]


def test_a_declaration_file_is_shown_as_display_path_shows_it(tmp_path, monkeypatch) -> None:
    """``display_path`` (the folder's display path remembered, joined with the name) names a
    file as resolving it in full does: below the working directory or not, through a linked
    folder, for a linked file, relative or absolute, missing, or ending in ``..``."""
    from disclosure_audit.diagnostics import display_path, resolved_display

    repo = tmp_path / "repo"
    (repo / "declarations").mkdir(parents=True)
    (repo / "declarations" / "财务处.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.yaml").write_text("x", encoding="utf-8")
    (repo / "declarations" / "link.yaml").symlink_to(tmp_path / "elsewhere" / "a.yaml")
    (tmp_path / "alias").symlink_to(repo, target_is_directory=True)
    files = [repo / "declarations" / "财务处.yaml", repo / "declarations" / "link.yaml",
             tmp_path / "alias" / "declarations" / "财务处.yaml", repo / "missing.yaml",
             repo / "declarations" / "..", repo]
    for cwd in (tmp_path, repo, repo / "declarations", tmp_path / "elsewhere"):
        monkeypatch.chdir(cwd)
        for path in files + [Path(os.path.relpath(f, cwd)) for f in files]:
            assert display_path(path) == resolved_display(path), (cwd, path)


def test_measures_merge_only_the_parameters_their_text_names(monkeypatch) -> None:
    """A measure is filled in from the parameters its catalogue text names (a late entry's
    names the limit, not the dozen parameters of each late publication): every measure of the
    example's ledger, in both languages, is the one the full merge gives."""
    from conftest import EXAMPLE
    from disclosure_audit.ledger import measures
    from disclosure_audit.services import audit

    assert measures.placeholders("measure.late") == {"limit_days", "limit_unit"}
    result = audit.run(audit.AuditRequest(EXAMPLE, dt.date(2022, 9, 15)))
    assert result.ledger
    full = measures._merged
    monkeypatch.setattr(measures, "_merged", lambda group, lang, wanted=None: full(group, lang))
    for entry in result.ledger:
        if entry.kind == "application":
            continue
        item = next(r for r in result.items if r.item.id == entry.item)
        assert measures.measure_for(item, entry.problem, "zh") == entry.measure
        assert measures.measure_for(item, entry.problem, "en") == entry.measure_en


def test_replaced_is_dataclasses_replace_for_the_classes_it_serves() -> None:
    import dataclasses

    import pytest

    from conftest import EXAMPLE
    from disclosure_audit.model import (
        Item,
        ItemResult,
        ItemSite,
        Publication,
        SourceRef,
        replaced,
    )
    from disclosure_audit.services import audit

    for cls in (Item, ItemResult, ItemSite, Publication, SourceRef):
        assert not hasattr(cls, "__post_init__")
        assert all(f.init for f in dataclasses.fields(cls))
    result = audit.run(audit.AuditRequest(EXAMPLE, dt.date(2022, 9, 15)))
    for done in result.items:
        for obj, changes in ((done, {"status": "x", "score": 1.0}),
                             (done.item, {"elements": ("a",)})):
            new, usual = replaced(obj, **changes), dataclasses.replace(obj, **changes)
            assert new == usual and list(vars(new)) == list(vars(usual))
            assert vars(new) == vars(usual) and obj != new
    with pytest.raises(TypeError):
        replaced(result.items[0], nonsense=1)
