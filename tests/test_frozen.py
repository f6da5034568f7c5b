"""The PyInstaller bundle (dist/linkdesk/) starts and works with nothing but its own folder.

A frozen build fails in ways the source tree never shows: a module imported only by name, a data
file not shipped (fonts, translations, Alembic's migration scripts, qt-material's themes), a Qt
plugin or shared library left out by the spec's slimming. So these tests run the FROZEN programs
as a counter PC would: a fresh data folder, no configuration (training mode), offscreen, with
the caller's LinkDesk/Qt/library environment removed so nothing outside the bundle can help.

The bundle is built with build/build_bundle.sh when ``dist/linkdesk`` is missing or older than the
sources; ``LINKDESK_BUNDLE=/path/to/linkdesk`` tests an existing bundle instead. Developers skip
these with ``-m "not frozen"`` or ``LINKDESK_SKIP_FROZEN=1``; CI sets ``LINKDESK_REQUIRE_FROZEN=1``
and then nothing here may skip (tests/conftest.py also refuses deselecting them).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from linkdesk import __version__
from linkdesk.sandbox.default_scenario import load_default
from linkdesk.services.core import TRAINING_DB
from linkdesk.store.migrate import MIGRATIONS_DIR, head_revision
from tests.fixtures.store import fresh_pg_database

pytestmark = [pytest.mark.frozen, pytest.mark.slow, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "build_bundle.sh"
DEFAULT_BUNDLE = ROOT / "dist" / "linkdesk"
WINDOWS = os.name == "nt"
EXE = ".exe" if WINDOWS else ""
READY = "LinkDesk ready"
START_LIMIT = 120  # seconds; only a guard against a hang, never a speed requirement
BUILD_LIMIT = 1100
# What a broken bundle says: a failed import, a missing file or plugin, an unhandled exception.
PROBLEM = re.compile(
    r"traceback|missing|not found|could not|cannot load|no module named|importerror|modulenotfounderror"
    r"|failed to load|error while loading",
    re.IGNORECASE,
)
# Log lines at these levels mean something went wrong during start-up (e.g. the theme fell back).
BAD_LOG_LEVEL = re.compile(r"^\S+ \S+ (ERROR|CRITICAL) ", re.MULTILINE)
# Source files whose change makes dist/linkdesk stale (the .qm are built from the .ts).
SOURCE_GLOBS = ("linkdesk/**/*.py", "linkdesk/**/*.mako", "linkdesk/**/*.json", "resources/**/*",
                "linkdesk.spec", "pyproject.toml", "build/build_bundle.sh")


def _required() -> bool:
    return os.environ.get("LINKDESK_REQUIRE_FROZEN") == "1"


def _skip_or_fail(reason: str) -> None:
    if _required():
        pytest.fail(f"{reason}; LINKDESK_REQUIRE_FROZEN=1 forbids skipping")
    pytest.skip(reason)


def _newest_source() -> tuple[float, Path]:
    newest = (0.0, ROOT)
    for pattern in SOURCE_GLOBS:
        for path in ROOT.glob(pattern):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm":
                newest = max(newest, (path.stat().st_mtime, path))
    return newest


def _build() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        _skip_or_fail("PyInstaller is not installed (pip install -e '.[build]')")
    if shutil.which("bash") is None:
        _skip_or_fail("bash is needed to run build/build_bundle.sh")
    done = subprocess.run(["bash", str(BUILD), "--no-timing"], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=BUILD_LIMIT)
    assert done.returncode == 0, f"build_bundle.sh failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle folder (holding linkdesk and linkdesk-cli), built first if missing or stale."""
    given = os.environ.get("LINKDESK_BUNDLE", "").strip()
    if given:
        folder = Path(given)
        assert (folder / f"linkdesk-cli{EXE}").is_file(), f"LINKDESK_BUNDLE={given} holds no linkdesk-cli"
        return folder
    if os.environ.get("LINKDESK_SKIP_FROZEN") == "1" and not _required():
        pytest.skip("LINKDESK_SKIP_FROZEN=1")
    stamp = DEFAULT_BUNDLE / f"linkdesk{EXE}"
    newest, _ = _newest_source()
    if not stamp.is_file() or stamp.stat().st_mtime < newest:
        _build()
    assert stamp.is_file(), "build_bundle.sh did not produce dist/linkdesk/linkdesk"
    return DEFAULT_BUNDLE


def internal(bundle: Path) -> Path:
    """Where PyInstaller put Python, Qt and the data files (``sys._MEIPASS``)."""
    inner = bundle / "_internal"
    return inner if inner.is_dir() else bundle


def qt_dir(inner: Path) -> Path:
    """PySide6's Qt folder in the bundle: ``PySide6/Qt`` on Linux and macOS, ``PySide6`` on Windows."""
    return inner / "PySide6" / "Qt" if (inner / "PySide6" / "Qt").is_dir() else inner / "PySide6"


def frozen_env(home: Path, **extra: str) -> dict[str, str]:
    """The caller's environment minus anything that could stand in for a missing bundle part."""
    dropped = ("LINKDESK_", "PYTHON", "QT_", "QML", "LD_LIBRARY_PATH", "LD_PRELOAD", "DYLD_", "XDG_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    runtime = home / "runtime"
    for folder in (home, runtime, home / "tmp"):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env.update(
        HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"), XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(runtime),
        TMPDIR=str(home / "tmp"), TEMP=str(home / "tmp"), TMP=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def run_frozen(command: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, input=stdin, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", env=env, timeout=START_LIMIT, cwd=env["HOME"])
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{command[0]} did not finish within {START_LIMIT} s; stderr:\n{exc.stderr}")


def problems(*texts: str) -> list[str]:
    return [line for t in texts for line in t.splitlines() if PROBLEM.search(line)]


def training_revision(data_dir: Path) -> str:
    db = data_dir / TRAINING_DB
    assert db.is_file(), f"no training database in {data_dir}: {sorted(p.name for p in data_dir.iterdir())}"
    connection = sqlite3.connect(db)
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return revision


def log_text(data_dir: Path) -> str:
    log = data_dir / "logs" / "linkdesk.log"
    return log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""


def test_bundle_holds_every_resource_and_no_unused_qt(bundle: Path) -> None:
    inner = internal(bundle)
    qt = qt_dir(inner)
    platform, offscreen = ("qwindows.dll", "qoffscreen.dll") if WINDOWS else ("libqxcb.so", "libqoffscreen.so")
    needed = [inner / name for name in (
        "resources/fonts/NanumGothic.ttf", "resources/fonts/NanumGothicBold.ttf", "resources/fonts/OFL.txt",
        "resources/i18n/linkdesk_ko.qm", "resources/icons/linkdesk.png", "resources/icons/linkdesk.svg",
        "resources/icons/linkdesk.ico", "linkdesk/store/migrations/env.py",
        "linkdesk/store/migrations/script.py.mako", "qt_material/themes/light_teal_500.xml",
        "qt_material/themes/dark_teal.xml", "qt_material/material.qss.template",
    )]
    needed += [qt / "translations" / "qtbase_ko.qm", qt / "plugins" / "platforms" / platform,
               qt / "plugins" / "platforms" / offscreen]
    missing = [str(path.relative_to(inner)) for path in needed if not path.is_file()]
    assert not missing, f"missing from the bundle: {missing}"
    shipped = {p.name for p in (inner / "linkdesk/store/migrations/versions").glob("*.py")}
    source = {p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py")}
    assert shipped == source, "the bundle's Alembic revisions differ from the source tree's"
    # The slimming: no Qt module the app does not use, no other languages' Qt translations.
    names = {p.name for p in inner.rglob("*")}
    unused = [n for n in names if re.search(r"Qt6?(Qml|Quick|WebEngine|Network|Pdf|Sql|Multimedia|3D)", n)]
    assert not unused, f"unused Qt parts shipped: {sorted(unused)}"
    translations = {p.name for p in (qt / "translations").iterdir()}
    assert translations <= {"qtbase_ko.qm", "qtbase_en.qm", "qt_ko.qm", "qt_en.qm"}, translations


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's loader check")
def test_every_shared_library_finds_its_dependencies(bundle: Path) -> None:
    """A library whose dependency was slimmed away would only fail when first loaded (a plugin...)."""
    if shutil.which("ldd") is None:
        _skip_or_fail("ldd not available")
    inner = internal(bundle)
    env = dict(os.environ, LD_LIBRARY_PATH=f"{inner}:{inner / 'PySide6' / 'Qt' / 'lib'}")
    unresolved = []
    for lib in sorted(p for p in inner.rglob("*.so*") if p.is_file()):
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env, timeout=60).stdout
        unresolved += [f"{lib.relative_to(inner)}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert not unresolved, "\n".join(unresolved)


def test_counter_window_starts_ready_in_training_mode(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = frozen_env(tmp_path / "home", LINKDESK_EXIT_WHEN_READY="1", LINKDESK_DATA_DIR=str(data))
    # The windowed Windows program has no stderr to report on: the console twin runs the same window.
    command = [str(bundle / "linkdesk-cli.exe"), "gui"] if WINDOWS else [str(bundle / "linkdesk")]
    done = run_frozen(command + ["--lang", "ko"], env)
    log = log_text(data)
    report = f"exit {done.returncode}\nstderr:\n{done.stderr[-6000:]}\nlog:\n{log[-6000:]}"
    assert READY in done.stderr, f"no {READY!r} on stderr; {report}"
    assert done.returncode == 0, report
    assert not problems(done.stderr, log), f"start-up problems: {problems(done.stderr, log)}\n{report}"
    assert not BAD_LOG_LEVEL.search(log), f"errors logged at start-up:\n{log}"
    assert training_revision(data) == head_revision(), "the training database was not migrated to head"


def test_cli_version_and_default_scenario(bundle: Path, tmp_path: Path) -> None:
    cli = str(bundle / f"linkdesk-cli{EXE}")
    env = frozen_env(tmp_path / "home")
    version = run_frozen([cli, "--version"], env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"linkdesk {__version__}"
    target = tmp_path / "scenario.json"
    written = run_frozen([cli, "sandbox", "--write-default", str(target)], env)
    assert written.returncode == 0, written.stderr
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(json.dumps(load_default()))


def test_cli_demo_links_on_the_embedded_sandbox(bundle: Path, tmp_path: Path) -> None:
    """The whole NEIS flow frozen: sandbox, partner clients, store, migrations, outbox."""
    data = tmp_path / "data"
    env = frozen_env(tmp_path / "home")
    done = run_frozen([str(bundle / f"linkdesk-cli{EXE}"), "demo", "--data-dir", str(data)], env)
    report = f"exit {done.returncode}\nstdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-3000:]}"
    assert done.returncode == 0, report
    assert not problems(done.stderr, log_text(data)), report
    assert training_revision(data) == head_revision()


def test_cli_staff_accounts_hash_and_verify_passwords(bundle: Path, tmp_path: Path) -> None:
    """argon2 (a cffi extension) frozen: create the first administrator, then sign in as it."""
    cli = [str(bundle / f"linkdesk-cli{EXE}"), "--data-dir", str(tmp_path / "data")]
    env = frozen_env(tmp_path / "home")
    password = "Frozen-Bundle-42"
    added = run_frozen(cli + ["staff", "add", "boss", "--name", "관리자", "--role", "admin"], env, password + "\n")
    assert added.returncode == 0, added.stderr
    listed = run_frozen(cli + ["staff", "list", "--as", "boss", "--json"], env, password + "\n")
    assert listed.returncode == 0, listed.stderr
    assert "boss" in listed.stdout
    wrong = run_frozen(cli + ["staff", "list", "--as", "boss", "--json"], env, "not-the-password\n")
    assert wrong.returncode == 1, wrong.stdout


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_pg_database()


@pytest.mark.postgres
def test_cli_migrates_a_postgresql_database(bundle: Path, tmp_path: Path, pg_url: str) -> None:
    """psycopg's binary driver frozen: ``db upgrade`` on a configured (non-training) server."""
    config = tmp_path / "centre.toml"
    config.write_text(
        f'[partners]\nbase_url = "https://gateway.invalid"\n\n[database]\nurl = "{pg_url}"\n', encoding="utf-8"
    )
    env = frozen_env(tmp_path / "home")
    cli = [str(bundle / f"linkdesk-cli{EXE}"), "--config", str(config), "--data-dir", str(tmp_path / "data")]
    done = run_frozen(cli + ["db", "upgrade", "--json"], env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["training"], result["to"]) == (False, head_revision())
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
    finally:
        engine.dispose()
