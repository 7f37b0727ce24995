"""How a declaration file is named in messages, worked out once per folder."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from disclosure_audit.diagnostics import display_path


def shown_path(path: Path) -> str:
    """``display_path(path)``, for a file that is not a link: its folder's display path
    (remembered) joined with its name.

    ``display_path`` resolves the whole path (a system call per component) and the working
    directory for every file; a school has a dozen declaration files in one folder. A file that
    is a link (or cannot be looked at) goes through ``display_path`` itself: its target is
    what is shown.
    """
    try:
        if path.is_symlink():
            return display_path(path)
    except OSError:
        return display_path(path)
    folder = _folder(str(path.parent), os.getcwd())
    if folder == ".":
        return path.name
    return folder + path.name if folder.endswith("/") else f"{folder}/{path.name}"


@lru_cache(maxsize=64)
def _folder(folder: str, cwd: str) -> str:
    """The folder's display path while the working directory is ``cwd``."""
    return display_path(folder)
