"""Alembic migrations shipped inside the package; run by :mod:`linkdesk.store.migrate`."""
