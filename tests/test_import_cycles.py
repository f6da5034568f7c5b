"""No import circles inside linkdesk/store (issue 16 point 10).

Every ``import`` statement counts — at module level, inside functions and under ``TYPE_CHECKING``
alike — because a circle that only works thanks to import order breaks as soon as someone imports
the modules the other way round.
"""

from __future__ import annotations

import ast
from pathlib import Path

import linkdesk

PACKAGE_ROOT = Path(linkdesk.__file__).resolve().parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``path`` imports (``from pkg import mod`` counts as ``pkg.mod``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from pkg import mod`` imports pkg.mod; ``from mod import name`` imports mod
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for name in names:
            # a module's own packages are always imported before it: not a circle
            if name in known and name != me and not me.startswith(name + "."):
                found.add(name)
    return found


def graph_of(folder: Path) -> dict[str, set[str]]:
    files = sorted(folder.rglob("*.py"))
    known = {module_name(f) for f in files}
    return {module_name(f): imports_of(f, known) for f in files}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every elementary circle found by a depth-first search (each reported once, from its smallest node)."""
    found: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()

    def visit(start: str, node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                key = tuple(sorted(path))
                if key not in seen:
                    seen.add(key)
                    found.append([*path, start])
            elif nxt not in path and nxt > start:
                visit(start, nxt, [*path, nxt])

    for start in sorted(graph):
        visit(start, start, [start])
    return found


def test_the_cycle_finder_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_every_kind_of_import(tmp_path):
    pkg = PACKAGE_ROOT / "store"
    graph = graph_of(pkg)
    # the store package itself imports database (its public Store); database imports the engine
    assert "linkdesk.store.database" in graph["linkdesk.store"]
    assert "linkdesk.store.engine" in graph["linkdesk.store.database"]


def test_no_import_cycles_in_the_store():
    assert cycles(graph_of(PACKAGE_ROOT / "store")) == []
