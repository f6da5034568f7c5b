"""대한적십자사 1365 연계 동의: the text the member reads, and who confirmed it (Qt-free).

Staff do not consent for a member: the member reads the consent text (purpose, recipients, period)
and confirms it, or — under 14 (만 14세 미만, 개인정보 보호법 제22조의2) — a legal guardian does, with
the relationship recorded and the guardian's ID checked by staff, as for the 1365 consent
(DOMAIN.md §3, §4). :func:`check_confirmation` refuses anything less before a request is queued;
what is kept (the access log's detail and the consent cache) says who confirmed and which text
version was shown (:data:`TEXT_VERSION` and a digest of the exact words), so a later change of the
text does not blur what this member saw.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from linkdesk.domain.rrn import RRN_PATTERN
from linkdesk.errors import KnownError

TEXT_VERSION = "rc-1365-2026-1"
PURPOSE = "대한적십자사 봉사활동 실적을 1365 자원봉사포털로 연계 (자원봉사 실적 관리·확인서 발급)"
RECIPIENTS = "행정안전부 (1365 자원봉사포털), 대한적십자사"
ITEMS = "성명, 생년월일, 적십자 회원번호, 봉사활동 실적 (봉사일, 시간, 활동내용, 수요처)"
PERIOD = "동의일로부터 2년 (2년마다 재동의), 동의를 철회하거나 회원 탈퇴 시까지"
REFUSAL = "동의하지 않을 수 있으며, 이 경우 적십자 봉사 실적이 1365로 자동 연계되지 않습니다."
RELATIONSHIPS = ("부", "모", "기타 법정대리인")


def consent_text() -> list[tuple[str, str]]:
    """The consent text as (heading, words) lines, as shown to the member and in the CLI."""
    return [("목적", PURPOSE), ("제공받는 자", RECIPIENTS), ("제공 항목", ITEMS), ("보유·이용 기간", PERIOD),
            ("동의 거부", REFUSAL)]


def text_digest() -> str:
    words = "\n".join(f"{k}: {v}" for k, v in consent_text())
    return hashlib.sha256(f"{TEXT_VERSION}\n{words}".encode()).hexdigest()[:12]


class ConsentConfirmationError(KnownError):
    """The consent cannot be recorded as it was confirmed (missing guardian, ID not checked …)."""


@dataclass(frozen=True)
class ConsentConfirmation:
    """Who confirmed the consent after reading the text: the member, or their legal guardian."""

    by: str  # "member" | "guardian"
    text_shown: bool = True  # the text above was shown to the person confirming
    guardian_name: str = ""
    relationship: str = ""
    guardian_id_checked: bool = False

    @classmethod
    def member(cls) -> ConsentConfirmation:
        return cls("member")

    def detail(self) -> str:
        """What the access log keeps: who confirmed, and which text they read."""
        who = "본인 확인" if self.by == "member" else \
            f"법정대리인 확인 ({self.guardian_name}, {self.relationship}, 신분증 확인)"
        return f"{who} · 동의문 {TEXT_VERSION} ({text_digest()})"


def _under_14(birth_date: dt.date | None, today: dt.date) -> bool:
    if birth_date is None:
        return False
    age = today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))
    return age < 14


def check_confirmation(c: ConsentConfirmation | None, birth_date: dt.date | None,
                       today: dt.date) -> ConsentConfirmation:
    """The confirmation, cleaned, or a Korean error saying what is missing."""
    if c is None or not c.text_shown or c.by not in ("member", "guardian"):
        raise ConsentConfirmationError(
            "동의문(목적·제공받는 자·기간)을 보여 주고 본인 또는 법정대리인의 확인을 받으세요.",
            "Show the consent text and record who confirmed it.", code="consent_confirmation")
    if c.by == "member":
        if _under_14(birth_date, today):
            raise ConsentConfirmationError(
                "만 14세 미만은 법정대리인의 동의가 필요합니다. 법정대리인 성명·관계를 입력하고 신분증을 확인하세요.",
                "Under 14: the legal guardian consents (name, relationship, ID checked).", code="guardian_required")
        return c
    name = " ".join(c.guardian_name.split())
    if not name or len(name) > 50 or RRN_PATTERN.search(name) or c.relationship not in RELATIONSHIPS \
            or not c.guardian_id_checked:
        raise ConsentConfirmationError(
            "법정대리인의 성명과 관계를 입력하고 신분증을 확인했는지 표시하세요.",
            "Enter the guardian's name and relationship and confirm their ID was checked.", code="guardian_required")
    return ConsentConfirmation("guardian", True, name, c.relationship, True)
