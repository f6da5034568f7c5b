"""Certificates (자원봉사 실적 확인서): issue, reissue, void, the ledger, output and 진위확인 (Qt-free).

A certificate is made from the local cache of the volunteer's records in the period (every
source; 1365's view is the truth, see :func:`certificate_content.activity_rows`), so it can be
issued with the network down. Each action is one unit of work holding the ledger change, its
event and its access-log entry (접속기록: 입력 for an issue, 변경 for a void, 출력 for print and PDF,
조회 for preview and 진위확인), with the purpose as the reason. Verification
(:mod:`linkdesk.services.certificate_verify`) needs no network either.

:func:`preview` shows exactly what :func:`issue` would print, without taking a 발급번호 (marked
미리보기, no codes); :func:`issue` takes an idempotency key (``request_key``) so one click makes one
certificate. The issue date comes from the core's clock (the sandbox's in training mode), the
확인자 from the centre setup or else the signed-in staff account — never the OS user.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from linkdesk.clock import KST
from linkdesk.services.audit import record_access
from linkdesk.services.certificate_centre import CentreDetails, centre_details, require_printable
from linkdesk.services.certificate_code import short_text
from linkdesk.services.certificate_content import (
    CertificateError,
    activity_rows,
    build_content,
    check_purpose,
    masked_number,
    needs_masked_number,
)
from linkdesk.services.certificate_ledger import LedgerEntry, add_event, by_number, code_of, entries, next_number
from linkdesk.services.certificate_keys import load_keyring
from linkdesk.services.certificate_signing import VerificationCode, content_digest
from linkdesk.services.certificate_verify import Verification, integrity_problem, verify
from linkdesk.services.core import Core
from linkdesk.store.models import Volunteer
from linkdesk.store.models_certificates import Certificate
from linkdesk.store.models_security import Staff

__all__ = ["CertificateDoc", "CertificateError", "Draft", "LedgerEntry", "Verification", "VolunteerHit",
           "birth_date_token", "draft", "for_output", "issue", "ledger", "preview", "reissue", "search_volunteers",
           "verify", "void"]
PREVIEW_NUMBER = "미발급"  # what a preview prints where the 발급번호 will be

OUTPUT_KINDS = {"preview": ("view", "미리보기"), "print": ("print", "인쇄"), "pdf": ("print", "PDF 저장")}


@dataclass(frozen=True)
class CertificateDoc:
    """What the renderer needs (plain data): the snapshot, its codes, and how to mark the paper.

    A preview (``status == "preview"``) has no number and no codes; ``sample`` (training mode)
    prints a large 견본 mark; ``seal_png`` is the centre's 직인 image (None: the drawn seal).
    """

    number: str
    status: str
    content: dict
    code: VerificationCode | None
    short_code: str | None = None
    sample: bool = False
    seal_png: bytes | None = None

    @property
    def is_preview(self) -> bool:
        return self.status == "preview"


@dataclass(frozen=True)
class VolunteerHit:
    volunteer_id: str
    name: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class Draft:
    """What a certificate for this volunteer and period would list, before it is issued."""

    volunteer_id: str
    name: str
    birth_date: dt.date | None
    affiliation: str
    count: int
    total_minutes: int


def _period(period: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    start, end = period
    if start > end:
        raise CertificateError("period", "활동기간의 시작일이 종료일보다 늦습니다.", "The period starts after it ends.")
    return start, end


def _reason(reason: str | None) -> str:
    return check_purpose(reason, what=("reason", "사유", "reason"))  # the same rules as a purpose


def _volunteer(uow, volunteer_id: str) -> Volunteer:
    v = uow.volunteers.get(volunteer_id)
    if v is None:
        raise CertificateError("volunteer", "이 봉사자의 정보가 이 PC에 없습니다. 먼저 1365에서 불러오세요.",
                               "This volunteer is not in the local cache; load them from 1365 first.")
    return v


def _affiliation(uow, v: Volunteer) -> str:
    school = uow.schools.get(v.school_code, v.school_office_code) if v.school_code else None
    if school is None:
        return ""
    return f"{school.name} {v.grade}학년" if v.grade else school.name


def _doc(core: Core, cert: Certificate, centre: CentreDetails | None = None) -> CertificateDoc:
    code = code_of(cert, content_digest(cert.content))
    return CertificateDoc(cert.number, cert.status, dict(cert.content), code, short_text(cert.number, code.signature),
                          sample=core.training, seal_png=centre.seal_png if centre else None)


def _confirmer(uow, core: Core, centre: CentreDetails) -> str:
    """확인자: the centre setup's, else the signed-in staff account's name (never the OS user)."""
    if centre.confirmer:
        return centre.confirmer
    staff = uow.session.scalar(select(Staff).where(Staff.username == core.actor.staff, Staff.active.is_(True)))
    if staff is not None:
        return staff.display_name
    if core.training:
        from linkdesk.services.training_staff import TRAINING_DISPLAY_NAME

        return TRAINING_DISPLAY_NAME
    raise CertificateError("confirmer", "확인자를 알 수 없습니다. 직원 계정으로 로그인하거나 센터 설정에서 확인자를 입력하세요.",
                           "No 확인자: sign in with a staff account or set one in the centre setup.")


def _centre_content(uow, core: Core) -> tuple[CentreDetails, dict]:
    centre = centre_details(core, uow)
    require_printable(core, centre)
    return centre, {"name": centre.name, "address": centre.address, "phone": centre.phone,
                    "confirmer": _confirmer(uow, core, centre)}


def birth_date_token(token: str, today: dt.date) -> dt.date | None:
    """A birth date as staff type it next to a name: ``120315``, ``20120315``, ``2012-03-15`` or
    ``2012.3.15``; None when the token is not one. Two-digit years are the latest century that
    does not put the birthday after ``today``."""
    parts = [p for p in token.replace(".", "-").replace("/", "-").split("-") if p]
    try:
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 8:
            return dt.date(int(parts[0][:4]), int(parts[0][4:6]), int(parts[0][6:]))
        if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 6:
            yy, month, day = int(parts[0][:2]), int(parts[0][2:4]), int(parts[0][4:])
            year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
            born = dt.date(year, month, day)
            return born if born <= today else dt.date(year - 100, month, day)
    except ValueError:
        return None
    return None


def search_volunteers(core: Core, text: str, limit: int = 50) -> list[VolunteerHit]:
    """Cached volunteers for the certificate form's search: name or id containing the words, and
    a birth date typed with them (``김민준 120315``: name + birth date, for a walk-in already known
    on this PC, without the resident number)."""
    today = core.clock.now().astimezone(KST).date()
    words, born = [], None
    for token in text.split():
        day = birth_date_token(token, today)
        if day is not None and born is None:
            born = day
        else:
            words.append(token)
    if not words and born is None:
        return []
    conditions = [or_(Volunteer.name.contains(w, autoescape=True),  # % and _ are literal (LIKE … ESCAPE)
                      Volunteer.volunteer_id.contains(w, autoescape=True)) for w in words]
    if born is not None:
        conditions.append(Volunteer.birth_date == born)
    with core.store.unit_of_work(read_only=True) as uow:
        stmt = select(Volunteer).where(*conditions).order_by(Volunteer.name, Volunteer.volunteer_id).limit(limit)
        return [VolunteerHit(v.volunteer_id, v.name, v.birth_date) for v in uow.session.scalars(stmt)]


def draft(core: Core, volunteer_id: str, period: tuple[dt.date, dt.date], *, log_view: bool = False) -> Draft:
    """Count and total of what would be printed; ``log_view`` records the look at the records (조회)."""
    start, end = _period(period)
    with core.store.unit_of_work(read_only=not log_view) as uow:
        v = _volunteer(uow, volunteer_id)
        rows = activity_rows(uow.records.for_volunteer(volunteer_id, date_from=start, date_to=end))
        if log_view:
            record_access(uow, core.actor, "view", "records", at=core.clock.now(), volunteer_id=volunteer_id,
                          reason="자원봉사 실적 확인서 발급")
        return Draft(v.volunteer_id, v.name, v.birth_date, _affiliation(uow, v), len(rows), sum(r.minutes for r in rows))


def _content(uow, core: Core, v: Volunteer, period: tuple[dt.date, dt.date], purpose: str,
             identity: tuple[str, str], affiliation: str, number: str, replaces: str | None = None) -> dict:
    """The snapshot that would be printed now (a preview's and an issue's are made the same way)."""
    rows = activity_rows(uow.records.for_volunteer(v.volunteer_id, date_from=period[0], date_to=period[1]))
    if not rows:
        raise CertificateError("no_records", "활동기간 안에 자원봉사 실적이 없습니다.", "There are no activities in the period.")
    _, centre = _centre_content(uow, core)
    return build_content(
        number=number, volunteer_id=v.volunteer_id, name=v.name, affiliation=affiliation,
        identity_kind=identity[0], identity_text=identity[1], period=period, rows=rows, purpose=purpose,
        issued_on=core.clock.now().astimezone(KST).date(), centre=centre, replaces=replaces)


def _create(uow, core: Core, v: Volunteer, period: tuple[dt.date, dt.date], purpose: str,
            identity: tuple[str, str], affiliation: str, replaces: Certificate | None = None,
            request_key: str | None = None) -> Certificate:
    content = _content(uow, core, v, period, purpose, identity, affiliation, PREVIEW_NUMBER,
                       replaces.number if replaces else None)  # refused here before a number is taken
    now = core.clock.now()
    issued_on = dt.date.fromisoformat(content["issued_on"])
    seq, number = next_number(uow.session, issued_on.year)  # the lock every issuer queues on
    content["number"] = number
    key = load_keyring(core, uow.session, create=True).signing
    assert key is not None
    signature = key.sign(number, content_digest(content))
    cert = Certificate(
        number=number, year=issued_on.year, seq=seq, volunteer_id=v.volunteer_id, volunteer_name=v.name,
        period_from=period[0], period_to=period[1], purpose=purpose, identity_kind=identity[0],
        activity_count=content["count"], total_minutes=content["total_minutes"], content=content,
        key_id=key.key_id, signature=base64.urlsafe_b64encode(signature).decode("ascii"), issued_at=now,
        issued_by=core.actor.staff, counter=core.actor.host, valid_until=dt.date.fromisoformat(content["valid_until"]),
        status="issued", replaces_id=replaces.id if replaces else None, request_key=request_key)
    uow.session.add(cert)
    uow.session.flush()
    return cert


def _request(purpose: str, period: tuple[dt.date, dt.date], include_masked_rrn: str | None) -> tuple:
    purpose = check_purpose(purpose)
    start, end = _period(period)
    if include_masked_rrn and not needs_masked_number(purpose):
        raise CertificateError("masked_not_needed", "이 발급 용도에는 주민등록번호가 필요하지 않습니다. 생년월일이 인쇄됩니다.",
                               "This purpose does not need the resident number; the birth date is printed.")
    return purpose, (start, end)


def _identity(v: Volunteer, include_masked_rrn: str | None) -> tuple[str, str]:
    if include_masked_rrn:
        return "masked_number", masked_number(include_masked_rrn, v.birth_date)
    return "birth_date", v.birth_date.isoformat() if v.birth_date else ""


def preview(core: Core, volunteer_id: str, period: tuple[dt.date, dt.date], purpose: str,
            include_masked_rrn: str | None = None, *, affiliation: str | None = None) -> CertificateDoc:
    """What :func:`issue` would print now, with no 발급번호 taken and no codes (a look is a 조회)."""
    purpose, period = _request(purpose, period, include_masked_rrn)
    with core.store.unit_of_work() as uow:
        v = _volunteer(uow, volunteer_id)
        place = " ".join((affiliation or "").split()) or _affiliation(uow, v)
        content = _content(uow, core, v, period, purpose, _identity(v, include_masked_rrn), place, PREVIEW_NUMBER)
        record_access(uow, core.actor, "view", "certificate preview", at=core.clock.now(), volunteer_id=v.volunteer_id,
                      reason=purpose, detail="발급 전 미리보기")
        return CertificateDoc(PREVIEW_NUMBER, "preview", content, None, sample=core.training,
                              seal_png=centre_details(core, uow).seal_png)


def _by_request(core: Core, request_key: str) -> CertificateDoc | None:
    with core.store.unit_of_work(read_only=True) as uow:
        cert = uow.session.scalar(select(Certificate).where(Certificate.request_key == request_key))
        return _doc(core, cert, centre_details(core, uow)) if cert is not None else None


def issue(core: Core, volunteer_id: str, period: tuple[dt.date, dt.date], purpose: str,
          include_masked_rrn: str | None = None, *, affiliation: str | None = None,
          request_key: str | None = None) -> CertificateDoc:
    """Issue a numbered, signed certificate and write it to the ledger.

    ``include_masked_rrn``: the front 7 digits (``YYMMDD-G``) typed at the counter when the purpose
    needs the masked number; they must match the cached birth date. Otherwise the birth date prints.
    ``request_key``: one key per intended certificate; asking again with it returns the certificate
    already issued (a double click, a retry) instead of taking another number.
    """
    purpose, period = _request(purpose, period, include_masked_rrn)
    if request_key is not None:
        request_key = request_key.strip()[:64]
        done = _by_request(core, request_key)
        if done is not None:
            return done
    try:
        with core.store.unit_of_work() as uow:
            v = _volunteer(uow, volunteer_id)
            place = " ".join((affiliation or "").split()) or _affiliation(uow, v)
            cert = _create(uow, core, v, period, purpose, _identity(v, include_masked_rrn), place,
                           request_key=request_key)
            add_event(uow.session, cert, "issue", core.actor, cert.issued_at, purpose)
            record_access(uow, core.actor, "entry", f"certificate {cert.number}", at=cert.issued_at,
                          volunteer_id=v.volunteer_id, reason=purpose, detail="실적 확인서 발급")
            return _doc(core, cert, centre_details(core, uow))
    except IntegrityError:
        done = _by_request(core, request_key) if request_key else None  # another counter or thread won
        if done is None:
            raise
        return done


def reissue(core: Core, number: str, reason: str) -> CertificateDoc:
    """A new number for the same volunteer, period, purpose and identity line, from the current
    cache; the old certificate stops verifying (status ``reissued``, pointing at the new one)."""
    reason = _reason(reason)
    with core.store.unit_of_work() as uow:
        old = _issued(uow, number)
        v = _volunteer(uow, old.volunteer_id)
        identity = (old.identity_kind, old.content["identity"]["text"])
        cert = _create(uow, core, v, (old.period_from, old.period_to), old.purpose, identity,
                       old.content.get("affiliation", ""), replaces=old)
        old.status, old.replaced_by_id = "reissued", cert.id
        add_event(uow.session, old, "reissue", core.actor, cert.issued_at, reason)
        add_event(uow.session, cert, "issue", core.actor, cert.issued_at, f"재발급 ({old.number}): {reason}")
        record_access(uow, core.actor, "change", f"certificate {old.number}", at=cert.issued_at,
                      volunteer_id=v.volunteer_id, reason=reason, detail=f"재발급 → {cert.number} (발급용도: {old.purpose})")
        record_access(uow, core.actor, "entry", f"certificate {cert.number}", at=cert.issued_at,
                      volunteer_id=v.volunteer_id, reason=cert.purpose, detail=f"재발급 ({old.number})")
        return _doc(core, cert, centre_details(core, uow))


def void(core: Core, number: str, reason: str) -> LedgerEntry:
    """Void a certificate with its reason: it no longer verifies and can no longer be printed."""
    reason = _reason(reason)
    with core.store.unit_of_work() as uow:
        cert = _issued(uow, number)
        now = core.clock.now()
        cert.status, cert.void_reason, cert.voided_at, cert.voided_by = "void", reason, now, core.actor.staff
        add_event(uow.session, cert, "void", core.actor, now, reason)
        record_access(uow, core.actor, "change", f"certificate {number}", at=now, volunteer_id=cert.volunteer_id,
                      reason=reason, detail=f"무효 처리 (발급용도: {cert.purpose})")
        uow.flush()
        return entries(uow.session, number=number)[0]


def _issued(uow, number: str) -> Certificate:
    cert = by_number(uow.session, number.strip(), for_update=True)
    if cert is None:
        raise CertificateError("unknown", f"발급대장에 없는 발급번호입니다: {number}", f"No certificate numbered {number}.")
    if cert.status != "issued":
        raise CertificateError("not_issued", f"이미 무효 또는 재발급된 확인서입니다: {number}",
                               f"Certificate {number} was already voided or reissued.")
    return cert


def ledger(core: Core, *, volunteer_id: str | None = None, search: str | None = None,
           limit: int = 500) -> list[LedgerEntry]:
    """The 발급대장, newest first; looking at it is a 조회 of the people listed."""
    with core.store.unit_of_work() as uow:
        rows = entries(uow.session, volunteer_id=volunteer_id, search=search, limit=limit)
        record_access(uow, core.actor, "view", "certificate ledger", at=core.clock.now(),
                      volunteer_id=volunteer_id, reason="발급대장 조회", detail=f"{len(rows)}건")
        return rows


def for_output(core: Core, number: str, kind: str) -> CertificateDoc:
    """The certificate to preview, print or save as PDF, with the 출력 written first (a failed
    print is then over-recorded, never under-recorded). Void, reissued or altered rows never print."""
    action, label = OUTPUT_KINDS[kind]
    with core.store.unit_of_work() as uow:
        cert = _issued(uow, number)
        centre = centre_details(core, uow)
        if kind != "preview":
            require_printable(core, centre)
        problem = integrity_problem(cert, load_keyring(core, uow.session))
        if problem:
            raise CertificateError("altered", "발급대장의 내용이 발급 후 변경되어 출력할 수 없습니다.",
                                   f"The ledger row was changed after issue ({problem}); it cannot be printed.")
        now = core.clock.now()
        if kind != "preview":
            add_event(uow.session, cert, kind, core.actor, now, cert.purpose)
        record_access(uow, core.actor, action, f"certificate {number}", at=now, volunteer_id=cert.volunteer_id,
                      reason=cert.purpose, detail=label)
        return _doc(core, cert, centre)
