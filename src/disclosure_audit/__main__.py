"""Allow ``python -m disclosure_audit``."""

from disclosure_audit.cli import main

main()
