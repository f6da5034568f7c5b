"""One error model for every partner: machine-readable codes and what staff should do next.

The gateway answers an error as ``{"error": {"code": ..., "message": ..., "retry_at": ...,
"details": {...}}}`` with the HTTP status listed here. The client maps the code back to
:data:`ERRORS`, so staff always read the Korean text below, whatever the partner wrote.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    status: int
    ko: str  # what happened and what to do next
    en: str
    temporary: bool = False  # trying again later may succeed (the outbox keeps it queued)


_ALL = [
    ErrorInfo("invalid_request", 400, "요청 형식이 올바르지 않습니다. 입력값을 확인하세요.", "The request is not valid; check the input."),
    ErrorInfo("unauthorized", 401, "센터 인증키가 올바르지 않습니다. 관리자에게 연계 설정(API 키)을 확인해 달라고 요청하세요.", "The centre's API key was refused; ask the administrator to check the partner settings."),
    ErrorInfo("captcha_wrong", 400, "보안문자가 일치하지 않습니다. 새 보안문자를 공백 없이 다시 입력하세요.", "The security text does not match; type the new one without spaces."),
    ErrorInfo("captcha_expired", 400, "보안문자 입력 시간이 지났습니다. 새로고침 후 다시 입력하세요.", "The security text expired; refresh it and type it again."),
    ErrorInfo("identity_mismatch", 400, "실명인증에 실패했습니다. 성명과 주민등록번호가 일치하지 않습니다. 신분증으로 다시 확인하세요.", "Identity check failed: the name and number do not match. Check them against the ID card."),
    ErrorInfo("not_member", 404, "1365 자원봉사포털 회원이 아닙니다. 먼저 1365 회원가입이 필요합니다.", "Not a 1365 member; the person must join 1365 first."),
    ErrorInfo("token_expired", 401, "본인 확인 시간이 지났습니다. 실명인증을 다시 진행하세요.", "The identity check expired; verify the person again."),
    ErrorInfo("consent_required", 409, "실적연계를 위한 정보제공 동의가 필요합니다. 동의 절차를 먼저 진행하세요.", "Consent to share records is required; record the consent first."),
    ErrorInfo("guardian_required", 409, "만 14세 미만은 법정대리인의 동의가 필요합니다. 법정대리인 정보를 입력하세요.", "Under 14: the legal guardian must consent; enter the guardian's details."),
    ErrorInfo("school_not_found", 404, "학교를 찾을 수 없습니다. 학교를 다시 검색하세요.", "School not found; search again."),
    ErrorInfo("student_mismatch", 409, "학생정보 확인 실패: 학교정보가 일치하지 않습니다. 소속학교를 다시 선택하거나 학교에 재학 정보를 확인하세요. 실적을 전송할 수 없습니다.", "Student check failed: the school information does not match. Choose the school again or ask the school; no record can be sent."),
    ErrorInfo("record_not_found", 404, "실적을 찾을 수 없습니다. 새로고침 후 다시 시도하세요.", "Record not found; refresh and try again."),
    ErrorInfo("record_ineligible", 409, "나이스 연계 대상이 아닌 실적입니다. 사유를 확인하세요.", "The record cannot be sent to NEIS; see the reason."),
    ErrorInfo("hours_differ", 409, "나이스가 인정하는 시간이 LinkDesk의 계산과 다릅니다. LinkDesk의 규칙과 나이스의 판단이 다르므로 관리자에게 알리세요.", "NEIS recognises different hours than LinkDesk computed: LinkDesk's rule and NEIS differ; tell the administrator."),
    ErrorInfo("already_sent", 409, "이미 전송된 실적입니다. 다시 전송하지 않습니다.", "Already sent; it is not sent again."),
    ErrorInfo("idempotency_conflict", 409, "같은 전송 번호로 다른 내용이 전송되었습니다. 관리자에게 문의하세요.", "The same idempotency key was used for different content; contact the administrator."),
    ErrorInfo("rate_limited", 429, "봉사실적 전송은 정해진 간격에 한 번만 가능합니다. 안내된 시각 이후에 다시 전송하세요.", "Sending is allowed once per interval; try again after the time shown.", temporary=True),
    ErrorInfo("member_not_found", 404, "회원 정보를 찾을 수 없습니다. 아이디 또는 성명과 생년월일을 확인하세요.", "Member not found; check the id or the name and birth date."),
    ErrorInfo("redcross_two_affiliations", 409, "소속이 2개로 확인됩니다. 적십자사 홈페이지 문의 게시판이나 구호복지팀에 소속 정리를 요청하세요.", "The member has two affiliations; ask the Red Cross (inquiry board or relief welfare team) to merge them."),
    ErrorInfo("redcross_info_mismatch", 409, "적십자사 회원정보가 일치하지 않습니다. 생년월일(주민등록등본 기준)을 확인하고, 문의 게시판 또는 구호복지팀에 정보 확인을 요청하세요.", "The Red Cross member details do not match; check the birth date and ask the Red Cross to verify."),
    ErrorInfo("redcross_not_linked", 409, "기존 내역 연결을 위한 정보 확인이 필요합니다. 문의하기(비공개) 게시판 또는 구호복지팀을 통해 정보 확인을 요청하세요.", "The existing activity is not linked yet; ask the Red Cross via the private inquiry board or the relief welfare team."),
    ErrorInfo("not_found", 404, "요청한 정보를 찾을 수 없습니다.", "Not found."),
    ErrorInfo("partner_unavailable", 503, "연계기관 시스템이 응답하지 않습니다. 잠시 후 다시 시도하세요. 전송할 실적은 대기열에 보관됩니다.", "The partner system is unavailable; try again later. Records to send stay queued.", temporary=True),
    ErrorInfo("internal_error", 500, "연계기관 시스템 오류입니다. 잠시 후 다시 시도하세요.", "The partner system had an error; try again later.", temporary=True),
    # Raised by the client itself, never sent by a gateway:
    ErrorInfo("timeout", 0, "연계기관의 응답 시간이 초과되었습니다. 잠시 후 다시 시도하세요.", "The partner did not answer in time; try again later.", temporary=True),
    ErrorInfo("connection_failed", 0, "연계기관에 연결할 수 없습니다. 네트워크 연결을 확인하세요. 전송할 실적은 대기열에 보관됩니다.", "Cannot reach the partner; check the network. Records to send stay queued.", temporary=True),
    ErrorInfo("malformed_response", 0, "연계기관의 응답 형식이 올바르지 않습니다. 잠시 후 다시 시도하고, 계속되면 관리자에게 알리세요.", "The partner's answer was malformed; try again later and tell the administrator if it persists.", temporary=True),
    ErrorInfo("partner_protocol", 0, "연계기관의 응답이 허용 범위를 벗어났거나 요청한 대상과 다릅니다. 응답을 사용하지 않았습니다. 잠시 후 다시 시도하고, 계속되면 관리자에게 알리세요.", "The partner's answer broke the protocol's limits or was about someone or something else; it was not used. Try again later; tell the administrator if it persists.", temporary=True),
    ErrorInfo("ambiguous", 0, "전송 결과를 확인하지 못했습니다. 연계기관에 전송 여부를 확인한 뒤 처리합니다(중복 전송하지 않음).", "The outcome is unknown; it is checked with the partner before anything is sent again.", temporary=True),
]

ERRORS: dict[str, ErrorInfo] = {e.code: e for e in _ALL}


def info(code: str) -> ErrorInfo:
    return ERRORS.get(code) or ErrorInfo(code, 500, f"알 수 없는 오류({code})입니다. 관리자에게 알리세요.", f"Unknown error ({code}); tell the administrator.")


def error_body(code: str, message: str | None = None, retry_at: str | None = None, **details) -> dict:
    e = info(code)
    body: dict = {"code": code, "message": message or e.ko}
    if retry_at:
        body["retry_at"] = retry_at
    if details:
        body["details"] = details
    return {"error": body}
