"""The sandbox's NEIS decides with its own rules: it never imports LinkDesk's preflight (DOMAIN.md §11)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import linkdesk

ROOT = Path(linkdesk.__file__).parent
FORBIDDEN = ("linkdesk.domain", "linkdesk.services")
MODEL = ("sandbox/neis.py", "sandbox/neis_rules.py")


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_neis_model_imports_nothing_of_the_preflight():
    for rel in MODEL:
        bad = sorted(m for m in imported_modules(ROOT / rel) if m.startswith(FORBIDDEN))
        assert bad == [], f"{rel} imports {bad}"


def test_the_rules_module_stands_alone():
    """neis_rules imports no LinkDesk module at all, not even through another one."""
    assert not any(m.startswith("linkdesk") for m in imported_modules(ROOT / "sandbox/neis_rules.py"))
    code = ("import sys, importlib.util as u; from datetime import date\n"
            f"spec = u.spec_from_file_location('neis_rules', {str(ROOT / 'sandbox/neis_rules.py')!r})\n"
            "r = sys.modules['neis_rules'] = u.module_from_spec(spec); spec.loader.exec_module(r); assert r.statutory_day_off(date(2026, 10, 9))\n"
            "print(sorted(m for m in sys.modules if m.startswith('linkdesk')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_the_check_sees_a_forbidden_import(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from linkdesk.domain.eligibility import evaluate\nimport linkdesk.services.core\n", encoding="utf-8")
    assert {"linkdesk.domain.eligibility", "linkdesk.services.core"} <= imported_modules(probe)
