"""Database maintenance for the centre's IT person: which database, and bring it up to date.

Start-up migrates anyway (``Store.open``); ``linkdesk db upgrade`` does it on purpose, before a
day's work or after installing a new version, and says what happened: the revision before and
after, and where the SQLite backup went. It never starts the training sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from linkdesk.config import Config
from linkdesk.files import ensure_private_dir
from linkdesk.services.core import database_url, pg_backup
from linkdesk.store import Store
from linkdesk.store.migrate import UpgradeReport
from linkdesk.store.paths import resolve_data_dir


@dataclass(frozen=True)
class DatabaseUpgrade:
    database: str  # the URL, password hidden
    training: bool  # the training database (linkdesk-training.db), not the real one
    report: UpgradeReport


def upgrade_database(config: Config, data_dir: str | Path | None = None) -> DatabaseUpgrade:
    """Migrate the configured database to the newest schema (a SQLite file is backed up first)."""
    url = database_url(config, data_dir)
    if make_url(url).get_backend_name() == "sqlite":
        ensure_private_dir(resolve_data_dir(data_dir))
    store = Store.open(url=url, upgrade=False)
    try:
        report = store.upgrade(pg_backup(config, resolve_data_dir(data_dir)))
    finally:
        store.close()
    shown = make_url(url).render_as_string(hide_password=True)
    return DatabaseUpgrade(shown, config.training, report)
