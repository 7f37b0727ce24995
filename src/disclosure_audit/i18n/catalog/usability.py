"""Messages from trying the finished tool as a new user and a hostile one would.

Prefixes: ``problem.*``/``hint.*`` (input problems and how to fix them), ``cli.*`` (the words
of the help pages and of usage errors, which the command-line library writes in English),
``os.*`` (why the system refused to read or write a file, by error number).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── options whose values are out of range ────────────────────────────────────
    "problem.annual-year-range": {
        "zh": "学年 “{value}” 超出可用范围（{first}–{last} 年），应是笔误",
        "en": "the academic year '{value}' is outside the years {first}–{last} (a typo?)",
    },
}
