"""Render 현황 (the dashboard) over a month of made-up links and save a PNG (to look at, not a test).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_dashboard.py [out_dir]

Writes ``dashboard.png`` into ``out_dir`` (default: this folder): about 900 records linked over the
sandbox clock's month to NEIS, VMS → 1365 and the Red Cross, some waiting, failed and rejected.
Training mode: the bundled sandbox, every person made up.
"""

from __future__ import annotations

import sys
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert

from _shots import application, dress, out_dir, save, scratch, training_core, wait_for  # first: sys.path
from linkdesk.clock import KST
from linkdesk.gui.dashboard import DashboardArea
from linkdesk.services.core import Core
from linkdesk.store.models import Link, OutboxItem, Record, Volunteer

REASONS = ["학교 봉사활동 계획에 없는 활동입니다.", "활동 내용 확인이 필요합니다(수요처 문의)."]


def fill(core: Core, records: int = 900) -> None:
    now = core.clock.now()
    first = now.astimezone(KST).date().replace(day=1)
    with core.store.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(Volunteer), [{"volunteer_id": f"V-{7000 + i}", "name": f"봉사자{i}", "updated_at": now}
                                      for i in range(records // 3)])
        s.execute(insert(Record), [
            {"id": f"R-{i}", "volunteer_id": f"V-{7000 + i % (records // 3)}", "source": "1365",
             "date": first - timedelta(days=20 - i % 20), "seq": 1, "organization": "성북구자원봉사센터",
             "activity": "환경정화", "minutes": (60, 90, 120, 180, 240)[i % 5], "nature": "regular", "fetched_at": now}
            for i in range(records)])
        links, items = [], []
        for i in range(records):
            day = first + timedelta(days=(i * 11) % 28)
            if day.weekday() == 6 and i % 3:
                continue  # quieter Sundays
            at = datetime.combine(day, time(10 + i % 8), KST)
            partner = ("neis", "neis", "neis", "vms", "redcross")[i % 5]
            status = "rejected" if i % 37 == 0 and partner == "neis" else ("approved" if i % 4 == 0 else "sent")
            links.append({"record_id": f"R-{i}", "partner": partner, "status": status, "sent_at": at,
                          "result": REASONS[i % 2] if status == "rejected" else "전송성공", "updated_at": at})
            if partner == "neis":
                items.append({"kind": "neis_submit", "partner": "neis", "payload": {"hours": (1, 1, 2, 2, 4)[i % 5]},
                              "idempotency_key": str(uuid.uuid4()), "record_id": f"R-{i}", "status": "sent",
                              "attempts": 1, "next_attempt_at": at, "created_at": at, "updated_at": at})
        for i in range(30):
            items.append({"kind": "neis_submit", "partner": "neis", "payload": {"hours": 2},
                          "idempotency_key": str(uuid.uuid4()), "record_id": None, "status": "queued",
                          "attempts": 1 if i % 3 == 0 else 0, "next_attempt_at": now, "created_at": now,
                          "updated_at": now, "last_error_code": "partner_unavailable" if i % 3 == 0 else None,
                          "last_error_message": "나이스 시스템 점검 중입니다." if i % 3 == 0 else None})
        s.execute(insert(Link), links)
        s.execute(insert(OutboxItem), items)


def main(argv: list[str]) -> int:
    out = out_dir(argv)
    app = application()
    with scratch() as folder:
        dress(app, folder)
        with training_core(app, folder) as (core, runner):
            fill(core)
            area = DashboardArea(core, runner)
            area.resize(1360, 860)
            area.show()
            wait_for(app, lambda: area.board is not None and area.board.total_records > 0 and not runner.busy)
            save(app, area, out / "dashboard.png")
            area.tabs.setCurrentIndex(1)
            save(app, area, out / "dashboard-table.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
