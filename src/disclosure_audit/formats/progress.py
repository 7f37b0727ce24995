"""A progress bar on standard error: on a terminal only, never in CI logs or pipes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def quiet() -> bool:
    """No progress bar in CI (``CI`` set) or when standard error is not a terminal."""
    return bool(os.environ.get("CI")) or not sys.stderr.isatty()


@contextmanager
def progress_bar(label: str, total: int | None,
                 wanted: bool = True) -> Iterator[Callable[[], None] | None]:
    """Yield a function that advances the bar by one, or None when no bar is shown."""
    if not wanted or quiet():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
