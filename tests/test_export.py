"""Export of the pending list (제12조): purpose required, only the chosen columns, no personal
numbers, formula-safe text, and a 다운로드 entry in the access log. Files are read back as Excel
would: CSV with its byte-order mark, .xlsx with openpyxl."""

from __future__ import annotations

import csv
import zipfile
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from linkdesk.services import export as X
from linkdesk.services.pending import PendingFilter, PendingQuery
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import scenarios as S
from tests.fixtures.pending_rows import T0, fill, offline_core

PURPOSE = "학교 담당자에게 미전송 실적 확인 요청"
NOTED = "메모 " + S.RRN_STUDENT  # an RRN typed into a free-text field by mistake
FORMULA = "=HYPERLINK(\"http://example.invalid\")"


@pytest.fixture
def ids(store) -> dict[str, int]:
    """The varied pending list of ``tests.fixtures.pending_rows`` in ``store``: outbox ids by name."""
    return fill(store)


@pytest.fixture
def offline(store, ids, tmp_path):
    """A real Core on ``store`` whose partners refuse every connection; clock 3 days after T0."""
    core = offline_core(store, tmp_path / "data", T0 + timedelta(days=3))  # exports go beside it, not inside
    yield core
    core.close()


@pytest.fixture
def noted(offline):
    """Two records whose free text holds an RRN-shaped number and a spreadsheet formula."""
    with offline.store.unit_of_work() as uow:
        r1 = uow.records.get("R-1-3")
        r1.activity = NOTED
        r2 = uow.records.get("R-1-4")
        r2.organization = FORMULA
    return offline


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8 (Korean stays Korean)
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def read_xlsx(path: Path) -> tuple[list[list], dict[str, object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        assert book.sheetnames == ["전송 대기 목록", "내보내기 정보"]
        rows = [list(r) for r in book["전송 대기 목록"].iter_rows(values_only=True)]
        about = {k: v for k, v in book["내보내기 정보"].iter_rows(values_only=True)}
    finally:
        book.close()
    return rows, about


def downloads(core) -> list[AccessLogEntry]:
    with core.store.unit_of_work(read_only=True) as uow:
        stmt = select(AccessLogEntry).where(AccessLogEntry.action == "download").order_by(AccessLogEntry.id)
        return list(uow.session.scalars(stmt))


def all_text(path: Path) -> str:
    """Every byte of the file as text (an .xlsx is a zip: its XML parts, unpacked)."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_text(encoding="utf-8-sig")


def test_csv_holds_only_the_chosen_columns_and_masks_numbers(noted, tmp_path):
    out = tmp_path / "대기목록.csv"
    cols = ["record_id", "volunteer_name", "organization", "activity"]
    report = X.export_pending(noted, out, purpose=PURPOSE, columns=cols)
    assert (report.format, report.rows, report.columns) == ("csv", 9, tuple(cols))
    rows = read_csv(out)
    assert rows[0] == ["실적번호", "성명", "수요처", "활동내용"]
    assert all(len(r) == 4 for r in rows) and len(rows) == 10
    by_record = {r[0]: r for r in rows[1:]}
    assert by_record["R-1-3"][3] == "메모 120315-3******"
    assert by_record["R-1-4"][2] == "'" + FORMULA  # shown as text, never run as a formula
    text = all_text(out)
    assert S.RRN_STUDENT not in text and S.RRN_STUDENT.replace("-", "") not in text
    assert "2011-03-04" not in text and "T000001" not in text  # birth date and school not chosen


def test_xlsx_reads_back_with_the_same_columns_and_states_its_purpose(noted, tmp_path):
    out = tmp_path / "pending.xlsx"
    cols = ["item_id", "status", "volunteer_name", "birth_date", "activity", "minutes", "error_message"]
    report = X.export_pending(noted, out, purpose=PURPOSE, columns=cols,
                              query=PendingQuery(PendingFilter(partners=("neis",)), sort="activity_date"))
    rows, about = read_xlsx(out)
    assert rows[0] == ["번호", "상태", "성명", "생년월일", "활동내용", "봉사시간(분)", "실패 사유"]
    assert len(rows) == 1 + report.rows == 1 + 7
    body = {r[0]: r for r in rows[1:]}
    assert all(isinstance(k, int) for k in body)  # numbers stay numbers in Excel
    row = next(r for r in rows[1:] if r[4] == "메모 120315-3******")
    assert row[2:4] == ["김민준", "2011-03-04"] and row[5] == 120 and row[1] == "대기"
    assert "거부됨" in {r[1] for r in rows[1:]}
    assert about["목적"] == PURPOSE and about["건수"] == 7 and about["담당자"] == noted.actor.staff
    assert S.RRN_STUDENT not in all_text(out)


def test_the_purpose_is_required_and_nothing_is_written_without_it(offline, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.csv"
    for purpose in ("", "   "):
        with pytest.raises(X.ExportError) as e:
            X.export_pending(offline, out, purpose=purpose, columns=["record_id"])
        assert e.value.code == "purpose_required"
    with pytest.raises(X.ExportError) as e:
        X.export_pending(offline, out, purpose=PURPOSE, columns=[])
    assert e.value.code == "columns_required"
    with pytest.raises(X.ExportError):
        X.export_pending(offline, folder / "x.pdf", purpose=PURPOSE, columns=["record_id"])
    with pytest.raises(ValueError):
        X.export_pending(offline, out, purpose=PURPOSE, columns=["rrn"])  # not an exportable column
    assert list(folder.iterdir()) == [] and downloads(offline) == []


def test_each_export_is_a_download_in_the_access_log_with_its_reason(offline, tmp_path):
    f = PendingFilter(statuses=("refused",))
    X.export_pending(offline, tmp_path / "a.csv", purpose=PURPOSE, columns=["record_id", "error_message"],
                     query=PendingQuery(f))
    (entry,) = downloads(offline)
    assert entry.reason == PURPOSE and entry.volunteer_id is None
    assert entry.target == "전송 대기 목록 내보내기 (csv, 1건)"
    assert "columns=record_id,error_message" in entry.detail and "status=refused" in entry.detail
    assert "file=a.csv" in entry.detail
    assert [r[0] for r in read_csv(tmp_path / "a.csv")[1:]] == ["R-1-1"]


def test_a_failed_write_leaves_no_file_and_no_log_entry(offline, tmp_path):
    missing = tmp_path / "no-such-folder" / "x.csv"
    with pytest.raises(X.ExportError) as e:  # a known error: staff choose another folder
        X.export_pending(offline, missing, purpose=PURPOSE, columns=["record_id"])
    assert e.value.code == "output_path" and "폴더가 없습니다" in e.value.message_ko  # checked before writing
    assert downloads(offline) == [] and not missing.parent.exists()


def test_every_declared_column_can_be_written(offline, tmp_path):
    out = tmp_path / "all.csv"
    X.export_pending(offline, out, purpose=PURPOSE, columns=[c.key for c in X.EXPORT_COLUMNS])
    rows = read_csv(out)
    assert rows[0] == [c.label for c in X.EXPORT_COLUMNS] and len(rows) == 10
