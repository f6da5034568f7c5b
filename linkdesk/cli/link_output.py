"""How a linking run is shown: the JSON document of ``linkdesk link --json`` and the Korean table.

The JSON shape is a contract for scripts (docs/cli.md); change it only by adding keys.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import Any, TextIO

from linkdesk.services.link_run import STATUSES, LinkReport, RecordOutcome

STATUS_KO = {"sent": "전송완료", "failed": "전송실패", "queued": "전송대기", "skipped": "제외", "already_sent": "이미전송"}


def report_json(report: LinkReport) -> dict[str, Any]:
    return {
        "student": {
            "verified": True,
            "volunteer_id": report.volunteer_id,
            "name": report.name,
            "school": {"code": report.school.code, "name": report.school.name},
            "grade": report.grade,
            "class": report.class_no,
        },
        "dry_run": report.dry_run,
        "stale": report.stale,
        "records": [record_json(r) for r in report.records],
        "summary": report.summary,
    }


CAP_CODES = ("daily_cap", "day_rule", "midnight")


def why(row) -> list:
    """Why the hours are what they are: the refusal, or for a record the daily cap cut, the cap
    and the rule of the day that set it (e.g. "2026-10-09 한글날(공휴일) — 최대 8시간")."""
    if row.reasons:
        return [*row.reasons, *(m for m in row.notes if m.code == "day_rule")]
    if any(m.code == "daily_cap" for m in row.notes):
        return [m for m in row.notes if m.code in CAP_CODES]
    return []


def record_json(outcome: RecordOutcome) -> dict[str, Any]:
    row = outcome.row
    return {
        "id": row.record_id,
        "source": row.source,
        "source_id": row.source_id,
        "date": row.day.isoformat(),
        "minutes": row.minutes,
        "recognized_hours": row.recognized_hours,
        "eligible": row.eligible,
        "reasons": [{"code": m.code, "message": m.ko} for m in why(row)],
        "notes": [{"code": m.code, "message": m.ko} for m in row.notes],
        "selected": outcome.selected,
        "status": outcome.status,
        "message": outcome.message,
    }


def print_report(report: LinkReport, out: TextIO | None = None) -> None:
    """The run as staff would read it: the student, one line per record, the totals."""
    out = out or sys.stdout
    grade = f" {report.grade}학년 {report.class_no}반" if report.grade is not None else ""
    out.write(f"학생: {report.name} ({report.volunteer_id}) · {report.school.name}({report.school.code}){grade}\n")
    if report.stale:
        out.write("※ 1365에 연결되지 않아 마지막으로 저장된 실적을 보여 줍니다.\n")
    if report.dry_run:
        out.write("※ 미리보기(--dry-run): 아무것도 전송하지 않았습니다. '선택'은 전송될 실적입니다.\n")
    for r in report.records:
        out.write(record_line(r) + "\n")
    summary = report.summary
    out.write("합계: " + " · ".join(f"{STATUS_KO[s]} {summary[s]}" for s in STATUSES) + "\n")
    if summary["queued"]:
        out.write("전송대기 실적은 연결이 돌아오면 'linkdesk outbox flush'로 전송됩니다.\n")


def cell(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Hangul syllable takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
    return text + " " * max(0, width - used)


def record_line(r: RecordOutcome) -> str:
    row = r.row
    mark = STATUS_KO[r.status]
    if r.status == "skipped" and row.eligible:
        mark = "선택" if r.selected else "미선택"  # a dry run's choice, or left out by --select
    line = (f"  {cell(mark, 8)} {row.record_id:<12} {row.day.isoformat()} {row.minutes:>4}분 "
            f"→ {row.recognized_hours}시간  {row.activity}")
    text = "; ".join(m.ko for m in why(row))
    if text and (r.status == "skipped" or row.eligible):
        line += f"  [{text}]"
    if r.message and r.status in ("failed", "queued"):
        line += f"  [{r.message}]"
    return line
