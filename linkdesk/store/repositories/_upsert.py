"""INSERT … ON CONFLICT DO UPDATE for both databases, as one executemany.

Two counters syncing the same volunteer at once must not fail on a duplicate key, and a sync of
hundreds of records must not cost one SELECT per row: the database resolves the conflict.

The bulk path (cache ingest, issue 13): the statement is built on the table (not the mapped class,
whose ORM bulk path builds per-row state) once per table, columns and keys, compiled once per
dialect; each row is bound with the columns' own bind processors (dates, UTC times exactly as the
ORM would store them) into a tuple, and the rows go to the driver as ONE ``executemany`` on the
session's connection, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Session

from linkdesk.store.dialect import dialect_insert


@lru_cache(maxsize=64)
def _compiled(table: Table, columns: tuple[str, ...], keys: tuple[str, ...], dialect: Dialect
              ) -> tuple[str, tuple[str, ...], tuple[Callable[[Any], Any] | None, ...], dict[str, Any]]:
    """The upsert's SQL for this dialect, its parameters in order, their bind processors, and the
    Python-side defaults of the columns the rows do not carry (SQLAlchemy adds those columns)."""
    stmt = dialect_insert(dialect, table)
    update_cols = [c for c in columns if c not in keys]
    if update_cols:
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_={c: stmt.excluded[c] for c in update_cols})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    compiled = stmt.compile(dialect=dialect, column_keys=list(columns))
    order = tuple(compiled.positiontup) if compiled.positional else tuple(compiled.binds)
    processors = tuple(table.c[c].type._cached_bind_processor(dialect) for c in order)
    defaults = {c: table.c[c].default for c in order if c not in columns}
    return str(compiled), order, processors, defaults


def _default(default: Any) -> Any:
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def _bind(rows: Sequence[dict[str, Any]], order: tuple[str, ...],
          processors: tuple[Callable[[Any], Any] | None, ...]) -> list[tuple[Any, ...]]:
    """Each row as a tuple in ``order``, converted by the columns that need it. A value seen before
    in the call (a day, the fetch time, the volunteer) is converted once."""
    take = itemgetter(*order)
    convert = [(i, p, {}) for i, p in enumerate(processors) if p is not None]
    bound = []
    for row in rows:
        values = list(take(row)) if len(order) > 1 else [take(row)]
        for i, process, seen in convert:
            value = values[i]
            try:
                values[i] = seen[value]
            except KeyError:
                values[i] = seen[value] = process(value)
            except TypeError:  # not hashable (a JSON document): converted each time
                values[i] = process(value)
        bound.append(tuple(values))
    return bound


def upsert(
    session: Session,
    model: type[DeclarativeBase],
    rows: Sequence[dict[str, Any]],
    keys: Sequence[str],
) -> int:
    """Insert ``rows`` (all with the same columns) or update the columns they carry on conflict."""
    if not rows:
        return 0
    connection = session.connection()
    dialect = connection.dialect
    sql, order, processors, defaults = _compiled(model.__table__, tuple(rows[0]), tuple(keys), dialect)
    if defaults:  # the same for every row of this call, as Core computes them per statement
        filled = {c: _default(d) for c, d in defaults.items()}
        rows = [{**filled, **row} for row in rows]
    bound = _bind(rows, order, processors)
    if dialect.positional:
        connection.exec_driver_sql(sql, bound)
    else:
        connection.exec_driver_sql(sql, [dict(zip(order, values, strict=True)) for values in bound])
    return len(rows)
