"""The rectification ledger (整改台账): building it from an audit."""

from disclosure_audit.ledger.build import build_ledger

__all__ = ["build_ledger"]
