"""진위확인: is this verification code a genuine, unaltered, still valid certificate of this centre?

Checked with no network, in this order, and the first failure is the answer with its reason:

1. the text is a verification code at all (else ``unknown``);
2. the 발급번호 is in the ledger (else ``unknown``; the reason says whether the signature is the
   centre's, i.e. a genuine code from a ledger this database does not hold);
3. the ledger row still matches what was signed: its columns agree with the stored snapshot and the
   centre's signature verifies over the snapshot recomputed from the database (else ``altered``);
4. the code carries that same digest and signature (else ``altered``: a tampered or mistyped code);
5. the certificate was not voided or replaced by a reissue (else ``voided``);
6. today is within 90 days of the issue (else ``expired``); otherwise ``valid``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass

from linkdesk.clock import KST
from linkdesk.services.audit import record_access
from linkdesk.services.certificate_content import total_text
from linkdesk.services.certificate_ledger import by_number
from linkdesk.services.certificate_signing import CentreKey, CodeFormatError, VerificationCode, content_digest, load_key
from linkdesk.store.models_certificates import Certificate

RESULTS = ("valid", "altered", "voided", "expired", "unknown")


@dataclass(frozen=True)
class Verification:
    status: str  # one of RESULTS
    reason_ko: str
    reason_en: str
    number: str | None = None
    summary: dict | None = None  # what the ledger says was printed, to compare with the paper

    @property
    def ok(self) -> bool:
        return self.status == "valid"

    def reason(self, language: str = "ko") -> str:
        return self.reason_en if language.startswith("en") else self.reason_ko


def integrity_problem(cert: Certificate, key: CentreKey | None) -> str | None:
    """Why the ledger row no longer matches what the centre signed, or None when it does."""
    if key is None or cert.key_id != key.key_id:
        return "signed with a key this database does not hold"
    c = cert.content
    try:
        expected = {
            "number": c["number"], "volunteer_id": c["volunteer_id"], "volunteer_name": c["name"],
            "period_from": dt.date.fromisoformat(c["period"]["from"]),
            "period_to": dt.date.fromisoformat(c["period"]["to"]), "purpose": c["purpose"],
            "identity_kind": c["identity"]["kind"], "activity_count": c["count"],
            "total_minutes": c["total_minutes"], "valid_until": dt.date.fromisoformat(c["valid_until"]),
        }
        digest = content_digest(c)
        signature = base64.urlsafe_b64decode(cert.signature)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return "the stored content cannot be read"
    changed = sorted(k for k, v in expected.items() if getattr(cert, k) != v)
    if changed:
        return "columns differ from the signed content: " + ", ".join(changed)
    if not key.verifies(cert.number, digest, signature):
        return "the stored content does not match its signature"
    return None


def summary_of(cert: Certificate) -> dict:
    c = cert.content
    return {
        "number": cert.number, "name": c["name"], "affiliation": c.get("affiliation", ""),
        "period": f"{c['period']['from']} ~ {c['period']['to']}", "count": c["count"],
        "total": total_text(c["total_minutes"]), "purpose": c["purpose"], "issued_on": c["issued_on"],
        "valid_until": c["valid_until"], "centre": c["centre"]["name"],
    }


def verify(core, text: str) -> Verification:
    """Check a typed, pasted or scanned verification code against the signature and the ledger."""
    try:
        code = VerificationCode.parse(text)
    except CodeFormatError as exc:
        return Verification("unknown", "진위확인 코드 형식이 아닙니다. 확인서에 인쇄된 코드를 그대로 입력하세요.",
                            f"Not a verification code ({exc}); type the code printed on the certificate.")
    with core.store.unit_of_work() as uow:
        key = load_key(uow.session)
        cert = by_number(uow.session, code.number)
        if cert is None:
            if key is not None and key.verifies(code.number, code.digest, code.signature):
                return Verification("unknown", "이 센터의 서명이지만 이 데이터베이스의 발급대장에 없는 발급번호입니다.",
                                    "Signed by this centre, but the number is not in this database's ledger.",
                                    code.number)
            return Verification("unknown", "발급대장에 없는 발급번호입니다. 위조되었거나 다른 기관의 확인서일 수 있습니다.",
                                "No such number in the ledger: forged, or issued elsewhere.", code.number)
        problem = integrity_problem(cert, key)
        if problem:
            return Verification("altered", "발급대장의 확인서 내용이 발급 후 변경되었습니다. 센터에 문의하세요.",
                                f"The ledger row was altered after issue: {problem}.", cert.number)
        digest = content_digest(cert.content)
        if code.digest != digest or not key.verifies(cert.number, code.digest, code.signature):
            return Verification("altered", "코드가 발급된 확인서와 일치하지 않습니다 (변조 또는 입력 오류).",
                                "The code does not match the certificate issued (altered or mistyped).", cert.number)
        summary = summary_of(cert)
        record_access(uow, core.actor, "view", f"certificate {cert.number}", at=core.clock.now(),
                      volunteer_id=cert.volunteer_id, reason="진위확인", detail=cert.status)
        if cert.status == "void":
            when = cert.voided_at.astimezone(KST).date().isoformat() if cert.voided_at else ""
            return Verification("voided", f"무효 처리된 확인서입니다 ({when}, 사유: {cert.void_reason}).",
                                f"This certificate was voided ({when}; reason: {cert.void_reason}).",
                                cert.number, summary)
        if cert.status == "reissued":
            newer = uow.session.get(Certificate, cert.replaced_by_id) if cert.replaced_by_id else None
            new_number = newer.number if newer else "?"
            return Verification("voided", f"재발급되어 효력이 없는 확인서입니다. 새 발급번호: {new_number}",
                                f"Replaced by a reissue; the new number is {new_number}.", cert.number, summary)
        today = core.clock.now().astimezone(KST).date()
        if today > cert.valid_until:
            return Verification("expired", f"진위확인 기간(발급일로부터 90일, {cert.valid_until}까지)이 지났습니다.",
                                f"The 90-day verification period ended on {cert.valid_until}.", cert.number, summary)
        return Verification("valid", f"정상 발급된 확인서입니다 ({cert.valid_until}까지 진위확인 가능).",
                            f"A genuine certificate, verifiable until {cert.valid_until}.", cert.number, summary)
