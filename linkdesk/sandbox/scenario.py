"""Sandbox scenario files: load, validate and fill in defaults (docs/sandbox-scenarios.md).

A bad file stops the sandbox with a :class:`ScenarioError` naming the field path and the problem,
for example ``volunteers[3].student.school: unknown school code '123'``. A valid scenario is kept as
a normalised, JSON-ready dict (defaults filled in) inside :class:`Scenario`.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from linkdesk.protocol.offices import office_code_of
from linkdesk.sandbox import scenario_checks as c
from linkdesk.sandbox.faults import Fault, FaultSpecError, parse_fault
from linkdesk.sandbox.scenario_checks import ScenarioError
from linkdesk.sandbox.scenario_people import SOURCES, VolunteerChecks

__all__ = ["KINDS", "SOURCES", "Scenario", "ScenarioError", "load_scenario", "parse_scenario"]

KINDS = ("elementary", "middle", "high", "special", "other")
DEFAULTS = {
    "api_key": "sandbox",
    "training": True,
    "identity": {"captcha": True, "token_minutes": 30, "captcha_minutes": 5},
    "partners": {
        "vms": {"send_interval_minutes": 60, "visibility_delay_hours": 24},
        "redcross": {"consent_valid_years": 2},
        # NEIS's own rules (DOMAIN.md §5); LinkDesk passes its [rules] here in training mode.
        "neis": {"approval_delay_hours": 48, "weekday_hours": 2, "holiday_hours": 8, "max_daily_total": 8,
                 "labour_day_off": False, "constitution_day_off": False},
    },
}


@dataclass(frozen=True)
class Scenario:
    """A validated scenario; ``data`` is the normalised dict with every default filled in."""

    data: dict

    def __repr__(self) -> str:  # never the people (their numbers are in data)
        return f"Scenario({len(self.data['schools'])} schools, {len(self.data['volunteers'])} volunteers)"

    @property
    def clock(self) -> datetime | None:
        return c.moment(self.data["clock"], "clock") if self.data.get("clock") else None

    @property
    def api_key(self) -> str:
        return self.data["api_key"]

    @property
    def faults(self) -> list[Fault]:
        return [parse_fault(f) for f in self.data["faults"]]

    def setting(self, *path: str):
        value = self.data
        for key in path:
            value = value[key]
        return value

    def to_dict(self) -> dict:
        return copy.deepcopy(self.data)


def load_scenario(source: str | Path | dict | Scenario) -> Scenario:
    """A scenario from a JSON file path, a dict or an already loaded :class:`Scenario`."""
    if isinstance(source, Scenario):
        return source
    if isinstance(source, dict):
        return parse_scenario(source)
    path = Path(source)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioError("", f"cannot read scenario file {path.name}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ScenarioError("", f"not UTF-8 text (byte {exc.start}): {path.name}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ScenarioError("", f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None
    except RecursionError:
        raise ScenarioError("", "nested too deeply to be a scenario") from None
    return parse_scenario(data)


def parse_scenario(data: object) -> Scenario:
    top = c.obj(data, "", {"clock", "api_key", "training", "identity", "partners", "schools", "volunteers", "rcy", "faults"})
    out: dict = {"clock": None}
    if top.get("clock") is not None:
        out["clock"] = c.text(top["clock"], "clock")
        c.moment(top["clock"], "clock")
    out["api_key"] = c.text(top.get("api_key", DEFAULTS["api_key"]), "api_key")
    out["training"] = c.boolean(top.get("training", True), "training")
    out["identity"] = _identity(top.get("identity", {}))
    out["partners"] = _partners(top.get("partners", {}))
    out["schools"] = [_school(s, c.at("schools", i)) for i, s in enumerate(c.lst(top.get("schools", []), "schools"))]
    seen: dict[str, str] = {}
    for i, school in enumerate(out["schools"]):
        c.unique(seen, school["code"], c.at(c.at("schools", i), "code"), "school code")
    VolunteerChecks(set(seen)).check(c.lst(top.get("volunteers", []), "volunteers"), out)
    out["rcy"] = [_rcy(r, c.at("rcy", i)) for i, r in enumerate(c.lst(top.get("rcy", []), "rcy"))]
    out["faults"] = []
    for i, spec in enumerate(c.lst(top.get("faults", []), "faults")):
        try:
            out["faults"].append(parse_fault(spec).to_dict())
        except FaultSpecError as exc:
            raise ScenarioError(c.at(c.at("faults", i), exc.field) if exc.field else c.at("faults", i), exc.problem) from None
    return Scenario(out)


def _section(value: object, path: str, defaults: dict, lo: int = 0) -> dict:
    """An object of whole-number settings (booleans where the default is one)."""
    section = c.obj(value, path, set(defaults))
    out = dict(defaults)
    for key, default in defaults.items():
        if key in section:
            check = c.boolean if isinstance(default, bool) else (lambda v, p: c.integer(v, p, lo=lo))
            out[key] = check(section[key], c.at(path, key))
    return out


def _identity(value: object) -> dict:
    out = _section(value, "identity", DEFAULTS["identity"])
    for key in ("token_minutes", "captcha_minutes"):
        c.integer(out[key], c.at("identity", key), lo=1)
    return out


def _partners(value: object) -> dict:
    section = c.obj(value, "partners", set(DEFAULTS["partners"]))
    out = {name: _section(section.get(name, {}), c.at("partners", name), defaults)
           for name, defaults in DEFAULTS["partners"].items()}
    c.integer(out["redcross"]["consent_valid_years"], "partners.redcross.consent_valid_years", lo=1)
    for key in ("weekday_hours", "holiday_hours", "max_daily_total"):
        c.integer(out["neis"][key], f"partners.neis.{key}", lo=0, hi=12)
    return out


def _school(value: object, path: str) -> dict:
    s = c.obj(value, path, {"code", "office", "office_code", "name", "kind", "region", "address", "calendar", "timetable"},
              ("code", "office", "name", "kind", "region"))
    code = c.text(s["code"], c.at(path, "code"))
    if not code.isalnum():
        raise ScenarioError(c.at(path, "code"), "letters and digits only")
    if s["kind"] not in KINDS:
        raise ScenarioError(c.at(path, "kind"), f"unknown school kind {s['kind']!r}; one of {', '.join(KINDS)}")
    office = c.text(s["office"], c.at(path, "office"))
    office_code = s.get("office_code") or office_code_of(office)
    if not office_code:
        raise ScenarioError(c.at(path, "office_code"), f"needed: {office!r} is not one of the 17 시도교육청 names")
    office_code = c.text(office_code, c.at(path, "office_code"))
    out = {"code": code, "office_code": office_code, "office": office, "name": c.text(s["name"], c.at(path, "name")),
           "kind": s["kind"], "region": c.text(s["region"], c.at(path, "region")),
           "address": c.text(s.get("address", ""), c.at(path, "address"), allow_empty=True)}
    extra = {}
    if "calendar" in s:
        extra["calendar"] = [_calendar_day(r, c.at(c.at(path, "calendar"), i))
                             for i, r in enumerate(c.lst(s["calendar"], c.at(path, "calendar")))]
    if "timetable" in s:
        extra["timetable"] = [_class_timetable(t, c.at(c.at(path, "timetable"), i))
                              for i, t in enumerate(c.lst(s["timetable"], c.at(path, "timetable")))]
    return {**out, **extra}


CALENDAR_KINDS = ("휴업일", "공휴일", "해당없음")


def _calendar_day(value: object, path: str) -> dict:
    """One 학사일정 day: ``{"date", "event", "kind": 휴업일|공휴일|해당없음, "grades": [1, 2]}``."""
    r = c.obj(value, path, {"date", "event", "kind", "grades"}, ("date", "event"))
    c.day(r["date"], c.at(path, "date"))
    kind = r.get("kind", "휴업일")
    if kind not in CALENDAR_KINDS:
        raise ScenarioError(c.at(path, "kind"), f"unknown kind {kind!r}; one of {', '.join(CALENDAR_KINDS)}")
    grades = r.get("grades")
    if grades is not None:
        grades = [c.integer(g, c.at(c.at(path, "grades"), i), 1, 6) for i, g in enumerate(c.lst(grades, c.at(path, "grades")))]
    return {"date": r["date"], "event": c.text(r["event"], c.at(path, "event")), "kind": kind, "grades": grades}


def _class_timetable(value: object, path: str) -> dict:
    """One class's periods per date: ``{"grade": 1, "class": 3, "periods": {"2026-04-08": 7}}``."""
    t = c.obj(value, path, {"grade", "class", "periods"}, ("grade", "class", "periods"))
    periods = t["periods"]
    if not isinstance(periods, dict):
        raise ScenarioError(c.at(path, "periods"), "expected an object of date → class periods")
    for key, n in periods.items():
        c.day(key, c.at(c.at(path, "periods"), key))
        c.integer(n, c.at(c.at(path, "periods"), key), 0, 10)
    return {"grade": c.integer(t["grade"], c.at(path, "grade"), 1, 6),
            "class": c.integer(t["class"], c.at(path, "class"), 1, 99), "periods": dict(periods)}


def _rcy(value: object, path: str) -> dict:
    r = c.obj(value, path, {"name", "region", "school", "joined_year"}, ("name", "region", "school", "joined_year"))
    return {"name": c.text(r["name"], c.at(path, "name")), "region": c.text(r["region"], c.at(path, "region")),
            "school": c.text(r["school"], c.at(path, "school")),
            "joined_year": c.integer(r["joined_year"], c.at(path, "joined_year"), lo=1905, hi=2100)}
