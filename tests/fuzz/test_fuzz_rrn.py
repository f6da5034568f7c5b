"""The 주민등록번호 parser and the free-text check on any text: an ``Rrn`` or ``RrnError``, nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.free_text import FreeTextError, check_free_text, holds_rrn
from linkdesk.domain.rrn import RrnError, mask_rrn, parse_rrn, redact
from tests.fuzz.conftest import count, fuzz_settings

DIGITS = st.sampled_from("0123456789０１２３４５６７８９٠١²")
SEPARATORS = st.sampled_from(["", "-", " ", "－", "–", "\u2010", "\u200b", "\t", ".", "--"])
RRN_LIKE = st.builds(lambda a, sep, b: a + sep + b, st.text(DIGITS, min_size=5, max_size=7), SEPARATORS,
                     st.text(DIGITS, min_size=6, max_size=8))


@fuzz_settings(2500)
@given(st.one_of(RRN_LIKE, st.text(max_size=20)))
def test_parse_rrn_returns_or_raises_rrn_error(text):
    count("rrn parser")
    try:
        rrn = parse_rrn(text)
    except RrnError as exc:
        assert exc.message.ko
    else:
        assert len(rrn.digits()) == 13 and rrn.digits().isascii() and rrn.digits().isdigit()
        assert rrn.masked.endswith("******") and rrn.digits() not in repr(rrn)
    assert mask_rrn(text).endswith("******") or mask_rrn(text) == "******-*******"


@fuzz_settings(1000)
@given(st.one_of(st.text(max_size=40), st.builds(lambda a, r, b: a + r + b, st.text(max_size=8), RRN_LIKE,
                                                 st.text(max_size=8))))
def test_free_text_check_and_redaction_never_crash(text):
    count("free text")
    redacted = redact(text)
    assert isinstance(redacted, str)
    try:
        assert check_free_text(text, "메모", "note") == text
    except FreeTextError:
        assert holds_rrn(text)
