"""What trying the finished tool as a new user, and as a hostile one, found: each case as it was
met from the installed CLI, now a test (the review of issues 10-15 from the user's side)."""

from __future__ import annotations

import pytest
import yaml

from conftest import GOOD_DECLARATION

AS_OF = ("--as-of", "2022-09-15")
NOWHERE = "http://127.0.0.1:1/"
"""A homepage nothing listens on: the crawl ends at once, and never leaves this machine."""


# ── crawl -o: never a repo input, and "-" is standard output ───────────────────
def test_crawl_rewrites_its_own_file_in_declarations(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    site = repo / "declarations" / "_site.yaml"
    for _ in range(2):  # the second crawl replaces the file the first one wrote
        result = run_cli("crawl", NOWHERE, "--repo", repo, "--lang", "en")
        assert result.exit_code == 1, result.stderr  # the homepage did not open
        assert "crawl" in yaml.safe_load(site.read_text(encoding="utf-8"))
    assert run_cli("validate", repo).exit_code == 0


def test_crawl_to_standard_output_writes_no_file_named_dash(run_cli, make_repo,
                                                            monkeypatch, tmp_path) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    monkeypatch.chdir(tmp_path)
    result = run_cli("crawl", NOWHERE, "--repo", repo, "-o", "-", "--lang", "en")
    assert result.exit_code == 1
    assert not (tmp_path / "-").exists()
    assert yaml.safe_load(result.stdout)["crawl"]["url"] == NOWHERE
    assert "standard output" in result.stderr  # the summary, kept off the YAML
    assert not (repo / "declarations" / "_site.yaml").exists()


# ── report annual --year ───────────────────────────────────────────────────────
@pytest.mark.parametrize("year", ["0001-0002", "9998-9999", "1899-1900"])
def test_annual_year_outside_the_calendar_is_a_usage_error(run_cli, example, tmp_path,
                                                           year: str) -> None:
    out = tmp_path / "r.md"
    result = run_cli("report", "annual", example, "-o", out, "--year", year,
                     "--as-of", "2022-10-01", "--lang", "en")
    assert result.exit_code == 2, result.stderr
    assert "--year: error [annual-year-range]" in result.stderr and "1900" in result.stderr
    assert not out.exists()
