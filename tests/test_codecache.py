"""codecache.dataclass makes exactly the classes dataclasses.dataclass makes, from cached code
when it can; the cache is kept like Python's own bytecode cache."""

from __future__ import annotations

import dataclasses
import importlib.util
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from disclosure_audit import codecache, model

CODE_PARTS = ("co_code", "co_consts", "co_names", "co_varnames", "co_filename",
              "co_firstlineno", "co_flags", "co_argcount", "co_kwonlyargcount")
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def _same_code(one: object, other: object) -> bool:
    code, other_code = one.__code__, other.__code__
    return all(getattr(code, part) == getattr(other_code, part) for part in CODE_PARTS)


def _class_pair(decorate: object) -> type:
    class Row:
        """A frozen row with a default and a factory."""

        name: str
        count: int = 0
        tags: tuple = dataclasses.field(default_factory=tuple)

    return decorate(frozen=True)(Row)


def test_the_same_class_as_dataclasses_makes(tmp_path, monkeypatch) -> None:
    cache = codecache.CodeCache(str(tmp_path / "c.dataclasses"))
    monkeypatch.setattr(codecache, "cache_for", lambda module: cache)
    plain = _class_pair(dataclasses.dataclass)
    first = _class_pair(codecache.dataclass)
    assert cache.misses == len(METHODS)
    cached = _class_pair(codecache.dataclass)  # every method from the cache
    assert cache.misses == len(METHODS)
    for made in (first, cached):
        assert made.__dataclass_params__.__repr__() == plain.__dataclass_params__.__repr__()
        assert [f.name for f in dataclasses.fields(made)] == ["name", "count", "tags"]
        for method in METHODS:
            assert _same_code(getattr(made, method), getattr(plain, method)), method
        row = made("a", 2)
        assert repr(row) == repr(plain("a", 2)).replace(plain.__qualname__, made.__qualname__)
        assert repr(row).endswith("Row(name='a', count=2, tags=())")
        assert row == made("a", 2) and hash(row) == hash(made("a", 2))
        assert dataclasses.replace(row, count=3).count == 3
        assert dataclasses.asdict(row) == {"name": "a", "count": 2, "tags": ()}
        with pytest.raises(dataclasses.FrozenInstanceError):
            row.count = 5
    assert "exec" not in vars(dataclasses)  # the hook is gone once the class is made


def test_the_model_keeps_working_as_dataclasses() -> None:
    ref = model.SourceRef("a.yaml", 3)
    assert dataclasses.is_dataclass(ref) and ref.__dataclass_params__.frozen
    assert dataclasses.replace(ref, line=4).line == 4
    assert pickle.loads(pickle.dumps(ref)) == ref
    assert model.Declarations.__dataclass_params__.frozen is False


def test_the_cache_is_written_read_and_checked(tmp_path, monkeypatch) -> None:
    path = tmp_path / "__pycache__" / "m.cpython-311.dataclasses"
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache = codecache.CodeCache(str(path))
    cache.exec("x = 6 * 7", {}, namespace := {})
    assert namespace == {"x": 42}
    cache.save()
    again = codecache.CodeCache(str(path))
    assert set(again.codes) == {"x = 6 * 7"} and again.misses == 0
    path.write_bytes(b"\x00\x00\r\n" + path.read_bytes()[4:])  # another Python's magic
    assert codecache.CodeCache(str(path)).codes == {}
    path.write_bytes(importlib.util.MAGIC_NUMBER + b"garbage")
    assert codecache.CodeCache(str(path)).codes == {}


def test_nothing_is_written_when_python_may_not_write_bytecode(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = codecache.CodeCache(str(tmp_path / "c.dataclasses"))
    cache.exec("y = 1", {}, {})
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_place_only_means_compiling(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    blocked = tmp_path / "file"
    blocked.write_text("")
    cache = codecache.CodeCache(str(blocked / "c.dataclasses"))  # its folder is a file
    cache.exec("z = 1", {}, {})
    cache.save()  # no error
    assert cache.misses == 1


def test_a_second_start_compiles_nothing(tmp_path) -> None:
    """In a fresh interpreter allowed to write bytecode, the first import of a module fills
    its cache at exit and the next import compiles none of its classes' methods."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "rows.py").write_text(textwrap.dedent("""
        from disclosure_audit.codecache import dataclass

        @dataclass(frozen=True)
        class Row:
            name: str
            count: int = 0
    """), encoding="utf-8")
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); import rows\n"
             "from disclosure_audit import codecache\n"
             "print(codecache.cache_for('rows').misses, rows.Row('a'))")
    env = {"PYTHONPATH": str(ROOT / "src")}
    runs = [subprocess.run([sys.executable, "-c", probe, str(package)], capture_output=True,
                           text=True, env=env, timeout=60, check=True).stdout.split(" ", 1)
            for _ in range(2)]
    assert runs[0] == ["6", "Row(name='a', count=0)\n"]  # six methods compiled, then saved
    assert runs[1] == ["0", "Row(name='a', count=0)\n"]
    assert list(Path(package / "__pycache__").glob("rows.*.dataclasses"))
