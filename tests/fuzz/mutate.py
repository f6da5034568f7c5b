"""Hypothesis strategies for hostile JSON: any JSON value, and a valid document with a few of its
fields deleted, replaced by any JSON value, or given unknown neighbours."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
           | st.sampled_from(["", "2026-05-15", "2026-02-30", "25:61", "9999-12-31T23:59:59+09:00",
                              "2026-05-15T10:00:00", "V-1001", "up", "down", "sent", "0" * 40, "-1", "１２"]))
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


def paths(doc: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path inside ``doc`` (dict keys and list indexes), the root included."""
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:4]):
            out += paths(v, (*prefix, i))
    return out


def _apply(doc: Any, path: tuple, how: str, value: Any) -> Any:
    if not path:
        return value if how == "replace" else doc
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if how == "delete":
        del parent[last]
    elif how == "replace":
        parent[last] = value
    elif how == "neighbour" and isinstance(parent, dict):
        parent[f"{last}_x"] = value
    return doc


@st.composite
def mutated(draw, doc: Any) -> Any:
    """``doc`` with one to four mutations."""
    out = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 4))):
        candidates = paths(out)
        path = draw(st.sampled_from(candidates))
        how = draw(st.sampled_from(["delete", "replace", "replace", "neighbour"]))
        try:
            out = _apply(out, path, how, draw(JSON))
        except (KeyError, IndexError, TypeError):
            pass  # the path went away with an earlier mutation
    return out
