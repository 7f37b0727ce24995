"""Percentages of a whole that add up to exactly 100: largest-remainder (Hamilton) rounding.

Rounding each share on its own can give 99.9% or 100.1% in all; an annual report's parts should
add up. Largest remainder cuts every share down to the precision written, then gives the units
still missing to the shares that lost most. A share so rounded can differ from its own rounding
by one unit (10.95% → 11.0% while 10.949…% alone is 10.9%): a report that rounds this way says
so, and :func:`is_largest_remainder` lets ``report check`` verify the whole set exactly instead
of each share on its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

HUNDRED = Fraction(100)
METHOD_WORDS = "最大余数"
"""The words that tell a reader (and ``report check``) how the shares were rounded."""


def _unit(decimals: int) -> Fraction:
    return Fraction(1, 10 ** decimals)


def _floors(counts: Sequence[int], decimals: int) -> tuple[list[Fraction], list[Fraction]]:
    """Each share cut down to the precision, and what was cut off."""
    total, unit = sum(counts), _unit(decimals)
    exact = [HUNDRED * c / total for c in counts]
    floors = [math.floor(e / unit) * unit for e in exact]
    return floors, [e - f for e, f in zip(exact, floors, strict=True)]


def largest_remainder(counts: Sequence[int], decimals: int = 1) -> list[Fraction]:
    """The shares of ``counts`` in percent, ``decimals`` places, adding up to exactly 100
    (all zero when the total is zero). Equal remainders go to the earlier part."""
    if not counts or sum(counts) <= 0:
        return [Fraction(0)] * len(counts)
    floors, rests = _floors(counts, decimals)
    missing = int((HUNDRED - sum(floors)) / _unit(decimals))
    order = sorted(range(len(counts)), key=lambda i: (-rests[i], i))
    for index in order[:missing]:
        floors[index] += _unit(decimals)
    return floors


def is_largest_remainder(counts: Sequence[int], stated: Sequence[Fraction],
                         decimals: int) -> bool:
    """Whether ``stated`` is a largest-remainder rounding of ``counts`` (whichever way ties
    were broken): every share its floor or one unit more, 100 in all, and no share rounded up
    that lost less than one rounded down."""
    if len(counts) != len(stated) or sum(counts) <= 0 or sum(stated) != HUNDRED:
        return False
    floors, rests = _floors(counts, decimals)
    up = [s - f for s, f in zip(stated, floors, strict=True)]
    if any(u not in (0, _unit(decimals)) for u in up):
        return False
    raised = [r for r, u in zip(rests, up, strict=True) if u]
    kept = [r for r, u in zip(rests, up, strict=True) if not u]
    return not raised or not kept or min(raised) >= max(kept)


def percent(value: Fraction, decimals: int = 1) -> str:
    """``7.3`` for a share already at the precision (no rounding happens here)."""
    return f"{float(value):.{decimals}f}"


def differs_from_own_rounding(counts: Sequence[int], shares: Sequence[Fraction],
                              decimals: int = 1) -> bool:
    """Whether some share is not what rounding it alone (half up) would give: then the text
    must say how the shares were rounded."""
    total = sum(counts)
    if total <= 0:
        return False
    unit = _unit(decimals)
    own = [math.floor(HUNDRED * c / total / unit + Fraction(1, 2)) * unit for c in counts]
    return list(own) != list(shares)
