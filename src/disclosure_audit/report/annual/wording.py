"""The sentences the draft states its figures in, so that ``report check`` can verify them:
"…共计548条，其中，公文类信息40条，占比7.3%；…。" with percentages that add up to exactly 100
(largest remainder, said in words when a share differs from its own rounding)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from disclosure_audit.report.annual.facts import Count
from disclosure_audit.report.shares import (
    differs_from_own_rounding,
    largest_remainder,
    percent,
)

METHOD_NOTE = "各项占比按最大余数法取整，使合计为百分之百。"


def placeholder(what: str, field: str, year: str) -> str:
    """A visible gap for the office: what to write, and where (report.yaml's field)."""
    return f"【待填写：{what}（report.yaml 中 {year} 的 {field}）】"


def breakdown(lead: str, total: int, unit: str, parts: Sequence[Count],
              name: Callable[[str], str] = lambda label: label, shares: bool = True) -> str:
    """``{lead}共计{total}{unit}，其中，{part}{n}{unit}，占比{p}%；…。`` (parts with their shares
    of the total, adding up to 100%); one part reads "其中，… n 条，占比100.0%"."""
    counts = [p.count for p in parts]
    percents = largest_remainder(counts) if shares else []
    pieces = []
    for index, part in enumerate(parts):
        piece = f"{name(part.label)}{part.count}{unit}"
        if shares:
            piece += f"，占比{percent(percents[index])}%"
        pieces.append(piece)
    joiner = "；" if shares else "、"
    text = f"{lead}共计{total}{unit}，其中，{joiner.join(pieces)}。"
    if shares and differs_from_own_rounding(counts, percents):
        text += METHOD_NOTE
    return text


def links_text(links: Sequence[tuple[str, str]]) -> str:
    """``信息公开专栏 https://…；官网 https://…``."""
    return "；".join(f"{name} {url}" for name, url in links)
