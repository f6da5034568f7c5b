"""Start the counter the way ``linkdesk gui`` does -- window, desk, sign-in, areas, idle lock -- in
process, against the test sandbox (real mode) or the bundled training sandbox.

Used by tests/gui/test_app_security.py and tests/gui/test_app_areas.py. Waiting is always on a
condition or a signal, never on time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from linkdesk.config import Config
from linkdesk.gui.app import add_areas
from linkdesk.gui.desk import Desk
from linkdesk.gui.main_window import MainWindow
from linkdesk.gui.preferences import JsonPreferences
from linkdesk.gui.tasks import TaskRunner
from linkdesk.services.core import open_core
from linkdesk.services.staff import accounts
from tests.fixtures.core import core_config
from tests.helpers.security import ADMIN, ADMIN_PW, CLERK, CLERK_PW

WAIT = 20_000  # ms; a guard against a hung test, never a speed assumption
NO_IDLE_LOCK = 3_600_000  # the tests lock by hand (Ctrl+L) unless they test the timeout itself


class Bugs(list):
    """What the runner would hand to the crash handler; a test fails if anything lands here."""

    def __call__(self, exc: BaseException) -> None:
        self.append(exc)


@dataclass
class Counter:
    window: MainWindow
    runner: TaskRunner
    desk: Desk


def real_config(sandbox) -> Config:
    """Real mode: the partners are the test sandbox (a configured endpoint, so no training)."""
    config = core_config(sandbox)
    assert not config.training
    return config


def seed_staff(config: Config, data_dir: Path) -> None:
    """An administrator ``admin`` and a counter clerk ``clerk1`` in the real database."""
    with open_core(config, data_dir) as core:
        service = accounts(core)
        service.create_first_admin(ADMIN, "관리자", ADMIN_PW)
        service.add(ADMIN, CLERK, "김창구", CLERK_PW)


def start_counter(qtbot, config: Config, data_dir: Path, pool, bugs: Bugs, *, scenario: dict | None = None,
                  lock_timeout_ms: int | None = NO_IDLE_LOCK) -> Counter:
    window = MainWindow(preferences=JsonPreferences(None), training=config.training)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    runner = TaskRunner(pool=pool, on_bug=bugs)
    desk = Desk(window, runner, config, data_dir, scenario=scenario, lock_timeout_ms=lock_timeout_ms)
    desk.on_core = lambda core: add_areas(window, core, desk.area_runner)  # as app.main does
    with qtbot.waitExposed(window, timeout=WAIT):
        window.show()
    desk.open()
    return Counter(window, runner, desk)


def sign_in_dialog(qtbot, counter: Counter) -> QDialog:
    """The dialog the gate shows (first-run administrator or sign-in), once it is there."""
    qtbot.waitUntil(lambda: counter.desk.gate is not None and counter.desk.gate.dialog is not None, timeout=WAIT)
    return counter.desk.gate.dialog


def settled(dialog) -> bool:
    return dialog.status.state != "busy"


def sign_in(qtbot, counter: Counter, username: str, password: str) -> None:
    dialog = sign_in_dialog(qtbot, counter)
    dialog.username.setText(username)
    dialog.password.setText(password)
    with qtbot.waitSignal(counter.desk.signed_in, timeout=WAIT):
        dialog.submit()


@pytest.fixture
def bugs():
    found = Bugs()
    yield found
    assert not found, f"a bug reached the crash handler: {found!r}"


@pytest.fixture
def counters(qtbot, pool, bugs):
    """``start(config, data_dir, **kw)`` → a running :class:`Counter`; all are shut down afterwards."""
    started: list[Counter] = []

    def start(config: Config, data_dir: Path, **kw) -> Counter:
        counter = start_counter(qtbot, config, data_dir, pool, bugs, **kw)
        started.append(counter)
        return counter

    yield start
    for counter in started:
        dialog = counter.desk.gate.dialog if counter.desk.gate is not None else None
        if dialog is not None:
            dialog.close()
        counter.desk.shutdown()


def start_training(qtbot, counters, data_dir: Path, *, active: bool = False) -> Counter:
    """A counter in training mode on the shared test scenario, ready (signed in, areas added);
    ``active``: its window activated, for tests that follow the keyboard focus."""
    from tests.fixtures.scenarios import small_scenario

    started = counters(Config(), data_dir, scenario=small_scenario())
    with qtbot.waitSignal(started.desk.ready, timeout=WAIT):
        pass
    if active:
        started.window.activateWindow()
        qtbot.waitUntil(started.window.isActiveWindow, timeout=WAIT)
    return started
