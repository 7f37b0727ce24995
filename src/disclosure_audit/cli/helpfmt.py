"""Help pages in the user's language, wrapped to the terminal's width.

Option help is written when the modules are imported, in the language of the environment; the
formatter here shows every catalogue text in the language chosen at run time (``--lang en``
before ``--help``), puts the command-line library's own words (Usage, Options, "Show this
message and exit.", ``[default: …]``) into that language, and wraps by display width
(:mod:`~disclosure_audit.cli.wrap`). Classes are attached to every command in one place
(:func:`localize`), so a new command gets them too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from disclosure_audit.cli.wrap import width, wrap
from disclosure_audit.i18n import t

_BaseContext: Any = TyperCommand.context_class
_BaseFormatter: Any = _BaseContext.formatter_class
HEADINGS = {"Options": "cli.options", "Arguments": "cli.arguments", "Commands": "cli.commands"}
USAGE_WORDS = {"[OPTIONS]": "cli.usage_options", "COMMAND [ARGS]...": "cli.usage_command"}
_EXTRA = re.compile(r"^(?P<help>.*?)\s*\[(?P<extra>[^\[\]]*)\]$", re.DOTALL)
_ARGUMENT_TYPE = re.compile(r"^(?P<name>[^\s<>-]\S*) <[^<>]+>$")
"""An argument shown as ``REPO <path>`` (typer 0.29 adds the type to the name we chose)."""
COL_MAX = 30


@functools.cache
def _by_text() -> dict[str, str]:
    """Every help text of the catalogue, in either language, to its key."""
    from disclosure_audit.i18n.catalog import MESSAGES

    found = {}
    for key, texts in MESSAGES.items():
        if key.startswith("help."):
            found.update({text: key for text in texts.values() if "{" not in text})
    found["Show this message and exit."] = "cli.help_option"
    return found


def localized(text: str) -> str:
    """A help text of the catalogue in the current language (other text as it is)."""
    key = _by_text().get(text.strip())
    return t(key) if key else text


def _extras(help_text: str, extra: str) -> str:
    """The library's ``[default: …; env var: …; required]`` in the current language; what the
    help text already says (its default, the variable's name) is not said twice."""
    shown = []
    for piece in (p.strip() for p in extra.split(";")):
        name, _, value = piece.partition(": ")
        if name == "default" and not re.search("默认|default", help_text, re.IGNORECASE):
            shown.append(t("cli.default", value=value))
        elif name == "env var" and value not in help_text:
            shown.append(t("cli.env_var", value=value))
        elif piece == "required":
            shown.append(t("cli.required"))
        elif name not in ("default", "env var"):
            shown.append(piece)  # a range such as x>=1: the same in every language
    return f"{help_text}  [{'; '.join(shown)}]" if shown else help_text


def describe(text: str) -> str:
    """The second column of an option or command row, localized."""
    match = _EXTRA.match(text)
    if match:
        return _extras(localized(match["help"]), match["extra"])
    return localized(text)


class HelpFormatter(_BaseFormatter):  # type: ignore[misc]
    """The library's formatter, localized and wrapping by display width."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """``用法：disclosure-audit audit [选项] [REPO]``."""
        for english, key in USAGE_WORDS.items():
            args = args.replace(english, t(key))
        args = re.sub(r"\{([^{}\s]+)\}", r"\1", args)  # typer 0.29 braces required arguments
        head = f"{' ' * self.current_indent}{t('cli.usage')}{prog} "
        lines = wrap(args, max(self.width - width(head), 20))
        indent = " " * width(head)
        self.write(head + f"\n{indent}".join(lines) + "\n")

    def write_heading(self, heading: str) -> None:
        """``选项：`` / ``Options:``."""
        title = t(HEADINGS[heading]) if heading in HEADINGS else heading
        self.write(f"{' ' * self.current_indent}{title}{t('cli.colon')}\n")

    def write_text(self, text: str) -> None:
        """A paragraph (the command's help), re-wrapped."""
        indent = " " * self.current_indent
        lines = wrap(" ".join(localized(text).split()), self.width - self.current_indent)
        self.write("".join(f"{indent}{line}\n" for line in lines))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = COL_MAX,
                 col_spacing: int = 2) -> None:
        """Options or commands: the name, then its help wrapped beside it."""
        rows = list(rows)
        rows = [(_ARGUMENT_TYPE.sub(r"\g<name>", name), text) for name, text in rows]
        first = min(max((width(r[0]) for r in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        text_width = max(self.width - self.current_indent - first, 20)
        for name, text in rows:
            lines = wrap(describe(text), text_width) if text else [""]
            if width(name) <= first - col_spacing:
                self.write(f"{indent}{name}{' ' * (first - width(name))}{lines[0]}\n")
                rest = lines[1:]
            else:
                self.write(f"{indent}{name}\n")
                rest = lines
            self.write("".join(f"{indent}{' ' * first}{line}\n" for line in rest))


class Context(_BaseContext):  # type: ignore[misc]
    """A context whose help uses :class:`HelpFormatter`."""

    formatter_class = HelpFormatter


def first_sentence(help_text: str) -> str:
    """The first sentence of a help text, whole and localized (the library cuts it after 45
    characters, with a "…", and measures Chinese as half its width)."""
    text = localized(help_text)
    sentence = re.split(r"(?<=。)|(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return sentence.strip()


class _Localized:
    """What commands and groups share: the short help, usage errors in the user's language."""

    context_class = Context
    help: str | None

    def get_short_help_str(self, limit: int = 45) -> str:  # noqa: ARG002 - the library's API
        """See :func:`first_sentence`."""
        return first_sentence(self.help or "")

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        """Parsing errors come out in the user's language (:mod:`.usage`)."""
        from disclosure_audit.cli.usage import translated

        with translated():
            return super().make_context(*args, **kwargs)  # type: ignore[misc]


class Command(_Localized, TyperCommand):
    """A command with localized help and usage errors."""


class Group(_Localized, TyperGroup):
    """A command group with localized help and usage errors."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown sub-command is reported in the user's language."""
        from disclosure_audit.cli.usage import translated

        with translated():
            return super().resolve_command(ctx, args)


def localize(app: typer.Typer) -> None:
    """Give ``app``, its commands and its sub-apps the localized classes."""
    app.info.cls = Group
    for command in app.registered_commands:
        localize_command(command)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            localize(group.typer_instance)


def localize_command(command: Any) -> None:
    """Give a registered command (typer's ``CommandInfo``) the localized class."""
    if command.cls in (None, TyperCommand):  # a command's own class is left alone
        command.cls = Command
