"""``dataclasses.dataclass``, with the methods it generates compiled once, not on every start.

Why: Python 3.11's ``dataclasses`` writes each method it adds (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, a frozen class's ``__setattr__``/``__delattr__``) as source text and
compiles it with ``exec`` each time the class is made — on every start of the program. For the
43 classes of :mod:`disclosure_audit.model` that is ~30 ms of the ~60 ms ``validate`` of a
small file spends beyond ``import typer`` (issue 16 item 4).

What: :func:`dataclass` is ``dataclasses.dataclass`` itself — the same fields, methods and
parameters, so ``replace``, ``fields``, ``asdict`` and pickling are untouched — except that
the text ``dataclasses`` hands to ``exec`` is looked up in a cache of code objects compiled
from that very text (a text never seen is compiled exactly as ``exec`` compiles it). The cache
lives where Python keeps its own bytecode, ``__pycache__`` beside the module, tagged with the
interpreter's bytecode magic number; it is written (atomically, at exit) only when Python
itself may write bytecode — never under ``PYTHONDONTWRITEBYTECODE`` or ``-B`` — and a cache
that is missing, from another Python, unreadable or not writable only means compiling as
``dataclasses`` always does.
"""

import atexit
import contextlib
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER, cache_from_source
from typing import Any, dataclass_transform

SUFFIX = ".dataclasses"
"""The cache of ``model.py`` is ``__pycache__/model.cpython-311.dataclasses``."""


class CodeCache:
    """Code objects by the source text they were compiled from, kept in one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.codes = self._read()
        self.misses = 0

    def _read(self) -> dict[str, Any]:
        try:
            with open(self.path, "rb") as handle:
                blob = handle.read()
            codes = marshal.loads(blob[len(MAGIC_NUMBER):]) if blob.startswith(MAGIC_NUMBER) \
                else {}
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        return codes if isinstance(codes, dict) else {}

    def exec(self, source: Any, globals_: Any = None, locals_: Any = None) -> None:
        """``exec(source, globals_, locals_)``, compiling ``source`` only when not cached."""
        code = self.codes.get(source) if isinstance(source, str) else None
        if code is None:
            # as exec() compiles a string: file "<string>", the caller's (dataclasses', none)
            # __future__ flags — not this module's
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if isinstance(source, str):
                self.codes[source] = code
                self.misses += 1
        exec(code, globals_, locals_)  # noqa: S102 - dataclasses' own generated code

    def save(self) -> None:
        """Write the cache when it learnt something and Python may write bytecode."""
        if not self.misses or sys.dont_write_bytecode:
            return
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as handle:
                handle.write(MAGIC_NUMBER + marshal.dumps(self.codes))
            os.replace(temporary, self.path)
            self.misses = 0
        except (OSError, ValueError):  # a read-only install: compile next time too
            with contextlib.suppress(OSError):
                os.unlink(temporary)


_CACHES: dict[str, CodeCache] = {}


def cache_for(module: str) -> CodeCache | None:
    """The cache of the module named ``module`` (None when it has no source file)."""
    source = getattr(sys.modules.get(module), "__file__", None)
    if not source or not source.endswith(".py"):
        return None
    if source not in _CACHES:
        try:
            path = cache_from_source(source)
        except (NotImplementedError, ValueError):  # no bytecode cache on this interpreter
            return None
        if not _CACHES:
            atexit.register(_save_all)
        _CACHES[source] = CodeCache(path.removesuffix(".pyc") + SUFFIX)
    return _CACHES[source]


def _save_all() -> None:
    for cache in _CACHES.values():
        cache.save()


@dataclass_transform()
def dataclass(cls: Any = None, /, **options: Any) -> Any:
    """``dataclasses.dataclass(cls, **options)``, its generated methods' code cached."""
    def wrap(cls: Any) -> Any:
        cache = cache_for(cls.__module__)
        if cache is None:
            return dataclasses.dataclass(cls, **options)
        had = "exec" in vars(dataclasses)
        previous = vars(dataclasses).get("exec")
        dataclasses.exec = cache.exec  # type: ignore[attr-defined] - the name it calls
        try:
            return dataclasses.dataclass(cls, **options)
        finally:
            if had:
                dataclasses.exec = previous  # type: ignore[attr-defined]
            else:
                del dataclasses.exec  # type: ignore[attr-defined]
    return wrap if cls is None else wrap(cls)
