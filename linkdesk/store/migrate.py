"""Schema migrations at start-up: Alembic, run in code from the revisions shipped in the package.

Why in code: a counter PC has no alembic.ini and no one to run ``alembic upgrade``. ``upgrade``
checks where the database stands, refuses one written by a newer LinkDesk (its revision is unknown
here; the message names the database), copies a non-empty SQLite file into the data folder's
``backups/`` before changing it (owner-only; the newest :data:`KEEP_BACKUPS` of that database are
kept, as Vorta does before its migrations) -- on PostgreSQL a ``pg_dump`` of the shared database,
when the caller names the backup folder (:class:`PgBackup`), and nothing changes if it cannot be
made -- and on PostgreSQL holds an advisory lock so two counters starting together do not migrate
the shared database twice (on SQLite the migration's ``BEGIN IMMEDIATE`` does that: the second one
finds the work done).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import ast
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, inspect, text

from linkdesk.files import ensure_private_dir
from linkdesk.store.coltypes import utcnow
from linkdesk.store.errors import StoreError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic (about half a second of imports) is loaded only when a database has to change: a start
# on an up-to-date database reads the revision with one query and compares it with the newest
# revision of the shipped files (:func:`shipped_head`).

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_KEY = 0x4C494E4B  # "LINK": one advisory lock for LinkDesk schema changes
# Alembic's ``context`` is a process-wide proxy: two threads migrating at once would share it.
_ALEMBIC_LOCK = threading.Lock()
BACKUP_DIR = "backups"
KEEP_BACKUPS = 5


PG_DUMP_TIMEOUT_S = 3600  # a centre's database is small; an hour bounds a server that hangs


@dataclass(frozen=True)
class PgBackup:
    """Where and how a PostgreSQL database is dumped before a migration (``enabled=False``: the IT
    person takes the backup; the migration then runs without one)."""

    folder: Path
    pg_dump: str = ""  # empty: the one on PATH
    enabled: bool = True


@dataclass(frozen=True)
class UpgradeReport:
    """What :func:`upgrade` did: revisions before and after, and the backup it made (if any)."""

    from_revision: str | None
    to_revision: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None, script_location: Path | None = None) -> Config:
    """An Alembic Config built in code (no ini file), optionally bound to an open connection."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision(script_location: Path | None = None) -> str | None:
    """The newest revision this code knows."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    return script.get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None for a database never migrated."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _check_known(script: ScriptDirectory, revision: str | None, where: str = "") -> None:
    from alembic.util.exc import CommandError

    if revision is None:
        return
    try:
        known = script.get_revision(revision) is not None
    except CommandError:
        known = False
    if not known:
        head = script.get_current_head()
        raise StoreError(
            f"이 데이터베이스는 더 새로운 버전의 LinkDesk에서 사용된 것입니다(스키마 {revision}). "
            f"이 프로그램은 스키마 {head}까지만 알고 있어 열 수 없습니다. LinkDesk를 최신 버전으로 업데이트하세요."
            + (f"\n데이터베이스: {where} (그대로 두었습니다)" if where else ""),
            f"This database was written by a newer LinkDesk (schema revision {revision}); this version "
            f"knows revisions up to {head} and will not open it. Update LinkDesk."
            + (f" Database: {where} (left as it was)." if where else ""),
        )


def backup_sqlite(path: Path, revision: str | None, now: datetime | None = None,
                  keep: int = KEEP_BACKUPS) -> Path:
    """Copy a SQLite database (WAL included, consistently) to
    ``backups/<name>.bak-<revision>-<timestamp>`` beside it (folder 0700, file 0600), then delete
    all but the newest ``keep`` backups of that database.

    Uses SQLite's online backup API, not a file copy, so a half-checkpointed WAL cannot tear it.
    """
    folder = ensure_private_dir(path.parent / BACKUP_DIR)
    target = _new_backup_file(folder, path.name, revision, now)
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _prune_backups(folder, path.name, keep)
    return target


def backup_postgres(url: URL, revision: str | None, backup: PgBackup, now: datetime | None = None,
                    keep: int = KEEP_BACKUPS) -> Path:
    """``pg_dump --format=custom`` of the database at ``url`` into
    ``<folder>/<database>.pgdump.bak-<revision>-<timestamp>`` (folder 0700, file 0600), then delete
    all but the newest ``keep`` of them. The connection goes to pg_dump through libpq's environment
    (``PGPASSWORD`` …), never its command line. Raises :class:`StoreError` when it cannot be made."""
    where = url.render_as_string(hide_password=True)
    exe = backup.pg_dump or shutil.which("pg_dump")
    if not exe or not Path(exe).is_file():
        raise StoreError(
            f"공유 데이터베이스의 구조를 바꾸기 전에 백업을 만들 pg_dump를 찾을 수 없어, 바꾸지 않았습니다 ({where}). "
            "PostgreSQL 클라이언트(postgresql-client, 서버와 같거나 새 버전)를 설치하거나 설정 [database] pg_dump에 "
            "경로를 적으세요. 직접 백업한 뒤라면 [database] backup_before_migration = false로 진행할 수 있습니다.",
            f"pg_dump was not found, so the shared database was not changed ({where}): install the PostgreSQL "
            "client (as new as the server) or set [database] pg_dump; after your own backup, "
            "[database] backup_before_migration = false lets the migration run.",
        )
    folder = ensure_private_dir(backup.folder)
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in (url.database or "postgres"))
    target = _new_backup_file(folder, f"{name}.pgdump", revision, now)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    query = {k: v if isinstance(v, str) else v[0] for k, v in url.query.items()}
    for var, value in (("PGHOST", url.host or query.get("host")), ("PGPORT", url.port),
                       ("PGUSER", url.username), ("PGPASSWORD", url.password), ("PGDATABASE", url.database),
                       ("PGSSLMODE", query.get("sslmode")), ("PGSSLROOTCERT", query.get("sslrootcert"))):
        if value:
            env[var] = str(value)
    try:
        done = subprocess.run([exe, "--format=custom", "--no-password", f"--file={target}"], env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=PG_DUMP_TIMEOUT_S, check=False)
        failed = done.returncode != 0 or target.stat().st_size == 0
        why = (done.stderr.decode("utf-8", "replace").strip().splitlines() or [f"exit {done.returncode}"])[-1]
    except (OSError, subprocess.TimeoutExpired) as exc:
        failed, why = True, type(exc).__name__
    if failed:
        target.unlink(missing_ok=True)
        why = why.replace(url.password or "\0", "***")[:300]
        raise StoreError(
            f"공유 데이터베이스를 백업(pg_dump)하지 못해 구조를 바꾸지 않았습니다 ({where}): {why}. "
            "pg_dump가 서버와 같거나 새 버전인지, 접속 정보를 확인하세요.",
            f"The backup of the shared database (pg_dump) failed, so nothing was changed ({where}): {why}.",
        )
    _prune_backups(folder, f"{name}.pgdump", keep)
    return target


def _new_backup_file(folder: Path, name: str, revision: str | None, now: datetime | None) -> Path:
    """A new, empty owner-only file ``<name>.bak-<revision>-<timestamp>[-n]`` in ``folder``."""
    base = f"{name}.bak-{revision or 'none'}-{(now or utcnow()).strftime('%Y%m%dT%H%M%SZ')}"
    target = folder / base
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}"
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return target


def _prune_backups(folder: Path, name: str, keep: int) -> None:
    """Keep the newest ``keep`` backups of database ``name`` (oldest by modification time go)."""
    ours = sorted(folder.glob(f"{name}.bak-*"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    for old in ours[: max(0, len(ours) - keep)]:
        old.unlink(missing_ok=True)


def _sqlite_upgrade(conn: Connection, cfg: Config, target: str) -> None:
    """Run the migration with foreign keys off, then check them.

    SQLite alters a table by copying it and dropping the original (Alembic's batch mode); with
    foreign keys on, that DROP would cascade-delete the rows pointing at it (links, outbox). The
    pragma only works outside a transaction, so it is set on the raw connection in between.
    """
    raw = conn.connection.dbapi_connection
    assert raw is not None
    from alembic import command

    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        command.upgrade(cfg, target)
        conn.commit()
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.commit()
        if broken:
            raise StoreError(
                "데이터베이스 구조 변경 후 참조 무결성 검사에 실패했습니다. 백업 파일로 복원하세요.",
                f"Foreign key check failed after the migration ({len(broken)} rows); "
                "restore the backup.",
            )
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def upgrade(
    engine: Engine,
    *,
    target: str = "head",
    script_location: Path | None = None,
    sqlite_path: Path | None = None,
    pg_backup: PgBackup | None = None,
) -> UpgradeReport:
    """Bring the database to ``target``; see the module docstring for the safety steps.
    ``pg_backup``: where a PostgreSQL database is dumped first (None: no dump, e.g. tests)."""
    if target == "head":
        at = _recorded_revision(engine)
        if at is not None and at == shipped_head(script_location):
            return UpgradeReport(at, at, None)  # nothing to do: Alembic stays unloaded
    with _ALEMBIC_LOCK:
        return _upgrade(engine, target, script_location, sqlite_path, pg_backup)


def shipped_head(script_location: Path | None = None) -> str | None:
    """The newest revision of the migration files, read without Alembic (their ``revision`` and
    ``down_revision`` assignments); None when that is not one clear head (Alembic then decides)."""
    versions = Path(script_location or MIGRATIONS_DIR) / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        found = _revision_lines(path.read_text(encoding="utf-8"))
        if found is None:
            return None
        rev, down = found.get("revision"), found.get("down_revision")
        if not isinstance(rev, str):
            continue
        revisions.add(rev)
        parents.update([down] if isinstance(down, str) else [d for d in down or () if isinstance(d, str)])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=([^\n]*)$", re.MULTILINE)


def _revision_lines(source: str) -> dict[str, object] | None:
    """``revision`` and ``down_revision`` of one migration file: from their one-line top-level
    assignments (a start reads every file, so not by parsing the whole module), else from the
    module's syntax tree; None when a value is not a literal."""
    found: dict[str, object] = {}
    for match in _ASSIGNMENT.finditer(source):
        try:
            value = ast.literal_eval(match.group(2).strip())
        except (ValueError, SyntaxError):
            break  # e.g. a value over several lines: read the whole module
        if match.group(1) in found:
            break
        found[match.group(1)] = value
    else:
        if "revision" in found:
            return found
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name) and t.id in ("revision", "down_revision"):
                    try:
                        found[t.id] = ast.literal_eval(node.value)
                    except ValueError:
                        return None
    return found


def _recorded_revision(engine: Engine) -> str | None:
    """The database's revision by one query; None when there is none or it cannot be read."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
            conn.rollback()
    except Exception:  # no table yet (a new database) or not readable: the full path decides
        return None
    return rows[0][0] if len(rows) == 1 else None


def _upgrade(
    engine: Engine, target: str, script_location: Path | None, sqlite_path: Path | None,
    pg_backup: PgBackup | None = None,
) -> UpgradeReport:
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    with engine.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        if pg:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({_PG_LOCK_KEY})")
            conn.commit()
        try:
            before = current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
            conn.commit()
            _check_known(script, before, str(sqlite_path) if sqlite_path is not None
                         else engine.url.render_as_string(hide_password=True))
            wanted = script.get_current_head() if target == "head" else target
            if before == wanted:
                return UpgradeReport(before, before, None)
            backup = None
            if sqlite_path is not None and (before is not None or has_tables):
                backup = backup_sqlite(sqlite_path, before)
            elif pg and pg_backup is not None and (before is not None or has_tables):
                if pg_backup.enabled:
                    backup = backup_postgres(engine.url, before, pg_backup)
                else:
                    log.warning("migrating the shared database without a backup (backup_before_migration = false)")
            if pg:
                command.upgrade(alembic_config(conn, script_location), target)
            else:
                _sqlite_upgrade(conn, alembic_config(conn, script_location), target)
            conn.commit()
            after = current_revision(conn)
            conn.commit()
            return UpgradeReport(before, after, backup)
        finally:
            if pg:
                conn.rollback()
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_PG_LOCK_KEY})")
                conn.commit()
