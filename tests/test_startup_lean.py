"""Start-up does only what it needs: Alembic only to change a database, one command's module, no
requests for offline commands, and the training scenario built once and read back from the cache."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import zlib

import pytest

from linkdesk.cli import COMMAND_MODULES, _command_module
from linkdesk.sandbox import scenario_cache
from linkdesk.store import migrate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_the_shipped_head_read_without_alembic_is_alembics_head() -> None:
    assert migrate.shipped_head() == migrate.head_revision()


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path) -> None:
    code = (
        "import sys\n"
        "from linkdesk.store import Store\n"
        f"Store.open(url='sqlite:///{tmp_path / 'x.db'}').close()\n"
        "first = 'alembic' in sys.modules\n"
        "for name in [m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')]:\n"
        "    del sys.modules[name]\n"
        f"Store.open(url='sqlite:///{tmp_path / 'x.db'}').close()\n"
        "print(first, 'alembic' in sys.modules, 'requests' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False", "False"]  # migrated once; then neither is loaded


@pytest.mark.parametrize(("argv", "expected"), [
    (["certificate", "issue"], ("certificate", "linkdesk.cli.certificate_cmd")),
    (["--data-dir", "d", "outbox", "flush"], ("outbox", "linkdesk.cli.outbox_cmd")),
    (["--config=c.toml", "gui"], ("gui", "linkdesk.cli.gui_cmd")),
    (["--help"], None), ([], None), (["nonsense"], None),
])
def test_only_the_named_commands_module_is_loaded(argv, expected) -> None:
    assert _command_module(argv) == expected
    assert expected is None or expected[1] in COMMAND_MODULES


def test_the_training_scenario_is_built_once_then_read_from_the_private_cache(tmp_path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    built: list[int] = []
    real_build = scenario_cache._build
    monkeypatch.setattr(scenario_cache, "_build", lambda: built.append(1) or real_build())
    first = scenario_cache.cached_default(cache)
    (path,) = cache.iterdir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert b"volunteers" not in path.read_bytes()  # compressed: no readable people, no RRN-shaped text
    second = scenario_cache.cached_default(cache)
    assert built == [1] and second.data == first.data
    assert json.loads(zlib.decompress(path.read_bytes())) == first.data
    # the generator changed (here: the version in the key): built again, the old file removed
    monkeypatch.setattr(scenario_cache, "__version__", "changed")
    scenario_cache.cached_default(cache)
    assert built == [1, 1] and [p.name for p in cache.iterdir()] != [path.name] and len(list(cache.iterdir())) == 1
    # a damaged file is rebuilt, not trusted
    (damaged,) = cache.iterdir()
    damaged.write_bytes(b"not zlib")
    assert scenario_cache.cached_default(cache).data == first.data and built == [1, 1, 1]


def test_gui_exit_when_ready_quits_with_0_and_data_dir_after_the_command_is_used(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LINKDESK_CONFIG", "LINKDESK_API_KEY", "LINKDESK_DATA_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    data = tmp_path / "data"
    argv = [sys.executable, "-m", "linkdesk", "gui", "--exit-when-ready", "--data-dir", str(data)]
    for _ in range(2):  # the first start builds the theme cache, the second reads it
        out = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert "Traceback" not in out.stderr
    (theme,) = (data / "cache" / "theme").iterdir()
    assert (theme / "sheet.qss").is_file()
    help_text = subprocess.run([sys.executable, "-m", "linkdesk", "gui", "--help"], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=60).stdout
    assert "--exit-when-ready" in help_text and "for measuring" in help_text


_WATCH = ("sqlalchemy.dialects.postgresql", "linkdesk.sandbox.server", "linkdesk.sandbox.scenario_cache",
          "alembic", "requests", "PySide6")
_REPORT_LOADED = (  # runs a command like ``python -m linkdesk`` and reports which of _WATCH it loaded
    "import atexit, json, sys\n"
    f"atexit.register(lambda: print('LOADED', json.dumps([m for m in {_WATCH!r} if m in sys.modules]), file=sys.stderr))\n"
    "from linkdesk.cli import main\n"
    "sys.argv[0] = 'linkdesk'\n"
    "sys.exit(main())\n"
)


def _loaded(out: subprocess.CompletedProcess) -> list[str]:
    (line,) = [x for x in out.stderr.splitlines() if x.startswith("LOADED ")]
    return json.loads(line[len("LOADED "):])


def test_issuing_a_certificate_from_local_records_loads_no_sandbox_and_no_postgresql_dialect(tmp_path) -> None:
    """Training mode, SQLite: only ``--sync`` needs the partners (the sandbox and its scenario)."""
    config = tmp_path / "config.toml"
    config.write_text('[centre]\nname = "성북구자원봉사센터"\nconfirmer = "홍길동"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LINKDESK_SANDBOX_SCENARIO",
                                                           "LINKDESK_API_KEY", "LINKDESK_STAFF")}
    env["LINKDESK_CONFIG"] = str(config)
    issue = ["certificate", "issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15",
             "--purpose", "학교 제출용", "--data-dir", str(tmp_path / "data"), "--json"]
    numbers = []
    for extra in (["--sync"], [], []):
        out = subprocess.run([sys.executable, "-c", _REPORT_LOADED, *issue, *extra], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, out.stderr
        numbers.append(json.loads(out.stdout)["number"])
        if extra:  # the sync talks to the sandbox: it is started (and its scenario read from the cache)
            assert {"linkdesk.sandbox.server", "linkdesk.sandbox.scenario_cache", "requests"} <= set(_loaded(out))
        else:
            assert _loaded(out) == []
    assert numbers == ["2026-0000001", "2026-0000002", "2026-0000003"]  # the numbering goes on as before
    db = sqlite3.connect(tmp_path / "data" / "linkdesk-training.db")
    try:  # each issue wrote its access-log entry (입력), as the training account
        entries = db.execute("SELECT target, staff FROM access_log WHERE action = 'entry' ORDER BY id").fetchall()
    finally:
        db.close()
    assert entries == [(f"certificate {n}", "training") for n in numbers]
