"""실적선택 for a volunteer with 10,000 records: one checkbox click, service and screen.

Baseline, measured in the same run: what a click cost before — the records read again from the
cache, all 10,000 evaluated (``LinkingSession._rows``, still the path after a load) and the table
model reset and re-sorted (``set_rows``). Now: ``LinkingSession.select`` re-evaluates the days the
click touches (``services/select_eval.py``) and the model repaints the rows that changed
(``update_rows``). Each click toggles a different record.

The page: the real wizard (``LinkingWizard``, light theme, 1366×820 as on a counter) shown
offscreen at 실적선택 with the same records. A click is made as staff make it: the check cell of a
row on screen set through the view's model (``setData(index, Checked/Unchecked,
CheckStateRole)``, what the check box's delegate calls). The time runs from the click until the
page is idle and painted: the check repainted, the totals label updated, the evaluation run on the
task runner and its result shown (the rows it changed, the buttons), and every paint that caused
flushed (an event loop woken by the runner's ``task_settled`` until the wizard is idle, then the
queued paints; :func:`settle`). Median and
worst of the clicks, and how many of them a full garbage collection fell into. As the window does
at "LinkDesk ready" (``linkdesk.gui.app.announce_ready``), what the start-up made is frozen out of
later collections (``gc.freeze``) once the core is open, before the records are loaded.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/select_click_bench.py [--records 10000]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _timing import median_ms, row  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from linkdesk.config import Config  # noqa: E402
from linkdesk.gui.tasks import TaskRunner  # noqa: E402
from linkdesk.gui.theme import ThemeManager  # noqa: E402
from linkdesk.gui.widgets.record_model import RecordTableModel  # noqa: E402
from linkdesk.gui.wizard.select_page import collect_after_load  # noqa: E402
from linkdesk.gui.window_layout import PREFERRED  # noqa: E402
from linkdesk.gui.wizard.wizard import LinkingWizard  # noqa: E402
from linkdesk.services import linking_flow as F  # noqa: E402
from linkdesk.services.core import open_core  # noqa: E402
from linkdesk.services.linking import LinkingSession  # noqa: E402

VOLUNTEER = "V-BENCH"


def made_up_records(n: int, today: date) -> list[dict]:
    rng = random.Random(13)
    first = date(today.year if today.month >= 3 else today.year - 1, 3, 1)
    span = max(1, (today - first).days)
    return [{"id": f"B{i:06d}", "date": (first + timedelta(days=rng.randrange(span))).isoformat(), "seq": i % 4 + 1,
             "organization": "성북구자원봉사센터",
             "category": "0503" if rng.random() < 0.002 else rng.choice(["0800", "0100", "0400"]),  # few 헌혈
             "activity": "환경정화", "start": "09:00", "end": "11:00", "minutes": rng.choice([60, 90, 120, 240])}
            for i in range(n)]


class _Paints(QObject):
    """Counts paint events of the widgets it watches (proof that a click was painted)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle(app: QApplication, runner: TaskRunner, wizard, page) -> None:
    """Until the page is idle and painted: wait for the evaluation (an event loop the runner's
    ``task_settled`` wakes, emitted after the result was shown), then deliver the paints it queued
    -- painting them is part of what a click costs, so they are flushed here, once."""
    while wizard.busy or page._selecting:
        loop = QEventLoop()
        runner.task_settled.connect(loop.quit)
        loop.exec()
        runner.task_settled.disconnect(loop.quit)
    app.processEvents()


def page_clicks(app: QApplication, core, records: int, clicks: int, tmp: Path) -> list[tuple[float, bool]]:
    """Milliseconds from a click on the real 실적선택 page until it is idle and painted, per click,
    and whether a full garbage collection ran during it."""
    ThemeManager(app, tmp / "theme").apply("light")
    runner = TaskRunner()
    wizard = LinkingWizard(core, runner)
    session = wizard.session
    person = F.Person(VOLUNTEER, "홍길동", date(2010, 1, 1), False, "token")
    session.flow.apply(F.FlowState(step=F.Step.SELECT, person=person))
    session.flow.apply(F.records_loaded(session.state, session._rows(selected=None)))
    collect_after_load(records)  # what the page's load task does once the records are in (select_page.py)
    wizard.resize(*PREFERRED)
    wizard.show()
    wizard._render()
    page = wizard.select
    view = page.targets
    settle(app, runner, wizard, page)
    assert wizard.current_step() is F.Step.SELECT and view.model.rowCount() == records
    paints = _Paints()
    view.table.viewport().installEventFilter(paints)
    view.totals_label.installEventFilter(paints)
    model, table = view.model, view.table
    check = model.column_of("check")
    samples = []
    full: list[int] = []  # full collections (generation 2) while a click ran

    def collected(phase: str, info: dict) -> None:
        if phase == "stop" and info.get("generation") == 2:
            full[-1] += 1

    gc.callbacks.append(collected)
    for n in range(clicks):
        settle(app, runner, wizard, page)
        checkable = [r for r in range(model.rowCount()) if model.is_checkable(r)]
        row = checkable[(n // 2 * 7) % len(checkable)]  # each record unchecked, then checked again
        table.scrollTo(model.index(row, check))  # staff scroll to the record, then click it
        settle(app, runner, wizard, page)
        index = model.index(row, check)
        now = model.data(index, Qt.ItemDataRole.CheckStateRole)
        want = Qt.CheckState.Unchecked if now == Qt.CheckState.Checked else Qt.CheckState.Checked
        totals, painted = view.totals_label.text(), paints.count
        full.append(0)
        t = time.perf_counter()
        model.setData(index, want, Qt.ItemDataRole.CheckStateRole)
        settle(app, runner, wizard, page)
        samples.append((time.perf_counter() - t) * 1000)
        assert (model.row(row).record_id in session.state.selected) == (want == Qt.CheckState.Checked)
        assert view.totals_label.text() != totals and paints.count > painted, "the click was not painted"
    gc.callbacks.remove(collected)
    wizard.close()
    runner.wait_for_done()
    print(f"full garbage collections during the clicks: {sum(full)} (in {sum(1 for f in full if f)} clicks)")
    return [(ms, bool(f)) for ms, f in zip(samples, full)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--clicks", type=int, default=41)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        core = open_core(Config(), Path(tmp))
        gc.freeze()  # as the window does once ready: start-up objects out of later full collections
        try:
            today = core.clock.now().date()
            with core.store.unit_of_work() as uow:
                uow.volunteers.save(VOLUNTEER, name="홍길동")
                uow.records.upsert_many(VOLUNTEER, made_up_records(args.records, today))
            session = LinkingSession(core)
            person = F.Person(VOLUNTEER, "홍길동", date(2010, 1, 1), False, "token")
            session.flow.apply(F.FlowState(step=F.Step.SELECT, person=person))
            state = session.flow.apply(F.records_loaded(session.state, session._rows(selected=None)))
            model = RecordTableModel()
            model.set_rows(state.targets, state.selected)
            keys = itertools.cycle([r.record_id for r in state.targets if r.eligible][:200])
            print(f"{args.records:,} records, {len(state.selected):,} selected")

            def click() -> frozenset[str]:
                return frozenset(session.state.selected ^ {next(keys)})

            def before() -> None:
                wanted = click()
                rows = session._rows(selected=set(wanted))
                new = session.flow.apply(F.reevaluated(session.state, rows, wanted))
                model.set_rows(new.targets, new.selected)

            def now() -> None:
                new = session.select(click())
                model.update_rows(new.targets, new.selected)

            base = median_ms(before, repeat=7)
            print(row("baseline: reload, evaluate all, reset the model", base))
            # after a full reload the session evaluates incrementally again from these rows
            print(row("select(): the touched days, changed rows repainted", median_ms(now, repeat=31), base))
            service = median_ms(lambda: session.select(click()), repeat=31)
            print(row("  of which the service (select)", service, base))
            clicked = page_clicks(app, core, args.records, args.clicks + 1, Path(tmp))[1:]  # 1st: warm-up
            samples = [ms for ms, _ in clicked]
            median, worst = statistics.median(samples), max(samples)
            print(row("the page: click until painted, median", median, base))
            print(row("the page: click until painted, worst", worst, base))
            plain = [ms for ms, full in clicked if not full]
            if plain and len(plain) < len(samples):
                print(row("  worst of the clicks no full collection fell into", max(plain), base))
            print(f"RESULT select click on the page {median:6.1f} ms median, {worst:6.1f} ms worst "
                  f"(baseline {base:.0f} ms; goal <= 16 ms)")
        finally:
            core.close()
    app.quit()


if __name__ == "__main__":
    main()
