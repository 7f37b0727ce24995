"""Opening a report in headless Debian Chromium, driven by Playwright for Python.

The browser is the system's ``/usr/bin/chromium`` (``apt-get install chromium``): Playwright
never downloads one (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1; ``playwright install`` is never run).
Every request the page makes is recorded, and anything that is not the file itself is aborted.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from conftest import require_tool

# What this machine's closed network needs: no GPU, no QUIC, no first-run, background, update or
# sync traffic; a fresh profile per test (the user_data_dir below).
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass
class Browsed:
    """An open page, and what happened while it loaded and was used."""

    page: Any
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _playwright() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed (pip install -e '.[test]')"
        if os.environ.get("DISCLOSURE_AUDIT_REQUIRE_TOOLS") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return sync_playwright


@contextmanager
def browse(path: Path, profile: Path, *, javascript: bool = True,
           width: int = 1280) -> Iterator[Browsed]:
    """``path`` opened in headless Chromium; closed afterwards."""
    chromium = require_tool("chromium")
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with _playwright()() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=chromium, headless=True, args=FLAGS,
            java_script_enabled=javascript, viewport={"width": width, "height": 900},
            service_workers="block")
        try:
            browsed = Browsed(context.pages[0] if context.pages else context.new_page())
            context.route("**/*", lambda route: _only_the_file(route, browsed))
            browsed.page.on("console", lambda m: browsed.console.append((m.type, m.text)))
            browsed.page.on("pageerror", lambda e: browsed.errors.append(str(e)))
            browsed.page.goto(path.as_uri(), wait_until="load")
            yield browsed
        finally:
            context.close()


def _only_the_file(route: Any, browsed: Browsed) -> None:
    url = route.request.url
    browsed.requests.append(url)
    if url.startswith(("file://", "about:", "data:")):
        route.continue_()
    else:
        route.abort()
