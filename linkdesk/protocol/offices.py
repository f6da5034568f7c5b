"""The 17 시도교육청 and their NEIS codes (``ATPT_OFCDC_SC_CODE``, DOMAIN.md §13).

A school is identified by both codes, office + school. Scenario files and older caches that name only
the office get its code from this table. Old names (강원도교육청, 전라북도교육청) map to the same code.
"""

from __future__ import annotations

OFFICE_CODES: dict[str, str] = {
    "서울특별시교육청": "B10", "부산광역시교육청": "C10", "대구광역시교육청": "D10", "인천광역시교육청": "E10",
    "광주광역시교육청": "F10", "대전광역시교육청": "G10", "울산광역시교육청": "H10", "세종특별자치시교육청": "I10",
    "경기도교육청": "J10", "강원특별자치도교육청": "K10", "강원도교육청": "K10", "충청북도교육청": "M10",
    "충청남도교육청": "N10", "전북특별자치도교육청": "P10", "전라북도교육청": "P10", "전라남도교육청": "Q10",
    "경상북도교육청": "R10", "경상남도교육청": "S10", "제주특별자치도교육청": "T10",
}


def office_code_of(office: str) -> str:
    """The NEIS office code for an office name, or "" when the name is not one of the 17."""
    return OFFICE_CODES.get(" ".join(office.split()), "")


def school_key(office_code: str, school_code: str) -> str:
    """One string for the pair, e.g. ``B10-7010057`` (files, logs, CLI)."""
    return f"{office_code}-{school_code}"
