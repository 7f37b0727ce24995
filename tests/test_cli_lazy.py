"""The root group imports a command's module only when the command runs (cli/lazy.py), and
shows, suggests and completes every command as when all were imported at start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer._completion_classes import ZshComplete
from typer.main import get_command, get_command_name

from conftest import ROOT
from disclosure_audit.cli import COMMANDS, app
from disclosure_audit.cli.helpfmt import Command, Group, first_sentence
from disclosure_audit.i18n import set_lang, t


@pytest.fixture
def root():  # noqa: ANN201 - the root click group
    return get_command(app)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_lists_every_command_as_before(golden, lang: str) -> None:
    """``tests/golden/help.*.txt`` is the help printed when every module was imported at
    start (an 80-column terminal); the table's help keys must keep giving the same page."""
    env = {**os.environ, "COLUMNS": "80", "DISCLOSURE_AUDIT_LANG": lang,
           "PYTHONPATH": str(ROOT / "src")}
    code = ("import sys; sys.argv[0] = 'disclosure-audit'\n"
            "from disclosure_audit.cli import main; main()")
    result = subprocess.run([sys.executable, "-c", code, "--help"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    golden(f"help.{lang}.txt", result.stdout)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_table_says_what_the_command_says(root, name: str) -> None:
    command = root.get_command(None, name)
    assert command.name == name
    assert isinstance(command, Group if COMMANDS[name].group else Command)  # localized
    for lang in ("zh", "en"):
        set_lang(lang)
        try:
            assert command.get_short_help_str() == first_sentence(t(COMMANDS[name].help_key))
        finally:
            set_lang(None)


def test_every_command_a_module_registers_is_in_the_table(root) -> None:
    for name in COMMANDS:
        root.get_command(None, name)
    registered = {c.name or get_command_name(c.callback.__name__)
                  for c in app.registered_commands}
    assert registered <= set(COMMANDS)
    assert list(root.commands) == list(COMMANDS)


@pytest.mark.parametrize(("args", "near"), [(("adit",), "audit"), (("selfchek",), "selfcheck"),
                                            (("ledger", "shwo"), "show")])
def test_a_mistyped_command_is_matched_against_every_name(run_cli, args: tuple,
                                                          near: str) -> None:
    result = run_cli(*args, env={"DISCLOSURE_AUDIT_LANG": "en"})
    assert result.exit_code == 2
    assert f"[cli-unknown-command] no such command '{args[-1]}' (did you mean {near}?)" \
        in result.stderr, result.stderr


def test_shell_completion_sees_every_command(root) -> None:
    complete = ZshComplete(root, {}, "disclosure-audit", "_DISCLOSURE_AUDIT_COMPLETE")
    assert [c.value for c in complete.get_completions([], "")] == list(COMMANDS)
    assert [c.value for c in complete.get_completions(["ledger"], "")] == \
        ["update", "show", "export", "import", "remind"]
    assert [c.value for c in complete.get_completions(["ledger", "show", "--status"], "o")] \
        == ["open", "overdue"]
