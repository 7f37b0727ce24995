"""Shared fixtures: a CLI runner, repo builders and golden files."""

from __future__ import annotations

import json
import os
import shutil
import socket
import socketserver
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from disclosure_audit.cli import app
from disclosure_audit.i18n import set_lang

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "zhuzhou-2022"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"

BASE_CHECKLIST = """\
extends: moe-2014
institution: {name: 测试学院, kind: undergraduate}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [党政办公室, 招生就业处, 财务处]
items:
  "6": {owner: 党政办公室}
  "7": {owner: 招生就业处}
  "19": {owner: 财务处}
"""

# A complete, valid declaration of item 7 in the disclosure column.
GOOD_DECLARATION = """\
department: 招生就业处
publications:
  - item: "7"
    title: 2022年招生章程
    channel: disclosure_column
    url: https://www.example.edu.cn/zs/2022.htm
    made: 2022-03-01
    published: 2022-03-10
    clicks: 2
    format: html
"""


CLASSIFICATION_REPORT = pytest.StashKey[list[str]]()
"""Lines the labelled-title tests add: the classifier's figures, shown at the end of the run."""


REQUIRE_TOOLS = "DISCLOSURE_AUDIT_REQUIRE_TOOLS"
"""Set to 1 (CI does, in .ci/run) to make a missing external tool fail the tests that need it
instead of skipping them: a green CI run then proves they ran."""


def require_tool(name: str, why: str = "apt-get install it; .ci/run does") -> str:
    """The path of the program ``name``; skips the test with a clear reason when it is not
    installed, or fails it when ``DISCLOSURE_AUDIT_REQUIRE_TOOLS=1``. For LibreOffice
    (``soffice``), browsers and any other program a test drives."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed: {why}"
    if os.environ.get(REQUIRE_TOOLS) == "1":
        pytest.fail(f"{message} ({REQUIRE_TOOLS}=1 requires it)")
    pytest.skip(message)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[CLASSIFICATION_REPORT] = []


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """Repeat the classifier's precision and recall after every run that measured them."""
    lines = config.stash.get(CLASSIFICATION_REPORT, [])
    if lines:
        terminalreporter.section("classification of the labelled CMS titles")
        for line in lines:
            terminalreporter.write_line(line)


LOCAL_HOSTS = {None, "", "127.0.0.1", b"127.0.0.1", "localhost", "::1"}
"""Host names tests may resolve: the loopback address only (no other address, no DNS)."""


def _no_lookup(*args: object) -> str:
    raise AssertionError(f"a test made a DNS lookup {args!r}: serve on 127.0.0.1 only and "
                         "bind without socket.getfqdn (tests/sitesrv.py LocalHTTPServer)")


@pytest.fixture(scope="session", autouse=True)
def _no_dns() -> Iterator[None]:
    """Tests make no DNS lookup (a reverse lookup of 127.0.0.1 can still go to the network):
    any ``getfqdn``/``gethostbyaddr`` fails the test, and resolving any name but the loopback
    address fails as an unknown host would (``no-such-host.invalid`` is never asked for).
    pytest-httpserver's werkzeug server binds as tests/sitesrv.py's does, without looking its
    own address up."""
    from werkzeug.serving import BaseWSGIServer

    def bind(self: BaseWSGIServer) -> None:
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    real_getaddrinfo = socket.getaddrinfo

    def local_only(host: object, *args: object, **kwargs: object) -> object:
        # Any other name would be a DNS query: answer "no such host" here, as a resolver
        # would for a name that does not exist, without asking one.
        if host not in LOCAL_HOSTS:
            raise socket.gaierror(socket.EAI_NONAME, f"no DNS in tests: {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BaseWSGIServer, "server_bind", bind)
        patch.setattr(socket, "getfqdn", _no_lookup)
        patch.setattr(socket, "gethostbyaddr", _no_lookup)
        patch.setattr(socket, "getaddrinfo", local_only)
        yield


@pytest.fixture(autouse=True)
def _default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in output are relative to the working directory
    monkeypatch.delenv("DISCLOSURE_AUDIT_LANG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    set_lang("zh")


@pytest.fixture
def run_cli() -> Callable[..., object]:
    """Run the CLI in-process; stdout and stderr are kept apart."""
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None):
        return runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)

    return run


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the example repo that a test may change."""
    repo = tmp_path / "zz"
    shutil.copytree(EXAMPLE, repo)
    return repo


def audit_json(run_cli: Callable[..., object], repo: Path, *extra: str,
               as_of: str = "2022-09-15") -> dict:
    """``audit REPO --format json`` as data (exit 0 or 1 expected)."""
    result = run_cli("audit", repo, "--as-of", as_of, "--format", "json", *extra)
    assert result.exit_code in (0, 1), result.stderr  # type: ignore[attr-defined]
    return json.loads(result.stdout)  # type: ignore[attr-defined]


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[..., Path]:
    """Write a checklist repo: ``make_repo(checklist=..., files={"declarations/x.yaml": ...})``."""

    def make(checklist: str | None = BASE_CHECKLIST, files: dict[str, str | bytes] | None = None,
             name: str = "repo") -> Path:
        root = tmp_path / name
        (root / "declarations").mkdir(parents=True, exist_ok=True)
        if checklist is not None:
            (root / "checklist.yaml").write_text(textwrap.dedent(checklist), encoding="utf-8")
        for rel, content in (files or {}).items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(textwrap.dedent(content), encoding="utf-8")
        return root

    return make


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/<name>``; ``--update-golden`` rewrites it."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden") or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            if not request.config.getoption("--update-golden"):
                pytest.fail(f"golden file {name} was missing and has been written; re-run")
        assert text == path.read_text(encoding="utf-8"), f"output differs from golden {name}"

    return check
