"""What staff type or paste that is parsed before use: the certificate verification code (검증 코드)
and the ``link --select`` list. Only their documented errors may come out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from linkdesk.cli.context import UsageError
from linkdesk.cli.link_cmd import parse_selection
from linkdesk.services.certificate_signing import CodeFormatError, VerificationCode
from tests.fuzz.conftest import count, fuzz_settings

CODE_CHARS = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-:. 018LDld０")


@fuzz_settings(600)
@given(st.one_of(st.text(max_size=40), st.text(CODE_CHARS, max_size=60),
                 st.text(CODE_CHARS, max_size=40).map(lambda t: "LD-2026-000123:" + t)))
def test_a_verification_code_parses_or_is_a_format_error(text):
    count("verification codes")
    try:
        VerificationCode.parse(text)
    except CodeFormatError:
        pass


@fuzz_settings(300)
@given(st.one_of(st.text(max_size=30), st.text(st.sampled_from("R-1001,0 all*"), max_size=30)))
def test_a_record_selection_parses_or_is_a_usage_error(text):
    count("record selections")
    try:
        parse_selection(text)
    except UsageError:
        pass
