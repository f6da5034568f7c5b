"""Reading the access log on both databases: filters, the monthly review, the export and its reason."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from linkdesk.services.audit import record_access, verify_chain
from linkdesk.services.audit_review import AccessFilter, AccessLog, AuditError, month_bounds, period_bounds
from linkdesk.services.staff_model import NotAllowed
from linkdesk.store.models_security import AccessLogEntry
from tests.helpers.security import ADMIN, CLERK, ManualClock, actor, make_accounts, with_staff


@pytest.fixture
def log(store):
    """Twelve entries over April and May 2026 by two staff members, and the administrator's view."""
    clock = ManualClock()
    accounts = with_staff(make_accounts(store, clock))
    start = clock.now() - timedelta(days=40)  # 2026-04-05
    with store.unit_of_work() as uow:
        for i in range(12):
            who = ADMIN if i % 3 == 0 else CLERK
            action = ("view", "entry", "print")[i % 3]
            record_access(uow, actor(who), action, f"records {i}", at=start + timedelta(days=3 * i),
                          volunteer_id=f"V-{1001 + i % 2}")
    return AccessLog(store, accounts, actor(ADMIN))


def ids(rows):
    return sorted(r.id for r in rows)


def test_filters_by_staff_volunteer_action_and_period(log):
    everything = log.search(AccessFilter())
    assert len(everything) == 12 and everything[0].id > everything[-1].id  # newest first
    assert {r.staff for r in log.search(AccessFilter(staff=CLERK))} == {CLERK}
    assert {r.volunteer_id for r in log.search(AccessFilter(volunteer_id="V-1002"))} == {"V-1002"}
    prints = log.search(AccessFilter(action="print"))
    assert {r.action for r in prints} == {"print"} and prints[0].action_ko == "출력"
    start, end = month_bounds("2026-04")
    april = log.search(AccessFilter(start=start, end=end))
    assert april and all(r.at.month == 4 for r in april)
    day_start, day_end = period_bounds(date(2026, 4, 8), date(2026, 4, 11))
    assert [r.target for r in log.search(AccessFilter(start=day_start, end=day_end))] == ["records 2", "records 1"]
    combined = log.search(AccessFilter(staff=CLERK, volunteer_id="V-1002", action="entry"))
    assert combined and all((r.staff, r.volunteer_id, r.action) == (CLERK, "V-1002", "entry") for r in combined)


def test_looking_at_the_log_is_logged_and_only_for_administrators(log, store):
    log.search(AccessFilter(volunteer_id="V-1001"))
    with store.unit_of_work(read_only=True) as uow:
        last = uow.session.scalar(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1))
    assert (last.staff, last.action, last.target, last.volunteer_id) == (ADMIN, "view", "접속기록 조회", "V-1001")
    clerk_view = AccessLog(store, log.accounts, actor(CLERK))
    with pytest.raises(NotAllowed):
        clerk_view.search(AccessFilter())
    with pytest.raises(AuditError):
        log.search(AccessFilter(action="steal"))


def test_the_monthly_review_is_marked_once_with_a_note(log):
    summary = log.summary("2026-04")
    assert summary.total == 9 and summary.review is None
    assert summary.by_action == {"view": 3, "entry": 3, "print": 3}
    with pytest.raises(AuditError):
        log.mark_reviewed("2026-04", "  ")
    with pytest.raises(AuditError):
        log.mark_reviewed("2026-07", "not yet")
    with pytest.raises(AuditError):
        log.mark_reviewed("2026-13", "bad month")
    review = log.mark_reviewed("2026-04", "이상 없음. 야간 접속 없음.")
    assert (review.period, review.reviewed_by, review.note) == ("2026-04", ADMIN, "이상 없음. 야간 접속 없음.")
    assert review.through_id is not None
    with pytest.raises(AuditError) as e:
        log.mark_reviewed("2026-04", "again")
    assert e.value.code == "already_reviewed"
    assert log.summary("2026-04").review == review
    assert [r.period for r in log.reviews()] == ["2026-04"]


def test_entries_deleted_from_the_end_after_a_review_are_found(log, store):
    log.mark_reviewed("2026-05", "점검 완료")
    assert verify_chain(store).ok
    with store.unit_of_work() as uow:  # an attacker removes the newest entries (no successor breaks)
        uow.session.execute(text("DELETE FROM access_log WHERE id > 10"))
    check = verify_chain(store)
    assert not check.ok and check.first_bad_id == 11 and "review of 2026-05" in check.problem


def test_the_export_is_a_download_with_its_reason_and_states_its_purpose(log, store, tmp_path):
    out = tmp_path / "export.csv"
    with pytest.raises(AuditError):
        log.export_csv(AccessFilter(), "   ", out)
    assert not out.exists()
    n = log.export_csv(AccessFilter(staff=CLERK), "2026년 5월 정기 점검", out)
    assert n == 8
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["목적(사유)", "2026년 5월 정기 점검"] and rows[1] == ["내보낸 사람", ADMIN]
    header = rows[4]
    assert header[0] == "번호" and "정보주체(봉사자ID)" in header
    body = rows[5:]
    assert len(body) == 8 and {r[2] for r in body} == {CLERK}
    assert (out.stat().st_mode & 0o777) == 0o600
    with store.unit_of_work(read_only=True) as uow:
        last = uow.session.scalar(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1))
    assert (last.action, last.reason, last.staff) == ("download", "2026년 5월 정기 점검", ADMIN)
    assert last.detail.startswith("8건")
    assert verify_chain(store).ok


def test_a_failed_export_leaves_no_download_entry(log, store, tmp_path):
    with pytest.raises(OSError):
        log.export_csv(AccessFilter(), "점검", tmp_path / "missing-folder" / "x.csv")
    with store.unit_of_work(read_only=True) as uow:
        assert not uow.session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "download")).all()
