"""Export of the pending list to CSV or Excel, as 제12조 asks: a stated purpose, only the fields
needed, no personal numbers, and a 다운로드 entry in the access log.

* the caller passes the purpose (required) and a subset of :data:`EXPORT_COLUMNS`; nothing else is
  written, and the birth date only when its column is chosen;
* every text cell goes through :func:`linkdesk.domain.rrn.redact` (the store holds no 주민등록번호,
  but a number shaped like one typed into a free-text field must not leave the counter), and text
  that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) is quoted;
* CSV is UTF-8 with a byte-order mark, so Excel opens Korean text correctly; Excel files are
  written with ``openpyxl`` in write-only mode (rows streamed, memory flat for 100,000 rows) and
  carry a second sheet stating the purpose, the time, the staff account and the filters;
* the file is written under a temporary name and moved into place in the same unit of work as its
  access-log entry: there is an exported file exactly when the download was logged.
"""

from __future__ import annotations

import csv
import os
from contextlib import closing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from linkdesk.domain.free_text import check_free_text
from linkdesk.errors import KnownError
from linkdesk.files import place_file, private_temp_beside
from linkdesk.services import pending_query as Q
from linkdesk.services.audit import record_access
from linkdesk.services.cells import cell
from linkdesk.services.core import Core
from linkdesk.services.output_guard import OutputRefused, output_path
from linkdesk.services.pending import PARTNER_NAMES, PendingRow
from linkdesk.services.pending_query import PendingQuery

FORMATS = ("csv", "xlsx")
EXPORT_TARGET = "전송 대기 목록 내보내기"
STATUS_NAMES = {"waiting": "대기", "failed": "재시도 대기", "sending": "전송 중",
                "ambiguous": "확인 중", "refused": "거부됨"}


@dataclass(frozen=True)
class ExportColumn:
    key: str
    label: str  # the header in the file (Korean: the files are read by the centre)
    value: Callable[[PendingRow], Any]


def _school(r: PendingRow) -> str | None:
    return r.school_name or r.school_code


EXPORT_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("item_id", "번호", lambda r: r.item_id),
    ExportColumn("partner", "연계기관", lambda r: PARTNER_NAMES.get(r.partner, r.partner)),
    ExportColumn("status", "상태", lambda r: STATUS_NAMES.get(r.status, r.status)),
    ExportColumn("record_id", "실적번호", lambda r: r.record_id),
    ExportColumn("volunteer_id", "봉사자 ID", lambda r: r.volunteer_id),
    ExportColumn("volunteer_name", "성명", lambda r: r.volunteer_name),
    ExportColumn("birth_date", "생년월일", lambda r: r.birth_date),
    ExportColumn("school", "학교", _school),
    ExportColumn("grade", "학년", lambda r: r.grade),
    ExportColumn("class_no", "반", lambda r: r.class_no),
    ExportColumn("activity_date", "봉사일", lambda r: r.activity_date),
    ExportColumn("organization", "수요처", lambda r: r.organization),
    ExportColumn("activity", "활동내용", lambda r: r.activity),
    ExportColumn("minutes", "봉사시간(분)", lambda r: r.minutes),
    ExportColumn("attempts", "시도 횟수", lambda r: r.attempts),
    ExportColumn("queued_at", "등록일시", lambda r: r.queued_at),
    ExportColumn("next_attempt_at", "다음 시도", lambda r: r.next_attempt_at),
    ExportColumn("error_code", "오류 코드", lambda r: r.error_code),
    ExportColumn("error_message", "실패 사유", lambda r: r.error_message),
)
COLUMNS_BY_KEY = {c.key: c for c in EXPORT_COLUMNS}
# What a follow-up of stuck sends usually needs: no birth date, no school class.
DEFAULT_COLUMNS = ("partner", "status", "record_id", "volunteer_name", "activity_date", "organization",
                   "minutes", "error_message")


class ExportError(KnownError):
    """An export staff must complete first (purpose, columns, file type)."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: str
    rows: int
    columns: tuple[str, ...]


def _check(purpose: str, columns: Sequence[str], fmt: str) -> tuple[str, tuple[str, ...]]:
    purpose = (purpose or "").strip()
    if not purpose:
        raise ExportError("내보내는 목적을 입력하세요.", "Enter the purpose of the export.", code="purpose_required")
    check_free_text(purpose, "내보내는 목적", "purpose of the export")
    chosen = tuple(dict.fromkeys(columns))
    if not chosen:
        raise ExportError("내보낼 항목을 하나 이상 고르세요.", "Choose at least one column.", code="columns_required")
    unknown = [c for c in chosen if c not in COLUMNS_BY_KEY]
    if unknown:
        raise ValueError(f"not exportable columns: {unknown}")
    if fmt not in FORMATS:
        raise ExportError("CSV 또는 Excel(.xlsx) 파일만 만들 수 있습니다.", "Only CSV or Excel (.xlsx) files.",
                          code="format")
    return purpose, chosen


def _rows(core: Core, query: PendingQuery, columns: tuple[str, ...], batch: int) -> Iterator[list[Any]]:
    """The chosen columns of every row, streamed from one read transaction (a consistent list)."""
    getters = [COLUMNS_BY_KEY[c].value for c in columns]
    stmt = Q.rows_statement(query, 0, None).execution_options(yield_per=batch)
    with core.store.unit_of_work(read_only=True) as uow:
        for raw in uow.session.execute(stmt):
            row = PendingRow.of(raw)
            yield [cell(get(row)) for get in getters]


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for row in rows:
            out.writerow(row)
            n += 1
    return n


def _write_xlsx(path: Path, header: list[str], rows: Iterable[list[Any]],
                about: Callable[[int], list[tuple[str, Any]]]) -> int:
    """The rows on the first sheet; ``about(n)`` (purpose, time, …) on a second one."""
    from openpyxl import Workbook  # only needed here; keeps the import off the app's start-up

    book = Workbook(write_only=True)
    sheet = book.create_sheet("전송 대기 목록")
    sheet.append(header)
    n = 0
    for row in rows:
        sheet.append(row)
        n += 1
    info = book.create_sheet("내보내기 정보")
    for label, value in about(n):
        info.append([label, cell(value)])
    book.save(path)
    return n


def _about(core: Core, purpose: str, query: PendingQuery, now: datetime) -> Callable[[int], list[tuple[str, Any]]]:
    def about(count: int) -> list[tuple[str, Any]]:
        return [("목적", purpose), ("내보낸 일시", now), ("담당자", core.actor.staff),
                ("조건", query.filters.describe()), ("건수", count)]
    return about


def export_pending(core: Core, path: str | os.PathLike[str], *, purpose: str, columns: Sequence[str],
                   query: PendingQuery = PendingQuery(), fmt: str | None = None, batch: int = 2000) -> ExportReport:
    """Write the rows of ``query`` (all pages) with ``columns`` to ``path``, logged as a 다운로드.

    ``fmt`` defaults to the file's suffix (``.csv`` / ``.xlsx``).
    """
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    purpose, chosen = _check(purpose, columns, fmt)
    try:  # never onto LinkDesk's own files (data folder, database, logs, keys), nor into a missing folder
        target = output_path(core, target)
    except OutputRefused as exc:
        raise ExportError(exc.message_ko, exc.message_en, code=exc.code) from None
    header = [COLUMNS_BY_KEY[c].label for c in chosen]
    now = core.clock.now()
    tmp: Path | None = None
    placed = False
    try:
        try:
            tmp = private_temp_beside(target)  # owner-only from the first byte (linkdesk.files)
            with closing(_rows(core, query, chosen, batch)) as rows:  # its read transaction ends here
                if fmt == "csv":
                    n = _write_csv(tmp, header, rows)
                else:
                    n = _write_xlsx(tmp, header, rows, _about(core, purpose, query, now))
        except OSError as exc:  # no such folder, no permission, disk full: staff choose another file
            raise ExportError(f"파일을 저장할 수 없습니다({exc.strerror or type(exc).__name__}): {target}",
                              f"Cannot write the file ({exc.strerror or type(exc).__name__}): {target}",
                              code="write_failed") from exc
        with core.store.unit_of_work() as uow:
            record_access(uow, core.actor, "download", f"{EXPORT_TARGET} ({fmt}, {n}건)", at=now, reason=purpose,
                          detail=f"columns={','.join(chosen)}; filters={query.filters.describe()}; file={target.name}")
            place_file(tmp, target)
            placed = True
    except BaseException:
        if placed:
            target.unlink(missing_ok=True)
        raise
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return ExportReport(target, fmt, n, chosen)

