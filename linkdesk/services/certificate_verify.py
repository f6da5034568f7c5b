"""진위확인: is this code (or 발급번호) a genuine, unaltered, still valid certificate of this centre?

Checked with no network, in this order; the first failure is the answer with its reason:

1. the text is a 발급번호, a short code (``2026-0000123-K7QM-X3PA9``) or the QR's full code, and a
   short code's check character matches (else ``mistyped``: a typing error, not a forgery);
2. the 발급번호 is in the ledger (else ``not_found``: one answer for every refused code, whether or
   not its signature is the centre's);
3. the ledger row still matches what was signed: its columns agree with the stored snapshot and its
   signature verifies with a **trusted public key from the key folder** (else ``altered``);
4. the code carries that same signature (else ``altered``: a code not issued for this number);
5. the certificate was not voided (``void``) or replaced by a reissue (``replaced``);
6. today is within 90 days of the issue (else ``expired``); otherwise ``valid``.

A 발급번호 alone finds the ledger entry (steps 2, 3, 5, 6) and says that no code was checked.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass

from linkdesk.clock import KST
from linkdesk.services.audit import record_access
from linkdesk.services.certificate_code import Mistyped, matches, parse_short
from linkdesk.services.certificate_content import total_text
from linkdesk.services.certificate_keys import KeyRing, load_keyring
from linkdesk.services.certificate_ledger import by_number
from linkdesk.services.certificate_signing import CodeFormatError, VerificationCode, content_digest
from linkdesk.store.models_certificates import Certificate

RESULTS = ("valid", "mistyped", "not_found", "altered", "void", "replaced", "expired")


@dataclass(frozen=True)
class Verification:
    status: str  # one of RESULTS
    reason_ko: str
    reason_en: str
    number: str | None = None
    summary: dict | None = None  # what the ledger says was printed, to compare with the paper
    code_checked: bool = True  # False when only the 발급번호 was given

    @property
    def ok(self) -> bool:
        return self.status == "valid"

    def reason(self, language: str = "ko") -> str:
        return self.reason_en if language.startswith("en") else self.reason_ko


def integrity_problem(cert: Certificate, keys: KeyRing) -> str | None:
    """Why the ledger row no longer matches what the centre signed, or None when it does.

    The public key comes from the key folder's trusted keys by the row's ``key_id``; a key id
    the folder does not trust is a problem like any other (nothing in the database is trusted).
    """
    key = keys.public(cert.key_id)
    if key is None:
        return "not signed with a key this centre trusts"
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


MISTYPED = ("입력 오류입니다: 발급번호와 확인 코드(예: 2026-0000123-K7QM-X3PA9)를 확인서에 인쇄된 그대로 다시 입력하세요.",
            "A typing error: type the number and code (e.g. 2026-0000123-K7QM-X3PA9) exactly as printed.")
NOT_FOUND = ("발급대장에 없는 발급번호입니다. 번호를 다시 확인하고, 맞다면 발급한 센터에 문의하세요.",
             "No certificate with this number in the ledger; check the number, then ask the issuing centre.")
ALTERED_ROW = ("발급대장의 확인서 내용이 발급 후 변경되었습니다. 센터에 문의하세요.", "The ledger entry was altered after issue")
ALTERED_CODE = ("코드가 이 발급번호의 확인서와 일치하지 않습니다. 위조되었거나 다른 확인서의 코드입니다.",
                "The code does not belong to the certificate with this number (forged, or another certificate's).")


def _read(text: str) -> tuple[str, str | None, VerificationCode | None]:
    """(number, short code or None, full code or None); raises Mistyped."""
    raw = (text or "").strip()
    if len(raw) > 60 or raw.upper().startswith("LD1"):  # the QR's full code
        try:
            full = VerificationCode.parse(raw)
        except CodeFormatError as exc:
            raise Mistyped(str(exc)) from None
        return full.number, None, full
    typed = parse_short(raw)
    return typed.number, typed.code, None


def _code_matches(cert: Certificate, short: str | None, full: VerificationCode | None) -> bool:
    signature = base64.urlsafe_b64decode(cert.signature)
    if full is not None:
        return full.digest == content_digest(cert.content) and full.signature == signature
    return short is None or matches(cert.number, short, signature)


def verify(core, text: str) -> Verification:
    """Check a typed short code, a 발급번호, or a scanned QR code against the key folder and the ledger."""
    try:
        number, short, full = _read(text)
    except Mistyped as exc:
        return Verification("mistyped", MISTYPED[0], f"{MISTYPED[1]} ({exc})")
    checked = short is not None or full is not None
    with core.store.unit_of_work() as uow:
        keys = load_keyring(core, uow.session)
        cert = by_number(uow.session, number)
        if cert is None:
            return Verification("not_found", *NOT_FOUND, number, code_checked=checked)
        problem = integrity_problem(cert, keys)
        if problem:
            return Verification("altered", ALTERED_ROW[0], f"{ALTERED_ROW[1]}: {problem}.", cert.number,
                                code_checked=checked)
        if not _code_matches(cert, short, full):
            return Verification("altered", *ALTERED_CODE, cert.number)
        summary = summary_of(cert)
        record_access(uow, core.actor, "view", f"certificate {cert.number}", at=core.clock.now(),
                      volunteer_id=cert.volunteer_id, reason="진위확인", detail=cert.status)
        note_ko, note_en = ("", "") if checked else (
            " 확인 코드 없이 발급번호로 찾았습니다: 아래 내용이 확인서와 같은지 비교하세요.",
            " Found by number only (no code checked): compare the details with the paper.")
        if cert.status == "void":
            when = cert.voided_at.astimezone(KST).date().isoformat() if cert.voided_at else ""
            return Verification("void", f"무효 처리된 확인서입니다 ({when}, 사유: {cert.void_reason}).",
                                f"This certificate was voided ({when}; reason: {cert.void_reason}).",
                                cert.number, summary, checked)
        if cert.status == "reissued":
            newer = uow.session.get(Certificate, cert.replaced_by_id) if cert.replaced_by_id else None
            new_number = newer.number if newer else "?"
            return Verification("replaced", f"재발급되어 효력이 없는 확인서입니다. 새 발급번호: {new_number}",
                                f"Replaced by a reissue; the new number is {new_number}.", cert.number, summary, checked)
        today = core.clock.now().astimezone(KST).date()
        if today > cert.valid_until:
            return Verification("expired", f"진위확인 기간(발급일로부터 90일, {cert.valid_until}까지)이 지났습니다.",
                                f"The 90-day verification period ended on {cert.valid_until}.", cert.number, summary,
                                checked)
        return Verification("valid", f"정상 발급된 확인서입니다 ({cert.valid_until}까지 진위확인 가능).{note_ko}",
                            f"A genuine certificate, verifiable until {cert.valid_until}.{note_en}", cert.number,
                            summary, checked)
