"""Indexed "contains" search over the cache's text: volunteer names, organizations, activities.

A filter such as "the pending rows whose volunteer, organization or activity contains 환경" used
to test every row's text (``ILIKE '%환경%'`` after joining three tables). Here the text is indexed:

- **SQLite**: FTS5 tables with the ``trigram`` tokenizer (``records_fts`` over
  ``records(organization, activity)``, ``volunteers_fts`` over ``volunteers(name)``), kept up to
  date by triggers on the tables (migration 0006), so every writer — the store's upserts, a bulk
  ingest, a future command — keeps them right without knowing they exist. A query of three
  letters or more is a trigram ``MATCH`` (any substring, case-insensitive); one or two letters
  cannot use trigrams and fall back to ``LIKE`` on the table.
- **PostgreSQL**: ``pg_trgm`` GIN indexes on the same columns, which ``ILIKE '%…%'`` uses by itself
  (three letters or more). Where the extension cannot be installed the migration skips the
  indexes and the same ``ILIKE`` scans, correct but slower.

:class:`matching` gives the condition; it compiles to the right SQL for each database. ``%`` and
``_`` in the text are literal in both forms (escaped for LIKE, plain letters in a MATCH phrase).
:class:`contains` is the one- and two-letter test on a column. For SQLite's planner, which keeps
no statistics: :func:`count_matches_sql` counts a text's matches up to a cap (is it broad?) and
:class:`unindexed` writes ``+column`` so that a condition is tested on rows read in another index's
order instead of being where the reading starts.
Derived objects (the FTS tables and their shadow tables, the GIN indexes) are not ORM tables;
:func:`is_derived` tells schema comparisons to leave them out. A migration that rebuilds
``records`` or ``volunteers`` (SQLite batch mode) must create the triggers again and rebuild the
FTS table (``create_sqlite_fts``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, bindparam, literal_column, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

MIN_TRIGRAM = 3
# table -> its searchable text columns
SEARCHED: dict[str, tuple[str, ...]] = {"records": ("organization", "activity"), "volunteers": ("name",)}
_FTS_SHADOWS = ("", "_data", "_idx", "_docsize", "_config", "_content")
DERIVED_TABLES = frozenset(f"{t}_fts{s}" for t in SEARCHED for s in _FTS_SHADOWS)
TRGM_INDEXES = {f"ix_{t}_{c}_trgm": (t, c) for t, cols in SEARCHED.items() for c in cols}


def is_derived(name: str | None, type_: str) -> bool:
    """True for the search objects of this module (for ``compare_metadata``'s ``include_name``)."""
    return (type_ == "table" and name in DERIVED_TABLES) or (type_ == "index" and name in TRGM_INDEXES)


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: every letter literal (a quote doubled)."""
    return '"' + text.replace('"', '""') + '"'


def count_matches_sql(table: str, *, then: str = "") -> str:
    """SQLite: the rows of ``table`` whose text holds the phrase ``:phrase``, counted up to ``:cap``
    and no further (the trigram index yields them one by one: a broad text costs ``cap`` steps).
    ``then`` joins on from ``{table}`` (e.g. a volunteer's records), counting what it reaches."""
    fts = f"{table}_fts"
    return (f"SELECT count(*) FROM (SELECT 1 FROM {fts} CROSS JOIN {table} ON {table}.rowid = {fts}.rowid {then} "
            f"WHERE {fts} MATCH :phrase LIMIT :cap)")


class unindexed(ColumnElement[Any]):  # noqa: N801 - reads as a function in queries
    """``unindexed(Outbox.record_id)``: the column's value, which SQLite must not look up through an
    index (written ``+column``): a hint that the rows are better read in another index's order.
    Other databases get the column as it is (they plan with statistics)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.column, **kw)


class contains(ColumnElement[bool]):  # noqa: N801 - reads as a function in queries
    """``contains(Volunteer.name, "김")``: the column holds ``text``, any case (``ILIKE '%…%'``, the
    wildcards in ``text`` escaped). For texts too short for the trigram index.

    SQLite writes it as a plain ``LIKE``: there both ``LIKE`` and ``lower()`` fold ASCII letters
    only, so ``x LIKE p`` selects exactly the rows ``lower(x) LIKE lower(p)`` (what ``ilike``
    compiles to) does, without two function calls per row."""

    type = Boolean()
    _is_implicitly_boolean = True  # a condition as it is: never "(…) = 1" (SQLite could not use an index)
    inherit_cache = False  # its text is no part of a cache key: never cached

    def __init__(self, column: ColumnElement[Any], text: str) -> None:
        self.column = column
        self.text = text


@compiles(contains)
def _contains(element: contains, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column.ilike(like_pattern(element.text), escape="\\"), **kw)


@compiles(contains, "sqlite")
def _contains_sqlite(element: contains, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column.like(like_pattern(element.text), escape="\\"), **kw)


class matching(ColumnElement[bool]):  # noqa: N801 - reads as a function in queries
    """``matching(Outbox.record_id, "records", "id", "환경정화")``: ``outer`` is the ``key`` of a row of
    ``table`` whose searched text holds ``text`` (any case): ``outer IN (SELECT key FROM …)``."""

    type = Boolean()
    _is_implicitly_boolean = True  # "x IN (…)", not "x IN (…) = 1": SQLite uses an index on x only then
    inherit_cache = False  # the SQL depends on the text's length

    def __init__(self, outer: ColumnElement[Any], table: str, key: str, text: str) -> None:
        if table not in SEARCHED:
            raise ValueError(f"no text search on {table}")
        self.outer = outer
        self.table = table
        self.key = key
        self.text = text

    def _ilike(self) -> ColumnElement[bool]:
        pattern = like_pattern(self.text)
        return or_(*(literal_column(f"{self.table}.{c}").ilike(pattern, escape="\\") for c in SEARCHED[self.table]))


@compiles(matching)
def _generic(element: matching, compiler: Any, **kw: Any) -> str:
    outer = compiler.process(element.outer, **kw)
    where = compiler.process(element._ilike(), **kw)
    return f"{outer} IN (SELECT {element.table}.{element.key} FROM {element.table} WHERE {where})"


@compiles(matching, "sqlite")
def _sqlite(element: matching, compiler: Any, **kw: Any) -> str:
    if len(element.text) < MIN_TRIGRAM:
        return _generic(element, compiler, **kw)
    t, fts = element.table, f"{element.table}_fts"
    bound = compiler.process(bindparam(None, fts_phrase(element.text), unique=True), **kw)
    outer = compiler.process(element.outer, **kw)
    # CROSS JOIN: SQLite starts from the FTS matches and reads their rows by rowid.
    return (f"{outer} IN (SELECT {t}.{element.key} FROM {fts} CROSS JOIN {t} ON {t}.rowid = {fts}.rowid "
            f"WHERE {fts} MATCH {bound})")


# -- DDL, for migration 0006 (and any later migration that rebuilds a searched table) --------------

def create_sqlite_fts(execute: Any, table: str) -> None:
    """The FTS5 trigram table over ``table``'s searched columns, its triggers, filled from the rows."""
    cols = SEARCHED[table]
    fts = f"{table}_fts"
    listed = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({listed}, content='{table}', "
            f"content_rowid='rowid', tokenize='trigram')")
    add = f"INSERT INTO {fts}(rowid, {listed}) VALUES (new.rowid, {new});"
    remove = f"INSERT INTO {fts}({fts}, rowid, {listed}) VALUES ('delete', old.rowid, {old});"
    execute(f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN {add} END")
    execute(f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN {remove} END")
    execute(f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {listed} ON {table} BEGIN {remove} {add} END")
    execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def drop_sqlite_fts(execute: Any, table: str) -> None:
    fts = f"{table}_fts"
    for suffix in ("ai", "ad", "au"):
        execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
    execute(f"DROP TABLE IF EXISTS {fts}")
