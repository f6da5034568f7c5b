"""Scenario validation of ``volunteers[]`` and their records, with uniqueness across the whole file.

Split from :mod:`linkdesk.sandbox.scenario`, which validates the rest and calls :class:`VolunteerChecks`.
"""

from __future__ import annotations

from linkdesk.domain.categories import is_known
from linkdesk.domain.eligibility import NATURES
from linkdesk.domain.hours import TimeRangeError, minutes_between, parse_hhmm
from linkdesk.domain.rrn import RrnError, normalize, parse_rrn
from linkdesk.sandbox import scenario_checks as c
from linkdesk.sandbox.scenario_checks import ScenarioError

SOURCES = ("1365", "vms", "redcross")
CONSENT_KEYS = ("1365", "vms", "redcross")


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class VolunteerChecks:
    """Checks volunteers and their records, with the uniqueness of ids across the whole file."""

    def __init__(self, school_codes: set[str]):
        self.schools = school_codes
        self.ids: dict[str, str] = {}
        self.record_ids: dict[str, str] = {}
        self.vms_ids: dict[str, str] = {}
        self.member_ids: dict[str, str] = {}
        self.rrns: dict[str, str] = {}  # digits → path; never echoed

    def check(self, items: list, out: dict) -> None:
        out["volunteers"] = [self.volunteer(v, c.at("volunteers", i)) for i, v in enumerate(items)]

    def volunteer(self, value: object, path: str) -> dict:
        v = c.obj(value, path, {"id", "name", "rrn", "center", "student", "consents", "class_periods", "vms_id", "redcross", "records"},
                  ("id", "name", "rrn"))
        vid = c.text(v["id"], c.at(path, "id"))
        c.unique(self.ids, vid, c.at(path, "id"), "volunteer id")
        rrn_path = c.at(path, "rrn")
        try:
            digits = parse_rrn(c.text(v["rrn"], rrn_path)).digits()
        except RrnError as exc:
            raise ScenarioError(rrn_path, f"not a valid 주민등록번호: {exc.message.en}") from None
        if digits in self.rrns:
            raise ScenarioError(rrn_path, f"the same 주민등록번호 as {self.rrns[digits]}")
        self.rrns[digits] = rrn_path
        out = {"id": vid, "name": c.text(v["name"], c.at(path, "name")), "rrn": normalize(v["rrn"]),
               "center": c.text(v.get("center", ""), c.at(path, "center"), allow_empty=True),
               "student": self.student(v["student"], c.at(path, "student")) if v.get("student") is not None else None,
               "consents": self.consents(v.get("consents", {}), c.at(path, "consents")),
               "class_periods": self.periods(v.get("class_periods", {}), c.at(path, "class_periods")),
               "vms_id": None, "redcross": None}
        if v.get("vms_id") is not None:
            out["vms_id"] = c.text(v["vms_id"], c.at(path, "vms_id"))
            c.unique(self.vms_ids, out["vms_id"], c.at(path, "vms_id"), "vms_id")
        if v.get("redcross") is not None:
            out["redcross"] = self.redcross(v["redcross"], c.at(path, "redcross"))
        out["records"] = [self.record(r, c.at(c.at(path, "records"), i), out)
                          for i, r in enumerate(c.lst(v.get("records", []), c.at(path, "records")))]
        return out

    def student(self, value: object, path: str) -> dict:
        s = c.obj(value, path, {"school", "grade", "class", "number", "enrolled_from"}, ("school", "grade", "class", "number"))
        school = c.text(s["school"], c.at(path, "school"))
        if school not in self.schools:
            raise ScenarioError(c.at(path, "school"), f"unknown school code {school!r}")
        enrolled = s.get("enrolled_from")
        if enrolled is not None:
            c.day(enrolled, c.at(path, "enrolled_from"))
        return {"school": school, "grade": c.integer(s["grade"], c.at(path, "grade"), 1, 6),
                "class": c.integer(s["class"], c.at(path, "class"), 1, 99),
                "number": c.integer(s["number"], c.at(path, "number"), 1, 99), "enrolled_from": enrolled}

    def consents(self, value: object, path: str) -> dict:
        cons = c.obj(value, path, set(CONSENT_KEYS))
        out = {}
        for key in CONSENT_KEYS:
            out[key] = cons.get(key)
            c.optional_moment(out[key], c.at(path, key))
        return out

    def periods(self, value: object, path: str) -> dict:
        if not isinstance(value, dict):
            raise ScenarioError(path, "expected an object of date → class periods")
        for key, periods in value.items():
            c.day(key, c.at(path, key))
            c.integer(periods, c.at(path, key), 0, 10)
        return dict(value)

    def redcross(self, value: object, path: str) -> dict:
        r = c.obj(value, path, {"member_id", "region", "joined", "affiliations", "linkable"}, ("member_id",))
        member = c.text(r["member_id"], c.at(path, "member_id"))
        c.unique(self.member_ids, member, c.at(path, "member_id"), "member_id")
        joined = r.get("joined")
        if joined is not None:
            c.day(joined, c.at(path, "joined"))
        aff_path = c.at(path, "affiliations")
        affiliations = [c.text(a, c.at(aff_path, i)) for i, a in enumerate(c.lst(r.get("affiliations", []), aff_path))]
        return {"member_id": member, "region": c.text(r.get("region", ""), c.at(path, "region"), allow_empty=True),
                "joined": joined, "affiliations": affiliations,
                "linkable": c.boolean(r.get("linkable", True), c.at(path, "linkable"))}

    def record(self, value: object, path: str, volunteer: dict) -> dict:
        r = c.obj(value, path, {"source", "id", "date", "seq", "organization", "category", "activity", "start", "end",
                                "nature", "neis_decision"}, ("id", "date", "organization", "category", "activity", "start", "end"))
        rid = c.text(r["id"], c.at(path, "id"))
        c.unique(self.record_ids, rid, c.at(path, "id"), "record id")
        source = r.get("source", "1365")
        if source not in SOURCES:
            raise ScenarioError(c.at(path, "source"), f"unknown source {source!r}; one of {', '.join(SOURCES)}")
        if source == "vms" and not volunteer["vms_id"]:
            raise ScenarioError(c.at(path, "source"), "a VMS record needs the volunteer's vms_id")
        if source == "redcross" and not volunteer["redcross"]:
            raise ScenarioError(c.at(path, "source"), "a Red Cross record needs the volunteer's redcross member")
        c.day(r["date"], c.at(path, "date"))
        category = c.text(r["category"], c.at(path, "category"))
        if not is_known(category):
            raise ScenarioError(c.at(path, "category"), f"unknown 1365 category code {category!r}")
        for key in ("start", "end"):
            c.text(r[key], c.at(path, key))
        try:
            minutes_between(r["start"], r["end"])
        except TimeRangeError as exc:
            raise ScenarioError(c.at(path, "end"), f"not a time range: {exc}") from None
        nature = r.get("nature", "regular")
        if nature not in NATURES:
            raise ScenarioError(c.at(path, "nature"), f"unknown nature {nature!r}; one of {', '.join(NATURES)}")
        start, end = (_hhmm(parse_hhmm(r[key])) for key in ("start", "end"))
        return {"source": source, "id": rid, "date": r["date"], "seq": c.integer(r.get("seq", 1), c.at(path, "seq"), 1),
                "organization": c.text(r["organization"], c.at(path, "organization")), "category": category,
                "activity": c.text(r["activity"], c.at(path, "activity")), "start": start, "end": end,
                "nature": nature, "neis_decision": self.decision(r.get("neis_decision"), c.at(path, "neis_decision"))}

    def decision(self, value: object, path: str) -> dict | None:
        if value is None:
            return None
        d = c.obj(value, path, {"result", "reason"}, ("result",))
        if d["result"] not in ("approved", "rejected"):
            raise ScenarioError(c.at(path, "result"), f"unknown result {d['result']!r}; one of approved, rejected")
        reason = d.get("reason")
        if reason is not None:
            c.text(reason, c.at(path, "reason"))
        elif d["result"] == "rejected":
            reason = "학교에서 반려하였습니다."
        return {"result": d["result"], "reason": reason}
