"""The package's folders read as the data flow, and no lower layer imports a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "disclosure_audit"

# Lowest first. A module may import its own layer and the layers below it, never above.
LAYERS: list[tuple[str, ...]] = [
    ("model", "results", "calendar", "calendar_table", "dates", "diagnostics", "display",
     "errors", "i18n", "__init__"),
    ("inputs",),
    ("spec", "sources"),
    ("scoring",),
    ("ledger",),
    ("formats",),
    ("links", "ci", "report", "selfcheck", "crawl", "notify", "evidence"),
    ("services",),
    ("cli", "__main__"),
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _top(module: str) -> str:
    name = module.split(".")[1]
    return name if name in RANK else "__init__"  # e.g. ``from disclosure_audit import __version__``


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "disclosure_audit":
                found.extend((node.lineno, f"disclosure_audit.{a.name}") for a in node.names)
            elif node.module.startswith("disclosure_audit."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names
                         if a.name.startswith("disclosure_audit."))
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_top_level_module_has_a_layer() -> None:
    names = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in _modules()}
    assert names - set(RANK) == set(), "add the new package to LAYERS"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_reaches_up(path: Path) -> None:
    own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    upward = [f"line {line}: {module}" for line, module in _imports(path)
              if RANK[_top(module)] > RANK[own]]
    assert upward == [], f"{path.name} imports a higher layer"


def test_nothing_imports_the_cli() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules()
                 if p.relative_to(PACKAGE).parts[0] not in ("cli", "__main__.py")
                 and any(_top(m) == "cli" for _, m in _imports(p))]
    assert offenders == []
