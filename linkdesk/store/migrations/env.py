"""Alembic environment for LinkDesk.

LinkDesk runs migrations itself at start-up (``linkdesk.store.migrate``), handing Alembic an open
connection in ``config.attributes["connection"]``; no alembic.ini is needed. Offline mode
(``--sql``) still works for a centre's DBA who wants the SQL for PostgreSQL first.
"""

from __future__ import annotations

from alembic import context

from linkdesk.store.coltypes import JsonDocument, UtcDateTime
from linkdesk.store.schema import Base  # every table of the store
from linkdesk.store.text_search import is_derived

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, ctx: object) -> str | bool:
    """Autogenerate writes plain types into revisions, never LinkDesk's Python wrappers."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, type(JsonDocument)):  # JSON, JSONB on PostgreSQL (store.coltypes)
        ctx.imports.add("from sqlalchemy.dialects import postgresql")  # type: ignore[attr-defined]
        return "sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), 'postgresql')"
    return False


def run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("LinkDesk migrations run through linkdesk.store.migrate with a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTERs via table copies
        compare_type=True,
        render_item=_render_item,
        include_name=lambda name, type_, _parents: not is_derived(name, type_),  # FTS / trigram objects
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
