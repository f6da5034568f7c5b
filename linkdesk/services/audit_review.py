"""Reading the access log: filters, the monthly review (제8조) and the CSV export.

Only a centre administrator reads the log. Looking at it is itself recorded (조회 "접속기록 조회"),
and an export is a download: it needs its reason, which is written both into the log entry and at
the top of the file (제12조: every export states its purpose). The export holds only the log's own
fields -- no name, no birth date, never a 주민등록번호 (``record_access`` redacts free text anyway).

Periods are calendar dates in Korean time; ``period_bounds`` turns them into UTC-aware bounds.
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select

from linkdesk.clock import KST
from linkdesk.domain.free_text import check_free_text
from linkdesk.errors import KnownError
from linkdesk.files import place_file, private_temp_beside
from linkdesk.services.audit import ACTION_LABELS, Actor, head, record_access
from linkdesk.services.cells import text_cell
from linkdesk.services.staff import Accounts
from linkdesk.store.models_security import ACCESS_ACTIONS, AccessLogEntry, AccessReview

PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
LOG_VIEW_TARGET = "접속기록 조회"
EXPORT_COLUMNS = ("번호", "일시", "담당자", "접속지(호스트)", "접속지(주소)", "정보주체(봉사자ID)", "수행업무", "대상", "사유", "상세")


class AuditError(KnownError):
    """A review or export request that cannot be done as asked."""


@dataclass(frozen=True)
class AccessFilter:
    staff: str | None = None
    volunteer_id: str | None = None
    action: str | None = None
    start: datetime | None = None  # inclusive
    end: datetime | None = None  # exclusive

    def apply(self, q: Select) -> Select:
        if self.action is not None and self.action not in ACCESS_ACTIONS:
            raise AuditError(f"알 수 없는 수행업무입니다: {self.action}", f"Unknown action: {self.action}", code="bad_action")
        if self.staff:
            q = q.where(AccessLogEntry.staff == self.staff.strip().lower())
        if self.volunteer_id:
            q = q.where(AccessLogEntry.volunteer_id == self.volunteer_id.strip())
        if self.action:
            q = q.where(AccessLogEntry.action == self.action)
        if self.start is not None:
            q = q.where(AccessLogEntry.at >= self.start)
        if self.end is not None:
            q = q.where(AccessLogEntry.at < self.end)
        return q


@dataclass(frozen=True)
class AccessRow:
    id: int
    at: datetime
    staff: str
    host: str
    addr: str
    volunteer_id: str | None
    action: str
    target: str
    reason: str | None
    detail: str | None

    @property
    def action_ko(self) -> str:
        return ACTION_LABELS[self.action]


@dataclass(frozen=True)
class Review:
    period: str
    reviewed_by: str
    reviewed_at: datetime
    note: str
    through_id: int | None


@dataclass(frozen=True)
class PeriodSummary:
    period: str
    total: int
    by_action: dict[str, int]
    by_staff: dict[str, int]
    downloads: int
    review: Review | None


def period_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """``first``..``last`` (both days included, Korean time) as ``[start, end)`` datetimes."""
    start = datetime.combine(first, time(), KST) if first else None
    end = datetime.combine(last + timedelta(days=1), time(), KST) if last else None
    return start, end


def month_bounds(period: str) -> tuple[datetime, datetime]:
    m = PERIOD.match(period or "")
    if not m:
        raise AuditError("기간은 YYYY-MM 형식으로 입력하세요 (예: 2026-05).", "Give the period as YYYY-MM.", code="bad_period")
    year, month = int(m.group(1)), int(m.group(2))
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return datetime(year, month, 1, tzinfo=KST), datetime.combine(nxt, time(), KST)


def _row(e: AccessLogEntry) -> AccessRow:
    return AccessRow(e.id, e.at, e.staff, e.counter_host, e.counter_addr, e.volunteer_id, e.action, e.target,
                     e.reason, e.detail)


def _review(r: AccessReview) -> Review:
    return Review(r.period, r.reviewed_by, r.reviewed_at, r.note, r.through_id)


class AccessLog:
    """The administrator's view of the access log. ``actor`` is the signed-in administrator."""

    def __init__(self, store, accounts: Accounts, actor: Actor) -> None:
        self.store, self.accounts, self.actor = store, accounts, actor
        self.clock = accounts.clock

    def search(self, flt: AccessFilter, limit: int = 1000) -> list[AccessRow]:
        """Newest first; the look itself is logged (조회) in the same unit of work."""
        with self.store.unit_of_work() as uow:
            self.accounts.require_admin(uow, self.actor.staff)
            q = flt.apply(select(AccessLogEntry)).order_by(AccessLogEntry.id.desc()).limit(limit)
            rows = [_row(e) for e in uow.session.scalars(q)]
            record_access(uow, self.actor, "view", LOG_VIEW_TARGET, at=self.clock.now(),
                          volunteer_id=flt.volunteer_id or None, detail=self._describe(flt))
            return rows

    def summary(self, period: str) -> PeriodSummary:
        start, end = month_bounds(period)
        with self.store.unit_of_work(read_only=True) as uow:
            self.accounts.require_admin(uow, self.actor.staff)
            base = select(AccessLogEntry.action, AccessLogEntry.staff, func.count()).where(
                AccessLogEntry.at >= start, AccessLogEntry.at < end).group_by(AccessLogEntry.action, AccessLogEntry.staff)
            by_action: Counter[str] = Counter()
            by_staff: Counter[str] = Counter()
            for action, staff, n in uow.session.execute(base):
                by_action[action] += n
                by_staff[staff] += n
            review = uow.session.scalar(select(AccessReview).where(AccessReview.period == period))
            return PeriodSummary(period, sum(by_action.values()), dict(by_action), dict(by_staff),
                                 by_action.get("download", 0), _review(review) if review else None)

    def mark_reviewed(self, period: str, note: str) -> Review:
        """The monthly review is done: who, when, a note, and the newest entry at this moment."""
        start, _end = month_bounds(period)
        now = self.clock.now()
        if start > now:
            raise AuditError("아직 시작하지 않은 달은 점검할 수 없습니다.", "That month has not begun yet.", code="future_period")
        if not note.strip():
            raise AuditError("점검 결과를 메모로 남겨 주세요.", "Write a note on the review.", code="note_required")
        check_free_text(note, "점검 메모", "review note")
        with self.store.unit_of_work() as uow:
            admin = self.accounts.require_admin(uow, self.actor.staff)
            if uow.session.scalar(select(AccessReview).where(AccessReview.period == period)) is not None:
                raise AuditError(f"{period} 점검은 이미 완료되었습니다.", f"The review of {period} is done already.",
                                 code="already_reviewed")
            last = head(uow.session)
            row = AccessReview(period=period, reviewed_by=admin.username, reviewed_at=now, note=note.strip(),
                               through_id=last.id if last else None, through_hash=last.hash if last else None)
            uow.session.add(row)
            uow.session.flush()
            return _review(row)

    def reviews(self) -> list[Review]:
        with self.store.unit_of_work(read_only=True) as uow:
            return [_review(r) for r in uow.session.scalars(select(AccessReview).order_by(AccessReview.period.desc()))]

    def export_csv(self, flt: AccessFilter, reason: str, path: str | os.PathLike) -> int:
        """Write the filtered log to ``path`` (CSV, UTF-8 with BOM for Excel); returns the row count.

        The download entry and the file are made together: if the file cannot be written, the
        entry is rolled back.
        """
        if not reason or not reason.strip():
            raise AuditError("내려받는 사유를 입력하세요.", "Enter the reason for the download.", code="reason_required")
        check_free_text(reason, "내려받는 사유", "reason for the download")
        now = self.clock.now()
        with self.store.unit_of_work() as uow:
            self.accounts.require_admin(uow, self.actor.staff)
            q = flt.apply(select(AccessLogEntry)).order_by(AccessLogEntry.id)
            rows = [_row(e) for e in uow.session.scalars(q)]
            entry = record_access(uow, self.actor, "download", "접속기록 내보내기 (CSV)", at=now, reason=reason.strip(),
                                  volunteer_id=flt.volunteer_id or None, detail=f"{len(rows)}건; {self._describe(flt)}")
            tmp = private_temp_beside(path)  # owner-only, renamed into place (linkdesk.files)
            try:
                _write_csv(tmp, rows, entry.reason or "", self.actor.staff, now)
                place_file(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
            return len(rows)

    @staticmethod
    def _describe(flt: AccessFilter) -> str:
        parts = [f"{k}={v.isoformat() if isinstance(v, datetime) else v}"
                 for k, v in vars(flt).items() if v not in (None, "")]
        return ", ".join(parts) or "전체"


def _write_csv(path: Path, rows: list[AccessRow], reason: str, by: str, at: datetime) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["목적(사유)", text_cell(reason)])
        w.writerow(["내보낸 사람", text_cell(by)])
        w.writerow(["내보낸 시각", at.astimezone(KST).isoformat(timespec="seconds")])
        w.writerow([])
        w.writerow(EXPORT_COLUMNS)
        for r in rows:  # every text cell formula-safe: a staff name or target could start with "="
            w.writerow([r.id, r.at.astimezone(KST).isoformat(timespec="seconds"), *map(text_cell, (
                r.staff, r.host, r.addr, r.volunteer_id, r.action_ko, r.target, r.reason, r.detail))])
