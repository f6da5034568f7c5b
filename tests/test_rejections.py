"""Rejection follow-up: the school's reason, the route, filters, and the handled mark."""

from __future__ import annotations

import datetime as dt

import pytest

from sqlalchemy import select

from linkdesk.services import rejections as R
from linkdesk.services.link_run import LinkRequest, run_link
from linkdesk.services.sync import sync_volunteer
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import scenarios as S


def _rejected(sandbox, core) -> None:
    run_link(core, LinkRequest("김민준", "7010057"), S.RRN_STUDENT)
    sandbox.advance(49 * 60)  # the school decides after approval_delay_hours
    core.sync_clock()
    sync_volunteer(core, "V-1001")


def test_routes_follow_the_reason():
    assert R.route_for("학교 봉사활동 계획에 없는 활동입니다.") == "school"
    assert R.route_for("봉사 일자와 시간이 1365 기록과 불일치") == "organisation"
    assert R.route_for("기타") == "both"
    assert R.reason_of("반려: 계획 외 활동") == "계획 외 활동" and R.reason_of(None) == "사유 없음"


def test_the_rejected_record_is_listed_filtered_and_handled(sandbox, core):
    _rejected(sandbox, core)
    found = R.list_rejections(core)
    assert [(r.record_id, r.name, r.school_name, r.route_code) for r in found] == [
        ("R-1001-02", "김민준", "보문중학교", "school")]
    assert found[0].reason == "학교 봉사활동 계획에 없는 활동입니다."
    today = found[0].rejected_on
    assert R.list_rejections(core, school="보문") and R.list_rejections(core, school="7010057")
    assert R.list_rejections(core, school="서울고") == []
    assert R.list_rejections(core, since=today + dt.timedelta(days=1)) == []
    assert R.list_rejections(core, reason="계획") and R.list_rejections(core, reason="시간") == []

    R.mark_handled(core, "R-1001-02", "담임 선생님께 안내함")
    assert R.list_rejections(core) == []
    handled = R.list_rejections(core, include_handled=True)[0]
    assert handled.note == "담임 선생님께 안내함" and handled.handled_by == core.actor.staff
    R.mark_handled(core, "R-1001-02", handled=False)
    assert len(R.list_rejections(core)) == 1
    with core.store.unit_of_work(read_only=True) as uow:
        targets = [e.target for e in uow.session.scalars(select(AccessLogEntry))]
    assert "반려 실적 목록" in targets and "반려 실적 처리 완료" in targets


def test_only_rejected_records_can_be_marked(core):
    with pytest.raises(R.RejectionError, match="Not a rejected record"):
        R.mark_handled(core, "R-1001-01")
