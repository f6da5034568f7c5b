"""VMS (사회복지자원봉사인증관리): members, 1365연계 결과조회 and 봉사실적 일괄전송."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from linkdesk.partners.errors import PartnerError
from linkdesk.partners.fields import Fields, parser
from linkdesk.partners.models import VmsMember, VmsRecord, VmsRecordPage, VmsTransfer
from linkdesk.partners.transport import Call, Transport

PARTNER = "vms"


class VmsClient:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def members(self, *, vms_id: str | None = None, volunteer_id: str | None = None, name: str | None = None,
                birth_date: date | None = None) -> list[VmsMember]:
        """Find members by VMS id, by 1365 id, or by name and birth date."""
        if not (vms_id or volunteer_id or (name and birth_date)):
            raise ValueError("give vms_id, volunteer_id, or name with birth_date")
        params = {"vms_id": vms_id, "volunteer_id": volunteer_id, "name": name,
                  "birth_date": birth_date.isoformat() if birth_date else None}
        return list(self._t.get(PARTNER, "members", "/v1/vms/members",
                                lambda data: Fields(data).objs("items", VmsMember.from_fields), params=params))

    def records(self, vms_id: str, page: int = 1, per_page: int = 100) -> VmsRecordPage:
        """1365연계 결과조회: one page of records with 연계정보, the consent and ``next_send_at``."""
        return self._t.get(PARTNER, "records", f"/v1/vms/members/{quote(vms_id, safe='')}/records",
                           parser(VmsRecordPage.from_fields), params={"page": page, "per_page": per_page})

    def all_records(self, vms_id: str) -> tuple[VmsRecordPage, list[VmsRecord]]:
        """Every record; the page returned is the last one read (its link state is the freshest)."""
        page, items = 1, []
        while True:
            current = self.records(vms_id, page, per_page=1000)
            items.extend(current.items)
            if current.last:
                return current, items
            page += 1

    def transfer(self, vms_id: str, idempotency_key: str) -> VmsTransfer:
        """봉사실적 일괄전송 of every record not yet sent.

        Errors: ``rate_limited`` with ``retry_at`` (one send per interval), ``consent_required``;
        ``ambiguous`` (key in ``details``) when the outcome is unknown.
        """
        call = Call(PARTNER, "transfer", "POST", f"/v1/vms/members/{quote(vms_id, safe='')}/transfers", body={},
                    key=idempotency_key)
        return self._t.submit(call, parser(VmsTransfer.from_fields), self.transfer_status)

    def transfer_status(self, idempotency_key: str) -> VmsTransfer | None:
        """The transfer made under this key, or None when VMS never received it."""
        try:
            return self._t.get(PARTNER, "transfer_status", f"/v1/vms/transfers/{quote(idempotency_key, safe='')}",
                               parser(VmsTransfer.from_fields))
        except PartnerError as exc:
            if exc.code == "not_found":
                return None
            raise
