"""NEIS (나이스): the school directory, 학생정보확인, the timetable and record submissions.

One submission carries one record under its own idempotency key. A submission whose answer was
lost is resolved through :meth:`NeisClient.submission_status` by :meth:`Transport.submit`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from urllib.parse import quote

from linkdesk.partners.errors import PartnerError
from linkdesk.partners.fields import Fields, parser
from linkdesk.partners.models import Page, School, SchoolDirectory, StudentCheck, Submission, parse_timetable
from linkdesk.partners.transport import Call, Transport

PARTNER = "neis"


class NeisClient:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def schools(self, q: str | None = None, *, office: str | None = None, kind: str | None = None,
                region: str | None = None, page: int = 1, per_page: int = 100) -> Page[School]:
        """School search: ``q`` matches names by substring or 초성 (``ㅂㅁㅈ`` → 보문중학교)."""
        params = {"q": q or None, "office": office, "kind": kind, "region": region, "page": page, "per_page": per_page}
        return self._t.get(PARTNER, "schools", "/v1/neis/schools",
                           lambda data: Page.from_fields(Fields(data), School.from_fields), params=params)

    def iter_schools(self, q: str | None = None, **filters: str | None) -> Iterator[School]:
        page = 1
        while True:
            current = self.schools(q, page=page, per_page=1000, **filters)  # type: ignore[arg-type]
            yield from current.items
            if current.last:
                return
            page += 1

    def directory(self) -> SchoolDirectory:
        """The whole directory (about 12,200 schools), for the offline cache."""
        return self._t.get(PARTNER, "directory", "/v1/neis/schools/directory", parser(SchoolDirectory.from_fields))

    def verify_student(self, token: str, school_code: str, office_code: str = "") -> StudentCheck:
        """학생정보확인. Errors: ``student_mismatch`` (학교정보 불일치), ``school_not_found``,
        ``token_expired``, ``consent_required``; an unavailable NEIS is ``partner_unavailable``.

        A read at the partner (it creates nothing), so it is retried like one.
        """
        call = Call(PARTNER, "verify_student", "POST", "/v1/neis/students/verify",
                    body={"token": token, "school_code": school_code, **({"office_code": office_code} if office_code else {})},
                    idempotent=True, expect={"school.code": school_code})
        return self._t.call(call, parser(StudentCheck.from_fields))

    def timetable(self, student_ref: str, start: date, end: date) -> dict[date, int]:
        """Class periods per date that NEIS knows (0 = holiday); other dates use the setting."""
        return self._t.get(PARTNER, "timetable", f"/v1/neis/students/{quote(student_ref, safe='')}/timetable",
                           parser(parse_timetable), params={"from": start.isoformat(), "to": end.isoformat()})

    def openapi(self, service: str, **params: str) -> list[dict]:
        """Every row of one NEIS Open API service (schoolInfo, *Timetable, SchoolSchedule), all pages,
        in the Open API's own envelope (DOMAIN.md §13); INFO-200 → no rows."""
        from linkdesk.domain.neis_openapi import OpenApiError, read_answer
        from linkdesk.partners.fields import SchemaError

        def parse(data: object) -> list[dict]:
            try:
                return list(read_answer(data).rows)
            except OpenApiError as exc:
                raise SchemaError(service, exc.en) from None

        rows: list[dict] = []
        page = 1
        while True:
            chunk = self._t.get(PARTNER, "openapi", f"/v1/neis/openapi/{quote(service, safe='')}", parse,
                                params={**params, "pIndex": page, "pSize": 1000})
            rows.extend(chunk)
            if len(chunk) < 1000:
                return rows
            page += 1

    def submit(self, volunteer_id: str, student_ref: str, school_code: str, record_id: str, hours: int,
               idempotency_key: str) -> Submission:
        """실적전송 of one record. The key must be stored by the caller *before* this call.

        Errors: ``already_sent``, ``record_ineligible``, ``student_mismatch``, ``consent_required``,
        ``idempotency_conflict``; ``ambiguous`` (key in ``details``) when the outcome is unknown.
        """
        body = {"volunteer_id": volunteer_id, "student_ref": student_ref, "school_code": school_code,
                "record_id": record_id, "hours": hours}
        call = Call(PARTNER, "submit", "POST", "/v1/neis/submissions", body=body, key=idempotency_key,
                    expect={"record_id": record_id, "volunteer_id": volunteer_id, "idempotency_key": idempotency_key})
        return self._t.submit(call, parser(Submission.from_fields), self.submission_status)

    def submission_status(self, idempotency_key: str) -> Submission | None:
        """The submission made under this key, or None when NEIS never received it."""
        try:
            call = Call(PARTNER, "submission_status", "GET", f"/v1/neis/submissions/{quote(idempotency_key, safe='')}",
                        expect={"idempotency_key": idempotency_key})
            return self._t.call(call, parser(Submission.from_fields))
        except PartnerError as exc:
            if exc.code == "not_found":
                return None
            raise

    def submissions(self, volunteer_id: str) -> list[Submission]:
        """Every submission of the person, with the school's decision (학교승인 / 반려) once made."""
        return list(self._t.get(PARTNER, "submissions", "/v1/neis/submissions",
                                lambda data: Fields(data).objs("items", Submission.from_fields),
                                params={"volunteer_id": volunteer_id}))
