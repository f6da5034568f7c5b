"""The whole schema: every table module of the store, registered on ``Base.metadata``.

The tables live in several modules (``models``, ``models_security``, ``models_certificates``, …) and
a command imports only those it works with, so a certificate issued from the command line does not
build the class-visit, NEIS-timetable or follow-up classes. What needs every table — the
migrations' ``target_metadata``, the schema tests, the PostgreSQL options of
:mod:`linkdesk.store.dialect` — imports this module.
"""

from __future__ import annotations

from linkdesk.store import (  # noqa: F401  (each import registers its tables)
    models,
    models_certificates,
    models_class_visits,
    models_followups,
    models_neis,
    models_security,
    models_sessions,
)
from linkdesk.store.base import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
