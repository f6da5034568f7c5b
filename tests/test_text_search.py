"""The indexed text search (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) finds what LIKE finds,
and follows every change of the rows: insert, upsert, update, delete, a volunteer renamed."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from linkdesk.store.models import Record, Volunteer
from linkdesk.store.text_search import matching


def ids(uow, table, text):
    if table == "records":
        return set(uow.session.scalars(select(Record.id).where(matching(Record.id, "records", "id", text))))
    found = matching(Volunteer.volunteer_id, "volunteers", "volunteer_id", text)
    return set(uow.session.scalars(select(Volunteer.volunteer_id).where(found)))


def rec(rid, org, act):
    return {"id": rid, "date": "2026-04-01", "organization": org, "activity": act, "minutes": 60}


def test_text_search_follows_the_rows(store):
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        uow.volunteers.save("V-2", name="Kim Minjun")
        uow.records.upsert_many("V-1", [rec("R-1", "성북구자원봉사센터", "환경정화"), rec("R-2", "보문동주민센터", "100%_캠페인")])
    with store.unit_of_work(read_only=True) as uow:
        assert ids(uow, "records", "자원봉사") == {"R-1"} and ids(uow, "records", "환경") == {"R-1"}
        assert ids(uow, "records", "0%_") == {"R-2"} and ids(uow, "records", "%") == {"R-2"}
        assert ids(uow, "records", "1_0") == set()  # _ is a letter, not "any letter"
        assert ids(uow, "volunteers", "민준") == {"V-1"} and ids(uow, "volunteers", "MINJUN") == {"V-2"}
    with store.unit_of_work() as uow:  # an upsert changes the text: the index follows
        uow.records.upsert_many("V-1", [rec("R-1", "한빛도서관", "책 정리")])
        uow.session.execute(update(Volunteer).where(Volunteer.volunteer_id == "V-1").values(name="이서연"))
        uow.session.execute(delete(Record).where(Record.id == "R-2"))
    with store.unit_of_work(read_only=True) as uow:
        assert ids(uow, "records", "자원봉사") == set() and ids(uow, "records", "도서관") == {"R-1"}
        assert ids(uow, "records", "캠페인") == set()
        assert ids(uow, "volunteers", "김민준") == set() and ids(uow, "volunteers", "이서연") == {"V-1"}
