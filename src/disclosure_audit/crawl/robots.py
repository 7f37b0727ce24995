"""robots.txt, read as RFC 9309 says: a missing file allows everything, an unreachable one
(5xx, no answer) forbids everything."""

from __future__ import annotations

from urllib.robotparser import RobotFileParser

from disclosure_audit.crawl.settings import ROBOTS_TOKEN


class Robots:
    """The rules of one origin for this tool."""

    def __init__(self, status: int | None, text: str = "") -> None:
        self._parser = RobotFileParser()
        if status is not None and 200 <= status < 300:
            self._parser.parse(_delays_in_milliseconds(text))
        elif status is not None and 400 <= status < 500:
            self._parser.allow_all = True  # RFC 9309 §2.3.1.3: "unavailable"
        else:
            self._parser.disallow_all = True  # §2.3.1.4: "unreachable" (5xx, timeout, refused)

    def allows(self, url: str) -> bool:
        """True when this tool may fetch ``url``."""
        return self._parser.can_fetch(ROBOTS_TOKEN, url)

    def crawl_delay(self) -> float | None:
        """The ``Crawl-delay`` asked for this tool, in seconds."""
        delay = self._parser.crawl_delay(ROBOTS_TOKEN)
        return delay / 1000 if isinstance(delay, int) else None


def _delays_in_milliseconds(text: str) -> list[str]:
    """The lines of ``text`` with ``Crawl-delay`` in milliseconds: the standard library reads
    only whole seconds, and ``Crawl-delay: 0.5`` is common."""
    lines = []
    for line in text.splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() == "crawl-delay":
            try:
                seconds = float(value.split("#", 1)[0].strip())
            except ValueError:
                seconds = -1.0
            if 0 <= seconds < 1e6:  # nan and inf fail this test too
                line = f"Crawl-delay: {round(seconds * 1000)}"
        lines.append(line)
    return lines
