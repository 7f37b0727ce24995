"""The one small interface every output format implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from disclosure_audit.model import AuditResult


@dataclass(frozen=True)
class RenderOptions:
    """How to render: language, terminal colours and width, and extra sections."""

    lang: str = "zh"
    color: bool = False
    width: int = 120
    explain_classification: bool = False
    tracked: Any = None  # the repo's tracked ledger (ledger.yaml), for formats that show it


class Format(Protocol):
    """A renderer of an audit result into text."""

    name: str
    suffix: str
    encoding: str

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """The whole output as text."""
        ...
