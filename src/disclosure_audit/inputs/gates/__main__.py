"""Regenerate the compiled schema gates: ``python -m disclosure_audit.inputs.gates``."""

from __future__ import annotations

from pathlib import Path

from disclosure_audit.inputs.schema import SCHEMAS, gate_code

FOLDER = Path(__file__).resolve().parent


def main() -> None:
    """Write ``<name>.py`` for every gated schema (only those whose code changed)."""
    for name in SCHEMAS:
        code = gate_code(name)
        target = FOLDER / f"{name}.py"
        if code is None:
            target.unlink(missing_ok=True)
        elif not target.is_file() or target.read_text(encoding="utf-8") != code:
            target.write_text(code, encoding="utf-8")
            print(f"wrote {target}")


if __name__ == "__main__":
    main()
