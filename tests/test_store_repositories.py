"""Repositories: volunteers, records with links, the link ledger, consents, the school directory."""

from __future__ import annotations

import datetime as dt

import pytest

from linkdesk.store import Store
from tests.fixtures.scenarios import SCHOOLS, STUDENT_RECORDS
from tests.fixtures.store import synthetic_school_directory

KST = dt.timezone(dt.timedelta(hours=9))


def _records() -> list[dict]:
    return [{**r, "minutes": 60} for r in STUDENT_RECORDS]


def test_volunteers(store: Store) -> None:
    with store.unit_of_work() as uow:
        v = uow.volunteers.save("V-1001", name="김민준", birth_date="2012-03-15", center="서울특별시 성북구",
                                school_code="7010057", grade=3, class_no=2, student_ref="S-REF")
        assert v.birth_date == dt.date(2012, 3, 15) and v.updated_at.tzinfo is not None
        uow.volunteers.save("V-1001", grade=4)  # only the field given changes
        uow.volunteers.save("V-2001", name="정하늘", vms_id="VMS-77")
        with pytest.raises(TypeError):
            uow.volunteers.save("V-1001", rrn="1203153102341")  # there is no such column
        with pytest.raises(KeyError):
            uow.volunteers.save("V-404", grade=1)
    with store.unit_of_work(read_only=True) as uow:
        v = uow.volunteers.get("V-1001")
        assert (v.name, v.grade, v.class_no, v.school_code) == ("김민준", 4, 2, "7010057")
        assert [x.volunteer_id for x in uow.volunteers.find(vms_id="VMS-77")] == ["V-2001"]
        found = uow.volunteers.find(name="김민준", birth_date=dt.date(2012, 3, 15))
        assert [x.volunteer_id for x in found] == ["V-1001"]


def test_records_upsert_and_links(store: Store) -> None:
    fetched = dt.datetime(2026, 5, 15, 10, 0, tzinfo=KST)
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1001", name="김민준")
        assert uow.records.upsert_many("V-1001", _records(), fetched_at=fetched) == len(STUDENT_RECORDS)
        # A second sync refreshes, it does not duplicate.
        changed = [{**_records()[0], "activity": "하천 환경정화(수정)"}]
        uow.records.upsert_many("V-1001", changed, fetched_at=fetched)
        uow.records.upsert_many("V-1001", [{"id": "VMS-9", "date": "2026-04-02", "minutes": 90}], source="vms")
        uow.links.set_status("R-1001-01", "neis", "sent", sent_at=fetched, receipt="S-1", result="전송성공")
        uow.links.set_status("R-1001-02", "neis", "rejected", result="학교 봉사활동 계획에 없는 활동입니다.")
        with pytest.raises(ValueError):
            uow.links.set_status("R-1001-03", "neis", "teleported")
    with store.unit_of_work(read_only=True) as uow:
        recs = uow.records.for_volunteer("V-1001")
        assert len(recs) == len(STUDENT_RECORDS) + 1
        assert [r.date for r in recs] == sorted(r.date for r in recs)
        first = uow.records.get("R-1001-01")
        assert first.activity == "하천 환경정화(수정)" and first.fetched_at == fetched
        assert (first.start, first.end, first.category) == ("09:00", "12:30", "0800")
        assert uow.records.get("VMS-9").source == "vms"
        april = uow.records.for_volunteer("V-1001", date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 4, 30))
        assert {r.id for r in april} == {"R-1001-02", "R-1001-03", "R-1001-07", "VMS-9"}
        pairs = dict((r.id, link) for r, link in uow.records.with_links("V-1001", "neis"))
        assert pairs["R-1001-01"].status == "sent" and pairs["R-1001-01"].receipt == "S-1"
        assert pairs["R-1001-03"] is None
        assert set(uow.links.for_volunteer("V-1001", "neis")) == {"R-1001-01", "R-1001-02"}
        assert [x.record_id for x in uow.links.by_status(["rejected"], partner="neis")] == ["R-1001-02"]
        assert uow.links.get("R-1001-02", "neis").result == "학교 봉사활동 계획에 없는 활동입니다."


def test_link_result_text_is_redacted(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        uow.records.upsert_many("V-1", [{"id": "R-1", "date": "2026-04-01", "minutes": 60}])
        link = uow.links.set_status("R-1", "neis", "failed", result="partner echoed 120315-3102341")
        assert "3102341" not in link.result and "120315-3******" in link.result


def test_consents_seen(store: Store) -> None:
    agreed = dt.datetime(2024, 7, 3, 15, 4, tzinfo=KST)
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="윤서준")
        uow.volunteers.save("V-2", name="박지호")
        uow.consents.record_seen("V-1", "redcross", agreed_at=agreed, expires_at=agreed.replace(year=2026))
        uow.consents.record_seen("V-2", "1365", agreed_at=agreed, guardian_name="박보호", guardian_relationship="부")
        uow.consents.record_seen("V-2", "1365", agreed_at=agreed + dt.timedelta(days=1),
                                 guardian_name="박보호", guardian_relationship="부")  # latest view wins
    with store.unit_of_work(read_only=True) as uow:
        c = uow.consents.get("V-2", "1365")
        assert c.agreed_at == agreed + dt.timedelta(days=1) and c.guardian_relationship == "부"
        assert set(uow.consents.for_volunteer("V-1")) == {"redcross"}
        soon = uow.consents.expiring("redcross", before=dt.datetime(2026, 8, 1, tzinfo=KST))
        assert [x.volunteer_id for x in soon] == ["V-1"]
        assert uow.consents.expiring("redcross", before=dt.datetime(2026, 1, 1, tzinfo=KST)) == []


def test_school_search_offline(store: Store) -> None:
    with store.unit_of_work() as uow:
        assert uow.schools.replace_directory(SCHOOLS, generated_at="2026-05-01T00:00:00+09:00") == len(SCHOOLS)
    with store.unit_of_work(read_only=True) as uow:
        names = lambda hits: [h.name for h in hits]  # noqa: E731
        assert names(uow.schools.search("ㅂㅁㅈ")) == ["보문중학교", "포항보문중학교"]
        assert names(uow.schools.search("보문")) == ["보문중학교", "대구보문고등학교", "포항보문중학교"]
        assert names(uow.schools.search("보문 중")) == ["보문중학교", "포항보문중학교"]
        assert names(uow.schools.search("보ㅁ중")) == ["보문중학교", "포항보문중학교"]
        assert names(uow.schools.search("ㅂㅁ", kind="high")) == ["대구보문고등학교"]
        assert names(uow.schools.search("", office="부산광역시교육청")) == ["해운대중학교"]
        assert names(uow.schools.search("중학교", region="서울특별시")) == ["보문중학교"]
        assert names(uow.schools.search("ㅂ", limit=2)) == ["보라매초등학교", "보문중학교"]
        assert uow.schools.search("100%") == [] and uow.schools.search("_") == []
        assert uow.schools.get("7010057").as_dict()["region"] == "서울특별시 성북구"
        assert uow.schools.loaded_at() is not None
        assert uow.meta.get("schools.generated_at").startswith("2026-05-01")
        assert "서울특별시교육청" in uow.schools.offices()
    with store.unit_of_work() as uow:  # a new directory replaces the old one entirely
        uow.schools.replace_directory(SCHOOLS[:2])
    with store.unit_of_work(read_only=True) as uow:
        assert uow.schools.count() == 2


def test_school_directory_of_national_size(store: Store) -> None:
    directory = synthetic_school_directory()
    assert len(directory) == 12_200
    with store.unit_of_work() as uow:
        assert uow.schools.replace_directory(directory) == 12_200
    with store.unit_of_work(read_only=True) as uow:
        assert uow.schools.count() == 12_200
        hits = uow.schools.search("ㄱㄴㄷ", limit=20)
        assert hits and all(h.name.startswith("가나다") for h in hits[:3])
        assert len(uow.schools.search("ㅈ", limit=20)) == 20
        assert {h.kind for h in uow.schools.search("초등", office="경기도교육청", limit=500)} == {"elementary"}
