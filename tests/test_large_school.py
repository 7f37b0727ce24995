"""Issue 16 item 3, at test size: one department with thousands of publications, in YAML and
in CSV, goes through validate, audit, ledger update and ledger export --format xlsx.

benchmarks/large_school_bench.py runs the same at 60,000 publications (a 14 MB YAML file of
1.1 million nodes, which the loader once refused as an alias bomb) and reports the memory.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import ROOT
from disclosure_audit.inputs import yamlio

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_large_school import write_school  # noqa: E402

COUNT = 1_200


@pytest.mark.parametrize("fmt", ["yaml", "csv"])
def test_a_large_department_goes_through_every_command(run_cli, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       fmt: str) -> None:
    # Fewer nodes than the file holds may be added by aliases: the file has no alias, so its
    # size alone must never refuse it (the limit counts what aliases add).
    monkeypatch.setattr(yamlio, "MAX_NODES", 1_000)
    repo = tmp_path / "school"
    write_school(repo, COUNT, fmt)

    checked = run_cli("validate", repo, "--format", "json")
    assert checked.exit_code == 0, checked.stdout
    assert json.loads(checked.stdout) == []

    audited = run_cli("audit", repo, "--as-of", "2022-09-15", "--format", "json")
    assert audited.exit_code in (0, 1), audited.stderr
    result = json.loads(audited.stdout)
    published = sum(item["publications"] for item in result["items"])
    assert published == COUNT  # every row counted, none lost or refused

    updated = run_cli("ledger", "update", repo, "--as-of", "2022-09-15")
    assert updated.exit_code in (0, 1), updated.stderr
    assert (repo / "ledger.yaml").is_file()

    out = tmp_path / "ledger.xlsx"
    exported = run_cli("ledger", "export", repo, "--format", "xlsx", "-o", out)
    assert exported.exit_code == 0, exported.stderr
    book = load_workbook(out, read_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    assert len(rows) > 1
    for row in rows:
        assert all(len(str(cell)) <= 32_767 for cell in row if cell is not None)
