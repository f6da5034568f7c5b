"""Certificate test support: a settable clock, a Core over a bare store, a volunteer with records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from linkdesk.clock import KST
from linkdesk.config import Config
from linkdesk.services.audit import Actor
from linkdesk.services.core import Core

ACTOR = Actor("staff1", "counter-1", "10.0.0.5")
NOW = dt.datetime(2026, 5, 15, 10, 0, tzinfo=KST)
PERIOD = (dt.date(2026, 3, 1), dt.date(2026, 5, 15))


class SetClock:
    """A clock staff time travel with: ``now`` is whatever the test sets."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.current = now

    def now(self) -> dt.datetime:
        return self.current


def bare_core(store, tmp_path: Path, clock: SetClock | None = None, **centre) -> Core:
    """A Core over ``store`` with no partners: certificates need only the local cache."""
    cfg = Config()
    cfg.centre.name = centre.get("name", "성북구자원봉사센터")
    cfg.centre.phone = centre.get("phone", "02-920-0000")
    cfg.centre.confirmer = centre.get("confirmer", "홍길동")
    cfg.centre.seal_image = centre.get("seal_image", "")
    return Core(config=cfg, data_dir=tmp_path, store=store, settings=None, clock=clock or SetClock(),  # type: ignore[arg-type]
                training=False, actor=ACTOR)


def record(rid: str, day: str, org: str, activity: str, start: str, end: str, minutes: int, **extra) -> dict:
    return {"id": rid, "date": day, "organization": org, "activity": activity, "start": start, "end": end,
            "minutes": minutes, **extra}


STUDENT_RECORDS = [
    record("R-01", "2026-03-14", "성북구자원봉사센터", "하천 환경정화", "09:00", "12:30", 210),
    record("R-02", "2026-04-08", "성북노인종합복지관", "어르신 식사 보조", "15:30", "16:30", 60),
    record("R-03", "2026-04-22", "성북구립도서관", "초등학생 학습 멘토링", "14:00", "18:00", 240),
    record("R-04", "2026-05-02", "성북문화재단", "축제 안내", "10:00", "10:45", 45),
    record("R-05", "2026-02-20", "성북구자원봉사센터", "골목 환경정화", "10:00", "13:00", 180),  # before the period
    record("R-06", "2026-05-09", "가람가정봉사원지원센터", "여가선용(각종 취미활동 등)", "15:30", "16:30", 60,
           source="vms", source_id="VMS-77"),
    record("R-07", "2026-05-09", "가람가정봉사원지원센터", "여가선용(각종 취미활동 등)", "15:30", "16:30", 60,
           source="vms", source_id="VMS-77", seq=2),  # the same VMS record seen twice: printed once
]
IN_PERIOD = ["R-01", "R-02", "R-03", "R-04", "R-06"]
IN_PERIOD_MINUTES = 210 + 60 + 240 + 45 + 60  # 615 = 10시간 15분


def seed_student(store, volunteer_id: str = "V-1001", records: list[dict] | None = None) -> None:
    with store.unit_of_work() as uow:
        uow.schools.replace_directory(
            [{"code": "7010057", "office": "서울특별시교육청", "name": "보문중학교", "kind": "middle",
              "region": "서울특별시 성북구", "address": "서울특별시 성북구 보문로 10"}])
        uow.volunteers.save(volunteer_id, name="김민준", birth_date=dt.date(2012, 3, 15), school_code="7010057", grade=3)
        uow.records.upsert_many(volunteer_id, records if records is not None else STUDENT_RECORDS)


def many_records(n: int, volunteer_id: str = "V-2001") -> list[dict]:
    """``n`` activities on distinct days from 2026-03-02, some with long texts that wrap."""
    out = []
    for i in range(n):
        day = dt.date(2026, 3, 2) + dt.timedelta(days=i * 2)
        activity = f"활동 {i + 1:02d} " + ("지역 아동센터 학습 지도와 급식 보조, 정리 정돈" if i % 7 == 3 else "환경정화")
        out.append(record(f"R-{volunteer_id}-{i:03d}", day.isoformat(), f"수요처 {i + 1:02d} 복지관", activity,
                          "09:00", "11:30" if i % 3 else "10:00", 150 if i % 3 else 60))
    return out


@pytest.fixture
def core(store, tmp_path):
    """A bare core over the test's store with 김민준 and his records (import the fixture to use it)."""
    seed_student(store)
    return bare_core(store, tmp_path)


@pytest.fixture
def doc(core):
    """A certificate of 김민준 for the period, for 학교 제출용."""
    from linkdesk.services import certificates

    return certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
