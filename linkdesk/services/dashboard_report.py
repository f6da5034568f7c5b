"""The month's report (실적 보고): the dashboard's figures as a CSV file and as a printable page.

Output rules (개인정보의 안전성 확보조치 기준 제12조, DOMAIN.md §8): every report states its purpose,
holds only aggregates (no name, no volunteer id, never an RRN), and is recorded in the access log —
a CSV as a 다운로드 with its reason, a PDF or paper copy as a 출력. Files go through
:mod:`linkdesk.files`: never into the data folder, owner-only, written whole or not at all.

The page itself is HTML (Qt-free, :func:`report_html`); :mod:`linkdesk.gui.dashboard.report_pdf`
lays it out on A4 with the bundled Korean font, for the window and for ``linkdesk report``.
"""

from __future__ import annotations

import csv
import html
import io
import os
from dataclasses import dataclass
from pathlib import Path

from linkdesk.clock import KST
from linkdesk.domain.hours import format_minutes_ko
from linkdesk.errors import KnownError
from linkdesk.files import OutputPathError, atomic_write_bytes, check_output_path
from linkdesk.services.dashboard import PARTNER_LABELS, Dashboard
from linkdesk.services.cells import cell

REPORT_TITLE = "자원봉사 실적 연계 보고"
REPORT_TARGET = "실적 보고"
STATUS_LABELS = {"waiting": "전송 대기", "failed": "전송 실패", "ambiguous": "결과 확인 필요"}


class ReportError(KnownError):
    """A report staff must complete first (purpose) or could not be written."""


@dataclass(frozen=True)
class ReportFile:
    path: Path
    format: str
    rows: int


def check_purpose(purpose: str) -> str:
    purpose = (purpose or "").strip()
    if not purpose:
        raise ReportError("보고서의 목적을 입력하세요.", "Enter the purpose of the report.", code="purpose_required")
    from linkdesk.domain.rrn import redact

    if redact(purpose) != purpose:
        raise ReportError("목적에 주민등록번호를 적을 수 없습니다.", "The purpose may not contain an RRN.", code="rrn_in_text")
    return purpose


def rows(board: Dashboard) -> list[list]:
    """The report as rows: one section after another, each with its own header line."""
    out: list[list] = [["구분", "항목", "건수", "봉사시간", "학생부 인정시간"]]
    for t in board.totals:
        out.append(["연계 실적", t.label, t.records, format_minutes_ko(t.minutes), t.hours if t.partner == "neis" else ""])
    out.append(["연계 실적", "합계", board.total_records, format_minutes_ko(board.total_minutes), board.total_hours])
    out.append(["학생 수", "실적이 연계된 봉사자", board.students, "", ""])
    for key in ("waiting", "failed", "ambiguous"):
        out.append(["전송 현황(보고 시점)", STATUS_LABELS[key], getattr(board, key), "", ""])
    for r in board.failures:
        out.append(["실패 사유", f"{PARTNER_LABELS.get(r.partner, r.partner)} · {r.message or r.code}", r.count, "", ""])
    out.append(["반려", "학교 반려", board.rejected, "", ""])
    for r in board.rejections:
        out.append(["반려 사유", r.message or "(사유 없음)", r.count, "", ""])
    out.append(["확인서", "발급", board.certificates_issued, "", ""])
    out.append(["확인서", "그중 폐기", board.certificates_void, "", ""])
    for partner, n in sorted(board.consents_expiring.items()):
        out.append(["동의 만료 예정(30일 이내)", PARTNER_LABELS.get(partner, partner), n, "", ""])
    out.append(["일별 연계", "날짜 · 연계처", "건수", "봉사시간", "학생부 인정시간"])
    for b in board.buckets:
        out.append(["일별 연계", f"{b.bucket.isoformat()} · {b.label}", b.records, format_minutes_ko(b.minutes),
                    b.hours if b.partner == "neis" else ""])
    return out


def about(board: Dashboard, *, centre: str, staff: str, purpose: str) -> list[tuple[str, str]]:
    made = board.as_of.astimezone(KST).strftime("%Y-%m-%d %H:%M")
    return [("보고서", REPORT_TITLE), ("기관", centre), ("기간", board.period.label()), ("목적", purpose),
            ("작성 일시", made), ("작성자", staff),
            ("개인정보", "집계 수치만 담았습니다(성명·생년월일·주민등록번호 없음).")]


def guard_output(core, path: str | os.PathLike[str]) -> Path:
    try:
        return check_output_path(path, [core.data_dir])
    except OutputPathError as exc:
        raise ReportError(str(exc), code="output_path") from exc


def write_csv(core, board: Dashboard, path: str | os.PathLike[str], *, purpose: str) -> ReportFile:
    """The report as CSV (UTF-8 with BOM, opens in Excel), logged as a 다운로드 with its purpose."""
    from linkdesk.services.audit import record_access

    purpose = check_purpose(purpose)
    target = guard_output(core, path)
    buf = io.StringIO()
    out = csv.writer(buf)
    for label, value in about(board, centre=core.config.centre.name, staff=core.actor.staff, purpose=purpose):
        out.writerow([cell(label), cell(value)])
    out.writerow([])
    body = rows(board)
    for row in body:
        out.writerow([cell(v) for v in row])
    with core.store.unit_of_work() as uow:
        record_access(uow, core.actor, "download", f"{REPORT_TARGET} (csv, {board.period.label()})",
                      at=core.clock.now(), reason=purpose, detail=f"file={target.name}")
        try:
            atomic_write_bytes(target, buf.getvalue().encode("utf-8-sig"))
        except OSError as exc:  # the log entry rolls back with it: nothing was written
            raise ReportError(f"파일을 저장할 수 없습니다({exc.strerror or type(exc).__name__}): {target}",
                              code="write_failed") from exc
    return ReportFile(target, "csv", len(body) - 1)


def record_print(core, board: Dashboard, *, purpose: str, what: str) -> None:
    """A PDF or paper copy of the report is a 출력 with its purpose (call before handing it out)."""
    from linkdesk.services.audit import record_access

    with core.store.unit_of_work() as uow:
        record_access(uow, core.actor, "print", f"{REPORT_TARGET} ({what}, {board.period.label()})",
                      at=core.clock.now(), reason=check_purpose(purpose))


def report_html(board: Dashboard, *, centre: str, staff: str, purpose: str) -> str:
    """The report page as simple HTML (tables only, so Qt's rich text lays it out the same everywhere)."""
    e = html.escape
    head = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(str(v))}</td></tr>"
                   for k, v in about(board, centre=centre, staff=staff, purpose=purpose))
    body_rows = rows(board)
    header, lines = body_rows[0], body_rows[1:]
    cells = "".join("<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in r) + "</tr>" for r in lines)
    return (
        "<html><body style='font-family: NanumGothic; font-size: 9pt'>"
        f"<h2 align='center'>{e(REPORT_TITLE)}</h2>"
        f"<table cellspacing='0' cellpadding='3' border='0'>{head}</table><br/>"
        "<table width='100%' cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse'>"
        "<tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"
        f"{cells}</table>"
        "<p style='font-size: 8pt'>이 보고서는 LinkDesk 현황에서 만든 집계이며, 목적 외 사용을 금합니다.</p>"
        "</body></html>"
    )
