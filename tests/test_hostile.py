"""Hostile and messy input: a clean ``path:line: message`` and exit 2, never a traceback.

Where each case of issue 12 is tested (one test per case; the files split by theme):

1. Resource limits — test_hostile_files: FIFO (…_not_a_hang), batch FIFO
   (test_batch_does_not_hang_on_one_schools_fifo), /dev/zero (test_symlink_to_dev_zero_…),
   limit while reading (test_size_limit_holds_while_reading_…), XLSX at XFD1048576
   (test_xlsx_with_one_cell_at_xfd1048576_is_refused), zip bomb (test_xlsx_zip_bomb_…),
   merged ranges (test_xlsx_huge_merged_range_…), limits from the environment.
2. Deadline per link — test_hostile_values: test_a_trickling_server_is_cut_off_by_the_deadline
   (headers and body), test_links_command_ends_with_a_trickling_server.
3. No internal error — symlink loop, mode-000 folder (test_hostile_files); years 1 and 9999,
   --as-of 9999-12-31, clicks inf/1e400, URLs [::1 / port 99999 / xn--ls8h.la, deep JSON in
   diff/--baseline/cache, --due-within 99999999, --links-max-age 1e400d, checked_at without a
   zone, > /dev/full, closed pipe (test_hostile_values); control characters in a title at
   ledger export --format xlsx (test_output_safety::test_ledger_views_and_exports_are_safe).
4. Containment — test_containment: absolute extends, init department names and institution,
   a scaffold always validates (property-based), outputs over inputs; `-o -`:
   test_hostile_values::test_dash_means_standard_output.
5. Round trips — test_roundtrip (every value, "=" titles, only changed rows counted,
   property-based round trip, readers and importer on random sheets).
6. Hijacking — test_output_safety (escapes, ::error, JUnit well-formed and schema attributes).
7. Locations — test_hostile_files (NUL, character columns), test_output_safety (annotations
   always with line=, SARIF URIs valid and inside the repo).
8. Terminal and print — test_layout (80/120/200 columns, ledger), test_roundtrip
   (test_xlsx_export_prints_well), test_hostile_values (CSV BOM on stdout).
9. pre-commit on ledger.yaml — test_containment::test_pre_commit_runs_on_ledger_changes.
10. declarations as a file — test_hostile_files::test_declarations_that_is_a_file_…
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BASE_CHECKLIST, GOOD_DECLARATION, ROOT
from disclosure_audit.errors import InputError
from disclosure_audit.ledger.store import load_ledger
from disclosure_audit.services import audit
from disclosure_audit.services.validate import validate_paths

AS_OF = ("--as-of", "2022-09-15")
LOCATED = re.compile(r"^\S+:\d+(:\d+)?: (错误|error) \[", re.MULTILINE)
BINARY_LOCATED = re.compile(r"^\S+\.xlsx: (错误|error) \[", re.MULTILINE)  # no lines in a zip

BOMB = 'department: 财务处\nx: &a ["lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{n}: &{n} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
    for p, n in zip("abcdefgh", "bcdefghi", strict=True))

HOSTILE: dict[str, tuple[str, bytes]] = {
    "invalid-utf8": ("declarations/d.yaml", b"department: \xe8\xb4\xa2\xff\n"),
    "gb18030-yaml": ("declarations/d.yaml", "department: 财务处\n".encode("gb18030")),
    "tabs": ("declarations/d.yaml", "department: 财务处\npublications:\n\t- item: '19'\n".encode()),
    "duplicate-keys": ("declarations/d.yaml", "department: 财务处\ndepartment: 教务处\n".encode()),
    "alias-bomb": ("declarations/d.yaml", BOMB.encode()),
    "bad-date": ("declarations/d.yaml", GOOD_DECLARATION.replace(
        "published: 2022-03-10", "published: 2022-02-30").encode()),
    "american-date": ("declarations/d.yaml", GOOD_DECLARATION.replace(
        "published: 2022-03-10", "published: 03/10/2022").encode()),
    "not-a-mapping": ("declarations/d.yaml", b"- just\n- a list\n"),
    "empty-declaration": ("declarations/d.yaml", b""),
    "csv-garbage": ("declarations/d.csv", b"\x00\xff\xfe" * 50),
    "xlsx-garbage": ("declarations/d.xlsx", b"PK\x03\x04garbage"),
    "checklist-cycle": ("checklist.yaml", b"extends: checklist.yaml\n"),
    "extends-outside": ("checklist.yaml", b"extends: ../../etc/passwd.yaml\n"),
    "empty-checklist": ("checklist.yaml", b""),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_is_a_located_error(run_cli, make_repo, case: str) -> None:
    name, content = HOSTILE[case]
    repo = make_repo(files={name: content})
    for command in (("audit", repo, *AS_OF), ("validate", repo)):
        result = run_cli(*command)
        output = result.stdout + result.stderr
        assert result.exit_code in (1, 2) if command[0] == "validate" else result.exit_code == 2
        assert "Traceback" not in output
        pattern = BINARY_LOCATED if name.endswith(".xlsx") else LOCATED
        assert pattern.search(output), output
        assert Path(name).name in output


def test_file_over_the_size_limit(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/big.yaml": b"department: x\n" + b"#" * (21 << 20)})
    result = run_cli("audit", repo, *AS_OF)
    assert result.exit_code == 2 and "file-too-large" in result.stderr


def test_gb18030_and_bom_csv_are_accepted(run_cli, make_repo) -> None:
    header = "事项编号,标题,渠道,链接,形成日期,发布日期\n"
    row = "7,招生章程,信息公开专栏,https://a.cn/x,2022年3月1日,2022/3/10\n"
    repo = make_repo(files={"declarations/招生就业处.csv": (header + row).encode("gb18030"),
                            "declarations/财务处.csv": ("\ufeff" + header + row.replace(
                                "7,招生章程", "19,预算")).encode()})
    result = run_cli("audit", repo, *AS_OF, "--format", "json")
    assert result.exit_code == 0, result.stderr


def test_empty_repo(run_cli, tmp_path) -> None:
    for command in ("audit", "validate"):
        result = run_cli(command, tmp_path)
        assert result.exit_code == 2 and "checklist.yaml" in result.stderr


# ── property-based: random declarations and random bytes ─────────────────────────
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**6), st.floats(allow_nan=False),
                    st.text(max_size=12), st.sampled_from(
                        ["2022-03-01", "2022-02-30", "2022/3/1", "7", "19", "website", "oa",
                         "disclosure_column", "https://a.cn/x", "not a url", "exempt", "pdf"]))
fields = st.sampled_from(["item", "title", "channel", "url", "made", "published", "elements",
                          "format", "clicks", "note", "reason", "ground", "expected", "bogus"])
entries = st.dictionaries(fields, st.one_of(scalars, st.lists(scalars, max_size=3)), max_size=9)
declarations = st.fixed_dictionaries(
    {"department": st.one_of(st.sampled_from(["财务处", "招生就业处", "不存在"]), scalars)},
    optional={"publications": st.one_of(st.lists(entries, max_size=5), scalars),
              "withheld": st.one_of(st.lists(entries, max_size=3), scalars)})


def _outcome(repo: Path) -> str:
    try:
        validate_paths([repo])
        audit.run(audit.AuditRequest(repo, __import__("datetime").date(2022, 9, 15)))
    except InputError as exc:
        assert exc.problems and all(p.message("en") for p in exc.problems)
        return "error"
    return "ok"


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=declarations)
def test_random_declarations_never_crash(make_repo, data) -> None:
    repo = make_repo(files={"declarations/d.yaml": yaml.safe_dump(data, allow_unicode=True)},
                     name="prop")
    assert _outcome(repo) in ("ok", "error")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=400), suffix=st.sampled_from([".yaml", ".csv", ".xlsx"]),
       where=st.sampled_from(["declarations", "checklist"]))
def test_random_bytes_never_crash(make_repo, blob: bytes, suffix: str, where: str) -> None:
    if where == "checklist":
        repo = make_repo(checklist=None, files={"checklist.yaml": blob}, name="bytes")
    else:
        repo = make_repo(files={f"declarations/d{suffix}": blob}, name="bytes")
    assert _outcome(repo) in ("ok", "error")


@settings(max_examples=150, deadline=None)
@given(data=declarations)
def test_fast_schema_gate_agrees_with_jsonschema(data) -> None:
    from jsonschema import Draft202012Validator

    from disclosure_audit.inputs.schema import _passes_fast_check, load_schema

    full = Draft202012Validator(load_schema("declarations")).is_valid(data)
    assert _passes_fast_check(data, "declarations") == full


# ── nothing lost ───────────────────────────────────────────────────────────────
KILL_MID_UPDATE = textwrap.dedent("""\
    import datetime as dt, os, signal, sys
    from disclosure_audit.services import ledger as service
    real_replace = os.replace
    def die(src, dst):
        if str(dst).endswith("ledger.yaml"):
            os.kill(os.getpid(), signal.SIGKILL)   # killed between the write and the rename
        return real_replace(src, dst)
    os.replace = die
    service.update_ledger(__import__("pathlib").Path(sys.argv[1]), dt.date(2022, 11, 1), "zh")
""")


def test_killed_update_leaves_the_previous_ledger_intact(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    assert run_cli("ledger", "update", repo, *AS_OF).exit_code == 0
    before = (repo / "ledger.yaml").read_bytes()
    proc = subprocess.run([sys.executable, "-c", KILL_MID_UPDATE, str(repo)], cwd=ROOT,
                          capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert (repo / "ledger.yaml").read_bytes() == before
    assert load_ledger(repo / "ledger.yaml").updated.isoformat() == "2022-09-15"
    assert run_cli("ledger", "update", repo, "--as-of", "2022-11-01").exit_code == 0


HOLD_LOCK = textwrap.dedent("""\
    import sys, time
    from pathlib import Path
    from disclosure_audit.ledger.lock import locked
    with locked(Path(sys.argv[1]) / "ledger.yaml"):
        print("locked", flush=True)
        time.sleep(1.0)
        print(f"released {time.time()}", flush=True)
""")


def test_concurrent_updates_are_serialised_across_processes(make_repo) -> None:
    repo = make_repo(checklist=BASE_CHECKLIST, files={"declarations/zs.yaml": GOOD_DECLARATION})
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(repo)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    updates = [subprocess.Popen([sys.executable, "-m", "disclosure_audit", "ledger", "update",
                                 str(repo), "--as-of", "2022-09-15"], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    released = float(holder.stdout.readline().split()[1])
    holder.wait()
    holder.stdout.close()
    import time

    for proc in updates:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    assert time.time() >= released
    ledger = load_ledger(repo / "ledger.yaml")
    assert ledger.updated.isoformat() == "2022-09-15"
    keys = [e.key for e in ledger.entries]
    assert len(keys) == len(set(keys))  # neither update lost or duplicated the other's entries
    assert all(len(e.history) == 1 for e in ledger.entries)


def test_unwritable_outputs_are_clean_errors(run_cli, make_repo, tmp_path) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    (tmp_path / "taken").mkdir()
    result = run_cli("audit", repo, *AS_OF, "--format", "json", "-o", tmp_path / "taken")
    assert result.exit_code == 2 and "[unwritable]" in result.stderr
    assert "内部错误" not in result.stderr
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    made = run_cli("init", tmp_path / "afile" / "school", "--institution", "x", "--kind",
                   "vocational", "--lang", "en")
    assert made.exit_code == 2 and "cannot write the file" in made.stderr
    assert list(tmp_path.glob("**/*.tmp")) == []
