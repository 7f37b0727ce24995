"""What trying the finished tool as a new user, and as a hostile one, found: each case as it was
met from the installed CLI, now a test (the review of issues 10-15 from the user's side)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE, GOOD_DECLARATION, ROOT

AS_OF = ("--as-of", "2022-09-15")
NOWHERE = "http://127.0.0.1:1/"
"""A homepage nothing listens on: the crawl ends at once, and never leaves this machine."""
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "DISCLOSURE_AUDIT_LANG": "en"}


def _installed(*args: object, **kw: object) -> subprocess.CompletedProcess:
    """The CLI as a user runs it (a process of its own, through ``main``)."""
    return subprocess.run([sys.executable, "-m", "disclosure_audit", *map(str, args)],
                          cwd=ROOT, env=ENV, timeout=120, check=False, **kw)


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


# ── selfcheck export -o: a folder, never standard output or a file ─────────────
@pytest.mark.parametrize("target", ["-", "file"])
def test_selfcheck_export_needs_a_folder(run_cli, example, monkeypatch, tmp_path,
                                         target: str) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    (here / "file").write_bytes(b"keep")
    result = run_cli("selfcheck", "export", example, "-o", target, "--lang", "en")
    assert result.exit_code == 2
    code = "sc-out-stdout" if target == "-" else "sc-out-not-folder"
    assert f"{target}: error [{code}]" in result.stderr and "hint:" in result.stderr
    assert sorted(p.name for p in here.iterdir()) == ["file"]  # no folder named "-"
    assert (here / "file").read_bytes() == b"keep"


def test_selfcheck_import_of_a_folder_or_a_missing_file_is_located(run_cli, example,
                                                                   tmp_path) -> None:
    for path in (example, tmp_path / "gone.xlsx"):
        result = run_cli("selfcheck", "import", path, "--repo", example, "--lang", "en")
        assert result.exit_code == 2
        assert result.stderr.startswith(f"{path}: error [")  # ours, not the parser's "Usage:"


# ── ledger export: the extension of -o chooses the format ──────────────────────
@pytest.fixture
def ledger_repo(run_cli, make_repo) -> Path:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    assert run_cli("ledger", "update", repo, *AS_OF).exit_code == 0
    return repo


@pytest.mark.parametrize(("name", "magic"), [("l.csv", "\ufeff"), ("l.md", "# "), ("l.json", "{"),
                                             ("l.html", "<!DOCTYPE html>"), ("l.xlsx", "PK"),
                                             ("l", "PK")])
def test_ledger_export_format_follows_the_extension(run_cli, ledger_repo, tmp_path,
                                                    name: str, magic: str) -> None:
    out = tmp_path / name
    assert run_cli("ledger", "export", ledger_repo, "-o", out, *AS_OF).exit_code == 0
    assert out.read_bytes().decode("utf-8", "replace").startswith(magic)


def test_an_exported_csv_imports_back(run_cli, ledger_repo, tmp_path) -> None:
    out = tmp_path / "整改台账.csv"  # what a clerk types: no --format
    assert run_cli("ledger", "export", ledger_repo, "-o", out, *AS_OF).exit_code == 0
    result = run_cli("ledger", "import", out, "--repo", ledger_repo, *AS_OF)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(("name", "fmt", "code"), [("l.csv", "xlsx", "export-suffix-mismatch"),
                                                   ("l.xlsx", "csv", "export-suffix-mismatch"),
                                                   ("l.xls", None, "export-suffix-unknown")])
def test_ledger_export_refuses_an_extension_that_lies(run_cli, ledger_repo, tmp_path,
                                                      name: str, fmt: str | None,
                                                      code: str) -> None:
    out = tmp_path / name
    extra = ("--format", fmt) if fmt else ()
    result = run_cli("ledger", "export", ledger_repo, "-o", out, *extra, "--lang", "en")
    assert result.exit_code == 2 and f"error [{code}]" in result.stderr
    assert "hint:" in result.stderr and not out.exists()


def test_an_explicit_format_may_use_any_other_extension(run_cli, ledger_repo, tmp_path) -> None:
    out = tmp_path / "l.txt"
    assert run_cli("ledger", "export", ledger_repo, "-o", out, "-f", "csv").exit_code == 0
    assert out.read_bytes().startswith("\ufeff".encode())


# ── standard output on a full disk: help pages and the newer commands ──────────
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("--help",), ("audit", "--help"), ("ledger", "export", "--help"),
                                  ("selfcheck", "export", EXAMPLE, "-o", "{tmp}"),
                                  ("selfcheck", "import", "{tmp}/none.xlsx", "--repo", EXAMPLE)])
def test_full_disk_is_a_clean_error_everywhere(args: tuple, tmp_path) -> None:
    args = tuple(str(a).replace("{tmp}", str(tmp_path)) for a in args)
    with open("/dev/full", "wb") as full:
        proc = _installed(*args, stdout=full, stderr=subprocess.PIPE)
    err = proc.stderr.decode()
    assert "Traceback" not in err and "internal error" not in err, err
    assert "standard output: error [unwritable-stdout]" in err or "error [unreadable]" in err
    assert proc.returncode == 2
