"""현황 through the real widgets: figures of a filled cache, the chart and its table, the report files."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest
from PySide6.QtCore import QDate

from linkdesk.gui.dashboard import DashboardArea
from linkdesk.gui.dashboard.area import bars, period_for
from linkdesk.gui.tasks import TaskRunner
from linkdesk.store import Store
from linkdesk.store.paths import sqlite_url
from tests.fixtures.pending_rows import T0, fill, offline_core

WAIT = 20_000


@pytest.fixture
def bugs():
    return []


@pytest.fixture
def store(tmp_path):
    s = Store.open(url=sqlite_url(tmp_path / "data" / "linkdesk.db"))
    yield s
    s.close()


@pytest.fixture
def area(qtbot, pool, bugs, store, tmp_path):
    fill(store)
    with store.unit_of_work() as uow:  # one Red Cross link in May (Korean 2026-05-20)
        uow.links.set_status("R-3-1", "redcross", "sent", sent_at=T0.replace(day=20))
    core = offline_core(store, tmp_path / "data", T0)  # no partner reachable: the dashboard needs none
    runner = TaskRunner(pool=pool, on_bug=bugs.append)
    a = DashboardArea(core, runner)
    qtbot.addWidget(a)
    a.resize(1200, 760)
    a.show()
    qtbot.waitUntil(lambda: a.board is not None, timeout=WAIT)
    yield a
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    runner.cancel_all()
    assert bugs == []


def test_figures_chart_and_table_agree(area):
    board = area.board
    assert board.period.start == date(2026, 5, 1)  # the clock's month
    assert len(area.chart.bars()) == 31 == area.series.rowCount()
    by_label = {b.label: b for b in area.chart.bars()}
    assert by_label["05-08"].values == {"neis": 1} and by_label["05-20"].values == {"redcross": 1}
    row = next(r for r in range(area.series.rowCount()) if area.series.item(r, 0).text() == "05-20")
    assert [area.series.item(row, c).text() for c in range(5)] == ["05-20", "0", "0", "1", "1"]
    assert area.totals.rowCount() == 3
    assert area.failures.rowCount() == 3 and area.rejections.rowCount() == 0
    assert "2" in area.summary.text() and area.chart.accessibleDescription()


def test_switching_to_weeks_and_a_year(qtbot, area):
    area.view.setCurrentIndex(1)
    qtbot.waitUntil(lambda: area.board.period.granularity == "week", timeout=WAIT)
    assert [b.label for b in area.chart.bars()][:2] == ["04-27~", "05-04~"]
    area.view.setCurrentIndex(2)
    qtbot.waitUntil(lambda: area.board.period.granularity == "month", timeout=WAIT)
    assert len(area.chart.bars()) == 12
    area.month.setDate(QDate(2026, 3, 1))  # same year: same figures, asked again
    qtbot.waitUntil(lambda: not area.runner.busy, timeout=WAIT)


def test_report_needs_a_purpose_then_writes_owner_only_files(qtbot, area, tmp_path):
    target = tmp_path / "report.csv"
    area.save_report(str(target), "csv")
    qtbot.waitUntil(lambda: area.status.state == "error", timeout=WAIT)
    assert "purpose" in area.status.text() and not target.exists()  # the English UI of the tests
    area.purpose.setText("월간 보고")
    area.save_report(str(target), "csv")
    qtbot.waitUntil(lambda: target.exists() and area.status.state == "success", timeout=WAIT)
    pdf = tmp_path / "report.pdf"
    area.save_report(str(pdf), "pdf")
    qtbot.waitUntil(lambda: pdf.exists() and area.status.state == "success", timeout=WAIT)
    assert pdf.read_bytes().startswith(b"%PDF")
    for f in (target, pdf):
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600
    inside = area.core.data_dir / "x.csv"
    area.save_report(str(inside), "csv")
    qtbot.waitUntil(lambda: area.status.state == "error", timeout=WAIT)
    assert not inside.exists()


def test_empty_buckets_are_shown():
    from linkdesk.services.dashboard import Dashboard

    p = period_for("month_day", date(2026, 2, 10))
    empty = Dashboard(p, T0, (), (), 0, 0, 0, 0, (), 0, (), 0, 0)
    assert len(bars(empty)) == 28 and all(b.total == 0 for b in bars(empty))
