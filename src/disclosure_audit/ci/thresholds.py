"""``--fail-under``: an overall threshold and per-dimension ones, and checking them."""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.model import DIMENSIONS, Summary


@dataclass(frozen=True)
class Shortfall:
    """A threshold that was not met: ``dimension`` None means the overall score."""

    dimension: str | None
    score: float
    threshold: float


def parse_thresholds(values: list[str]) -> dict[str | None, float]:
    """``["80", "timeliness=90"]`` → ``{None: 80.0, "timeliness": 90.0}``."""
    thresholds: dict[str | None, float] = {}
    for value in values:
        name, _, number = value.rpartition("=")
        key = name.strip() or None
        if key is not None and key not in DIMENSIONS:
            raise InputError(Problem("--fail-under", None, None, "bad-option",
                                     {"option": "--fail-under",
                                      "detail": f"{key} ∉ {', '.join(DIMENSIONS)}"}))
        try:
            threshold = float(number)
        except ValueError:
            threshold = -1.0
        if not 0 <= threshold <= 100:
            raise InputError(Problem("--fail-under", None, None, "bad-option",
                                     {"option": "--fail-under", "detail": value}))
        thresholds[key] = threshold
    return thresholds


def shortfalls(summary: Summary, thresholds: dict[str | None, float]) -> list[Shortfall]:
    """The thresholds ``summary`` does not meet (an unscored total counts as 0)."""
    return score_shortfalls(summary.score, summary.by_dimension, thresholds)


def score_shortfalls(score: float | None, by_dimension: dict[str, float | None],
                     thresholds: dict[str | None, float]) -> list[Shortfall]:
    """The thresholds an overall score and per-dimension scores do not meet."""
    missed = []
    for key, threshold in thresholds.items():
        value = (score if key is None else by_dimension.get(key)) or 0.0
        if value < threshold:
            missed.append(Shortfall(key, value, threshold))
    return missed


def shortfall_text(miss: Shortfall) -> str:
    """A missed threshold in words."""
    from disclosure_audit.i18n import t

    if miss.dimension is None:
        return t("report.fail_under", score=f"{miss.score:.1f}", threshold=f"{miss.threshold:g}")
    return t("report.fail_under_dimension", dimension=t(f"dimension.{miss.dimension}"),
             score=f"{miss.score:.1f}", threshold=f"{miss.threshold:g}")
