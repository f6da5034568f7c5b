"""The core never imports Qt: every module outside linkdesk/gui (and the CLI's ``gui`` command,
which imports Qt only when it runs) is imported in a fresh interpreter, then PySide6 must be absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "linkdesk"
EXCLUDED = ("linkdesk.gui", "linkdesk.cli.gui_cmd", "linkdesk.__main__")  # __main__ would run the CLI
# Alembic's migration scripts only import inside an alembic run; their text is checked instead.
SCRIPTS_ONLY = ("linkdesk.store.migrations",)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        name = _module_name(path)
        if not _under(name, EXCLUDED + SCRIPTS_ONLY):
            names.append(name)
    return names


def test_the_layer_list_covers_the_core_packages():
    names = core_modules()
    assert "linkdesk.domain.rrn" in names and "linkdesk.errors" in names
    assert not any(n.startswith("linkdesk.gui") for n in names)


def test_core_modules_never_import_pyside6():
    code = (
        "import importlib, sys\n"
        f"names = {core_modules()!r}\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "    assert 'PySide6' not in sys.modules, f'{name} imported PySide6'\n"
        "    assert 'qt_material' not in sys.modules, f'{name} imported qt_material'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]


def test_migration_scripts_never_mention_qt():
    scripts = [p for p in PACKAGE.rglob("*.py") if _under(_module_name(p), SCRIPTS_ONLY)]
    for path in scripts:
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "qt_material" not in text, path
