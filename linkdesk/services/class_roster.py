"""The teacher's class list (학급 명단) for a class visit: number and name only, never a 주민등록번호.

Staff load a CSV file or paste text (one student a line: ``번호,이름`` — a comma, a tab, a semicolon
or spaces between them; a header line such as ``번호,이름`` is skipped). Every line is checked and a
bad one is reported with its line number and the reason, in Korean:

* no number, or a number that is not 1–99;
* a number that appears twice;
* no name, or more than the two columns (a list holds number and name only);
* an RRN-shaped value (13 digits, with or without the hyphen) anywhere on the line.

An RRN anywhere **refuses the whole list** (:attr:`RosterCheck.refused`): nothing of it is kept and
the reason never repeats the number. Other bad lines leave the good ones usable; staff decide.
Qt-free and I/O-free: the caller reads the file (:func:`read_roster_file`) and keeps nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from linkdesk.domain.rrn import RRN_PATTERN
from linkdesk.errors import KnownError

MAX_NUMBER = 99
MAX_NAME = 40
MAX_BYTES = 256 * 1024  # a class list is a few hundred bytes; anything this big is the wrong file
HEADER_WORDS = {"번호", "이름", "성명", "no", "number", "name", "학생", "출석번호"}
_SPLIT = re.compile(r"\s*[,\t;]\s*")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class RosterRow:
    number: int
    name: str


@dataclass(frozen=True)
class RosterProblem:
    line: int  # 1-based line of the text
    code: str  # missing_number | bad_number | duplicate | missing_name | extra_columns | rrn
    ko: str  # the reason, worded for staff; never the offending RRN


@dataclass(frozen=True)
class RosterCheck:
    rows: tuple[RosterRow, ...]
    problems: tuple[RosterProblem, ...]

    @property
    def refused(self) -> bool:
        """An RRN-shaped value was found: the list may not be used at all."""
        return any(p.code == "rrn" for p in self.problems)

    @property
    def usable(self) -> tuple[RosterRow, ...]:
        return () if self.refused else self.rows


class RosterFileError(KnownError):
    """The class-list file cannot be read."""


def read_roster_file(path: str | Path) -> str:
    """The text of a CSV / text class list (UTF-8 with or without BOM, else CP949 as Excel saves it)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise RosterFileError(f"학급 명단 파일이 너무 큽니다({size:,}바이트). 번호와 이름만 있는 파일을 고르세요.",
                                  "The class-list file is too big; choose a file with number and name only.",
                                  code="roster_too_big")
        data = p.read_bytes()
    except OSError as exc:
        raise RosterFileError(f"학급 명단 파일을 읽을 수 없습니다: {p.name}", f"Cannot read the class-list file: {p.name}",
                              code="roster_unreadable") from exc
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterFileError("학급 명단 파일의 글자를 읽을 수 없습니다. UTF-8 또는 CP949(엑셀 CSV)로 저장하세요.",
                          "The class-list file's encoding is not UTF-8 or CP949.", code="roster_encoding")


def _columns(line: str) -> list[str]:
    if _SPLIT.search(line):
        return [c.strip().strip('"').strip() for c in _SPLIT.split(line.strip())]
    head, _, tail = line.strip().partition(" ")
    return [head.strip(), tail.strip()] if tail.strip() else [head.strip()]


def _is_header(columns: list[str]) -> bool:
    return bool(columns) and columns[0].lower().replace(" ", "") in HEADER_WORDS and not _DIGITS.search(columns[0])


def parse_roster(text: str) -> RosterCheck:
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    seen: dict[int, int] = {}
    first_content = True
    for index, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        if RRN_PATTERN.search(raw):
            problems.append(RosterProblem(index, "rrn", f"{index}행: 주민등록번호로 보이는 값이 있습니다. 명단에는 번호와 "
                                                        "이름만 넣으세요. 이 명단은 사용하지 않으며 저장하지 않습니다."))
            continue
        columns = [c for c in _columns(raw) if c != ""] or [""]
        if first_content and _is_header(columns):
            first_content = False
            continue
        first_content = False
        number_text, rest = columns[0], columns[1:]
        if not number_text.isdigit():
            if not _DIGITS.search(number_text) and not rest:  # a name alone
                problems.append(RosterProblem(index, "missing_number", f"{index}행: 번호가 없습니다."))
            else:
                problems.append(RosterProblem(index, "bad_number",
                                              f"{index}행: 번호는 1부터 {MAX_NUMBER}까지의 숫자여야 합니다."))
            continue
        number = int(number_text)
        if not 1 <= number <= MAX_NUMBER:
            problems.append(RosterProblem(index, "bad_number", f"{index}행: 번호는 1부터 {MAX_NUMBER}까지의 숫자여야 합니다."))
            continue
        if not rest:
            problems.append(RosterProblem(index, "missing_name", f"{index}행: 이름이 없습니다."))
            continue
        if len(rest) > 1:
            problems.append(RosterProblem(index, "extra_columns", f"{index}행: 번호와 이름만 넣으세요(다른 칸은 받지 않습니다)."))
            continue
        name = " ".join(rest[0].split())
        if len(name) > MAX_NAME or _DIGITS.search(name):
            problems.append(RosterProblem(index, "bad_name", f"{index}행: 이름이 올바르지 않습니다(숫자 없이 {MAX_NAME}자 이내)."))
            continue
        if number in seen:
            problems.append(RosterProblem(index, "duplicate", f"{index}행: 번호 {number}이(가) {seen[number]}행과 겹칩니다."))
            continue
        seen[number] = index
        rows.append(RosterRow(number, name))
    rows.sort(key=lambda r: r.number)
    return RosterCheck(tuple(rows), tuple(problems))
