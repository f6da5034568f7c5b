"""The log never holds a 주민등록번호, whatever form it is logged in."""

from __future__ import annotations

import logging

from linkdesk.logs import setup_logging
from tests.fixtures.scenarios import RRN_STUDENT


def test_every_form_is_masked_in_the_file(tmp_path):
    path = setup_logging(tmp_path / "logs")
    try:
        log = logging.getLogger("linkdesk.test")
        digits = RRN_STUDENT.replace("-", "")
        log.info("message %s", RRN_STUDENT)
        log.warning("digits %s and spaced %s %s", digits, digits[:6], digits[6:])
        log.info({"rrn": digits})
        try:
            raise ValueError(f"bad {digits}")
        except ValueError:
            log.exception("failed for %s", RRN_STUDENT)
    finally:
        setup_logging(None)
    text = path.read_text(encoding="utf-8")
    assert digits[7:] not in text
    assert text.count(f"{digits[:6]}-{digits[6]}******") >= 5
    assert (path.stat().st_mode & 0o777) == 0o600
