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


# ── help pages: the user's language, 80 columns ───────────────────────────────
COMMANDS = [(), ("validate",), ("audit",), ("links",), ("diff",), ("init",), ("crawl",),
            ("checklist",), ("checklist", "list"), ("checklist", "show"), ("ledger",),
            ("ledger", "update"), ("ledger", "show"), ("ledger", "export"), ("ledger", "import"),
            ("ledger", "remind"), ("report",), ("report", "check"), ("report", "annual"),
            ("evidence",), ("evidence", "show"), ("selfcheck",), ("selfcheck", "export"),
            ("selfcheck", "import")]
ENGLISH_IN_ZH = ["Usage", "Options", "Arguments", "Commands", "Show this message", "default:",
                 "env var", "required", "<str>", "<path>", "list[", "<float", "<int"]


def _columns(line: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_fits_80_columns_in_the_chosen_language(run_cli, command: tuple, lang: str,
                                                     monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run_cli("--lang", lang, *command, "--help")
    assert result.exit_code == 0
    text = result.stdout
    assert all(_columns(line) <= 80 for line in text.splitlines()), text
    if lang == "zh":
        assert text.startswith("用法：")
        assert [w for w in ENGLISH_IN_ZH if w in text] == [], text
        assert "显示本帮助并退出。" in text
    else:
        assert text.startswith("Usage: ")
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("【待填写】", "")), text


def test_lang_right_before_help_is_obeyed(run_cli) -> None:
    for args in (("audit", "--lang", "en", "--help"), ("--lang", "en", "ledger", "--help")):
        assert run_cli(*args).stdout.startswith("Usage: "), args
    assert run_cli("audit", "--lang", "zh", "--help").stdout.startswith("用法：")


def test_help_follows_the_environment_from_the_installed_cli() -> None:
    result = _installed("ledger", "--help", capture_output=True, text=True)  # ENV: en
    assert result.stdout.startswith("Usage: "), result.stdout
    assert "remind  Remind each department" in result.stdout  # whole, not cut with "..."


# ── usage errors: located, in the user's language, with a hint ────────────────
@pytest.mark.parametrize(("args", "located", "code"), [
    (("audit", "--bogus"), "--bogus", "cli-unknown-option"),
    (("adit",), "adit", "cli-unknown-command"),
    (("ledger", "show", "--due-within", "abc"), "--due-within", "cli-integer"),
    (("ledger", "show", "--due-within", "-1"), "--due-within", "cli-at-least"),
    (("ledger", "show", "--status", "x"), "--status", "cli-choice"),
    (("checklist", "show"), "ID", "cli-missing-argument"),
    (("init", "somewhere"), "--institution", "cli-missing-option"),
    (("audit", "a", "b"), "b", "cli-extra-arguments"),
    (("diff", "nowhere.json", "x.json"), "OLD.json", "cli-missing-path"),
    (("diff", ".", "."), "OLD.json", "cli-is-folder"),
])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_usage_errors_are_located_problems(run_cli, args: tuple, located: str, code: str,
                                           lang: str) -> None:
    result = run_cli(*args, env={"DISCLOSURE_AUDIT_LANG": lang})
    assert result.exit_code == 2
    severity, hint = ("错误", "修改建议：运行 ") if lang == "zh" else \
        ("error", "hint: Run ")
    assert f"{located}: {severity} [{code}] " in result.stderr, result.stderr
    assert hint in result.stderr
    if lang == "zh":
        assert not any(w in result.stderr for w in ("Error", "Usage", "Try ", "Invalid")), \
            result.stderr


# ── the system's and the libraries' English, in Chinese ───────────────────────
@pytest.mark.parametrize(("files", "args", "english", "chinese"), [
    ({}, ("selfcheck", "import", "{tmp}/gone.xlsx", "--repo", "{repo}"), "No such file",
     "文件或文件夹不存在"),
    ({"junk.xlsx": b"\x00junk" * 50}, ("ledger", "import", "{tmp}/junk.xlsx", "--repo", "{repo}"),
     "zip file", "不是 ZIP 格式的文件"),
    ({"junk.docx": b"junk"}, ("report", "check", "{tmp}/junk.docx"), "zip file", "不是 ZIP 格式"),
    ({"e.json": b""}, ("diff", "{tmp}/e.json", "{tmp}/e.json"), "Expecting", "此处应有一个值"),
    ({"repo/declarations/x.yaml": "department: 财务处\n  publications: x\n".encode()},
     ("validate", "{repo}"), "mapping values", "此处不能出现“键: 值”"),
    ({}, ("audit", "{repo}", *AS_OF, "--format", "json:{tmp}"), "Is a directory", "这是一个文件夹"),
])
def test_system_and_library_messages_in_chinese(run_cli, make_repo, tmp_path, files: dict,
                                                args: tuple, english: str,
                                                chinese: str) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    args = tuple(a.replace("{tmp}", str(tmp_path)).replace("{repo}", str(repo)) for a in args)
    zh = run_cli(*args)
    shown = zh.stderr + zh.stdout
    assert zh.exit_code in (1, 2) and chinese in shown and english not in shown, shown
    en = run_cli(*args, "--lang", "en")
    assert english in en.stderr + en.stdout  # English keeps the library's own words


def test_every_translated_system_message_is_in_the_catalogue() -> None:
    from disclosure_audit.i18n import t
    from disclosure_audit.i18n.system import LIBRARY, OS_ERRORS

    for key in [*OS_ERRORS.values(), *(k for _, k in LIBRARY)]:
        assert t(key, "zh") and t(key, "en")


# ── report check: a report saved by Notepad as "Unicode" ──────────────────────
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_report_check_reads_utf16_text(run_cli, tmp_path, encoding: str) -> None:
    seed = ROOT.parent / "shared" / "reference" / "seed-annual-report-2022.txt"
    if not seed.exists():
        seed = Path("/work/shared/reference/seed-annual-report-2022.txt")
    text = seed.read_text(encoding="utf-8")
    utf8, utf16 = tmp_path / "utf8.txt", tmp_path / "notepad.txt"
    utf8.write_text(text, encoding="utf-8")
    bom = "\ufeff" if encoding == "utf-16-be" else ""  # utf-16 writes its own BOM
    utf16.write_bytes((bom + text).encode(encoding))
    expected = run_cli("report", "check", utf8, "--format", "json")
    got = run_cli("report", "check", utf16, "--format", "json")
    assert got.exit_code == expected.exit_code == 0, got.stderr
    assert got.stdout.replace("notepad.txt", "utf8.txt") == expected.stdout


@pytest.mark.parametrize(("target", "code"), [("-", "annual-output-stdout"),
                                              ("{tmp}", "annual-output-folder")])
def test_annual_draft_needs_a_file(run_cli, example, tmp_path, target: str, code: str) -> None:
    result = run_cli("report", "annual", example, "-o", target.replace("{tmp}", str(tmp_path)),
                     "--year", "2021-2022", "--as-of", "2022-10-01", "--lang", "en")
    assert result.exit_code == 2 and f"error [{code}]" in result.stderr
    assert "hint:" in result.stderr


# ── the repo's own files never lead outside it ────────────────────────────────
@pytest.mark.parametrize("name", ["checklist.yaml", "ledger.yaml", "report.yaml",
                                  "applications.yaml"])
def test_repo_files_linking_outside_are_not_read(run_cli, example, tmp_path, name: str) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n", encoding="utf-8")
    link = example / name
    if link.exists():
        link.unlink()
    link.symlink_to(secret)
    for args in (("validate", example), ("ledger", "show", example),
                 ("report", "annual", example, "-o", tmp_path / "r.md", "--year", "2021-2022",
                  "--as-of", "2022-10-01")):
        result = run_cli(*args, "--lang", "en")
        assert result.exit_code == 2, args
        assert f"{name}: error [outside-repo]" in result.stderr
        assert "password" not in result.stderr + result.stdout  # its content never shown


def test_repo_files_linking_inside_are_fine(run_cli, example) -> None:
    (example / "texts").mkdir()
    (example / "report.yaml").rename(example / "texts" / "report.yaml")
    (example / "report.yaml").symlink_to(Path("texts") / "report.yaml")
    assert run_cli("validate", example).exit_code == 0


# ── report annual: control characters in what the office wrote ─────────────────
@pytest.mark.parametrize("suffix", [".docx", ".md", ".html"])
def test_annual_draft_shows_control_characters_instead_of_failing(run_cli, example, tmp_path,
                                                                  suffix: str) -> None:
    (example / "report.yaml").write_text(
        '"2021-2022":\n  overview: "清屏\\x1b[2J\\x07 \\x00"\n', encoding="utf-8")
    checklist = example / "checklist.yaml"
    text = checklist.read_text(encoding="utf-8")
    checklist.write_text(text.replace("name: 株洲师范高等专科学校", 'name: "株洲\\x1b[31m师专"', 1),
                         encoding="utf-8")
    out = tmp_path / f"draft{suffix}"
    result = run_cli("report", "annual", example, "-o", out, "--year", "2021-2022",
                     "--as-of", "2022-10-01")
    assert result.exit_code == 0, result.stderr  # was an internal error for .docx
    if suffix == ".docx":
        import docx

        document = docx.Document(str(out))
        body = "\n".join(p.text for p in document.paragraphs)
        assert document.core_properties.author == "株洲␛[31m师专"
    else:
        body = out.read_text(encoding="utf-8")
    assert "\x1b" not in body and "\x07" not in body
    assert "清屏␛[2J␇" in body and "株洲␛[31m师专" in body


# ── ledger show --department: a typo is an error, as in audit and remind ──────
def test_ledger_show_unknown_department_is_an_error(run_cli, ledger_repo) -> None:
    result = run_cli("ledger", "show", ledger_repo, "--department", "招生就业外", "--lang", "en")
    assert result.exit_code == 2
    assert "--department: error [unknown-department-filter]" in result.stderr
    assert "招生就业处" in result.stderr  # the departments it knows
    shown = run_cli("ledger", "show", ledger_repo, "--department", "招生就业处", *AS_OF)
    assert shown.exit_code == 0, shown.stderr  # a known department, even with nothing open
