"""Render 전송 대기 목록 with made-up waiting sends and save PNGs (to look at, not a test).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_pending.py [out_dir]

Writes ``pending.png`` (1,250 waiting sends of every status; NEIS is down in the sandbox, so
선택 재전송 leaves the chosen rows queued and the strip says so) and ``pending-export.png`` (the
내보내기 dialog: purpose, columns, CSV or Excel) into ``out_dir`` (default: this folder). Font,
the Korean translation and the light theme are installed as ``linkdesk/gui/app.py`` does (see
``_shots.py``). Training mode: the bundled sandbox, every person made up.
"""

from __future__ import annotations

import sys
import uuid
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import insert

from _shots import (  # first: it puts the repository on sys.path
    application,
    dress,
    out_dir,
    save,
    scratch,
    training_core,
    wait_for,
)
from linkdesk.gui.pending import PendingArea
from linkdesk.sandbox.faults import parse_fault
from linkdesk.services.core import Core
from linkdesk.store.models import OutboxItem, Record, School, Volunteer

SCHOOLS = [("7010057", "보문중학교"), ("7010083", "서울고등학교"), ("7010120", "보라매초등학교"),
           ("7150211", "해운대중학교"), ("7530190", "의왕중학교")]
FAMILY = "김이박최정강조윤장임한오서신권"
GIVEN = ["민준", "서연", "지호", "하은", "도윤", "서준", "지우", "예린", "유나", "하늘", "시우", "수아", "건우", "채원"]
ORGS = ["성북구자원봉사센터", "보문동주민센터", "학산종합사회복지관", "성북노인종합복지관", "가람가정봉사원지원센터",
        "한빛도서관", "새봄어린이집"]
ACTS = ["하천 환경정화", "어르신 식사 보조", "학습지도(초등 저학년)", "도서 정리", "급식 봉사", "캠페인 보조", "말벗 봉사"]
# (outbox status, error code, message), in proportion
MIX = [("queued", None, None)] * 12 + [("queued", "partner_unavailable", "나이스 시스템 점검 중입니다. 잠시 후 다시 시도합니다.")] * 4 \
    + [("ambiguous", "ambiguous", "응답을 받지 못해 전송 여부를 확인하고 있습니다.")] \
    + [("failed", "record_ineligible", "학교생활기록부 반영 대상이 아닌 실적입니다(해외 봉사).")] * 2 \
    + [("failed", "student_mismatch", "학생 정보가 학교 정보와 일치하지 않습니다.")]
PARTNERS = [("neis", "neis_submit")] * 7 + [("vms", "vms_transfer")] * 2 + [("redcross", "redcross_link")]


def fill(core: Core, rows: int = 1250) -> None:
    now = core.clock.now()
    volunteers = rows // 4
    with core.store.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(School), [{"code": c, "office": "서울특별시교육청", "name": n, "kind": "middle", "region": "",
                                    "address": "", "choseong": ""} for c, n in SCHOOLS])
        s.execute(insert(Volunteer), [
            {"volunteer_id": f"V-{5000 + i}", "name": FAMILY[(i * 7) % len(FAMILY)] + GIVEN[(i * 5) % len(GIVEN)],
             "birth_date": date(2009 + i % 5, 1 + i % 12, 1 + i % 28), "school_code": SCHOOLS[i % len(SCHOOLS)][0],
             "grade": 1 + i % 3, "class_no": 1 + i % 8, "updated_at": now} for i in range(volunteers)])
        s.execute(insert(Record), [
            {"id": f"R-{9000 + i}", "volunteer_id": f"V-{5000 + i % volunteers}", "source": "1365",
             "date": date(2026, 3, 7) + timedelta(days=(i * 3) % 60), "seq": 1, "organization": ORGS[i % len(ORGS)],
             "activity": ACTS[(i // 2) % len(ACTS)], "minutes": (60, 90, 120, 180, 240)[i % 5], "nature": "regular",
             "fetched_at": now} for i in range(rows)])
        items = []
        for i in range(rows):
            status, code, message = MIX[i % len(MIX)]
            partner, kind = PARTNERS[(i // 2) % len(PARTNERS)]
            at = now - timedelta(minutes=13 * (rows - i))
            vid = f"V-{5000 + i % volunteers}"
            payload = {"neis_submit": {"volunteer_id": vid, "student_ref": f"ST-{i}", "hours": 2,
                                       "school_code": SCHOOLS[(i % volunteers) % len(SCHOOLS)][0]},
                       "vms_transfer": {"volunteer_id": vid, "vms_id": f"VMS-{i}"},
                       "redcross_link": {"volunteer_id": vid, "member_id": f"RC-{i}", "activity_ids": [f"R-{9000 + i}"]},
                       }[kind]
            items.append({"kind": kind, "partner": partner, "payload": payload,
                          "idempotency_key": str(uuid.uuid4()), "record_id": f"R-{9000 + i}", "status": status,
                          "attempts": 1 + i % 3 if code else 0, "next_attempt_at": now + timedelta(minutes=5),
                          "created_at": at, "updated_at": at, "last_error_code": code, "last_error_message": message,
                          "created_by": "counter1"})
        s.execute(insert(OutboxItem), items)


def main(argv: list[str]) -> int:
    out = out_dir(argv)
    app = application()
    with scratch() as folder:
        dress(app, folder)
        with training_core(app, folder) as (core, runner):
            fill(core)
            area = PendingArea(core, runner, export_dir=folder / "exports")
            area.resize(1380, 860)
            area.show()
            wait_for(app, lambda: area.model.total > 0 and not area.model.loading)
            core.sandbox.state.faults.replace([parse_fault(  # NEIS is down right now
                {"partner": "neis", "operation": "*", "kind": "http_503", "times": 0, "retry_after": 1})])
            model, chosen = area.model, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for row in (1, 2, 4):
                area.table.selectionModel().select(model.index(row, 0), chosen)
            area.retry_chosen()
            wait_for(app, lambda: not area._acting and not model.loading and not runner.busy)
            for row in (1, 2, 4):
                area.table.selectionModel().select(model.index(row, 0), chosen)
            save(app, area, out / "pending.png")
            area.ask_export()
            dialog = area.dialog
            dialog.purpose.setText("학교 담당자에게 미전송 실적 확인 요청")
            dialog.adjustSize()
            save(app, dialog, out / "pending-export.png")
            dialog.reject()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
