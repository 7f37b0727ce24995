"""The rectification ledger (整改台账): building it from an audit."""

from disclosure_audit.ledger.build import (
    application_entries,
    build_ledger,
    entry_key,
    expired_waivers,
)

__all__ = ["application_entries", "build_ledger", "entry_key", "expired_waivers"]
