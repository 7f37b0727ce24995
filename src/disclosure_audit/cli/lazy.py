"""The root command group, whose commands are imported only when one runs.

Importing every command's module on every start cost more than running ``validate`` on a
small file (issue 16 item 4). The root group knows each command by name, module and help
text (the table in :mod:`disclosure_audit.cli`): ``disclosure-audit validate …`` imports
``cli/validate.py`` alone, ``--help`` lists every command from the table without importing
any, and a mistyped command is still matched against every name. A command's module is
imported the first time the group is asked for it (click's documented "lazily loading
subcommands" pattern: the group's ``commands`` mapping loads on access), then built by typer
exactly as ``add_typer``/``@app.command`` would have it built.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator, MutableMapping
from typing import Any, ClassVar

from disclosure_audit.cli.helpfmt import Group, first_sentence, localize, localize_command
from disclosure_audit.i18n import t


class Lazy:
    """Where a command of the root group is defined: the modules that make it (in
    ``disclosure_audit.cli``), the catalogue key of its help, and for a command group the
    name of its ``typer.Typer`` in the first module (None: a command of the root app)."""

    __slots__ = ("group", "help_key", "modules")

    def __init__(self, modules: str, help_key: str, group: str | None = None) -> None:
        self.modules = modules.split()
        self.help_key = help_key
        self.group = group


class LazyCommands(MutableMapping[str, Any]):
    """A group's commands by name, each built on first access."""

    def __init__(self, group: LazyGroup) -> None:
        self._group = group
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in self._group.lazy:
                raise KeyError(name)
            self._built[name] = self._group.build(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        yield from self._group.lazy
        yield from (name for name in self._built if name not in self._group.lazy)

    def __len__(self) -> int:
        return len(set(self._group.lazy) | set(self._built))

    def built(self, name: str) -> Any | None:
        """The command when it has been built already (None: not yet, or unknown)."""
        return self._built.get(name)


class LazyGroup(Group):
    """The root group: commands from :attr:`lazy`, built from :attr:`typer_app`."""

    lazy: ClassVar[dict[str, Lazy]] = {}
    typer_app: ClassVar[Any] = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # typer built whatever modules imported so far registered; the table decides
        self.commands = LazyCommands(self)

    def list_commands(self, ctx: Any) -> list[str]:  # noqa: ARG002 - the library's API
        """Every command's name, in the table's order, none imported."""
        return list(self.commands)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The commands' one-line help, from the catalogue for those not imported."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.commands.built(name)
            if command is None:
                rows.append((name, first_sentence(t(self.lazy[name].help_key))))
            elif not command.hidden:
                rows.append((name, command.get_short_help_str()))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def build(self, name: str) -> Any:
        """Import the command ``name``'s modules and build it as typer would."""
        import typer.main
        from typer.models import TyperInfo

        where = self.lazy[name]
        modules = [importlib.import_module(f"disclosure_audit.cli.{m}") for m in where.modules]
        app = self.typer_app
        settings = {"pretty_exceptions_short": app.pretty_exceptions_short,
                    "rich_markup_mode": app.rich_markup_mode,
                    "suggest_commands": getattr(app, "suggest_commands", True)}
        if where.group is not None:
            sub_app = getattr(modules[0], where.group)
            localize(sub_app)
            return _call(typer.main.get_group_from_info, TyperInfo(sub_app, name=name),
                         settings)
        info = next(c for c in app.registered_commands
                    if (c.name or typer.main.get_command_name(c.callback.__name__)) == name)
        localize_command(info)
        return _call(typer.main.get_command_from_info, info, settings)


def _call(build: Any, info: Any, settings: dict[str, Any]) -> Any:
    """``build(info, **settings)`` with the settings this typer's ``build`` takes."""
    takes = inspect.signature(build).parameters
    return build(info, **{k: v for k, v in settings.items() if k in takes})


def lazy_group(app: Any, table: dict[str, Lazy]) -> type[LazyGroup]:
    """The root group class for ``app``, its commands from ``table``."""
    return type("RootGroup", (LazyGroup,), {"lazy": table, "typer_app": app,
                                            "__doc__": LazyGroup.__doc__})
