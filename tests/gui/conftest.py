"""GUI test fixtures: a private thread pool per test, a task runner whose bugs fail the test, an
application restored after each test, and the Korean translation compiled from the committed .ts.

Every GUI test fails on a Qt warning (``qt_log_level_fail``), as qutebrowser's suite does -- except
the offscreen platform plugin's own notice when a window is shown, which says nothing about our code.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThreadPool

from linkdesk.gui.assets import asset_path
from linkdesk.gui.i18n import install_translators, remove_translators
from linkdesk.gui.tasks import TaskRunner

TS = asset_path("i18n/linkdesk_ko.ts")
BIN = Path(__file__).resolve().parents[2] / ".venv" / "bin"


OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints",)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture
def pool():
    """A thread pool of the test's own; every worker has finished when the test ends."""
    p = QThreadPool()
    p.setMaxThreadCount(2)
    yield p
    assert p.waitForDone(10_000), "a worker did not finish"


@pytest.fixture
def bugs():
    """The bugs the task runner hands to its crash handler; any of them fails the test.

    A test module that expects bugs (or collects them its own way) defines its own ``bugs``."""
    found: list[BaseException] = []
    yield found
    assert not found, f"a task raised a bug: {found!r}"


@pytest.fixture
def runner(pool, bugs):
    """The one task runner, on the test's pool; tasks still queued at the end are cancelled."""
    r = TaskRunner(pool=pool, on_bug=bugs.append)
    yield r
    r.cancel_all()


@pytest.fixture
def clean_app(qapp):
    """The shared QApplication, with style sheet, palette, font and locale put back afterwards."""
    sheet, palette, font, style = qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.style().name()
    locale = QLocale()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    QLocale.setDefault(locale)


def qt_tool(name: str) -> str:
    """A PySide6 tool (lupdate, lrelease): the virtualenv's, else the one on PATH."""
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (PySide6's tools are part of the install)")
    return str(found)


@pytest.fixture(scope="session")
def korean_qm_dir(tmp_path_factory):
    """The committed Korean .ts compiled into a fresh folder (the tests never write into resources/)."""
    folder = tmp_path_factory.mktemp("i18n")
    subprocess.run([qt_tool("pyside6-lrelease"), str(TS), "-qm", str(folder / "linkdesk_ko.qm")], check=True, capture_output=True)
    return folder


@pytest.fixture
def korean(clean_app, korean_qm_dir):
    """LinkDesk's and Qt's Korean translators installed on the application for one test."""
    translators = install_translators(clean_app, "ko", i18n_dir=korean_qm_dir)
    yield translators
    remove_translators(clean_app, translators)


@pytest.fixture
def wizard(qtbot, core, pool, bugs):
    """A LinkingWizard on the test's core (over the sandbox) and the one task runner."""
    from tests.gui.wizard_driver import make_wizard

    wiz, _runner = make_wizard(qtbot, core, pool, bugs)
    yield wiz
    wiz.cancel()
