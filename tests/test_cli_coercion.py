"""The light conversion of command-line values (cli/coercion.py) gives exactly what typer's own
pydantic conversion gives: the same value of the same type, or the same error, for every kind of
parameter the command line declares — and the user sees the same localized message."""

from __future__ import annotations

import math
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
import typer
from typer import _coercion
from typer.core import _TyperParameter
from typer.main import get_command

from conftest import EXAMPLE
from disclosure_audit.cli import coercion
from disclosure_audit.cli.common import Lang

FILE = EXAMPLE / "declarations" / "财务处.yaml"


class Mode(Enum):
    """A plain Enum (not a StrEnum), case-insensitive below."""

    fast = "fast"
    slow = "slow"


probe = typer.Typer()


@probe.command()
def everything(  # noqa: PLR0913 - one parameter per kind
    where: Annotated[Path, typer.Argument()],
    old: Annotated[Path, typer.Option(exists=True, dir_okay=False)] = FILE,
    folder: Annotated[Path, typer.Option(exists=True, file_okay=False)] = EXAMPLE,
    paths: Annotated[list[Path] | None, typer.Option()] = None,
    words: Annotated[list[str] | None, typer.Option()] = None,
    text: Annotated[str | None, typer.Option()] = None,
    count: Annotated[int, typer.Option(min=1)] = 1,
    days: Annotated[int | None, typer.Option(min=0, max=365)] = None,
    anything: Annotated[int, typer.Option()] = 0,
    seconds: Annotated[float, typer.Option(min=0.1)] = 10.0,
    ratio: Annotated[float, typer.Option(min=0.0, max=1.0)] = 0.5,
    lang: Annotated[Lang | None, typer.Option()] = None,
    mode: Annotated[Mode, typer.Option(case_sensitive=False)] = Mode.fast,
    pick: Annotated[Literal["a", "b"], typer.Option()] = "a",
    flag: Annotated[bool, typer.Option()] = False,
) -> None:
    """Every kind of parameter the light conversion takes."""


COMMAND = get_command(probe)
PARAMS = {p.name: p for p in COMMAND.params}
NUMBERS = ["1", "7", "007", "0", "-1", "+7", " 7 ", "1_000", "1.0", "1.5", "1.", ".5", ".",
           "", "abc", "٣", "1e3", "inf", "-inf", "nan", "0.1", "0.09", "365", "366",
           "9" * 25, 5, 5.0, 0.05, True, math.nan]
PATHS = ["a", "a/b", "a//b", "./a", "a/", "", "-", "/", "x\udcff", "~", str(FILE),
         f"{FILE}/", str(EXAMPLE), f"{EXAMPLE}/", "nowhere.json", Path("q"), FILE, EXAMPLE]
VALUES: dict[str, list[Any]] = {
    "where": PATHS, "old": PATHS, "folder": PATHS,
    "paths": [("a", "b//c"), ("a",), (), [], None, (str(FILE),)],
    "words": [("a", "b"), ("x\udcff",), (), None],
    "text": ["abc", "", "x\udcff", 5, Lang.zh, None],
    "count": NUMBERS, "days": NUMBERS, "anything": NUMBERS, "seconds": NUMBERS,
    "ratio": NUMBERS,
    "lang": ["zh", "en", "ZH", "fr", "", Lang.zh, None],
    "mode": ["fast", "FAST", "Slow", "medium", Mode.slow],
    "pick": ["a", "b", "A", "c"],
    "flag": [True, False, "yes", "off", "maybe"],
}


def outcome(runtime: Any, value: Any, param: Any) -> tuple:
    """What converting ``value`` gives: its type and repr, or the error and its message."""
    ctx = COMMAND.make_context("everything", ["w"], resilient_parsing=True)
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # noqa: BLE001 - the error itself is compared
        return "error", type(exc).__name__, getattr(exc, "format_message", exc.__str__)()
    return "value", type(result).__name__, repr(result)


@pytest.mark.parametrize("name", sorted(VALUES))
def test_the_same_value_or_error_as_typers_own(name: str) -> None:
    param = PARAMS[name]
    light = param.get_runtime_param()
    assert isinstance(light, coercion.LightParam)
    typers = _coercion.build_runtime_param(param.type_descriptor)
    for value in VALUES[name]:
        assert outcome(light, value, param) == outcome(typers, value, param), (name, value)


@pytest.mark.parametrize(("name", "values"), [
    ("where", ["a", "a/b", str(FILE), Path("q")]), ("old", [str(FILE), FILE]),
    ("folder", [str(EXAMPLE), EXAMPLE]), ("paths", [("a", "b"), ()]), ("words", [("a",)]),
    ("text", ["abc"]), ("count", ["1", "007", 5]), ("seconds", ["0.5", "1", ".5", 10, 10.0]),
    ("lang", ["zh", Lang.en]), ("mode", ["FAST", Mode.slow]), ("pick", ["b"]),
    ("flag", [True, False]),
])
def test_plain_values_never_reach_typers_own_conversion(name: str, values: list) -> None:
    param = PARAMS[name]
    light = coercion.converter(param.type_descriptor)
    assert light is not None
    ctx = COMMAND.make_context("everything", ["w"], resilient_parsing=True)
    for value in values:
        assert light(value, param, ctx) is not coercion.DEFER, value



@pytest.mark.parametrize("name", ["parsed", "stamp", "clamped"])
def test_other_parameters_keep_typers_own_conversion(name: str) -> None:
    other = typer.Typer()

    @other.command()
    def kinds(parsed: Annotated[str, typer.Option(parser=str.upper)] = "x",
              stamp: Annotated[Any, typer.Option(formats=["%Y"])] = None,
              clamped: Annotated[int, typer.Option(min=1, clamp=True)] = 1) -> None:
        """A parser, a datetime, a clamped number: typer's own."""

    param = next(p for p in get_command(other).params if p.name == name)
    assert not isinstance(param.get_runtime_param(), coercion.LightParam)


def test_a_parameter_shaped_otherwise_keeps_typers_own(monkeypatch) -> None:
    def unexpected(descriptor: Any) -> None:
        raise AttributeError("a newer typer's descriptor")

    monkeypatch.setattr(coercion, "converter", unexpected)
    param = get_command(probe).params[0]  # a fresh parameter, nothing cached
    assert not isinstance(param.get_runtime_param(), coercion.LightParam)


@pytest.mark.parametrize("missing", ["build_runtime_param", "RuntimeParam"])
def test_another_typer_is_left_as_it_is(monkeypatch, missing: str) -> None:
    before = _TyperParameter.get_runtime_param
    monkeypatch.delattr(_coercion, missing)
    assert coercion.install() is False
    assert _TyperParameter.get_runtime_param is before


def test_installing_twice_wraps_once() -> None:
    before = _TyperParameter.get_runtime_param
    assert coercion.install() is True
    assert _TyperParameter.get_runtime_param is before


# ── through the command line: every kind of bad value, localized as before ────
DUE = ("ledger", "show", "--due-within")
BAD_VALUES = [
    ((*DUE, "abc"), "--due-within: 错误 [cli-integer] --due-within 的值应为整数",
     "--due-within: error [cli-integer] --due-within takes a whole number"),
    ((*DUE, "1.5"), "--due-within: 错误 [cli-integer] --due-within 的值应为整数",
     "--due-within: error [cli-integer] --due-within takes a whole number"),
    ((*DUE, "-1"), "--due-within: 错误 [cli-at-least] 值不能小于 0",
     "--due-within: error [cli-at-least] the value must be at least 0"),
    (("audit", EXAMPLE, "--jobs", "0"), "--jobs: 错误 [cli-at-least] 值不能小于 1",
     "--jobs: error [cli-at-least] the value must be at least 1"),
    (("links", EXAMPLE, "--links-timeout", "0.05"),
     "--links-timeout: 错误 [cli-at-least] 值不能小于 0.1",
     "--links-timeout: error [cli-at-least] the value must be at least 0.1"),
    (("links", EXAMPLE, "--links-timeout", "nan"),
     "--links-timeout: 错误 [cli-at-least] 值不能小于 0.1",
     "--links-timeout: error [cli-at-least] the value must be at least 0.1"),
    (("links", EXAMPLE, "--links-deadline", "abc"),
     "--links-deadline: 错误 [cli-number] --links-deadline 的值应为数字",
     "--links-deadline: error [cli-number] --links-deadline takes a number"),
    (("ledger", "show", "--status", "OPEN"),
     "--status: 错误 [cli-choice] “OPEN” 不是可选的值（可选：open, in_progress, overdue, done, "
     "waived）",
     "--status: error [cli-choice] 'OPEN' is not one of open, in_progress, overdue, done, waived"),
    (("validate", "--format", "yaml"),  # an option with a short name too (-f)
     "--format: 错误 [cli-choice] “yaml” 不是可选的值（可选：text, json）",
     "--format: error [cli-choice] 'yaml' is not one of text, json"),
    (("ledger", "export", "-f", "nope"),
     "--format: 错误 [cli-choice] “nope” 不是可选的值（可选：xlsx, csv, markdown, json, html）",
     "--format: error [cli-choice] 'nope' is not one of xlsx, csv, markdown, json, html"),
    (("diff", "a//nowhere.json", "x.json"),
     "OLD.json: 错误 [cli-missing-path] 路径 “a//nowhere.json” 不存在",
     "OLD.json: error [cli-missing-path] the path 'a//nowhere.json' does not exist"),
    (("diff", "nowhere.json", "x.json"),
     "OLD.json: 错误 [cli-missing-path] 路径 “nowhere.json” 不存在",
     "OLD.json: error [cli-missing-path] the path 'nowhere.json' does not exist"),
    (("diff", FILE, f"{EXAMPLE}/"),
     f"NEW.json: 错误 [cli-is-folder] “{EXAMPLE}/” 是文件夹，这里需要文件",
     f"NEW.json: error [cli-is-folder] '{EXAMPLE}/' is a folder; a file is needed here"),
]


@pytest.mark.parametrize(("args", "zh", "en"), BAD_VALUES)
def test_bad_values_are_told_in_the_users_language(run_cli, args: tuple, zh: str,
                                                   en: str) -> None:
    for lang, line in (("zh", zh), ("en", en)):
        result = run_cli(*args, env={"DISCLOSURE_AUDIT_LANG": lang})
        assert result.exit_code == 2
        assert line in result.stderr.splitlines(), result.stderr


@pytest.mark.parametrize("days", ["007", "+3", " 3", "1_0", "2.0"])
def test_numbers_typer_accepts_are_still_accepted(run_cli, example, days: str) -> None:
    result = run_cli("ledger", "show", example, "--due-within", days, "--as-of", "2022-09-15")
    assert result.exit_code == 0, result.stderr
