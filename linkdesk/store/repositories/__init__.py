"""Repositories: the queries and writes of one table each, bound to a unit of work's session."""

from linkdesk.store.repositories.consents import ConsentRepository
from linkdesk.store.repositories.links import LinkRepository
from linkdesk.store.repositories.meta import MetaRepository
from linkdesk.store.repositories.records import RecordRepository
from linkdesk.store.repositories.schools import SchoolHit, SchoolRepository
from linkdesk.store.repositories.volunteers import VolunteerRepository

__all__ = [
    "ConsentRepository",
    "LinkRepository",
    "MetaRepository",
    "RecordRepository",
    "SchoolHit",
    "SchoolRepository",
    "VolunteerRepository",
]
