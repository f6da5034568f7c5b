"""The bundled default scenario for training mode and the demo, generated deterministically.

National scale (DOMAIN.md §10): about 12,200 schools (초 6,183 · 중 3,272 · 고 2,380 · 기타 351) with
realistic names across all 17 시도교육청 and their 시군구, and a few hundred volunteers with varied
records, consents and enrolment cases. The hand-made showcase people (:mod:`.default_showcase`) cover
every case staff are trained on. All 주민등록번호 are made up. The same seed always gives the same
scenario; generation takes well under a second.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from linkdesk.domain.rrn import checksum_digit
from linkdesk.domain.schoolyear import school_year_of
from linkdesk.sandbox import default_data as d
from linkdesk.sandbox.default_clock import CLOCK
from linkdesk.sandbox.default_showcase import SHOWCASE_SCHOOLS, showcase_volunteers

SEED = 20260515
VOLUNTEERS = 300


def made_up_rrn(born: date, gender: str, serial: int, good_checksum: bool = True) -> str:
    body = f"{born:%y%m%d}{gender}{serial % 100000:05d}"
    check = checksum_digit(body + "0")
    return f"{body[:6]}-{body[6:]}{check if good_checksum else (check + 3) % 10}"


def _split(total: int, weights: list[int]) -> list[int]:
    """``total`` shared out by ``weights`` (largest remainder), so the national totals are exact."""
    raw = [total * w / sum(weights) for w in weights]
    counts = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([t[0] for t in table], [t[1] for t in table])[0]


class _Schools:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.items: list[dict] = [dict(s) for s in SHOWCASE_SCHOOLS]
        self.codes = {s["code"] for s in self.items}
        self.by_office_kind: dict[tuple[str, str], list[dict]] = {}

    def build(self) -> list[dict]:
        column = {"middle": 1, "high": 2}  # elementary, special and other follow the elementary weights
        per_kind = {kind: _split(total, [o[4][column.get(kind, 0)] for o in d.OFFICES]) for kind, total in d.TOTALS.items()}
        for index, office in enumerate(d.OFFICES):
            used = {s["name"] for s in self.items if s["office"] == office[0]}
            serial = iter(range(1, 10000))
            for kind in d.TOTALS:
                bundled = sum(1 for s in SHOWCASE_SCHOOLS if (s["office"], s["kind"]) == (office[0], kind))
                self._office_kind(office, kind, max(0, per_kind[kind][index] - bundled), used, serial)
        for school in self.items:
            self.by_office_kind.setdefault((school["office"], school["kind"]), []).append(school)
        return self.items

    def _office_kind(self, office: tuple, kind: str, count: int, used: set[str], serial) -> None:
        name, prefix, short, code_prefix, _, sgg_text = office
        rng = self.rng
        districts = sgg_text.split() or [""]
        weights = [3 if s.endswith("시") else 2 if s.endswith("구") else 1 for s in districts]
        generic = list(d.SPECIAL_STEMS if kind == "special" else d.STEMS)
        rng.shuffle(generic)
        local = {s: self._local_stems(short, s, generic) for s in districts}
        for _ in range(count):
            district = rng.choices(districts, weights)[0]
            while True:
                if generic and rng.random() < 0.55:
                    stem = generic.pop()
                else:
                    stem = next(local[district])
                full = stem + self._suffix(kind)
                if full not in used:
                    break
            used.add(full)
            code = next(f"{code_prefix}{n:04d}" for n in serial if f"{code_prefix}{n:04d}" not in self.codes)
            self.codes.add(code)
            region = f"{prefix} {district}".strip()
            self.items.append({"code": code, "office": name, "name": full, "kind": kind, "region": region,
                               "address": f"{region} {stem[:2]}로 {rng.randint(1, 320)}"})

    def _local_stems(self, short: str, district: str, generic: list[str]):
        """Names drawn from the place: 성북, 성북중앙, 신성북 …; a one-syllable 구 (중구, 동구) gives
        부산동 once, then the city's name (부산한빛)."""
        if len(district) > 2:
            stem = district[:-1]
            yield from (("신" + stem) if suffix == "신" else stem + suffix for suffix in d.LOCAL_SUFFIXES)
        else:
            stem = short
            yield short + district[:-1]
        for g in sorted(generic, key=lambda s: self.rng.random()) + list(d.STEMS):
            yield stem + g
        for n in range(1, 10000):
            yield f"{stem}제{n}"

    def _suffix(self, kind: str) -> str:
        return {"elementary": "초등학교", "special": "학교"}.get(kind) or _weighted(
            self.rng, {"middle": d.MIDDLE_TYPES, "high": d.HIGH_TYPES, "other": d.OTHER_TYPES}[kind])


class _People:
    def __init__(self, rng: random.Random, schools: _Schools, clock: datetime):
        self.rng, self.schools, self.today = rng, schools, clock.date()
        self.year = school_year_of(self.today)

    def volunteer(self, n: int) -> dict:
        rng = self.rng
        office = rng.choices(d.OFFICES, [sum(o[4]) for o in d.OFFICES])[0]
        district = rng.choice(office[5].split() or [""])
        student = rng.random() < 0.6
        born = self._birth(student)
        gender = ("3" if born.year >= 2000 else "1") if rng.random() < 0.5 else ("4" if born.year >= 2000 else "2")
        if rng.random() < 0.03:
            gender = str(int(gender) + 4)  # foreign resident
        vid = f"V-{50000 + n}"
        vol = {"id": vid, "name": rng.choice(d.SURNAMES) + rng.choice(d.GIVEN),
               "rrn": made_up_rrn(born, gender, 10000 + n * 7, good_checksum=rng.random() > 0.05),
               "center": f"{office[1]} {district}".strip(), "consents": self._consents(), "records": []}
        if student:
            vol["student"] = self._enrolment(office[0], born)
        vol["records"] = self._records(vid, office, district, rng.randint(0, 10))
        if student and vol["records"]:
            days = sorted({r["date"] for r in vol["records"] if date.fromisoformat(r["date"]).weekday() < 5})
            vol["class_periods"] = {day: rng.choice((4, 5, 6, 6, 7)) for day in days if rng.random() < 0.5}
        if rng.random() < 0.12:
            self._vms(vol, n)
        if rng.random() < 0.1:
            self._redcross(vol, n, office[2])
        return vol

    def _birth(self, student: bool) -> date:
        year = self.year - self.rng.randint(7, 18) if student else self.year - self.rng.randint(20, 75)
        return date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _moment(self, days_back_max: int) -> str:
        back = timedelta(days=self.rng.randint(1, days_back_max), minutes=self.rng.randint(0, 600))
        return (datetime.combine(self.today, datetime.min.time()).replace(hour=9) - back).strftime("%Y-%m-%dT%H:%M:00+09:00")

    def _consents(self) -> dict:
        return {"1365": self._moment(2500) if self.rng.random() < 0.75 else None, "vms": None, "redcross": None}

    def _enrolment(self, office: str, born: date) -> dict:
        level = self.year - born.year - 6  # 1..12
        kind, grade = ("elementary", level) if level <= 6 else ("middle", level - 6) if level <= 9 else ("high", level - 9)
        school = self.rng.choice(self.schools.by_office_kind[(office, kind)])
        enrolled = date(self.year - grade + 1, 3, 2)
        if self.rng.random() < 0.06:  # transferred this year; some only next month (not yet enrolled)
            enrolled = self.today + timedelta(days=self.rng.randint(-60, 30))
        return {"school": school["code"], "grade": grade, "class": self.rng.randint(1, 9),
                "number": self.rng.randint(1, 30), "enrolled_from": enrolled.isoformat()}

    def _when(self, span_days: int) -> tuple[str, str, str]:
        day = self.today - timedelta(days=self.rng.randint(0, span_days))
        minutes = self.rng.choice((45, 60, 60, 90, 120, 120, 150, 180, 240, 300, 480))
        start = self.rng.randint(9, 15) * 60 + self.rng.choice((0, 30))
        return day.isoformat(), f"{start // 60:02d}:{start % 60:02d}", f"{(start + minutes) // 60:02d}:{(start + minutes) % 60:02d}"

    def _records(self, vid: str, office: tuple, district: str, count: int) -> list[dict]:
        rng, out, seqs = self.rng, [], {}
        place = (district[:-1] if len(district) > 2 else office[2] + district[:-1]) if district else office[2]
        for i in range(count):
            category, activity = rng.choices([(a[0], a[1]) for a in d.ACTIVITIES], [a[2] for a in d.ACTIVITIES])[0]
            day, start, end = self._when(75 if rng.random() < 0.7 else 500)
            if category == "0503":
                start, end = "10:00", "11:00"
            seqs[day] = seqs.get(day, 0) + 1
            org = f"대한적십자사 헌혈의집 {place}센터" if category == "0503" else rng.choice(d.PLACES_ORG).format(p=place)
            rec = {"source": "1365", "id": f"R-{vid[2:]}-{i + 1:02d}", "date": day, "seq": seqs[day],
                   "organization": org, "category": category, "activity": activity, "start": start, "end": end}
            roll = rng.random()
            if roll < 0.03:
                rec["nature"] = "club"
            elif roll < 0.05:
                rec["nature"] = "disciplinary"
            elif roll < 0.06:
                rec["nature"] = "donation"
            if rng.random() < 0.05:
                rec["neis_decision"] = {"result": "rejected", "reason": rng.choice(d.REJECT_REASONS)}
            out.append(rec)
        return out

    def _vms(self, vol: dict, n: int) -> None:
        vol["vms_id"] = f"vms{n:05d}"
        vol["consents"]["vms"] = self._moment(2000)
        for i in range(self.rng.randint(1, 8)):
            day, start, end = self._when(3000)
            vol["records"].append({"source": "vms", "id": f"VMS-{n:05d}-{i + 1:02d}", "date": day, "seq": 1,
                                   "organization": f"{self.rng.choice(d.STEMS)}종합사회복지관", "category": "0100",
                                   "activity": self.rng.choice(d.VMS_ACTIVITIES), "start": start, "end": end})

    def _redcross(self, vol: dict, n: int, short: str) -> None:
        rng = self.rng
        affiliations = [f"{short}지사"] + ([rng.choice(("서울지사", "경기지사", "부산지사"))] if rng.random() < 0.1 else [])
        vol["redcross"] = {"member_id": f"RC-{n:05d}", "region": short, "joined": self._moment(4000)[:10],
                           "affiliations": list(dict.fromkeys(affiliations)), "linkable": rng.random() > 0.1}
        vol["consents"]["redcross"] = self._moment(900) if rng.random() < 0.7 else None
        for i in range(rng.randint(0, 4)):
            day, start, end = self._when(700)
            category, activity = rng.choice(d.RC_ACTIVITIES)
            vol["records"].append({"source": "redcross", "id": f"RCA-{n:05d}-{i + 1:02d}", "date": day, "seq": 1,
                                   "organization": f"대한적십자사 {short}지사", "category": category,
                                   "activity": activity, "start": start, "end": end})


def generate(seed: int = SEED, clock: str = CLOCK, volunteers: int = VOLUNTEERS) -> dict:
    """The default scenario as a plain dict (JSON-ready)."""
    rng = random.Random(seed)
    moment = datetime.fromisoformat(clock)
    schools = _Schools(rng)
    school_list = schools.build()
    people = _People(rng, schools, moment)
    vols = showcase_volunteers()
    vols += [people.volunteer(n) for n in range(1, volunteers + 1)]
    middle_high = [s for s in school_list if s["kind"] in ("middle", "high")]
    rcy = [{"name": rng.choice(d.SURNAMES) + rng.choice(d.GIVEN), "region": school["office"][:2],
            "school": school["name"], "joined_year": rng.randint(moment.year - 3, moment.year)}
           for school in rng.sample(middle_high, 40)]
    return {"clock": clock, "api_key": "sandbox", "training": True, "identity": {"captcha": True},
            "partners": {"vms": {"send_interval_minutes": 60, "visibility_delay_hours": 24},
                         "redcross": {"consent_valid_years": 2}, "neis": {"approval_delay_hours": 48}},
            "schools": school_list, "volunteers": vols, "rcy": rcy, "faults": []}


def load_default() -> dict:
    """The bundled default scenario (a fresh dict each call)."""
    return generate()
