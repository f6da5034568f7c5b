"""One click in 실적선택 on the real page: only the rows it changes are repainted, and what the
page shows afterwards (rows, checks, totals) is what a full evaluation of the new selection gives.

No timing here: the figures are in ``benchmarks/select_click_bench.py``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from linkdesk.gui.widgets.tones import minutes_text
from linkdesk.services import linking_flow as F
from linkdesk.services.linking import LinkingSession
from tests.gui.wizard_driver import settle

VOLUNTEER = "V-CLICK"


def crowded_records(today: date) -> list[dict]:
    """Four records of 3 hours on each of 30 days: the daily cap decides between them, so a check
    changes the verdict of the other records of its day."""
    first = date(today.year if today.month >= 3 else today.year - 1, 3, 2)
    return [{"id": f"C{d:03d}{k}", "date": (first + timedelta(days=d)).isoformat(), "seq": k + 1,
             "organization": "성북구자원봉사센터", "category": "0800", "activity": "환경정화",
             "start": "09:00", "end": "12:00", "minutes": 180}
            for d in range(30) for k in range(4)]


def at_select(wizard) -> LinkingSession:
    core = wizard.core
    with core.store.unit_of_work() as uow:
        uow.volunteers.save(VOLUNTEER, name="홍길동")
        uow.records.upsert_many(VOLUNTEER, crowded_records(core.clock.now().date()))
    session = wizard.session
    person = F.Person(VOLUNTEER, "홍길동", date(2010, 1, 1), False, "token")
    session.flow.apply(F.FlowState(step=F.Step.SELECT, person=person))
    session.flow.apply(F.records_loaded(session.state, session._rows(selected=None)))
    wizard._render()
    return session


def full_evaluation(wizard, selected: frozenset[str]) -> dict[str, F.RecordRow]:
    """The rows a fresh session evaluates for ``selected`` from scratch (no incremental step)."""
    fresh = LinkingSession(wizard.core)
    fresh.flow.apply(F.FlowState(step=F.Step.SELECT, person=wizard.session.state.person))
    return {r.record_id: r for r in fresh._rows(selected=set(selected))}


def totals_text(rows) -> str:
    return (f"Selected {len(rows)} · {minutes_text(sum(r.minutes for r in rows))}"
            f" · recognised {sum(r.recognized_hours for r in rows)} h")


def test_a_click_repaints_only_the_rows_it_changes_and_the_totals_follow(qtbot, wizard):
    session = at_select(wizard)
    view = wizard.select.targets
    model = view.model
    assert wizard.current_step() is F.Step.SELECT and model.rowCount() == 120
    resets, cells = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda: resets.append(2))
    model.dataChanged.connect(lambda a, b, roles=(): cells.extend(
        (row, column) for row in range(a.row(), b.row() + 1) for column in range(a.column(), b.column() + 1)))

    others = 0  # rows changed by a click on another row of their day
    for click in range(6):  # uncheck, then check again, on different days
        before = model.rows()
        selected = set(session.state.selected)
        row = next(i for i, r in enumerate(before) if r.record_id in selected and i // 4 == click * 3)
        if click % 2:
            row = next(i for i, r in enumerate(before) if model.is_checkable(i) and r.record_id not in selected)
        record_id = before[row].record_id
        cells.clear()
        want = Qt.CheckState.Unchecked if record_id in selected else Qt.CheckState.Checked
        assert model.setData(model.index(row, model.column_of("check")), want, Qt.ItemDataRole.CheckStateRole)
        settle(qtbot, wizard)
        qtbot.waitUntil(lambda: not wizard.select._selecting)

        after = model.rows()
        state = session.state
        changed = {i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old is not new}
        assert [r.record_id for r in after] == [r.record_id for r in before]  # nothing moved
        others += len(changed - {row})
        assert resets == []
        # repainted: the check clicked, and the rows the re-evaluation changed (all their cells)
        assert {r for r, _ in cells} == changed | {row}
        assert {(r, c) for r in changed for c in range(model.columnCount())} <= set(cells)
        # what is shown is what a full evaluation of the new selection gives
        expected = full_evaluation(wizard, state.selected)
        assert {r.record_id: r for r in after} == expected
        assert model.selected() == state.selected == frozenset(
            record_id for record_id in selected ^ {record_id} if expected[record_id].eligible)
        shown_checks = {model.row(i).record_id for i in range(model.rowCount())
                        if model.data(model.index(i, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked}
        assert shown_checks == state.selected
        chosen = [expected[k] for k in state.selected]
        assert view.totals_label.text() == totals_text(chosen)
    assert others > 0  # the daily cap did tie the rows of a day together
    assert wizard.select.tabs.tabText(0) == "To link (120)"


def test_a_big_load_is_collected_while_staff_wait_not_on_a_click(monkeypatch):
    """After loading thousands of records the full collection runs at once (on the load's worker),
    so it does not fall into a later click; an ordinary volunteer's load collects nothing."""
    import gc

    from linkdesk.gui.wizard import select_page

    calls = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append(a) or 0)
    select_page.collect_after_load(40)
    assert calls == []
    select_page.collect_after_load(select_page.BIG_LOAD)
    assert calls == [()]
