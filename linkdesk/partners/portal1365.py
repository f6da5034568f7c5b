"""1365 자원봉사포털: the volunteer, 정보제공 동의, and the person's records."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

from linkdesk.partners.fields import Fields, parser
from linkdesk.partners.models import ConsentResult, Guardian, Page, Record, Volunteer
from linkdesk.partners.transport import Call, Transport, new_idempotency_key

PARTNER = "1365"


def _vid(volunteer_id: str) -> str:
    return quote(volunteer_id, safe="")


class Portal1365Client:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def volunteer(self, volunteer_id: str) -> Volunteer:
        """The member with the consent dates (회원님은 …에 정보제공 동의를 하셨습니다)."""
        call = Call(PARTNER, "volunteer", "GET", f"/v1/1365/volunteers/{_vid(volunteer_id)}",
                    expect={"volunteer_id": volunteer_id})
        return self._t.call(call, parser(Volunteer.from_fields))

    def consent(self, volunteer_id: str, token: str, guardian: Guardian | None = None,
                idempotency_key: str | None = None) -> ConsentResult:
        """봉사실적 연계를 위한 정보제공 동의. Under 14 the ``guardian`` is required (``guardian_required``).

        A PUT the protocol marks idempotent (giving consent twice is one consent), so it is retried
        like a read; it still carries an ``Idempotency-Key``, made here unless the caller keeps one.
        """
        body = {"token": token, "guardian": guardian.to_json() if guardian else None}
        call = Call(PARTNER, "consent", "PUT", f"/v1/1365/volunteers/{_vid(volunteer_id)}/consent", body=body,
                    idempotent=True, key=idempotency_key or new_idempotency_key())
        return self._t.call(call, parser(ConsentResult.from_fields))

    def records_page(self, volunteer_id: str, page: int = 1, per_page: int = 100,
                     source: str | None = None) -> Page[Record]:
        """One page of the person's records (their own plus arrived VMS / Red Cross records)."""
        return self._t.get(PARTNER, "records", f"/v1/1365/volunteers/{_vid(volunteer_id)}/records",
                           lambda data: Page.from_fields(Fields(data), Record.from_fields),
                           params={"page": page, "per_page": per_page, "source": source})

    def records(self, volunteer_id: str, source: str | None = None, per_page: int = 100) -> Iterator[Record]:
        """Every record, page by page (lazily: stop iterating to stop fetching)."""
        page = 1
        while True:
            current = self.records_page(volunteer_id, page, per_page, source)
            yield from current.items
            if current.last:
                return
            page += 1

    def all_records(self, volunteer_id: str, source: str | None = None) -> list[Record]:
        return list(self.records(volunteer_id, source, per_page=1000))
