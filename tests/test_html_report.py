"""The HTML report as a file: self-contained, accessible markup, the data it embeds, escaping."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from conftest import GOOD_DECLARATION, audit_json
from disclosure_audit.formats.html.charts import (
    HEAT,
    PALETTE,
    STATUS_COLOURS,
    contrast,
    quartiles,
    text_pairs,
)
from disclosure_audit.formats.html.render import json_script
from disclosure_audit.ledger.tracked import HistoryEvent, TrackedEntry, TrackedLedger
from disclosure_audit.ledger.trend import trend


def page(path: Path):  # noqa: ANN201 - an lxml tree
    return lxml_html.fromstring(path.read_bytes())


def embedded(tree) -> dict:  # noqa: ANN001
    (script,) = tree.xpath('//script[@id="report-data"]')
    assert script.get("type") == "application/json"
    return json.loads(script.text)


@pytest.fixture
def report(example: Path, run_cli, tmp_path: Path) -> Path:
    out = tmp_path / "report.html"
    result = run_cli("audit", example, "--as-of", "2022-09-15", "--format", f"html:{out}")
    assert result.exit_code == 0, result.stderr
    return out


@pytest.mark.parametrize(("name", "fg", "bg"), text_pairs(), ids=lambda v: str(v))
def test_every_text_colour_has_contrast_4_5(name: str, fg: str, bg: str) -> None:
    assert contrast(fg, bg) >= 4.5, f"{name}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"


def test_contrast_formula_and_the_css_uses_the_palette(report: Path) -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # the classic just-failing grey
    css = page(report).xpath("//style")[0].text
    for colour in [PALETTE["text"], PALETTE["overdue_text"], *HEAT[:1],
                   *(fg for fg, _ in STATUS_COLOURS.values())]:
        assert colour in css or colour in report.read_text(encoding="utf-8")


def test_page_is_self_contained(report: Path) -> None:
    tree = page(report)
    text = report.read_text(encoding="utf-8")
    assert not tree.xpath("//link | //img | //iframe | //object | //embed | //script[@src]")
    for element in tree.xpath("//*[@href or @src]"):
        assert not (element.get("href") or element.get("src") or "").startswith(("http", "//"))
    css_and_js = "".join(tree.xpath("//style/text() | //script[not(@type)]/text()"))
    assert "url(" not in css_and_js and "@import" not in css_and_js and "fetch(" not in css_and_js
    assert "default-src 'none'" in text  # and the browser is told to fetch nothing


def test_embedded_data_is_the_json_result(report: Path, example: Path, run_cli) -> None:
    data = embedded(page(report))
    assert data["kind"] == "audit"
    assert data["result"] == audit_json(run_cli, example)
    tree = page(report)
    counts = {td.get("data-status-count"): int(td.text) for td in
              tree.xpath("//td[@data-status-count]")}
    assert counts == data["result"]["summary"]["counts"]
    assert len(tree.xpath('//table[@id="items"]/tbody/tr')) == len(data["result"]["items"])


def test_accessible_markup(report: Path) -> None:
    tree = page(report)
    assert tree.get("lang") == "zh-CN"
    for table in tree.xpath("//table"):
        assert table.xpath("caption"), table.get("id")
        assert all(th.get("scope") == "col" for th in table.xpath("thead//th"))
        assert all(th.get("scope") == "row" for th in table.xpath("tbody//th"))
    svgs = tree.xpath("//svg")
    assert len(svgs) >= 1
    for svg in svgs:
        assert svg.get("role") == "img"
        for ref in svg.get("aria-labelledby").split():
            (target,) = tree.xpath(f'//*[@id="{ref}"]')
            assert target.text and target.text.strip()
        figure = svg.getparent()
        assert figure.xpath("table"), "every chart has its numbers in a table"


def test_hostile_titles_cannot_break_out(make_repo, run_cli, tmp_path: Path) -> None:
    evil = "</script><script>alert(1)</script><b>粗体</b> & “引号”"
    repo = make_repo(checklist="""\
        extends: moe-2014
        institution: {name: "学院</title><script>x()</script>", kind: undergraduate}
        review_period: {start: 2021-09-01, end: 2022-08-31}
        departments: [招生就业处]
        items:
          "7": {owner: 招生就业处}
        """, files={"declarations/招生就业处.yaml": GOOD_DECLARATION.replace(
        "2022年招生章程", json.dumps(evil, ensure_ascii=False))})
    out = tmp_path / "evil.html"
    result = run_cli("audit", repo, "--as-of", "2022-09-15", "--format", f"html:{out}",
                     "--format", f"json:{tmp_path / 'r.json'}")
    assert result.exit_code == 0, result.stderr
    tree = page(out)
    assert len(tree.xpath("//script")) == 2  # the data and our own script, nothing injected
    assert not tree.xpath("//b") and "学院</title>" in tree.xpath("//h1")[0].text_content()
    data = embedded(tree)
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == data["result"]
    assert json_script("</script>") == '"\\u003c/script\\u003e"'


def test_english_page(example: Path, run_cli, tmp_path: Path) -> None:
    out = tmp_path / "en.html"
    assert run_cli("audit", example, "--as-of", "2022-09-15", "--lang", "en",
                   "--format", f"html:{out}").exit_code == 0
    tree = page(out)
    assert tree.get("lang") == "en"
    assert "Rectification ledger" in out.read_text(encoding="utf-8")
    assert tree.xpath("//h2")[0].text == "Summary"


def test_ledger_page_and_the_audit_page_show_the_tracked_ledger(example: Path, run_cli,
                                                                tmp_path: Path) -> None:
    for when in ("2022-09-15", "2022-10-20", "2022-11-20"):
        assert run_cli("ledger", "update", example, "--as-of", when).exit_code == 0
    out = tmp_path / "ledger.html"
    result = run_cli("ledger", "export", example, "--format", "html", "-o", out,
                     "--as-of", "2022-11-20")
    assert result.exit_code == 0, result.stderr
    tree = page(out)
    data = embedded(tree)["ledger"]
    overdue = tree.xpath('//table[@id="ledger"]/tbody/tr[contains(@class, "overdue")]')
    assert len(overdue) == data["totals"]["overdue"] > 0
    assert all("已逾期" in tr.text_content() for tr in overdue)  # not by colour alone
    assert [p["date"] for p in data["trend"]] == ["2022-09-15", "2022-11-20"]
    audit = tmp_path / "audit.html"
    assert run_cli("audit", example, "--as-of", "2022-11-20",
                   "--format", f"html:{audit}").exit_code == 0
    assert embedded(page(audit))["ledger"]["totals"] == data["totals"]


def test_trend_replays_the_history() -> None:
    def entry(key: str, deadline: str, *events: tuple[str, str | None, str]) -> TrackedEntry:
        e = TrackedEntry(key, "7", "t", "d", None, "p", "m", dt.date.fromisoformat(events[0][0]),
                         dt.date.fromisoformat(deadline))
        e.history = [HistoryEvent(dt.date.fromisoformat(d), f, to, "audit") for d, f, to in events]
        e.status = e.history[-1].to_status
        return e

    ledger = TrackedLedger(updated=dt.date(2022, 12, 1), entries=[
        entry("7/missing", "2022-10-18", ("2022-09-15", None, "open"),
              ("2022-11-20", "open", "done")),
        entry("8/missing", "2022-12-31", ("2022-09-15", None, "open")),
        entry("9/missing", "2022-11-18", ("2022-10-20", None, "open")),
    ])
    assert trend(ledger) == [
        {"date": "2022-09-15", "open": 2, "overdue": 0, "done": 0, "waived": 0},
        {"date": "2022-10-20", "open": 2, "overdue": 1, "done": 0, "waived": 0},
        {"date": "2022-11-20", "open": 1, "overdue": 1, "done": 1, "waived": 0},
        {"date": "2022-12-01", "open": 1, "overdue": 1, "done": 1, "waived": 0},
    ]


def test_quartiles() -> None:
    assert quartiles([]) is None
    assert quartiles([50.0]) == (50.0, 50.0, 50.0)
    assert quartiles([10.0, 20.0, 30.0, 40.0, 50.0]) == (20.0, 30.0, 40.0)


def test_province_page(example: Path, run_cli, tmp_path: Path) -> None:
    import shutil

    province = tmp_path / "province"
    shutil.copytree(example, province / "a")
    shutil.copytree(example, province / "b")
    (province / "b/declarations/财务处.yaml").unlink()
    out = tmp_path / "p.html"
    result = run_cli("audit", "--batch", province, "--as-of", "2022-09-15", "--jobs", "1",
                     "--format", f"html:{out}")
    assert result.exit_code == 0, result.stderr
    data = embedded(page(out))
    ranking = json.loads(run_cli("audit", "--batch", province, "--as-of", "2022-09-15",
                                 "--jobs", "1", "--format", "json").stdout)
    assert data["schools"] == ranking["schools"]
    scores = sorted(s["by_dimension"]["completeness"] for s in ranking["schools"])
    assert data["quartiles"]["completeness"] == list(quartiles(scores))
    top = data["most_missing"][0]
    assert top["schools"] == 2  # missing in both schools
    assert {"19", "20"} <= {m["item"] for m in data["most_missing"]}  # b lost its budget items
    assert len(page(out).xpath('//table[@id="ranking"]/tbody/tr')) == 2
    bad = run_cli("audit", "--batch", province, "--format", "markdown")
    assert bad.exit_code == 2 and "html" in bad.stderr
