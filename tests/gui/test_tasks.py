"""The task runner: work on a worker thread, outcomes on the GUI thread, cancelled outcomes dropped,
known errors to ``on_error`` and bugs to the crash handler."""

from __future__ import annotations

import threading

import pytest

from linkdesk.errors import KnownError
from linkdesk.gui.crash import EXIT_CRASH, CrashHandler
from linkdesk.gui.tasks import TaskRunner
from linkdesk.partners.errors import PartnerError
from tests.fixtures.scenarios import RRN_STUDENT

TIMEOUT = 10_000


class Calls:
    """Records each callback with the thread it ran on."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object, int]] = []

    def success(self, result):
        self.events.append(("success", result, threading.get_ident()))

    def error(self, exc):
        self.events.append(("error", exc, threading.get_ident()))

    def final(self):
        self.events.append(("finally", None, threading.get_ident()))

    def kinds(self):
        return [kind for kind, _, _ in self.events]


@pytest.fixture
def bugs():
    return []


@pytest.fixture
def runner(qtbot, pool, bugs):
    r = TaskRunner(pool=pool, on_bug=bugs.append)
    yield r
    r.cancel_all()


def run(runner, calls, func):
    return runner.run(func, on_success=calls.success, on_error=calls.error, on_finally=calls.final)


def test_result_is_delivered_on_the_gui_thread(qtbot, runner):
    calls, worker = Calls(), {}

    def work():
        worker["thread"] = threading.get_ident()
        return {"grade": 3}

    with qtbot.waitSignal(runner.task_settled, timeout=TIMEOUT) as settled:
        handle = run(runner, calls, work)
    gui = threading.main_thread().ident
    assert worker["thread"] != gui
    assert calls.events == [("success", {"grade": 3}, gui), ("finally", None, gui)]
    assert settled.args == [handle] and handle.finished and not handle.cancelled


def test_known_errors_reach_on_error_on_the_gui_thread(qtbot, runner, bugs):
    calls = Calls()
    partner = PartnerError("partner_unavailable", partner="neis")

    def fail_partner():
        raise partner

    def fail_known():
        raise KnownError("보안문자가 일치하지 않습니다.", "The security text does not match.")

    for func in (fail_partner, fail_known):
        with qtbot.waitSignal(runner.task_settled, timeout=TIMEOUT):
            run(runner, calls, func)
    gui = threading.main_thread().ident
    assert calls.kinds() == ["error", "finally", "error", "finally"]
    assert calls.events[0][1] is partner and all(thread == gui for _, _, thread in calls.events)
    assert isinstance(calls.events[2][1], KnownError)
    assert bugs == []


def test_busy_follows_the_tasks_in_flight(qtbot, runner):
    release = threading.Event()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    assert not runner.busy
    first = run(runner, Calls(), lambda: release.wait(TIMEOUT))
    second = run(runner, Calls(), lambda: release.wait(TIMEOUT))
    assert runner.busy and states == [True]
    with qtbot.waitSignals([runner.task_settled, runner.task_settled], timeout=TIMEOUT):
        release.set()
    assert first.finished and second.finished
    assert not runner.busy and states == [True, False]


def test_a_cancelled_handle_drops_its_outcome(qtbot, runner, bugs):
    release, calls = threading.Event(), Calls()
    handle = run(runner, calls, lambda: release.wait(TIMEOUT) and "stale")
    with qtbot.waitSignal(runner.busy_changed, timeout=TIMEOUT) as idle:
        handle.cancel()  # staff left the page while the partner was still answering
    assert idle.args == [False] and handle.cancelled
    with qtbot.waitSignal(runner.task_settled, timeout=TIMEOUT):
        release.set()
    assert handle.finished and calls.events == [] and bugs == []


def test_a_task_cancelled_before_it_started_never_runs(qtbot, pool, runner):
    pool.setMaxThreadCount(1)
    release, ran = threading.Event(), []
    blocker = run(runner, Calls(), lambda: release.wait(TIMEOUT))
    queued = run(runner, Calls(), lambda: ran.append("ran"))
    queued.cancel()
    with qtbot.waitSignals([runner.task_settled, runner.task_settled], timeout=TIMEOUT):
        release.set()
    assert blocker.finished and queued.finished and ran == []


def test_cancel_all_drops_every_pending_outcome(qtbot, runner):
    release, calls = threading.Event(), Calls()
    handles = [run(runner, calls, lambda: release.wait(TIMEOUT)) for _ in range(2)]
    runner.cancel_all()
    assert not runner.busy and all(h.cancelled for h in handles)
    with qtbot.waitSignals([runner.task_settled, runner.task_settled], timeout=TIMEOUT):
        release.set()
    assert calls.events == []


def test_a_bug_reaches_the_crash_handler_with_personal_data_redacted(qtbot, pool):
    reports, exits = [], []
    crash = CrashHandler(show_dialog=reports.append, exit_app=exits.append)
    runner = TaskRunner(pool=pool, on_bug=crash.handle)
    calls = Calls()

    def buggy():
        visitor_rrn = RRN_STUDENT  # a local variable holding personal data  # noqa: F841
        secret_local = "LOCAL-VALUE-7731"  # noqa: F841
        raise ZeroDivisionError(f"cannot split hours for {RRN_STUDENT}")

    with qtbot.waitSignal(runner.task_settled, timeout=TIMEOUT):
        run(runner, calls, buggy)
    assert calls.events == []  # a bug is not an error staff can act on
    assert exits == [EXIT_CRASH] and crash.exit_code == EXIT_CRASH
    (report,) = reports
    assert "ZeroDivisionError" in report and "buggy" in report
    digits = RRN_STUDENT.replace("-", "")
    assert digits not in report and RRN_STUDENT not in report
    assert RRN_STUDENT[:8] + "******" in report  # masked, as everywhere
    assert "LOCAL-VALUE-7731" not in report  # no local variable values


def test_a_bug_in_a_cancelled_task_is_still_reported(qtbot, runner, bugs):
    started, release = threading.Event(), threading.Event()

    def buggy():
        started.set()
        release.wait(TIMEOUT)
        raise KeyError("missing column")

    handle = run(runner, Calls(), buggy)
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
    handle.cancel()
    with qtbot.waitSignal(runner.task_settled, timeout=TIMEOUT):
        release.set()
    assert [type(b) for b in bugs] == [KeyError]


def test_a_task_started_from_a_callback_reports_busy_again(qtbot, runner):
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    results: list[str] = []

    def chain(first_result):
        runner.run(lambda: "second", on_success=results.append, on_error=results.append)

    with qtbot.waitSignals([runner.task_settled, runner.task_settled], timeout=TIMEOUT):
        runner.run(lambda: "first", on_success=chain, on_error=results.append)
    assert results == ["second"] and states == [True, False, True, False] and not runner.busy


def test_a_cancel_reaches_the_running_function_as_linkdesk_cancel(qtbot, runner):
    """대기 취소 on a running task: the function sees ``linkdesk.cancel.requested()`` (the partner
    transport stops retrying on it); other threads' work does not."""
    from linkdesk import cancel

    started, seen = threading.Event(), {}

    def work():
        started.set()
        seen["before"] = cancel.requested()
        seen["cancelled_in_pause"] = cancel.pause(30.0)  # returns once cancelled; 30 s is only a bound
        return None

    handle = run(runner, Calls(), work)
    assert started.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: "cancelled_in_pause" in seen, timeout=TIMEOUT)
    assert seen == {"before": False, "cancelled_in_pause": True}
    assert not cancel.requested()  # the GUI thread has no task's cancel event
