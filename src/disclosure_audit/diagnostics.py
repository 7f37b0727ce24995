"""Located problems in the input: ``path:line:column: severity [code] message``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # model imports nothing from here; keep it that way at run time
    from disclosure_audit.model import SourceRef

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, with its position when known.

    ``code`` is stable and kebab-case; the message is ``problem.<code>`` in the catalogue,
    filled in with ``params``; ``hint_key`` names the catalogue entry that says how to fix it.
    """

    path: str
    line: int | None
    column: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    severity: str = ERROR
    hint_key: str | None = None

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the current language)."""
        from disclosure_audit.i18n import get_lang, t
        from disclosure_audit.i18n.system import TRANSLATED, system_text

        lang = lang or get_lang()
        params = {k: system_text(v, lang) if k in TRANSLATED else v
                  for k, v in self.params.items()}  # an OS error, a library's message
        return t(f"problem.{self.code}", lang, **params)

    def hint(self, lang: str | None = None) -> str:
        """How to fix it, or an empty string."""
        from disclosure_audit.i18n import t

        return t(self.hint_key, lang, **self.params) if self.hint_key else ""

    def location(self) -> str:
        """``path:line:column`` (parts omitted when unknown)."""
        from disclosure_audit.display import printable

        parts = [printable(self.path)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def render(self, lang: str | None = None) -> str:
        """The one-line diagnostic."""
        from disclosure_audit.i18n import t

        severity = t(f"severity.{self.severity}", lang)
        return f"{self.location()}: {severity} [{self.code}] {self.message(lang)}"

    def render_with_hint(self, lang: str | None = None) -> str:
        """The diagnostic line, then an indented hint line when there is a hint."""
        from disclosure_audit.i18n import t

        hint = self.hint(lang)
        return self.render(lang) + (f"\n  {t('hint.prefix', lang)}{hint}" if hint else "")

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message(lang),
            "hint": self.hint(lang) or None,
        }


def sort_key(problem: Problem) -> tuple[str, int, int, str]:
    """Order problems by file, then position, then code."""
    return (problem.path, problem.line or 0, problem.column or 0, problem.code)


def has_errors(problems: list[Problem]) -> bool:
    """True when any problem is an error (warnings do not stop a run)."""
    return any(p.severity == ERROR for p in problems)


def display_path(path: object) -> str:
    """``path`` relative to the working directory when it is below it, with ``/`` separators.

    Resolving a path costs a system call per component and one for the working directory; a
    province names thousands of files in a few hundred folders. So a file that is not a link
    is shown as its folder's display path (remembered per folder and working directory) joined
    with its name — the same text, as its name adds no link to resolve.
    """
    import os
    from pathlib import Path

    p = Path(str(path))
    try:
        if p.name in ("", "..") or p.is_symlink():
            return resolved_display(p)
        cwd = os.getcwd()
    except OSError:
        return resolved_display(p)
    folder, holds_cwd = _folder_display(str(p.parent), cwd)
    if holds_cwd:  # the working directory's parent: the path may be the working directory
        return resolved_display(p)
    if folder == ".":
        return p.name
    return folder + p.name if folder.endswith("/") else f"{folder}/{p.name}"


@lru_cache(maxsize=256)
def _folder_display(folder: str, cwd: str) -> tuple[str, bool]:
    """The folder's display path, and whether it is the working directory's parent."""
    import os

    try:
        holds_cwd = os.path.realpath(folder) == os.path.dirname(os.path.realpath(cwd))
    except (OSError, ValueError):
        holds_cwd = True
    return resolved_display(folder), holds_cwd


def resolved_display(path: object) -> str:
    """:func:`display_path` worked out in full: ``path`` resolved, then made relative."""
    from pathlib import Path

    p = Path(str(path))
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return p.as_posix()


def relative_file(path: str, root: object) -> str | None:
    """``path`` (a display path, maybe with a ``[Sheet]`` suffix) relative to ``root``.

    The sheet suffix is dropped; None when the file is not below ``root``.
    """
    from pathlib import Path

    name = path.partition("[")[0]
    try:
        return Path(name).resolve().relative_to(Path(str(root)).resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        return None


def repo_relative(ref: SourceRef, root: object) -> str:
    """A source reference (``path:line:col``) with its file relative to ``root``.

    Spreadsheet references keep their sheet (``declarations/x.xlsx[Sheet1]:3``). When the file
    is outside ``root`` (or ``root`` is None) the reference is returned unchanged.
    """
    import dataclasses

    if root is None:
        return str(ref)
    relative = relative_file(ref.path, root)
    if relative is None:
        return str(ref)
    _, bracket, sheet = ref.path.partition("[")
    return str(dataclasses.replace(ref, path=relative + bracket + sheet))
