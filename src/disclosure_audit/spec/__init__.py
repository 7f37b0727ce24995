"""Checklists: the shipped MOE list, a school's tailoring of it, and resolving ``extends``."""

from disclosure_audit.spec.loader import load_checklist, shipped_checklists

__all__ = ["load_checklist", "shipped_checklists"]
