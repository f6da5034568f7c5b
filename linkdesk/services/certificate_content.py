"""What a certificate (자원봉사 실적 확인서) says: purposes, the identity line, rows, totals, the snapshot.

Pure functions, no database and no Qt, so the printed text, the ledger's stored snapshot and the
signed bytes all come from one place. The snapshot (``content``) is exactly what is printed, plus
the volunteer id; :func:`canonical` turns it into the bytes that are hashed and signed.

Output rule (DOMAIN.md §8, 제12조): a certificate states its purpose and carries only what that
purpose needs. The birth date identifies the person; the masked 주민등록번호 ``YYMMDD-G******`` is
printed only for purposes that ask for it, and only its front 7 digits are ever typed in (the
number itself is never stored, so there is nothing else to take it from).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from linkdesk.domain.free_text import holds_rrn
from linkdesk.domain.hours import format_minutes_ko
from linkdesk.domain.rrn import RRN_PATTERN, RrnError, mask_rrn, parse_rrn, redact
from linkdesk.errors import KnownError

CONTENT_VERSION = 1
VALID_DAYS = 90  # 발급일로부터 90일간 진위확인 가능
CONFIRMATION = "위와 같이 자원봉사 활동에 참여하였음을 확인함"


@dataclass(frozen=True)
class Purpose:
    text: str
    needs_masked_number: bool  # the receiver asks for 주민등록번호 (masked) rather than the birth date


# Common purposes offered in a combo box; staff may also type their own (which never prints the
# masked number: a purpose that needs it must be one of these, so the rule stays reviewable).
PURPOSES = (
    Purpose("학교 제출용", False),
    Purpose("상급학교 진학용", False),
    Purpose("장학금 신청용", False),
    Purpose("개인 보관용", False),
    Purpose("취업 제출용", True),
    Purpose("공공기관 제출용", True),
)


class CertificateError(KnownError):
    """A certificate action staff can correct (missing purpose, no records, wrong number …)."""

    def __init__(self, code: str, ko: str, en: str) -> None:
        super().__init__(ko, en, code=f"certificate_{code}")


def needs_masked_number(purpose: str) -> bool:
    """True when ``purpose`` is a listed purpose whose receiver needs the masked 주민등록번호."""
    return any(p.needs_masked_number and p.text == purpose.strip() for p in PURPOSES)


def check_purpose(purpose: str | None, *, what: tuple[str, str, str] = ("purpose", "발급 용도", "purpose")) -> str:
    """The purpose (or, with ``what``, a reason) on one line: required, at most 200 characters,
    and never holding an RRN-shaped number (it is printed and written to the access log)."""
    code, ko, en = what  # ko ends in a vowel (용도, 사유): 를 / 는 fit
    text = " ".join((purpose or "").split())
    if not text:
        raise CertificateError(code, f"{ko}를 입력하세요.", f"Enter the {en}.")
    if len(text) > 200:
        raise CertificateError(f"{code}_long", f"{ko}는 200자 이내로 입력하세요.", f"Keep the {en} under 200 characters.")
    if holds_rrn(text):
        raise CertificateError(f"{code}_number", f"{ko}에 주민등록번호를 적지 마세요.",
                               f"Do not write a resident registration number into the {en}.")
    return text


def masked_number(front7: str, birth_date: dt.date | None) -> str:
    """``YYMMDD-G******`` from the 7 digits typed at the counter, checked against the cached birth date.

    Only the front 7 digits are asked for: with the six trailing digits hidden they are all a
    certificate may print, and the birth date they encode must be the volunteer's.
    """
    digits = "".join(ch for ch in (front7 or "") if ch.isdigit())
    if len(digits) != 7:
        raise CertificateError("masked_format", "주민등록번호 앞 7자리(YYMMDD-G)를 입력하세요.",
                               "Type the first 7 digits of the resident registration number (YYMMDD-G).")
    try:
        parsed = parse_rrn(digits + "000000")  # the six hidden digits play no part in any check
    except RrnError as exc:
        raise CertificateError("masked_invalid", exc.message.ko, exc.message.en) from None
    if birth_date is None:
        raise CertificateError("masked_no_birth", "이 봉사자의 생년월일을 알 수 없어 확인할 수 없습니다. 1365에서 새로고침하세요.",
                               "The volunteer's birth date is unknown, so the digits cannot be checked; refresh from 1365.")
    if parsed.birth_date != birth_date:
        raise CertificateError("masked_mismatch", "입력한 앞자리가 봉사자의 생년월일과 다릅니다.",
                               "The digits typed do not match the volunteer's birth date.")
    return mask_rrn(digits + "000000")


@dataclass(frozen=True)
class Row:
    """One activity line: 봉사일, 장소/수요처, 활동내용, 시간."""

    date: str
    organization: str
    activity: str
    time: str  # "09:00~12:30" or "" when the partner gave no times
    minutes: int

    def as_dict(self) -> dict:
        return {"date": self.date, "organization": self.organization, "activity": self.activity,
                "time": self.time, "minutes": self.minutes}


def activity_rows(records: Iterable) -> list[Row]:
    """Rows from cached records (objects with date, organization, activity, start, end, minutes,
    source, source_id, id), oldest first.

    1365 is the truth: it lists VMS and Red Cross records that reached it with their origin's id,
    so a record seen twice (the same source and source id) is printed once. Free text is passed
    through ``redact``: a partner's text never brings an RRN-shaped number onto paper.
    """
    seen: set[tuple[str, str]] = set()
    rows: list[Row] = []
    for r in sorted(records, key=lambda r: (r.date, r.seq, r.id)):
        key = (r.source, r.source_id or r.id)
        if key in seen:
            continue
        seen.add(key)
        time = f"{r.start}~{r.end}" if r.start and r.end else ""
        if time and r.end < r.start:  # across midnight (DOMAIN.md §5): the end is on the next day
            time += "(익일)"
        rows.append(Row(r.date.isoformat(), redact(r.organization or ""), redact(r.activity or ""), time, int(r.minutes)))
    return rows


def total_text(minutes: int) -> str:
    """``총 X시간 Y분`` (both parts always, as 1365 prints them)."""
    h, m = divmod(max(0, minutes), 60)
    return f"총 {h}시간 {m}분"


def count_text(count: int) -> str:
    return f"총 {count}회"


def row_minutes_text(minutes: int) -> str:
    return format_minutes_ko(minutes)


def build_content(*, number: str, volunteer_id: str, name: str, affiliation: str, identity_kind: str,
                  identity_text: str, period: tuple[dt.date, dt.date], rows: list[Row], purpose: str,
                  issued_on: dt.date, centre: dict[str, str], replaces: str | None = None) -> dict:
    """The snapshot stored in the ledger and signed: every printed field and nothing more."""
    return {
        "v": CONTENT_VERSION,
        "number": number,
        "volunteer_id": volunteer_id,
        "name": name,
        "affiliation": affiliation,
        "identity": {"kind": identity_kind, "text": identity_text},
        "period": {"from": period[0].isoformat(), "to": period[1].isoformat()},
        "rows": [r.as_dict() for r in rows],
        "count": len(rows),
        "total_minutes": sum(r.minutes for r in rows),
        "purpose": purpose,
        "issued_on": issued_on.isoformat(),
        "valid_until": (issued_on + dt.timedelta(days=VALID_DAYS)).isoformat(),
        "centre": dict(centre),
        "replaces": replaces,
    }


def canonical(content: dict) -> bytes:
    """The one byte form of a snapshot: sorted keys, no spaces, UTF-8 (JSONB reorders keys)."""
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if RRN_PATTERN.search(text):  # defence in depth: a full number must never reach the ledger
        raise ValueError("certificate content holds an RRN-shaped number")
    return text.encode("utf-8")
