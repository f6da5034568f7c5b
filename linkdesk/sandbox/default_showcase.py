"""The hand-made people of the default scenario: one for every case staff are trained on.

They match the shared test scenario (tests/fixtures/scenarios.py: same ids, names, made-up numbers
and schools), so a trainer can demonstrate exactly what the tests check, and add a few more cases:
a transfer that is not effective yet, a blood donor over the yearly limit, a foreign resident's
number, an adult with years of records, and a Red Cross member whose activity still needs linking.
"""

from __future__ import annotations

from linkdesk.domain.rrn import checksum_digit

SHOWCASE_SCHOOLS = [
    {"code": "7010057", "office": "서울특별시교육청", "name": "보문중학교", "kind": "middle", "region": "서울특별시 성북구", "address": "서울특별시 성북구 보문로 10"},
    {"code": "7010083", "office": "서울특별시교육청", "name": "서울고등학교", "kind": "high", "region": "서울특별시 서초구", "address": "서울특별시 서초구 효령로 197"},
    {"code": "7010120", "office": "서울특별시교육청", "name": "보라매초등학교", "kind": "elementary", "region": "서울특별시 동작구", "address": "서울특별시 동작구 보라매로 5"},
    {"code": "7150211", "office": "부산광역시교육청", "name": "해운대중학교", "kind": "middle", "region": "부산광역시 해운대구", "address": "부산광역시 해운대구 해운대로 100"},
    {"code": "7240033", "office": "대구광역시교육청", "name": "대구보문고등학교", "kind": "high", "region": "대구광역시 수성구", "address": "대구광역시 수성구 달구벌대로 20"},
    {"code": "7530190", "office": "경기도교육청", "name": "의왕중학교", "kind": "middle", "region": "경기도 의왕시", "address": "경기도 의왕시 내손로 8"},
    {"code": "8000114", "office": "경상북도교육청", "name": "포항보문중학교", "kind": "middle", "region": "경상북도 포항시", "address": "경상북도 포항시 북구 중앙로 1"},
    {"code": "7010999", "office": "서울특별시교육청", "name": "서울정문학교", "kind": "special", "region": "서울특별시 강서구", "address": "서울특별시 강서구 공항대로 3"},
]


def _bomun_calendar() -> list[dict]:
    """보문중학교's 학사일정 for training: days off from the school's own calendar (DOMAIN.md §5, §13)."""
    from datetime import date, timedelta

    days = [{"date": "2026-05-04", "event": "재량휴업일", "kind": "휴업일"},
            {"date": "2026-06-10", "event": "개교기념일", "kind": "휴업일"},
            {"date": "2026-04-16", "event": "1학년 수련활동", "kind": "휴업일", "grades": [1]}]
    day = date(2026, 7, 22)
    while day <= date(2026, 8, 23):
        days.append({"date": day.isoformat(), "event": "여름방학", "kind": "휴업일"})
        day += timedelta(days=1)
    return days


SHOWCASE_SCHOOLS[0]["calendar"] = _bomun_calendar()


def made_up_rrn(yymmdd: str, g: str, serial: str = "01234", good_checksum: bool = True) -> str:
    """A made-up 주민등록번호 from a birth date and gender digit: the old check digit, or one that
    deliberately does not match (a post-October-2020 number). Shared with the tests' scenario."""
    body = yymmdd + g + serial
    check = checksum_digit(body + "0")
    return f"{body[:6]}-{body[6:]}{check if good_checksum else (check + 3) % 10}"



def _rec(rid, day, org, category, activity, start, end, source="1365", seq=1, **extra) -> dict:
    return {"source": source, "id": rid, "date": day, "seq": seq, "organization": org, "category": category,
            "activity": activity, "start": start, "end": end, **extra}


def _none(**given) -> dict:
    return {"1365": None, "vms": None, "redcross": None, **given}


_SEED_VMS = [  # the seed guide's VMS table (DOMAIN.md §6)
    ("2010-01-26", "가람가정봉사원지원센터", "여가선용(각종 취미활동 등)", "15:30", "16:30"),
    ("2010-09-29", "가람가정봉사원지원센터", "여가선용(각종 취미활동 등)", "15:30", "16:30"),
    ("2010-11-29", "학산종합사회복지관", "여가선용(각종 취미활동 등)", "14:00", "15:00"),
    ("2010-12-27", "학산종합사회복지관", "여가선용(각종 취미활동 등)", "14:00", "15:00"),
    ("2011-01-17", "학산종합사회복지관", "여가선용(각종 취미활동 등)", "14:00", "15:30"),
    ("2011-03-11", "학산종합사회복지관", "생활지원(식사, 목욕, 세탁, 간병, 이모용 등)", "12:30", "14:00"),
    ("2011-04-07", "유학원", "여가선용(각종 취미활동 등)", "12:00", "16:00"),
]


def _students() -> list[dict]:
    sb = "성북구자원봉사센터"
    return [
        {"id": "V-1001", "name": "김민준", "rrn": made_up_rrn("120315", "3", "10234"), "center": "서울특별시 성북구",
         "student": {"school": "7010057", "grade": 3, "class": 2, "number": 7, "enrolled_from": "2024-03-02"},
         "consents": _none(**{"1365": "2024-10-12T14:20:00+09:00"}),
         "class_periods": {"2026-04-08": 7, "2026-04-22": 6, "2026-05-05": 0},
         "records": [
             _rec("R-1001-01", "2026-03-14", sb, "0800", "하천 환경정화", "09:00", "12:30"),
             _rec("R-1001-02", "2026-04-08", "성북노인종합복지관", "0100", "어르신 식사 보조", "15:30", "16:30",
                  neis_decision={"result": "rejected", "reason": "학교 봉사활동 계획에 없는 활동입니다."}),
             _rec("R-1001-03", "2026-04-22", "성북구립도서관", "0400", "초등학생 학습 멘토링", "14:00", "18:00"),
             _rec("R-1001-04", "2026-05-02", "성북문화재단", "0700", "축제 안내", "10:00", "10:45"),
             _rec("R-1001-05", "2026-05-09", "대한적십자사 헌혈의집 성신여대앞센터", "0503", "헌혈", "10:00", "11:00"),
             _rec("R-1001-06", "2026-02-20", sb, "0800", "골목 환경정화", "10:00", "13:00"),
             _rec("R-1001-07", "2026-04-25", "한국국제협력단", "1301", "해외봉사 교육", "09:00", "17:00"),
             _rec("R-1001-08", "2026-03-21", "보문중학교", "1500", "동아리 봉사", "09:00", "12:00", nature="club"),
             _rec("R-1001-09", "2026-05-10", "성북천 지킴이", "0800", "하천 쓰레기 줍기", "09:00", "11:00"),
         ]},
        {"id": "V-1002", "name": "이서연", "rrn": made_up_rrn("100721", "4", "20518"), "center": "서울특별시 서초구",
         "student": {"school": "7010083", "grade": 1, "class": 4, "number": 12, "enrolled_from": "2026-03-02"},
         "consents": _none(),
         "records": [_rec("R-1002-01", "2026-04-11", "서초구자원봉사센터", "0800", "양재천 정화", "09:00", "12:00"),
                     _rec("R-1002-02", "2026-04-18", "서초노인복지관", "0100", "배식 보조", "11:00", "13:00")]},
        {"id": "V-1003", "name": "박지호", "rrn": made_up_rrn("130402", "3", "11873"), "center": "서울특별시 성북구",
         "student": {"school": "7010057", "grade": 1, "class": 5, "number": 3, "enrolled_from": "2026-03-02"},
         "consents": _none(), "records": [_rec("R-1003-01", "2026-04-04", sb, "0800", "공원 정화", "10:00", "12:00")]},
        {"id": "V-1004", "name": "최유나", "rrn": made_up_rrn("111111", "4", "87631", good_checksum=False), "center": "경기도 의왕시",
         "student": {"school": "7530190", "grade": 3, "class": 1, "number": 20, "enrolled_from": "2024-03-02"},
         "consents": _none(**{"1365": "2025-03-05T09:00:00+09:00"}),
         "records": [_rec("R-1004-01", "2026-04-12", "의왕시자원봉사센터", "0800", "왕송호수 정화", "09:00", "11:00")]},
        {"id": "V-1005", "name": "송다은", "rrn": made_up_rrn("110830", "4", "31207"), "center": "부산광역시 해운대구",
         "student": {"school": "7150211", "grade": 3, "class": 3, "number": 9, "enrolled_from": "2026-06-01"},
         "consents": _none(**{"1365": "2025-11-02T16:00:00+09:00"}),
         "records": [_rec("R-1005-01", "2026-04-19", "해운대구자원봉사센터", "0800", "해변 정화", "09:00", "12:00")]},
        {"id": "V-1006", "name": "배수빈", "rrn": made_up_rrn("090117", "3", "44120"), "center": "서울특별시 서초구",
         "student": {"school": "7010083", "grade": 2, "class": 1, "number": 15, "enrolled_from": "2025-03-02"},
         "consents": _none(**{"1365": "2025-03-20T10:00:00+09:00"}),
         "records": [_rec(f"R-1006-0{i}", day, "대한적십자사 헌혈의집 강남센터", "0503", "헌혈", "10:00", "11:00")
                     for i, day in enumerate(("2026-03-07", "2026-03-28", "2026-04-18", "2026-05-09"), start=1)]},
        {"id": "V-1007", "name": "응우옌란", "rrn": made_up_rrn("150605", "8", "52031"), "center": "서울특별시 동작구",
         "student": {"school": "7010120", "grade": 5, "class": 2, "number": 11, "enrolled_from": "2022-03-02"},
         "consents": _none(**{"1365": "2026-03-15T11:00:00+09:00"}),
         "records": [_rec("R-1007-01", "2026-04-25", "동작구자원봉사센터", "0800", "보라매공원 정화", "10:00", "12:00")]},
    ]


def _rc(rid, day, act, start, end, cat="0100", org="대한적십자사 서울지사") -> dict:
    return _rec(rid, day, org, cat, act, start, end, source="redcross")


def _adults() -> list[dict]:
    return [
        {"id": "V-1008", "name": "장영수", "rrn": made_up_rrn("740305", "1", "23345"), "center": "서울특별시 성북구",
         "consents": _none(**{"1365": "2014-10-12T10:00:00+09:00"}),
         "records": [_rec(f"R-1008-{i:02d}", f"20{y:02d}-{m:02d}-{dd:02d}", "성북노인종합복지관", "0100", "어르신 식사 보조",
                          "11:00", "14:00") for i, (y, m, dd) in enumerate(
                              [(18, 5, 12), (19, 6, 8), (21, 10, 2), (23, 4, 15), (25, 9, 6), (26, 4, 11)], start=1)]},
        {"id": "V-2001", "name": "정하늘", "rrn": made_up_rrn("850214", "2", "40127"), "center": "경기도 의왕시",
         "consents": _none(**{"1365": "2017-06-07T10:12:00+09:00", "vms": "2017-06-07T10:15:00+09:00"}), "vms_id": "haneul85",
         "records": [_rec(f"VMS-2001-{i + 1:02d}", day, org, "0100", act, s, e, source="vms")
                     for i, (day, org, act, s, e) in enumerate(_SEED_VMS)]},
        {"id": "V-2002", "name": "강도윤", "rrn": made_up_rrn("900530", "1", "33810"), "center": "경기도 의왕시",
         "consents": _none(vms="2025-01-10T10:00:00+09:00"), "vms_id": "doyun90",
         "records": [_rec("VMS-2002-01", "2025-12-06", "의왕시노인복지관", "0100", "말벗", "13:00", "15:00", source="vms")]},
        {"id": "V-3001", "name": "윤서준", "rrn": made_up_rrn("780909", "1", "52214"), "center": "서울특별시 중구",
         "consents": _none(**{"1365": "2019-07-03T15:00:00+09:00", "redcross": "2024-03-10T15:04:00+09:00"}),
         "redcross": {"member_id": "RC-3001", "region": "서울", "joined": "2019-07-02", "affiliations": ["서울지사"]},
         "records": [_rc("RCA-3001-01", "2026-01-17", "재난구호 급식", "09:00", "15:00", cat="1200"),
                     _rc("RCA-3001-02", "2026-04-04", "사랑의 빵 나눔", "10:00", "13:00")]},
        {"id": "V-3002", "name": "임지우", "rrn": made_up_rrn("820101", "2", "61125"), "center": "부산광역시 해운대구",
         "consents": _none(**{"1365": "2020-02-02T10:00:00+09:00"}),
         "redcross": {"member_id": "RC-3002", "region": "부산", "joined": "2014-05-01", "affiliations": ["부산지사", "서울지사"]},
         "records": []},
        {"id": "V-3003", "name": "한예린", "rrn": made_up_rrn("950620", "2", "70316"), "center": "대구광역시 수성구",
         "consents": _none(**{"1365": "2021-09-09T10:00:00+09:00"}),
         "redcross": {"member_id": "RC-3003", "region": "대구", "joined": "2018-03-03", "affiliations": ["대구지사"], "linkable": False},
         "records": [_rc("RCA-3003-01", "2026-03-28", "경로당 방문", "10:00", "12:00", org="대한적십자사 대구지사")]},
        {"id": "V-3004", "name": "오세훈", "rrn": made_up_rrn("880303", "1", "18842"), "center": "서울특별시 중구",
         "consents": _none(**{"1365": "2019-08-01T10:00:00+09:00", "redcross": "2024-06-01T11:00:00+09:00"}),
         "redcross": {"member_id": "RC-3004", "region": "서울", "joined": "2016-06-01", "affiliations": ["서울지사"]},
         "records": []},
        {"id": "V-3005", "name": "문가영", "rrn": made_up_rrn("920715", "2", "27718"), "center": "서울특별시 마포구",
         "consents": _none(**{"1365": "2022-05-05T10:00:00+09:00"}),
         "redcross": {"member_id": "RC-3005", "region": "서울", "joined": "2022-04-01", "affiliations": ["서울지사"]},
         "records": [_rc("RCA-3005-01", "2026-04-26", "응급처치 교육 보조", "13:00", "17:00", cat="1000")]},
    ]


def showcase_volunteers() -> list[dict]:
    return _students() + _adults()
