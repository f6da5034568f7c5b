"""대한적십자사: members, 적십자 활동 연결, 1365 연계 동의 (renewed every 2 years) and RCY.

The protocol has no status-by-key lookup for Red Cross submissions, so a lost outcome is resolved
from the member's state, which says the same thing: the activities are linked, or a valid consent
exists. Both operations are idempotent by nature, and a re-send carries the same key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from urllib.parse import quote

from linkdesk.partners.fields import Fields, parser
from linkdesk.partners.models import (
    ExpiringConsent,
    RcyMember,
    RedCrossConsentResult,
    RedCrossLinkResult,
    RedCrossMember,
    RedCrossMemberDetail,
)
from linkdesk.partners.transport import Call, Transport

PARTNER = "redcross"


def _mid(member_id: str) -> str:
    return quote(member_id, safe="")


class RedCrossClient:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def members(self, *, volunteer_id: str | None = None, name: str | None = None,
                birth_date: date | None = None) -> list[RedCrossMember]:
        """Find the member. Errors: ``redcross_two_affiliations``, ``redcross_info_mismatch``
        (name known, birth date differs), ``member_not_found``."""
        if not (volunteer_id or (name and birth_date)):
            raise ValueError("give volunteer_id, or name with birth_date")
        params = {"volunteer_id": volunteer_id, "name": name,
                  "birth_date": birth_date.isoformat() if birth_date else None}
        return list(self._t.get(PARTNER, "members", "/v1/redcross/members",
                                lambda data: Fields(data).objs("items", RedCrossMember.from_fields), params=params))

    def member(self, member_id: str) -> RedCrossMemberDetail:
        """나의 봉사: activities with their link state, the summary and the 1365 consent."""
        return self._t.get(PARTNER, "member", f"/v1/redcross/members/{_mid(member_id)}",
                           parser(RedCrossMemberDetail.from_fields))

    def link(self, member_id: str, activity_ids: Sequence[str], idempotency_key: str) -> RedCrossLinkResult:
        """적십자 활동 연결. Errors: ``redcross_not_linked``, ``redcross_two_affiliations``."""
        wanted = list(activity_ids)
        call = Call(PARTNER, "link", "POST", f"/v1/redcross/members/{_mid(member_id)}/link",
                    body={"activity_ids": wanted}, key=idempotency_key)

        def resolve(_key: str) -> RedCrossLinkResult | None:
            linked = {a.id for a in self.member(member_id).activities if a.linked}
            return RedCrossLinkResult(linked=tuple(wanted)) if set(wanted) <= linked else None

        return self._t.submit(call, parser(RedCrossLinkResult.from_fields), resolve)

    def consent(self, member_id: str, idempotency_key: str) -> RedCrossConsentResult:
        """1365 연계 동의 (저장); renews an expired consent."""
        call = Call(PARTNER, "consent", "POST", f"/v1/redcross/members/{_mid(member_id)}/consent", body={},
                    key=idempotency_key)

        def resolve(_key: str) -> RedCrossConsentResult | None:
            current = self.member(member_id).consent_1365
            if current is None or current.expired:
                return None
            return RedCrossConsentResult(agreed_at=current.agreed_at, expires_at=current.expires_at, message=None)

        return self._t.submit(call, parser(RedCrossConsentResult.from_fields), resolve)

    def expiring(self, within_days: int = 30) -> list[ExpiringConsent]:
        """Consents that expire soon, so staff can ask members to renew."""
        return list(self._t.get(PARTNER, "expiring", "/v1/redcross/consents/expiring",
                                lambda data: Fields(data).objs("items", ExpiringConsent.from_fields),
                                params={"within_days": within_days}))

    def rcy(self, q: str | None = None, *, region: str | None = None, school: str | None = None) -> list[RcyMember]:
        """RCY (청소년적십자) members by 이름, 지역, 학교."""
        return list(self._t.get(PARTNER, "rcy", "/v1/redcross/rcy",
                                lambda data: Fields(data).objs("items", RcyMember.from_fields),
                                params={"q": q, "region": region, "school": school}))
