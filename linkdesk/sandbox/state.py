"""What the sandbox partners know and have received, shared by every partner module.

One re-entrant lock guards all of it: the server runs each handler under :attr:`SandboxState.lock`,
so a submission and its idempotency entry are committed together. Time-dependent outcomes (the
school's decision, VMS visibility, Red Cross consent expiry) are computed when read, from the clock.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from linkdesk.domain.hours import minutes_between
from linkdesk.domain.rrn import parse_rrn
from linkdesk.sandbox.clock import KST, SandboxClock, iso, parse_iso
from linkdesk.sandbox.faults import FaultBook
from linkdesk.sandbox.routing import PartnerError
from linkdesk.sandbox.scenario import Scenario

EARLIEST = datetime(1900, 1, 1, tzinfo=KST)  # "linked since always"


@dataclass(eq=False)
class Volunteer:
    id: str
    name: str
    rrn_digits: str = field(repr=False)
    birth_date: date
    center: str
    student: dict | None
    consents: dict[str, datetime | None]
    class_periods: dict[date, int]
    vms_id: str | None
    redcross: dict | None
    records: list[dict]


def add_years(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


class SandboxState:
    def __init__(self, scenario: Scenario):
        self.scenario = scenario
        self.settings = scenario.data
        self.lock = threading.RLock()
        self.clock = SandboxClock(scenario.clock)
        self.faults = FaultBook(scenario.faults)
        self.schools: list[dict] = scenario.data["schools"]
        self.schools_by_code = {s["code"]: s for s in self.schools}
        self.volunteers: dict[str, Volunteer] = {}
        self.records: dict[str, tuple[Volunteer, dict]] = {}
        for raw in scenario.data["volunteers"]:
            self._add_volunteer(raw)
        self.by_rrn = {v.rrn_digits: v for v in self.volunteers.values()}
        self.by_vms = {v.vms_id: v for v in self.volunteers.values() if v.vms_id}
        self.by_member = {v.redcross["member_id"]: v for v in self.volunteers.values() if v.redcross}
        self.student_refs = {self.student_ref(v): v for v in self.volunteers.values() if v.student}
        self.rcy: list[dict] = scenario.data["rcy"]
        # identity
        self.captchas: dict[str, tuple[str, datetime]] = {}
        self.tokens: dict[str, tuple[str, datetime]] = {}
        # what the partners received
        self.idempotency: dict[str, tuple[str, int, dict]] = {}  # key → (fingerprint, status, body)
        self.neis_submissions: list[dict] = []
        self.vms_transfers: list[dict] = []
        self.vms_sent: dict[str, dict] = {}  # VMS record id → its transfer
        self.consents_log: list[dict] = []
        self.redcross_links: list[dict] = []
        self.requests: Counter[str] = Counter()
        # Red Cross: consent history per member; activity id → when it was linked
        self.rc_consents: dict[str, list[datetime]] = {}
        self.rc_linked: dict[str, datetime] = {}
        for vol in self.by_member.values():
            agreed = vol.consents["redcross"]
            self.rc_consents[vol.redcross["member_id"]] = [agreed] if agreed else []
            if agreed:  # documented choice: a member who consented before has linked activities
                for rec in self.source_records(vol, "redcross"):
                    self.rc_linked[rec["id"]] = EARLIEST

    def _add_volunteer(self, raw: dict) -> None:
        vol = Volunteer(
            id=raw["id"], name=raw["name"], rrn_digits=raw["rrn"], birth_date=parse_rrn(raw["rrn"]).birth_date,
            center=raw["center"], student=raw["student"],
            consents={k: parse_iso(v) if v else None for k, v in raw["consents"].items()},
            class_periods={date.fromisoformat(d): p for d, p in raw["class_periods"].items()},
            vms_id=raw["vms_id"], redcross=raw["redcross"], records=[],
        )
        for rec in sorted(raw["records"], key=lambda r: (r["date"], r["seq"], r["id"])):
            rec = dict(rec, minutes=minutes_between(rec["start"], rec["end"]))
            vol.records.append(rec)
            self.records[rec["id"]] = (vol, rec)
        self.volunteers[vol.id] = vol

    # --- time -------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.now().date()

    def setting(self, *path: str):
        return self.scenario.setting(*path)

    # --- people -----------------------------------------------------------------------------

    def volunteer(self, volunteer_id: str) -> Volunteer:
        vol = self.volunteers.get(volunteer_id)
        if vol is None:
            raise PartnerError("not_found", "unknown volunteer", volunteer_id=volunteer_id)
        return vol

    def volunteer_for_token(self, token: str) -> Volunteer:
        entry = self.tokens.get(token)
        if entry is None or entry[1] <= self.now():
            raise PartnerError("token_expired")
        return self.volunteers[entry[0]]

    @staticmethod
    def student_ref(vol: Volunteer) -> str:
        """NEIS's opaque handle of an enrolment: stable across restarts, says nothing about the person."""
        digest = hashlib.sha256(f"{vol.id}|{vol.student['school']}".encode()).hexdigest()
        return f"ST-{digest[:16]}"

    # --- records ----------------------------------------------------------------------------

    @staticmethod
    def source_records(vol: Volunteer, source: str) -> list[dict]:
        return [r for r in vol.records if r["source"] == source]

    def rc_consent(self, member_id: str) -> dict | None:
        """The member's latest Red Cross → 1365 consent with its expiry."""
        history = self.rc_consents.get(member_id) or []
        if not history:
            return None
        agreed = history[-1]
        expires = add_years(agreed, self.setting("partners", "redcross", "consent_valid_years"))
        return {"agreed_at": iso(agreed), "expires_at": iso(expires), "expired": expires <= self.now()}

    def rc_arrival(self, vol: Volunteer, rec: dict) -> datetime | None:
        """When a Red Cross activity reached 1365: the first moment it was linked, had happened
        and fell inside a valid consent period; None if it has not (yet)."""
        linked = self.rc_linked.get(rec["id"])
        if linked is None:
            return None
        happened = datetime.fromisoformat(f"{rec['date']}T{rec['end'] if rec['end'] != '24:00' else '23:59'}:00+09:00")
        ready = max(linked, happened)
        years = self.setting("partners", "redcross", "consent_valid_years")
        arrivals = [max(ready, agreed) for agreed in self.rc_consents.get(vol.redcross["member_id"], [])
                    if ready < add_years(agreed, years)]
        return min(arrivals) if arrivals else None

    def visible_in_1365(self, vol: Volunteer, rec: dict) -> bool:
        now = self.now()
        if rec["source"] == "1365":
            return True
        if rec["source"] == "vms":
            transfer = self.vms_sent.get(rec["id"])
            return transfer is not None and parse_iso(transfer["visible_at"]) <= now
        arrival = self.rc_arrival(vol, rec)
        return arrival is not None and arrival <= now

    def records_1365(self, vol: Volunteer) -> list[dict]:
        return [r for r in vol.records if self.visible_in_1365(vol, r)]

    # --- NEIS submissions -------------------------------------------------------------------

    def submission_for_record(self, record_id: str) -> dict | None:
        return next((s for s in self.neis_submissions if s["record_id"] == record_id), None)

    def submission_view(self, sub: dict) -> dict:
        """The submission as NEIS answers it now: decided once the approval delay has passed."""
        view = {k: v for k, v in sub.items() if not k.startswith("_")}
        decided = parse_iso(sub["sent_at"]) + timedelta(hours=self.setting("partners", "neis", "approval_delay_hours"))
        if decided <= self.now():
            decision = self.records[sub["record_id"]][1].get("neis_decision") or {"result": "approved", "reason": None}
            view.update(status=decision["result"], decided_at=iso(decided), reason=decision["reason"])
        view["replayed"] = False
        return view

    def next_id(self, prefix: str, items: list) -> str:
        return f"{prefix}-{len(items) + 1:06d}"
