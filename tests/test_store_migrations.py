"""Migrations: from empty on both databases, refusal of a newer database, SQLite backup first."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from linkdesk.store import Store, StoreError
from linkdesk.store import migrate
from linkdesk.store.schema import Base  # every table (models.py holds only the first ones)
from linkdesk.store.paths import sqlite_url
from linkdesk.store.text_search import is_derived

ROOT = Path(__file__).resolve().parents[1]
TABLES = {"volunteers", "schools", "records", "links", "outbox", "consents_seen", "meta", "alembic_version"}

# A test-only revision on top of whatever the package's head is.
REVISION_NEXT = '''"""test-only revision: adds a table."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))
    # A SQLite table rebuild (copy, drop, rename): must not cascade-delete the links to records.
    with op.batch_alter_table("records", recreate="always") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_table("extra")
'''


def test_migrates_an_empty_database_to_head(db_url: str) -> None:
    with Store(db_url) as store:
        assert store.revision() is None
        report = store.upgrade()
        assert report.from_revision is None
        assert report.to_revision == migrate.head_revision() == store.revision()
        assert report.backup is None  # nothing to lose in an empty database
        with store.engine.connect() as conn:
            assert TABLES <= set(inspect(conn).get_table_names())
            # The hand-written revision creates exactly what the models describe (plus the derived
            # text-search tables and indexes of linkdesk.store.text_search, which are no ORM tables).
            keep = {"include_name": lambda name, type_, _parents: not is_derived(name, type_)}
            assert compare_metadata(MigrationContext.configure(conn, opts=keep), Base.metadata) == []
        again = store.upgrade()
        assert not again.changed and again.backup is None


def test_refuses_a_database_from_a_newer_version(db_url: str) -> None:
    with Store.open(url=db_url) as store:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    with pytest.raises(StoreError) as err:
        Store.open(url=db_url)
    assert "0099_future" in err.value.en and "newer LinkDesk" in err.value.en
    assert "더 새로운 버전" in err.value.ko and "업데이트" in err.value.ko


def _scripts_with_next(tmp_path: Path, revision: str = REVISION_NEXT) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    text = revision.replace("{head}", migrate.head_revision())
    (scripts / "versions" / "9001_extra.py").write_text(text, encoding="utf-8")
    return scripts


def test_sqlite_is_backed_up_before_migrating_a_non_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "data" / "linkdesk.db"
    with Store.open(url=sqlite_url(db)) as store:
        with store.unit_of_work() as uow:
            uow.volunteers.save("V-1", name="김민준")
            uow.records.upsert_many("V-1", [{"id": "R-1", "date": "2026-04-01", "minutes": 60}])
            uow.links.set_status("R-1", "neis", "sent", receipt="S-1")
        head = migrate.head_revision()
        report = migrate.upgrade(store.engine, sqlite_path=db, script_location=_scripts_with_next(tmp_path))
        assert (report.from_revision, report.to_revision) == (head, "9001")
        assert report.backup is not None
        assert report.backup.parent == db.parent / "backups"
        assert stat.S_IMODE(report.backup.parent.stat().st_mode) == 0o700
        assert report.backup.name.startswith(f"linkdesk.db.bak-{head}-")
        assert stat.S_IMODE(report.backup.stat().st_mode) == 0o600
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT receipt FROM links").all() == [("S-1",)]
            assert conn.exec_driver_sql("SELECT count(note) FROM records").scalar() == 0
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on for the pool
            conn.rollback()
    backup = sqlite3.connect(report.backup)
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert backup.execute("SELECT name FROM volunteers").fetchall() == [("김민준",)]
        assert backup.execute("SELECT name FROM sqlite_master WHERE name='extra'").fetchone() is None
    finally:
        backup.close()
    # The code in the package does not know 9001: that database is now "from a newer version".
    with pytest.raises(StoreError):
        Store.open(url=sqlite_url(db))


def test_no_backup_when_already_at_head(tmp_path: Path) -> None:
    db = tmp_path / "linkdesk.db"
    Store.open(url=sqlite_url(db)).close()
    Store.open(url=sqlite_url(db)).close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak-" in p.name) == []


def test_open_with_data_dir_creates_the_database_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKDESK_DATA_DIR", str(tmp_path / "from-env"))
    with Store.open(data_dir=tmp_path / "explicit") as store:
        assert store.sqlite_path == (tmp_path / "explicit" / "linkdesk.db").resolve()
        assert store.revision() == migrate.head_revision()
    with Store.open() as store:  # no data_dir: the environment variable decides
        assert store.sqlite_path == (tmp_path / "from-env" / "linkdesk.db").resolve()


def _open_and_report(url: str, start: threading.Barrier) -> str | None:
    start.wait()
    with Store.open(url=url) as store:
        return store.revision()


def test_two_counters_starting_together_migrate_once(db_url: str) -> None:
    start = threading.Barrier(2, timeout=60)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(_open_and_report, db_url, start) for _ in range(2)]
        assert [f.result(timeout=120) for f in futures] == [migrate.head_revision()] * 2


def test_two_processes_starting_together_migrate_once(db_url: str) -> None:
    """Counters are separate processes: start two at once on the same empty database."""
    code = ("import sys; from linkdesk.store import Store; "
            "s = Store.open(url=sys.argv[1]); print(s.revision()); s.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in outs]
    assert [out.strip() for out, _ in outs] == [migrate.head_revision()] * 2


def test_no_column_can_hold_a_resident_number() -> None:
    """DOMAIN.md §8: the 주민등록번호 is never stored, not even hashed; no column is meant for it."""
    names = {c.name.lower() for t in Base.metadata.tables.values() for c in t.columns}
    assert not {n for n in names if any(w in n for w in ("rrn", "resident", "jumin", "ssn"))}
    assert "linkdesk.store" in sys.modules and "PySide6" not in _store_imports()


def _store_imports() -> str:
    code = "import sys, linkdesk.store, linkdesk.store.outbox; print(' '.join(sys.modules))"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


# -- PostgreSQL: a pg_dump before the schema changes ---------------------------------------------

@pytest.fixture
def pg_url():
    from tests.fixtures.store import fresh_pg_database

    yield from fresh_pg_database()


# The same test-only revision for PostgreSQL (a table rebuild is SQLite's way, not PostgreSQL's).
REVISION_NEXT_PG = REVISION_NEXT.split("    # A SQLite table rebuild")[0] + """

def downgrade():
    op.drop_table("extra")
"""


def _pg_with_a_record(url: str) -> Store:
    store = Store.open(url=url)
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        uow.records.upsert_many("V-1", [{"id": "R-1", "date": "2026-04-01", "minutes": 60}])
    return store


@pytest.mark.postgres
def test_postgres_is_dumped_before_its_schema_changes(pg_url: str, tmp_path: Path) -> None:
    store = _pg_with_a_record(pg_url)
    try:
        head = migrate.head_revision()
        folder = tmp_path / "data" / "backups"
        report = migrate.upgrade(store.engine, script_location=_scripts_with_next(tmp_path, REVISION_NEXT_PG),
                                 pg_backup=migrate.PgBackup(folder))
        assert (report.from_revision, report.to_revision) == (head, "9001")
        dump = report.backup
        assert dump is not None and dump.parent == folder and dump.stat().st_size > 0
        assert dump.name.startswith(f"{store.engine.url.database}.pgdump.bak-{head}-")
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(dump.stat().st_mode) == 0o600
        assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
        restore = shutil.which("pg_restore")
        if restore:  # the dump holds the data as it was before the change
            listing = subprocess.run([restore, "--list", str(dump)], capture_output=True, text=True, check=True).stdout
            assert "TABLE DATA public volunteers" in listing and " extra " not in listing
        url = store.engine.url
        assert url.password is None or url.password not in dump.name
    finally:
        store.close()


@pytest.mark.postgres
def test_without_a_working_pg_dump_the_shared_database_is_not_changed(pg_url: str, tmp_path: Path) -> None:
    store = _pg_with_a_record(pg_url)
    try:
        head = migrate.head_revision()
        scripts = _scripts_with_next(tmp_path, REVISION_NEXT_PG)
        for broken in (str(tmp_path / "no-such-pg_dump"), "/bin/false"):
            with pytest.raises(StoreError) as caught:
                migrate.upgrade(store.engine, script_location=scripts,
                                pg_backup=migrate.PgBackup(tmp_path / "backups", pg_dump=broken))
            assert "pg_dump" in caught.value.ko and "바꾸지 않았습니다" in caught.value.ko
            assert store.revision() == head  # left as it was
            assert not any((tmp_path / "backups").glob("*.pgdump.bak-*"))  # no half-written dump left
        # the IT person took their own backup and says so: the migration runs without one
        report = migrate.upgrade(store.engine, script_location=scripts,
                                 pg_backup=migrate.PgBackup(tmp_path / "backups", enabled=False))
        assert report.to_revision == "9001" and report.backup is None
    finally:
        store.close()


@pytest.mark.postgres
def test_a_new_postgres_database_needs_no_dump(pg_url: str, tmp_path: Path) -> None:
    """Nothing to lose on an empty database: it is created without a pg_dump (none is needed)."""
    with Store.open(url=pg_url, pg_backup=migrate.PgBackup(tmp_path / "backups", pg_dump="/bin/false")) as store:
        assert store.revision() == migrate.head_revision()
    assert not (tmp_path / "backups").exists()


def test_0013_keys_schools_by_office_and_code_keeping_the_directory(db_url: str) -> None:
    store = Store(db_url)
    try:
        migrate.upgrade(store.engine, target="0012")
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO schools (code, office_code, office, name, kind, region, address, choseong) "
                "VALUES ('7010057', 'B10', '서울특별시교육청', '보문중학교', 'middle', '', '', 'ㅂㅁㅈㅎㄱ')")
        migrate.upgrade(store.engine)
        with store.engine.begin() as conn:  # the same code under another office is now a second school
            conn.exec_driver_sql(
                "INSERT INTO schools (code, office_code, office, name, kind, region, address, choseong) "
                "VALUES ('7010057', 'C10', '부산광역시교육청', '보문중학교', 'middle', '', '', 'ㅂㅁㅈㅎㄱ')")
            rows = conn.exec_driver_sql("SELECT office_code, name FROM schools ORDER BY office_code").all()
        assert [tuple(r) for r in rows] == [("B10", "보문중학교"), ("C10", "보문중학교")]
        with store.engine.connect() as conn:
            assert inspect(conn).get_pk_constraint("schools")["constrained_columns"] == ["code", "office_code"]
    finally:
        store.close()
