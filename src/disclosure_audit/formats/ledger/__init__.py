"""The tracked ledger's exports (XLSX, CSV, Markdown, JSON) and its text views."""
