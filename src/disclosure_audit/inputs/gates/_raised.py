"""What a gate made ahead of time raises, so that running one never imports fastjsonschema.

fastjsonschema's package imports its whole code generator (~4 ms a start); the generated code
needs only the two exception classes it raises, with the same constructor. A gate's message is
never shown: when it fails, jsonschema reports the errors at their line and column.
"""

from __future__ import annotations

from typing import Any


class GateFailed(ValueError):
    """A value the gate does not let through (fastjsonschema's ``JsonSchemaValueException``)."""

    def __init__(self, message: str, value: Any = None, name: str | None = None,
                 definition: Any = None, rule: str | None = None) -> None:
        super().__init__(message)
        self.message, self.value, self.name = message, value, name
        self.definition, self.rule = definition, rule


class GateFailedMany(ValueError):
    """Several values at once (fastjsonschema's ``JsonSchemaValuesException``)."""

    def __init__(self, errors: list[GateFailed]) -> None:
        self.message = "; ".join(error.message for error in errors)
        super().__init__(self.message)
        self.errors = errors
