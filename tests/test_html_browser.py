"""The HTML reports in a real browser: headless Debian Chromium driven by Playwright.

No console errors, no request but the file itself, the counts shown equal the JSON result's,
filters hide what they should, sorting sorts, and with JavaScript off everything but filtering
and sorting is there. A screenshot of each page is saved in the test's temporary folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from browser import browse
from conftest import audit_json

AS_OF = "2022-11-20"


@pytest.fixture
def tracked(example: Path, run_cli) -> Path:
    """The example with a ledger updated three times (entries overdue by the last)."""
    for when in ("2022-09-15", "2022-10-20", AS_OF):
        assert run_cli("ledger", "update", example, "--as-of", when).exit_code == 0
    return example


@pytest.fixture
def audit_page(tracked: Path, run_cli, tmp_path: Path) -> Path:
    out = tmp_path / "report.html"
    result = run_cli("audit", tracked, "--as-of", AS_OF, "--format", f"html:{out}")
    assert result.exit_code == 0, result.stderr
    return out


def _clean(browsed, path: Path) -> None:
    assert browsed.errors == []
    assert [m for m in browsed.console if m[0] in ("error", "warning")] == []
    assert browsed.requests == [path.as_uri()]  # the file itself and nothing else


def _visible_rows(page, table: str) -> list:
    return page.locator(f"#{table} tbody tr:visible").all()


def test_audit_page_in_chromium(audit_page: Path, tracked: Path, run_cli,
                                tmp_path: Path) -> None:
    expected = audit_json(run_cli, tracked, as_of=AS_OF)
    with browse(audit_page, tmp_path / "profile") as b:
        page = b.page
        data = json.loads(page.locator("#report-data").text_content())
        assert data["result"] == expected
        shown = {s: int(page.locator(f'[data-status-count="{s}"]').inner_text())
                 for s in expected["summary"]["counts"]}
        assert shown == expected["summary"]["counts"]
        assert page.locator('[data-figure="score"]').inner_text() == \
            f"{expected['summary']['score']:.1f}"
        assert page.locator('[data-figure="missing"]').inner_text() == \
            str(expected["summary"]["counts"]["missing"])
        assert int(page.locator('[data-figure="overdue"]').inner_text()) == \
            data["ledger"]["totals"]["overdue"]
        assert len(_visible_rows(page, "items")) == len(expected["items"])
        assert page.locator("#items-shown").inner_text() == \
            f"显示 {len(expected['items'])} / {len(expected['items'])} 项"

        page.select_option('select[data-field="department"]', "财务处")
        rows = _visible_rows(page, "items")
        assert len(rows) == sum(1 for i in expected["items"] if i["department"] == "财务处")
        assert all(r.get_attribute("data-department") == "财务处" for r in rows)
        page.select_option('select[data-field="status"]', "partial")
        rows = _visible_rows(page, "items")
        assert len(rows) == sum(1 for i in expected["items"]
                                if i["department"] == "财务处" and i["status"] == "partial") > 0
        page.select_option('select[data-field="department"]', "")
        page.select_option('select[data-field="status"]', "")
        page.select_option('select[data-field="failed"]', "convenience")
        failed = {i["id"] for i in expected["items"]
                  if i["dimensions"].get("convenience", {}).get("passed") is False}
        rows = _visible_rows(page, "items")
        assert {r.locator("td").first.inner_text() for r in rows} == failed
        page.select_option('select[data-field="failed"]', "")

        header = page.locator("#items thead th").nth(4)  # 得分
        header.locator("button").click()
        header.locator("button").click()  # descending
        assert header.get_attribute("aria-sort") == "descending"
        scores = [float(v) for v in page.locator("#items tbody tr td:nth-child(5)").evaluate_all(
            "cells => cells.map(c => c.getAttribute('data-sort-value'))") if v]
        assert scores == sorted(scores, reverse=True) and len(set(scores)) > 1
        overdue = page.locator("#ledger tbody tr.overdue")
        assert overdue.count() == data["ledger"]["totals"]["overdue"] > 0
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)  # docs/report.png
        _clean(b, audit_page)
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_audit_page_without_javascript(audit_page: Path, tmp_path: Path) -> None:
    with browse(audit_page, tmp_path / "profile", javascript=False) as b:
        page = b.page
        assert not page.locator(".controls").first.is_visible()  # filters need JS: hidden
        assert len(_visible_rows(page, "items")) == page.locator("#items tbody tr").count()
        assert page.locator("#dimensions-table tbody tr").count() == 4
        assert page.locator("svg[role=img]").first.is_visible()
        _clean(b, audit_page)


def test_printed_page(audit_page: Path, tmp_path: Path) -> None:
    with browse(audit_page, tmp_path / "profile") as b:
        b.page.emulate_media(media="print")
        assert not b.page.locator(".controls").first.is_visible()
        pdf = b.page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
        _clean(b, audit_page)


def test_ledger_page_in_chromium(tracked: Path, run_cli, tmp_path: Path) -> None:
    out = tmp_path / "ledger.html"
    assert run_cli("ledger", "export", tracked, "--format", "html", "-o", out,
                   "--as-of", AS_OF).exit_code == 0
    with browse(out, tmp_path / "profile") as b:
        data = json.loads(b.page.locator("#report-data").text_content())["ledger"]
        for status, count in data["totals"].items():
            assert int(b.page.locator(f'li [data-ledger-count="{status}"]').inner_text()) == count
        # the department, the dimension and the deadline are read at a glance: one line each,
        # not squeezed to a character per line beside the long problem and measure texts
        lines = b.page.eval_on_selector_all(
            "#ledger tbody tr:first-child td", """cells => cells.map(cell => {
                const range = document.createRange(); range.selectNodeContents(cell);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; })""")
        assert [lines[i] for i in (1, 2, 5)] == [1, 1, 1], lines
        b.page.select_option('select[data-field="status"]', "overdue")
        assert len(_visible_rows(b.page, "ledger")) == data["totals"]["overdue"]
        b.page.screenshot(path=str(tmp_path / "ledger.png"), full_page=True)
        _clean(b, out)


def test_province_page_in_chromium(tracked: Path, example: Path, run_cli,
                                   tmp_path: Path) -> None:
    province = tmp_path / "province"
    shutil.copytree(tracked, province / "tracked")
    shutil.copytree(Path(__file__).resolve().parents[1] / "examples/zhuzhou-2022",
                    province / "example")
    (province / "example/declarations/财务处.yaml").unlink()
    out = tmp_path / "province.html"
    result = run_cli("audit", "--batch", province, "--as-of", AS_OF, "--jobs", "1",
                     "--format", f"html:{out}")
    assert result.exit_code == 0, result.stderr
    with browse(out, tmp_path / "profile") as b:
        page = b.page
        data = json.loads(page.locator("#report-data").text_content())
        assert page.locator("#ranking tbody tr").count() == len(data["schools"]) == 2
        first = page.locator("#ranking tbody tr").first.locator("td")
        assert first.nth(1).inner_text() == data["schools"][0]["name"]
        median = page.locator("#spread-table tbody tr").nth(1).locator("td").nth(1)
        assert float(median.inner_text()) == data["quartiles"]["completeness"][1]
        assert page.locator("#most-missing tbody tr").count() == len(data["most_missing"])
        header = page.locator("#ranking thead th").nth(3)
        header.locator("button").click()  # ascending by score
        ranks = page.locator("#ranking tbody tr td:first-child").all_inner_texts()
        assert ranks == ["2", "1"]
        page.screenshot(path=str(tmp_path / "province.png"), full_page=True)
        _clean(b, out)


def test_pages_reflow_on_a_phone(audit_page: Path, tracked: Path, run_cli,
                                 tmp_path: Path) -> None:
    """At 390 px the page never scrolls sideways: it reflows, and a table wider than the
    screen scrolls inside itself."""
    ledger = tmp_path / "ledger.html"
    assert run_cli("ledger", "export", tracked, "--format", "html", "-o", ledger,
                   "--as-of", AS_OF).exit_code == 0
    for path in (audit_page, ledger):
        with browse(path, tmp_path / f"profile-{path.stem}", width=390) as b:
            page_width, screen = b.page.evaluate(
                "[document.documentElement.scrollWidth, window.innerWidth]")
            assert page_width <= screen == 390
            wide = b.page.eval_on_selector_all("table", """tables => tables
                .filter(t => t.scrollWidth > t.clientWidth + 1)
                .map(t => [t.id, getComputedStyle(t).overflowX])""")
            assert wide and all(overflow == "auto" for _, overflow in wide), wide
            assert "ledger" in {table for table, _ in wide}
            _clean(b, path)
