"""The package imports in stage order, with no circles: each stage imports only the ones beneath it.

Imports are read from the source with ``ast`` (those inside functions too: a lazy import still ties two
modules together), so the check needs no import side effects and sees every path.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "rasid"

# lowest first; a module may import its own layer and the layers beneath it
LAYERS: list[set[str]] = [
    {"rasid", "rasid.errors"},
    {"rasid.model"},
    {"rasid.ingest"},  # readers: bytes, pages and feeds to documents
    {"rasid.text"},  # normalisation, segments, tokens, phrase matching over language data
    {"rasid.geo"},  # gazetteer and place matching, on tokens
    {"rasid.extract"},  # the fields of an incident, places through geo
    {"rasid.pipeline"},
    {"rasid.store", "rasid.merge", "rasid.scale"},  # the database: stored mentions merge as they arrive
    {"rasid.export", "rasid.eval"},
    {"rasid.serve"},
    {"CLI"},  # rasid.cli, rasid.cli_db and every package's cli module: nothing beneath imports them
]


def _modules() -> dict[str, Path]:
    out = {}
    for p in PKG.rglob("*.py"):
        parts = list(p.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = p
    return out


MODULES = _modules()


def _resolve(name: str) -> str:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def _imports() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for mod, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                edges[mod] |= {_resolve(a.name) for a in node.names if a.name.split(".")[0] == "rasid"}
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{mod}: relative import (the project writes rasid.x in full)"
                if node.module and node.module.split(".")[0] == "rasid":
                    for a in node.names:  # "from rasid.serve import errors" imports the module rasid.serve.errors
                        full = f"{node.module}.{a.name}"
                        edges[mod].add(full if full in MODULES else _resolve(node.module))
        edges[mod].discard(mod)
    return edges


IMPORTS = _imports()


def layer(mod: str) -> int:
    if mod in ("rasid.cli", "rasid.cli_db") or mod.endswith(".cli"):
        return len(LAYERS) - 1
    stage = ".".join(mod.split(".")[:2])
    for i, names in enumerate(LAYERS):
        if stage in names:
            return i
    raise AssertionError(f"{mod} is in no layer: add its stage to LAYERS")


def test_the_reader_sees_lazy_imports() -> None:
    assert "rasid.serve.cli" in IMPORTS["rasid.cli"]  # imported inside main(), not at the top
    assert "rasid.serve.errors" in IMPORTS["rasid.serve.app"]  # "from rasid.serve import errors"
    assert "rasid.text.lexicon" in IMPORTS["rasid.geo.match"]


@pytest.mark.parametrize("mod", sorted(MODULES))
def test_each_module_imports_only_its_layer_and_below(mod: str) -> None:
    up = sorted(t for t in IMPORTS[mod] if layer(t) > layer(mod))
    assert up == [], f"{mod} (layer {layer(mod)}) reaches up to {up}"


def test_geo_never_imports_extract() -> None:
    bad = [(m, t) for m, ts in IMPORTS.items() if m.startswith("rasid.geo") for t in ts if t.startswith("rasid.extract")]
    assert bad == []


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    for root in sorted(MODULES):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges.get(w, ())))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                group = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    group.append(w)
                    if w == v:
                        break
                if len(group) > 1:
                    out.append(sorted(group))
    return out


def test_no_import_circles() -> None:
    assert _cycles(IMPORTS) == []


def test_the_circle_finder_finds_circles() -> None:
    edges = {"rasid.cli_db": {"rasid.scale.cli"}, "rasid.scale.cli": {"rasid.cli_db"},
             "rasid.geo.gazetteer": {"rasid.geo.match"}, "rasid.geo.match": {"rasid.geo.gazetteer", "rasid.text"}}
    assert sorted(_cycles(edges)) == [["rasid.cli_db", "rasid.scale.cli"], ["rasid.geo.gazetteer", "rasid.geo.match"]]
