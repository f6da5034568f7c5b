"""실적선택 for a volunteer with 10,000 records: one checkbox click, service and screen.

Baseline, measured in the same run: what a click cost before — the records read again from the
cache, all 10,000 evaluated (``LinkingSession._rows``, still the path after a load) and the table
model reset and re-sorted (``set_rows``). Now: ``LinkingSession.select`` re-evaluates the days the
click touches (``services/select_eval.py``) and the model repaints the rows that changed
(``update_rows``). Each click toggles a different record.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/select_click_bench.py [--records 10000]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _timing import median_ms, row  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from linkdesk.config import Config  # noqa: E402
from linkdesk.gui.widgets.record_model import RecordTableModel  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        core = open_core(Config(), Path(tmp))
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
        finally:
            core.close()
    app.quit()


if __name__ == "__main__":
    main()
