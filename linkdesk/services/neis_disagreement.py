"""When NEIS refuses a record LinkDesk's preflight let through, say so (DOMAIN.md §11).

LinkDesk queues only records its rules call eligible, with the hours they computed; so a
``record_ineligible`` or ``hours_differ`` answer to a NEIS submission means LinkDesk's rule and NEIS
differ. The record shows NEIS's own reason and that difference — never a silent failure.
"""

from __future__ import annotations

from linkdesk.partners import PartnerError

DISAGREEMENTS = ("record_ineligible", "hours_differ")


def disagreement_message(exc: PartnerError) -> str | None:
    """The text for the record's 연계결과 and the pending review, or None for other errors."""
    if exc.code not in DISAGREEMENTS:
        return None
    said = [str(m) for m in exc.details.get("messages", []) if isinstance(m, str)]
    if exc.code == "hours_differ" and isinstance(exc.details.get("expected"), int):
        said.append(f"나이스 인정 시간 {exc.details['expected']}시간")
    reason = f" 나이스 사유: {'; '.join(said)}." if said else ""
    return (f"{exc.message_ko()}{reason} LinkDesk의 사전 점검은 전송 가능으로 판단했습니다: LinkDesk의 규칙과 "
            "나이스의 판단이 다릅니다. 설정([rules])과 학교 학사일정을 확인하고, 계속되면 관리자에게 알리세요.")
