"""disclosure-audit: check a university's information disclosure against the MOE list."""

__version__ = "0.1.0"
