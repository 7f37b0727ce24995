"""Scoring: one pure function per dimension, registered here in the order they are reported."""

from __future__ import annotations

from collections.abc import Callable

from disclosure_audit.model import Score
from disclosure_audit.scoring import availability, completeness, convenience, timeliness
from disclosure_audit.scoring.context import ScoringContext

Dimension = Callable[..., Score]
"""``(item, publications, ctx, **extra) -> Score``; completeness takes ``pending``
(elements not yet made), timeliness ``report`` (the report judged for a ``due`` item)."""
DIMENSION_SCORERS: dict[str, Dimension] = {
    completeness.DIMENSION: completeness.score,
    availability.DIMENSION: availability.score,
    timeliness.DIMENSION: timeliness.score,
    convenience.DIMENSION: convenience.score,
}

__all__ = ["DIMENSION_SCORERS", "ScoringContext"]
