"""Issue 12 items 1, 3 (paths), 7 (positions) and 10: what is under ``declarations/`` can be
anything — a FIFO, a device, a symlink loop, a zip bomb — and the run still ends with a located
error, fast, without reading more than the limit."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from conftest import EXAMPLE, GOOD_DECLARATION, ROOT
from disclosure_audit.errors import InputError
from disclosure_audit.inputs import files, xlsxio
from disclosure_audit.inputs.yamlio import load_yaml
from disclosure_audit.sources import declaration_files

AS_OF = ("--as-of", "2022-09-15")
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def cli(*args: object, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real CLI in a child process, with a timeout: a hang fails the test, not the suite."""
    return subprocess.run([sys.executable, "-m", "disclosure_audit", *map(str, args)], cwd=ROOT,
                          env=ENV, capture_output=True, text=True, timeout=timeout)


def codes(result) -> str:  # noqa: ANN001 - a CliRunner or subprocess result
    return result.stdout + result.stderr


# ── item 1: only regular files, the limit holds while reading ───────────────────
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_under_declarations_is_a_located_error_not_a_hang(make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    os.mkfifo(repo / "declarations" / "pipe.yaml")
    for command in (("validate", repo), ("audit", repo, *AS_OF)):
        started = time.monotonic()
        result = cli(*command, timeout=30)
        assert time.monotonic() - started < 30
        assert result.returncode in (1, 2) if command[0] == "validate" else result.returncode == 2
        assert "pipe.yaml" in result.stdout + result.stderr
        assert "[not-a-file]" in result.stdout + result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_batch_does_not_hang_on_one_schools_fifo(tmp_path) -> None:
    province = tmp_path / "province"
    for name in ("a", "b"):
        school = province / name
        (school / "declarations").mkdir(parents=True)
        (school / "checklist.yaml").write_text(
            (EXAMPLE / "checklist.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        (school / "declarations" / "zs.yaml").write_text(
            GOOD_DECLARATION.replace("招生就业处", "招生就业处"), encoding="utf-8")
    os.mkfifo(province / "b" / "declarations" / "pipe.yaml")
    result = cli("audit", "--batch", province, *AS_OF, "--jobs", "2", timeout=60)
    assert result.returncode == 2  # one school could not be audited
    assert "not-a-file" in result.stdout and "pipe.yaml" in result.stdout


def test_symlink_to_dev_zero_stops_at_once(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    zero = repo / "declarations" / "zero.yaml"
    zero.symlink_to("/dev/zero")
    started = time.monotonic()
    in_repo = run_cli("validate", repo)  # refused as a link out of the repo, unread
    alone = run_cli("validate", zero)  # named on the command line: refused as a device
    assert time.monotonic() - started < 10
    assert in_repo.exit_code == alone.exit_code == 1
    assert "zero.yaml: 错误 [outside-repo]" in in_repo.stdout
    assert "zero.yaml: 错误 [not-a-file]" in alone.stdout
    with pytest.raises(InputError) as caught:
        files.read_bytes(zero, "zero.yaml")
    assert caught.value.problems[0].code == "not-a-file"


def test_size_limit_holds_while_reading_a_file_that_claims_to_be_empty() -> None:
    # /proc files say they are 0 bytes long and still have content: only a limit enforced
    # while reading stops at the limit.
    proc = Path("/proc/self/maps")
    if not proc.exists():
        pytest.skip("needs /proc")
    assert proc.stat().st_size == 0
    with pytest.raises(InputError) as caught:
        files.read_bytes(proc, "maps", max_bytes=64)
    assert caught.value.problems[0].code == "file-too-large-read"
    assert len(files.read_bytes(proc, "maps", max_bytes=10 << 20)) > 64


def test_size_limit_before_reading(tmp_path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * 1000)
    with pytest.raises(InputError) as caught:
        files.read_bytes(big, "big.yaml", max_bytes=999)
    assert caught.value.problems[0].code == "file-too-large"
    assert caught.value.problems[0].params["size"] == 1000


# ── item 1: XLSX refused before loading ────────────────────────────────────────
def _far_cell_workbook(keep_dimension: bool) -> bytes:
    wb = Workbook()
    wb.active["A1"] = "标题"
    wb.active["XFD1048576"] = "x"
    buffer = io.BytesIO()
    wb.save(buffer)
    if keep_dimension:
        return buffer.getvalue()
    out = io.BytesIO()  # the same workbook without <dimension>: only the loaded cells tell
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                start = data.index(b"<dimension")
                data = data[:start] + data[data.index(b"/>", start) + 2:]
                assert b"<dimension" not in data
            dst.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("keep_dimension", [True, False], ids=["declared", "undeclared"])
def test_xlsx_with_one_cell_at_xfd1048576_is_refused(run_cli, make_repo,
                                                     keep_dimension: bool) -> None:
    raw = _far_cell_workbook(keep_dimension)
    assert len(raw) < 10_000
    repo = make_repo(files={"declarations/far.xlsx": raw})
    started = time.monotonic()
    result = run_cli("audit", repo, *AS_OF, "--lang", "en")
    assert time.monotonic() - started < 10
    assert result.exit_code == 2
    assert "far.xlsx: error [xlsx-too-many-cells]" in result.stderr
    assert "A1:XFD1048576" in result.stderr


def test_xlsx_zip_bomb_is_refused_from_the_zip_directory(run_cli, make_repo) -> None:
    wb = Workbook()
    wb.active.append(["事项编号", "标题"])
    buffer = io.BytesIO()
    wb.save(buffer)
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/media/padding.bin", b"\0" * (xlsxio.MAX_UNZIPPED + 1))
    assert len(bomb.getvalue()) < 200_000
    repo = make_repo(files={"declarations/bomb.xlsx": bomb.getvalue()})
    result = run_cli("validate", repo)
    assert result.exit_code == 1
    assert "bomb.xlsx: 错误 [xlsx-too-large-unzipped]" in result.stdout


def test_xlsx_huge_merged_range_is_refused_before_loading() -> None:
    wb = Workbook()
    wb.active.append(["事项编号", "标题"])
    buffer = io.BytesIO()
    wb.save(buffer)
    out = io.BytesIO()  # <mergeCell ref="A3:Z400000"/>: loading it took 4 minutes
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'</sheetData><mergeCells count="1">'
                                    b'<mergeCell ref="A3:Z400000"/></mergeCells>')
            dst.writestr(info, data)
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        xlsxio.read_first_sheet(out.getvalue(), "m.xlsx")
    assert time.monotonic() - started < 5
    problem = caught.value.problems[0]
    assert problem.code == "xlsx-too-many-cells" and problem.params["range"] == "A3:Z400000"


# ── item 3: paths that are not what they seem ──────────────────────────────────
def test_symlink_loop_under_declarations(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    folder = repo / "declarations"
    (folder / "self.yaml").symlink_to("self.yaml")
    (folder / "a.yaml").symlink_to("b.yaml")
    (folder / "b.yaml").symlink_to("a.yaml")
    result = run_cli("validate", repo, "--lang", "en")
    assert result.exit_code == 1, codes(result)
    for name in ("self.yaml", "a.yaml", "b.yaml"):
        assert f"{name}: error [unreadable]" in result.stdout
    assert run_cli("audit", repo, *AS_OF).exit_code == 2


def test_unreadable_declarations_folder(run_cli, make_repo, monkeypatch) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    if os.geteuid() != 0:  # a real mode-000 folder (root reads it anyway)
        (repo / "declarations").chmod(0)
    else:
        real = Path.iterdir

        def refuse(self: Path):  # noqa: ANN202 - what a mode-000 folder does to other users
            if self.name == "declarations":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "iterdir", refuse)
    try:
        result = run_cli("audit", repo, *AS_OF, "--lang", "en")
        assert result.exit_code == 2
        assert "declarations: error [unreadable-folder] cannot read the folder: " \
               "Permission denied" in result.stderr
    finally:
        (repo / "declarations").chmod(0o755)


def test_declarations_that_is_a_file_is_an_error_not_an_empty_school(run_cli, make_repo,
                                                                     tmp_path) -> None:
    repo = make_repo()
    (repo / "declarations").rmdir()
    (repo / "declarations").write_text(GOOD_DECLARATION, encoding="utf-8")
    for command in (("validate", repo), ("audit", repo, *AS_OF)):
        result = run_cli(*command)
        assert result.exit_code in (1, 2)
        assert "declarations: 错误 [declarations-not-folder]" in codes(result)


def test_no_declarations_folder_is_still_an_empty_school(run_cli, make_repo) -> None:
    repo = make_repo()
    (repo / "declarations").rmdir()
    assert run_cli("validate", repo).exit_code == 0


def test_declaration_linking_outside_the_repo_is_not_read(make_repo, tmp_path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("department: 机密\n", encoding="utf-8")
    repo = make_repo()
    (repo / "declarations" / "x.yaml").symlink_to(secret)
    found, problems = declaration_files(repo / "declarations", repo)
    assert found == []
    assert [p.code for p in problems] == ["outside-repo"]


def test_sub_folders_are_reported_not_silently_skipped(make_repo) -> None:
    repo = make_repo(files={"declarations/财务/x.yaml": GOOD_DECLARATION})
    _, problems = declaration_files(repo / "declarations", repo)
    assert [(p.code, p.severity) for p in problems] == [("folder-ignored", "warning")]


# ── item 7: exact positions ────────────────────────────────────────────────────
def test_nul_in_yaml_has_line_and_column(tmp_path) -> None:
    path = tmp_path / "d.yaml"
    path.write_bytes("department: 财务处\npublications:\n  - title: 预算\x00表\n".encode())
    with pytest.raises(InputError) as caught:
        load_yaml(path, "d.yaml")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column, problem.code) == (3, 14, "yaml-bad-character")
    assert "U+0000" in problem.message("en")


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_encoding_error_column_counts_characters_not_bytes(tmp_path, prefix: bytes) -> None:
    path = tmp_path / "d.yaml"
    # "department: 财务处" is 15 characters but 21 bytes; the bad byte is the 16th character.
    path.write_bytes(prefix + "title: x\ndepartment: 财务处".encode() + b"\xff\n")
    with pytest.raises(InputError) as caught:
        load_yaml(path, "d.yaml")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column, problem.code) == (2, 16, "not-utf8")


def test_limits_can_be_changed_in_the_environment(make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION + "#" * (2 << 20)})
    assert cli("validate", repo).returncode == 0  # 2 MB: under the default 20 MB
    small = subprocess.run([sys.executable, "-m", "disclosure_audit", "validate", str(repo)],
                           cwd=ROOT, capture_output=True, text=True, timeout=60,
                           env={**ENV, "DISCLOSURE_AUDIT_MAX_FILE_MB": "1"})
    assert small.returncode == 1 and "zs.yaml: 错误 [file-too-large]" in small.stdout
    typo = subprocess.run([sys.executable, "-m", "disclosure_audit", "validate", str(repo)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**ENV, "DISCLOSURE_AUDIT_MAX_FILE_MB": "0"})
    assert typo.returncode == 0  # not a positive number: the default stays, no limit is lifted
