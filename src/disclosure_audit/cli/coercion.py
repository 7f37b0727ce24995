"""Converting command-line values without importing pydantic on every start.

Why: typer 0.29 converts each parameter's value through a pydantic ``TypeAdapter``, built the
first time the parameter is processed (``typer.core._TyperParameter.get_runtime_param`` →
``typer._coercion.build_runtime_param``). Importing pydantic and building the adapters costs
≈150–200 ms per start, more than the rest of ``disclosure-audit validate FILE`` together, and
every command has an argument or option to convert (issue 16 item 4).

What: :func:`install` gives typer a lighter converter for the plain annotations this command
line declares — ``str``, ``Path``, ``bool``, ``int``/``float`` (with ``min``/``max``), ``Enum``
and ``Literal`` choices, ``Optional`` of these and ``list`` of them. It only ever returns what
typer itself would return: a value it cannot convert with certainty (a number written ``1_000``
or ``+7``, a path that ``Path`` would rewrite such as ``a//b/``, an unknown choice, a number out
of range, …) is handed to typer's own pydantic conversion, so every value and every error
message (which :mod:`.usage` translates) stays exactly typer's. Any other annotation, a custom
``parser``, ``clamp``, files, tuples and datetimes are typer's own from the start.

Defensive: when the installed typer has no ``_TyperParameter.get_runtime_param`` (older or
newer typer) or lacks a helper used here, :func:`install` does nothing and typer works as it
ships. ``tests/test_cli_coercion.py`` checks the results against typer's own conversion.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args, get_origin

DEFER: Any = object()
"""What a converter returns when typer's own conversion must decide (and speak)."""
Convert = Callable[[Any, Any, Any], Any]
"""``convert(value, param, ctx)``: the converted value, or :data:`DEFER`."""
_MAX_DIGITS = 18
HELPERS = ("coerce_cli_path", "coerce_cli_choice", "choice_coercion_annotation")
"""What this module uses of ``typer._param_types``: typer's own path checks and choices."""


class LightParam:
    """A parameter's runtime conversion: ours when certain, typer's own otherwise.

    Shaped like typer's ``RuntimeParam``: ``coerce`` is typer's own method (the empty and
    multi-value cases), ``_coerce_value`` converts one given value."""

    def __init__(self, descriptor: Any, convert: Convert, base_coerce: Callable[..., Any],
                 build: Callable[[Any], Any]) -> None:
        self.parameter_info = descriptor.parameter_info
        self.annotation = descriptor.annotation
        self._descriptor = descriptor
        self._convert = convert
        self._base_coerce = base_coerce
        self._build = build
        self._typers: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        """typer's ``RuntimeParam.coerce``, which calls :meth:`_coerce_value`."""
        return self._base_coerce(self, value, param=param, ctx=ctx)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        converted = self._convert(value, param, ctx)
        if converted is not DEFER:
            return converted
        if self._typers is None:  # typer's own conversion, built only when needed
            self._typers = self._build(self._descriptor)
        return self._typers._coerce_value(value, param=param, ctx=ctx)


def install() -> bool:
    """Let typer convert plain parameters without pydantic; False (nothing changed) when the
    installed typer is not shaped as this module expects."""
    try:
        from typer import _coercion, _param_types
        from typer.core import _TyperParameter

        original = _TyperParameter.get_runtime_param
        base_coerce = _coercion.RuntimeParam.coerce
        build = _coercion.build_runtime_param
        for helper in HELPERS:
            getattr(_param_types, helper)
    except (ImportError, AttributeError):
        return False
    if getattr(original, "light", False):
        return True

    def get_runtime_param(self: Any) -> Any:
        if getattr(self, "_runtime_param", None) is None:
            try:
                convert = converter(self.type_descriptor)
            except (AttributeError, TypeError, ValueError):  # shaped otherwise: typer's own
                convert = None
            if convert is not None:
                self._runtime_param = LightParam(self.type_descriptor, convert, base_coerce,
                                                 build)
        return original(self)

    get_runtime_param.light = True  # type: ignore[attr-defined]
    get_runtime_param.__doc__ = original.__doc__
    _TyperParameter.get_runtime_param = get_runtime_param
    return True


def converter(descriptor: Any) -> Convert | None:
    """The light converter for a parameter typer describes as ``descriptor`` (None: typer's
    own conversion throughout)."""
    from typer import _param_types as typer_params

    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None:
        return None
    annotation = descriptor.annotation
    if get_origin(annotation) is list:
        (item_type,) = get_args(annotation)
        item = _leaf(item_type, info, typer_params)
        return None if item is None else _list_of(item)
    return _leaf(annotation, info, typer_params)


def _leaf(annotation: Any, info: Any, typer_params: Any) -> Convert | None:
    """In the order of typer's ``build_leaf_adapter``: choices, numbers, bool, str, path."""
    choice = typer_params.choice_coercion_annotation(annotation, info)  # an Enum or a Literal
    if choice is not None:
        return _choice(*choice, typer_params.coerce_cli_choice)
    if annotation is int or annotation is float:
        return None if info.clamp else _number(annotation, info.min, info.max)
    if annotation is bool:
        return _boolean
    if annotation is str:
        return _text
    if annotation is Path and info.path_type is None and not info.allow_dash:
        return _path(info, typer_params.coerce_cli_path)
    return None

def _list_of(item: Convert) -> Convert:
    def convert(value: Any, param: Any, ctx: Any) -> Any:
        items = value if isinstance(value, (list, tuple)) else [value]
        converted = [item(one, param, ctx) for one in items]
        return DEFER if any(one is DEFER for one in converted) else converted
    return convert


def _choice(choices: tuple[Any, ...], case_sensitive: bool,
            coerce_choice: Callable[..., Any]) -> Convert:
    def convert(value: Any, param: Any, ctx: Any) -> Any:  # noqa: ARG001 - one signature
        try:
            return coerce_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)
        except ValueError:
            return DEFER  # typer words it ("Value error, 'x' is not one of …")
    return convert


def _number(kind: type, low: float | None, high: float | None) -> Convert:
    """Plain decimal digits (and a decimal point for ``float``) within the range; anything
    else — signs, spaces, ``_``, exponents, ``inf`` — is typer's to judge."""
    def convert(value: Any, param: Any, ctx: Any) -> Any:  # noqa: ARG001 - one signature
        number = _parse_number(value, kind)
        if number is DEFER or (low is not None and not number >= low) \
                or (high is not None and not number <= high):
            return DEFER
        return number
    return convert


def _parse_number(value: Any, kind: type) -> Any:
    if type(value) is kind:
        return value
    if kind is float and type(value) is int and abs(value) < 2 ** 53:
        return float(value)
    if type(value) is not str or not value.isascii() or len(value) > _MAX_DIGITS:
        return DEFER
    whole, point, fraction = value.partition(".")
    if kind is int and point:
        return DEFER
    if not (whole or fraction) or not (whole.isdigit() or not whole) \
            or not (fraction.isdigit() or not fraction):
        return DEFER
    return kind(value)


def _boolean(value: Any, param: Any, ctx: Any) -> Any:  # noqa: ARG001 - one signature
    return value if type(value) is bool else DEFER


def _text(value: Any, param: Any, ctx: Any) -> Any:  # noqa: ARG001 - one signature
    return DEFER if isinstance(value, (bytes, bytearray)) else str(value)


def _path(info: Any, coerce_path: Callable[..., Any]) -> Convert:
    """typer checks (exists, file or folder, readable…) the path it made with ``Path(value)``
    and names the value as given; when ``Path`` keeps the text as it is (no ``a//b/``, no
    ``./x``) checking the text is the same check."""
    def convert(value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, Path):
            return coerce_path(value, info, path_type=Path, param=param, ctx=ctx)
        if type(value) is not str or os.fspath(Path(value)) != value:
            return DEFER
        checked = coerce_path(value, info, path_type=None, param=param, ctx=ctx)
        return Path(checked)
    return convert
