"""주민등록번호 rules (DOMAIN.md §7): hard checks, the checksum as a warning only, one masking rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain import rrn as R
from tests.fixtures.scenarios import RRN_POST2020, made_up_rrn

GENDER = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000}


@st.composite
def valid_numbers(draw):
    g = draw(st.sampled_from(sorted(GENDER)))
    century = GENDER[g]
    born = draw(st.dates(min_value=date(century, 1, 1), max_value=date(century + 99, 12, 31)))
    serial = draw(st.text("0123456789", min_size=6, max_size=6))
    return born, g, f"{born:%y%m%d}-{g}{serial}"


@given(valid_numbers(), st.sampled_from(["", "-", " "]))
def test_every_real_date_and_gender_digit_parses(case, sep):
    born, g, text = case
    parsed = R.parse_rrn(text.replace("-", sep))
    assert parsed.birth_date == born
    assert parsed.foreign == (g in "5678")
    assert parsed.masked == f"{born:%y%m%d}-{g}******"


@given(valid_numbers())
def test_repr_and_str_never_show_the_back_digits(case):
    _, _, text = case
    parsed = R.parse_rrn(text)
    for shown in (repr(parsed), str(parsed), f"{parsed}"):
        assert text not in shown and R.normalize(text) not in shown
        assert shown.count("*") == 6


@given(st.text(min_size=0, max_size=20))
def test_parse_never_crashes_on_garbage(text):
    try:
        R.parse_rrn(text)
    except R.RrnError as exc:
        assert exc.message.ko and exc.message.en


def test_hard_checks_name_the_problem():
    with pytest.raises(R.RrnError) as e:
        R.parse_rrn("12031-3123456")
    assert e.value.message.code == "rrn_format"
    with pytest.raises(R.RrnError) as e:
        R.parse_rrn("120230-3123456")  # 30 February
    assert e.value.message.code == "rrn_date"
    with pytest.raises(R.RrnError) as e:
        R.parse_rrn("010101-a123456")
    assert e.value.message.code == "rrn_format"
    with pytest.raises(R.RrnError) as e:
        R.parse_rrn("500101-3123456", today=date(2026, 5, 15))  # 2050: future
    assert e.value.message.code == "rrn_future"


def test_a_post_2020_number_with_a_wrong_check_digit_is_accepted_with_a_warning():
    parsed = R.parse_rrn(RRN_POST2020)
    assert parsed.checksum_ok is False
    assert [w.code for w in parsed.warnings()] == ["rrn_checksum"]


def test_old_numbers_pass_the_checksum_and_foreigners_have_none():
    assert R.parse_rrn(made_up_rrn("850214", "2", "40127")).checksum_ok is True
    foreign = R.parse_rrn("850214-6123456")
    assert foreign.checksum_ok is None and foreign.warnings() == []


@given(st.text("0123456789", min_size=12, max_size=12))
def test_checksum_digit_is_the_documented_formula(body):
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    expected = (11 - sum(int(d) * w for d, w in zip(body, weights)) % 11) % 10
    assert R.checksum_digit(body) == expected


def test_redact_masks_every_form_inside_text():
    n = made_up_rrn("120315", "3", "10234")
    d = R.normalize(n)
    text = f"a {n} b {d} c {d[:6]} {d[6:]} d 1234567890123456"
    out = R.redact(text)
    assert d[7:] not in out
    assert out.count(f"{d[:6]}-{d[6]}******") == 3
    assert "1234567890123456" in out  # a longer run of digits is not an RRN
    assert R.mask_rrn("garbage") == "******-*******"


@pytest.mark.parametrize(
    ("born", "day", "age", "guardian"),
    [
        (date(2013, 4, 2), date(2026, 5, 15), 13, True),
        (date(2012, 3, 15), date(2026, 5, 15), 14, False),
        (date(2012, 5, 15), date(2026, 5, 15), 14, False),  # the birthday itself
        (date(2012, 5, 16), date(2026, 5, 15), 13, True),
    ],
)
def test_full_age_and_guardian_rule(born, day, age, guardian):
    assert R.full_age(born, day) == age
    assert R.needs_guardian(born, day) is guardian


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 1, 1)), st.integers(0, 40000))
def test_age_never_decreases(born, days):
    d1 = born + timedelta(days=days)
    assert R.full_age(born, d1 + timedelta(days=1)) >= R.full_age(born, d1)
