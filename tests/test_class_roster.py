"""The teacher's class list: number and name only; bad rows reported row by row; an RRN refuses it all."""

from __future__ import annotations

import pytest

from linkdesk.sandbox.default_showcase import made_up_rrn
from linkdesk.services.class_roster import RosterFileError, parse_roster, read_roster_file


def test_csv_with_header_tabs_and_spaces():
    check = parse_roster("번호,이름\n2,이서준\n1\t김민서\n3 박하은\n\n")
    assert [(r.number, r.name) for r in check.rows] == [(1, "김민서"), (2, "이서준"), (3, "박하은")]
    assert check.problems == () and not check.refused


def test_bad_rows_are_reported_with_line_and_reason():
    text = "1,김민서\n김이름\n1,다른학생\n4\n5,박하은,010-1234-5678\n0,정지우\n"
    check = parse_roster(text)
    assert [(r.number, r.name) for r in check.usable] == [(1, "김민서")]
    got = [(p.line, p.code) for p in check.problems]
    assert got == [(2, "missing_number"), (3, "duplicate"), (4, "missing_name"), (5, "extra_columns"),
                   (6, "bad_number")]
    assert "1행과 겹칩니다" in check.problems[1].ko
    assert not check.refused


@pytest.mark.parametrize("joiner", ["-", "", " "])
def test_an_rrn_anywhere_refuses_the_whole_list_and_is_never_echoed(joiner):
    rrn = made_up_rrn("110315", "3", "12345")
    front, back = rrn.split("-")
    check = parse_roster(f"1,김민서\n2,이서준,{front}{joiner}{back}\n")
    assert check.refused and check.usable == ()
    assert [(p.line, p.code) for p in check.problems] == [(2, "rrn")]
    assert front not in check.problems[0].ko and back not in check.problems[0].ko


def test_file_in_cp949_as_excel_saves_it(tmp_path):
    path = tmp_path / "명단.csv"
    path.write_bytes("번호,이름\n1,김민서\n".encode("cp949"))
    assert parse_roster(read_roster_file(path)).rows[0].name == "김민서"


def test_unreadable_file_is_a_korean_message(tmp_path):
    with pytest.raises(RosterFileError) as err:
        read_roster_file(tmp_path / "없음.csv")
    assert "읽을 수 없습니다" in err.value.message_ko
