"""The pending-review statements select exactly the rows a plain Python filter of every row selects,
in the same order, for many filter combinations (SQLite and PostgreSQL).

The data is made to trip the statements up: Korean and mixed-case Latin text, ``%``, ``_`` and
``\\`` in names and organizations, names shorter than three letters (no trigram), rows without a
record whose payload names a volunteer (one the cache does not know, too), rows with a record whose
payload names someone else (the record's volunteer wins), a record with several outbox rows, a
volunteer without a school, and outbox rows in every status -- the sent and cancelled ones must
never show. Names and numbers are made up.
"""

from __future__ import annotations

import itertools
import os
import random
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from linkdesk.clock import KST
from linkdesk.services import pending as P
from linkdesk.services import pending_query as Q
from linkdesk.services.pending import REVIEW_STATUSES, PendingFilter, PendingQuery
from linkdesk.store.models import OutboxItem, Record, School, Volunteer
from tests.fixtures.pending_rows import offline_core

T0 = datetime(2026, 5, 1, 0, 0, tzinfo=timezone.utc)
SCHOOLS = {"S1": "보문중학교", "S2": "성북고등학교", "S3": "빈학교"}  # S3: nobody goes there
NAMES = ["김민준", "이안", "Kim MinJun", "kim_minjun", "박%수", "최_영", "정\\호", "민", "오민준희", "MIN",
         "한서연", "윤하", "50%할인", "강a_b"]
ORGS = ["성북구자원봉사센터", "보문동주민센터", "100%_캠페인본부", "a_b 센터", "Green Library", "한빛도서관", "50%",
        "역\\슬래시", "말벗"]
ACTS = ["환경정화(쓰레기 줍기)", "교육지원", "말벗", "MIN 지원", "급식 봉사", "_", "%", "ab", "도서 정리"]
# (outbox status, error code): every review status, and rows that must not be listed
STATES = [("queued", None), ("queued", "partner_unavailable"), ("in_flight", None), ("ambiguous", "ambiguous"),
          ("failed", "record_ineligible"), ("sent", None), ("cancelled", None)]
OPEN = {"queued", "in_flight", "ambiguous", "failed"}
TEXTS = ["", "김민", "민준", "김민준", "MIN", "min", "mi", "%", "_", "0%_", "a_b", "\\", "센터", "자원봉사",
         "환", "말벗", "Library", "brary", "없는말", "kim_", "%수", "b 센"]


def _review(status: str, code: str | None) -> str:
    if status == "queued":
        return "failed" if code else "waiting"
    return {"in_flight": "sending", "ambiguous": "ambiguous", "failed": "refused"}[status]


def _generate(rng: random.Random):
    schools = [{"code": c, "office": "서울특별시교육청", "name": n, "kind": "middle", "region": "서울특별시",
                "address": "", "choseong": ""} for c, n in SCHOOLS.items()]
    volunteers = [{"volunteer_id": f"V-{i}", "name": name, "birth_date": date(2009, 1 + i % 12, 1),
                   "school_code": [None, "S1", "S2"][i % 3], "grade": 1 + i % 3, "class_no": 1 + i % 5,
                   "updated_at": T0} for i, name in enumerate(NAMES)]
    records = [{"id": f"R-{i}", "volunteer_id": f"V-{rng.randrange(len(NAMES))}", "source": "1365",
                "date": date(2026, 4, 1) + timedelta(days=rng.randrange(40)), "seq": 1,
                "organization": rng.choice(ORGS), "activity": rng.choice(ACTS), "minutes": rng.choice([60, 90, 120]),
                "nature": "regular", "fetched_at": T0} for i in range(160)]
    items, used = [], set()
    for n in range(320):
        partner, kind = rng.choice([("neis", "neis_submit"), ("vms", "vms_transfer"), ("redcross", "redcross_link"),
                                    ("1365", "vms_to_1365")])
        record = rng.choice(records) if rng.random() < 0.8 else None
        if record is not None and (kind, record["id"]) in used:  # one outbox row per (kind, record)
            record = None
        if record is not None:
            used.add((kind, record["id"]))
        # A row without a record names its volunteer in the payload (a known one, an unknown one, or
        # none); a row with a record may carry a payload naming someone else: the record's counts.
        payload_vid = rng.choice([f"V-{rng.randrange(len(NAMES))}", "V-unknown", None])
        payload = {"hours": 2} | ({"volunteer_id": payload_vid} if payload_vid else {})
        status, code = rng.choice(STATES)
        at = T0 + timedelta(hours=rng.randrange(24 * 20), minutes=rng.randrange(60))  # ties on purpose
        items.append({"kind": kind, "partner": partner, "payload": payload, "idempotency_key": str(uuid.uuid4()),
                      "record_id": record["id"] if record else None, "status": status, "attempts": rng.randrange(4),
                      "next_attempt_at": at + timedelta(minutes=30), "created_at": at, "updated_at": at,
                      "last_error_code": code, "last_error_message": "나이스 점검 중입니다." if code else None,
                      "lease_owner": "t" if status == "in_flight" else None,
                      "lease_until": at + timedelta(minutes=2) if status == "in_flight" else None})
    return schools, volunteers, records, items


@pytest.fixture
def world(store, tmp_path):
    schools, volunteers, records, items = _generate(random.Random(13))
    with store.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(School), schools)
        s.execute(insert(Volunteer), volunteers)
        s.execute(insert(Record), records)
        for item in items:  # one by one: the ids follow the list
            item["id"] = s.execute(insert(OutboxItem).values(**item).returning(OutboxItem.id)).scalar_one()
    core = offline_core(store, tmp_path, T0 + timedelta(days=30))
    try:
        yield core, _reference_rows(volunteers, records, items)
    finally:
        core.close()


def _reference_rows(volunteers, records, items) -> list[dict]:
    """Every listed row as Python sees it: its volunteer is its record's, else its payload's."""
    vols = {v["volunteer_id"]: v for v in volunteers}
    recs = {r["id"]: r for r in records}
    rows = []
    for item in items:
        if item["status"] not in OPEN:
            continue
        rec = recs.get(item["record_id"]) if item["record_id"] else None
        vid = rec["volunteer_id"] if rec else item["payload"].get("volunteer_id")
        vol = vols.get(vid)
        rows.append({"id": item["id"], "partner": item["partner"],
                     "review": _review(item["status"], item["last_error_code"]), "created_at": item["created_at"], "attempts": item["attempts"], "volunteer_id": vid,
                     "school": vol["school_code"] if vol else None, "name": vol["name"] if vol else None,
                     "date": rec["date"] if rec else None, "texts": [vol["name"] if vol else None]
                     + ([rec["organization"], rec["activity"]] if rec else [])})
    return rows


def _kst_day(at: datetime) -> date:
    return at.astimezone(KST).date()


def _keeps(row: dict, f: PendingFilter, with_status: bool = True) -> bool:
    if f.partners and row["partner"] not in f.partners:
        return False
    if with_status and f.statuses and row["review"] not in f.statuses:
        return False
    day = _kst_day(row["created_at"]) if f.date_field == "queued" else row["date"]
    if (f.date_from or f.date_to) and day is None:
        return False
    if (f.date_from and day < f.date_from) or (f.date_to and day > f.date_to):
        return False
    if f.school_code and row["school"] != f.school_code:
        return False
    if f.volunteer_id and row["volunteer_id"] != f.volunteer_id.strip():
        return False
    text = f.text.strip().lower()  # the data's letters are Latin or Korean: one notion of "any case"
    return not text or any(t is not None and text in t.lower() for t in row["texts"])


def _expected_order(rows: list[dict], sort: str, descending: bool) -> list[int]:
    key = {"queued_at": lambda r: (r["created_at"], r["id"]), "item": lambda r: (r["id"],),
           "attempts": lambda r: (r["attempts"], r["id"]), "partner": lambda r: (r["partner"], r["id"])}[sort]
    return [r["id"] for r in sorted(rows, key=key, reverse=descending)]


# CI size: every text alone and with one school and one volunteer option each (all of them, crossed,
# with LINKDESK_PENDING_REFERENCE=full), then seeded random mixes of everything.
FULL = os.environ.get("LINKDESK_PENDING_REFERENCE", "").strip() == "full"
SCHOOL_OPTIONS, VOLUNTEER_OPTIONS = [None, "S1", "S3"], [None, "V-0", " V-7 ", "V-unknown"]


def _filters() -> list[PendingFilter]:
    """Texts with school / volunteer filters, then seeded random mixes of everything."""
    if FULL:
        combos = list(itertools.product(TEXTS, SCHOOL_OPTIONS, VOLUNTEER_OPTIONS))
    else:  # each text with no filter, then with the school and volunteer options in turn
        combos = [(t, SCHOOL_OPTIONS[(i + k) % 3] if k else None, VOLUNTEER_OPTIONS[(i + k) % 4] if k else None)
                  for i, t in enumerate(TEXTS) for k in range(3)]
    found = [PendingFilter(text=t, school_code=s, volunteer_id=v) for t, s, v in combos]
    rng = random.Random(7)
    for _ in range(160 if FULL else 60):
        day = date(2026, 4, 1) + timedelta(days=rng.randrange(45))
        found.append(PendingFilter(
            partners=rng.choice([(), ("neis",), ("vms", "redcross"), ("1365",)]),
            statuses=rng.choice([(), ("waiting",), ("failed", "refused"), ("sending", "ambiguous")]),
            date_field=rng.choice(["queued", "activity"]),
            date_from=rng.choice([None, day]), date_to=rng.choice([None, day + timedelta(days=rng.randrange(10))]),
            school_code=rng.choice([None, None, "S1", "S2"]), volunteer_id=rng.choice([None, None, "V-3", "V-unknown"]),
            text=rng.choice(TEXTS)))
    return found


@pytest.mark.parametrize("broad_text", [Q.BROAD_TEXT, 1], ids=["as-shipped", "every-text-broad"])
def test_every_filter_selects_what_python_selects_in_the_same_order(world, monkeypatch, broad_text):
    """``every-text-broad``: every text of 3+ letters reads its page in list order (SQLite), the
    other way of writing the same filter."""
    monkeypatch.setattr(Q, "BROAD_TEXT", broad_text)
    core, rows = world
    for f in _filters():
        want = [r for r in rows if _keeps(r, f)]
        # mostly the list order; now and then another indexed or plain order, either direction
        sort, descending = ("queued_at", False)
        if len(want) % 3 == 0:
            sort, descending = ["item", "attempts", "partner"][len(want) % 9 // 3], len(want) % 2 == 1
        q = PendingQuery(f, sort=sort, descending=descending)
        expected = _expected_order(want, sort, descending)
        got = [r.item_id for r in P.page(core, q, limit=None)]
        assert got == expected, f
        assert [r.item_id for r in P.page(core, q, limit=5) + P.page(core, q, offset=5, limit=5)] == expected[:10], f
        assert P.count(core, f) == len(expected), f
        assert P.item_ids(core, f) == sorted(expected), f
        kept = [r["review"] for r in rows if _keeps(r, f, with_status=False)]
        assert P.status_counts(core, f) == {s: kept.count(s) for s in REVIEW_STATUSES}, f


def test_the_overview_total_is_the_count(world):
    core, rows = world
    for f in _filters()[::17]:
        ov = P.overview(core, PendingQuery(f), limit=3)
        assert ov.total == P.count(core, f) == sum(1 for r in rows if _keeps(r, f)), f
        want = _expected_order([r for r in rows if _keeps(r, f)], "queued_at", False)
        assert [r.item_id for r in ov.rows] == want[:3], f


def test_a_broad_text_is_read_in_list_order_on_sqlite_only(world, monkeypatch):
    core, _ = world
    monkeypatch.setattr(Q, "BROAD_TEXT", 3)
    with core.store.unit_of_work(read_only=True) as uow:
        sqlite = uow.session.get_bind().dialect.name == "sqlite"
        assert Q.in_list_order(uow.session, PendingQuery(PendingFilter(text="센터"))) is False  # no trigram
        assert Q.in_list_order(uow.session, PendingQuery(PendingFilter(text="자원봉사"))) is sqlite
        assert Q.in_list_order(uow.session, PendingQuery(PendingFilter(text="MinJun"))) is sqlite  # by the name
        assert Q.in_list_order(uow.session, PendingQuery(PendingFilter(text="없는말"))) is False
        assert Q.in_list_order(uow.session, PendingQuery(PendingFilter(text="자원봉사"), sort="volunteer")) is False
