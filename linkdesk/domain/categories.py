"""1365 activity categories (대분류 code → name), DOMAIN.md §5."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "0100": "생활편의지원",
    "0200": "주거환경",
    "0300": "상담",
    "0400": "교육",
    "0500": "보건의료",
    "0503": "헌혈",
    "0600": "농어촌 봉사",
    "0700": "문화행사",
    "0800": "환경보호",
    "0900": "행정보조",
    "1000": "안전·예방",
    "1100": "공익·인권",
    "1200": "재해·재난",
    "1300": "국제협력·해외봉사",
    "1301": "해외봉사",
    "1400": "멘토링",
    "1500": "기타",
    "1700": "자원봉사교육",
}

BLOOD_DONATION = "0503"
OVERSEAS = "1301"


def category_name(code: str) -> str:
    if code in CATEGORIES:
        return CATEGORIES[code]
    major = (code or "")[:2] + "00"
    return CATEGORIES.get(major, code or "")


def is_known(code: str) -> bool:
    return code in CATEGORIES or ((code or "")[:2] + "00") in CATEGORIES
