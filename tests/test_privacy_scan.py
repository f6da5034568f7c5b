"""The 주민등록번호 never rests on disk: after a whole linking run through the services -- 보안문자 on,
a failed identity check, sending, the access-log export -- no file LinkDesk wrote holds the number in
any form: the database and its WAL/SHM, backups, logs (DEBUG, with a careless log call on purpose),
the config and data folders, and the temporary folder."""

from __future__ import annotations

import logging
import tempfile

import pytest

from linkdesk.domain.rrn import RrnError
from linkdesk.logs import setup_logging
from linkdesk.partners import PartnerError
from linkdesk.services.audit_review import AccessFilter, AccessLog
from linkdesk.services.linking import LinkingSession
from linkdesk.services.staff import accounts, sign_in
from tests.fixtures import scenarios as S
from tests.helpers.privacy import files_holding
from tests.helpers.security import ADMIN, ADMIN_PW

NUMBERS = (S.RRN_STUDENT, S.RRN_NO_CONSENT)


@pytest.fixture
def scenario():
    return S.small_scenario(identity={"captcha": True})


@pytest.fixture
def private_dirs(tmp_path, monkeypatch):
    """Every folder LinkDesk may write in, inside ``tmp_path``: logs in the data folder, temp, XDG."""
    folders = {name: tmp_path / name for name in ("tmp", "xdg-config", "xdg-data", "xdg-cache")}
    for path in folders.values():
        path.mkdir()
    monkeypatch.setenv("TMPDIR", str(folders["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folders["xdg-config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(folders["xdg-data"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["xdg-cache"]))
    log_file = setup_logging(tmp_path / "data" / "logs", level=logging.DEBUG)
    yield log_file
    setup_logging(None)


def run_with_captcha(core, sandbox) -> LinkingSession:
    """The NEIS path of ``linkdesk link``: 보안문자, 실명인증, school, student check, records, send."""
    session = LinkingSession(core, staff=ADMIN)
    captcha = session.new_captcha()
    assert captcha.required and captcha.png.startswith(b"\x89PNG")
    session.verify("김민준", S.RRN_STUDENT, sandbox.captcha_answer(captcha.captcha_id))
    session.next()
    session.prepare_schools()
    session.choose_school(session.search_schools("ㅂㅁㅈ")[0])
    session.next()
    session.check_student()
    session.load_records()
    session.next()
    session.send()
    assert {r.status for r in session.state.results} == {"sent"}
    return session


def test_the_scanner_finds_a_number_where_there_is_one(tmp_path):
    """A control: the scan below can fail."""
    (tmp_path / "leak.txt").write_text(f"seen {S.RRN_STUDENT[:6]}{S.RRN_STUDENT[7:]}", encoding="utf-8")
    (tmp_path / "leak16.txt").write_bytes(S.RRN_STUDENT.encode("utf-16-le"))
    assert {p.name for p, _ in files_holding(S.RRN_STUDENT, tmp_path)} == {"leak.txt", "leak16.txt"}


def test_no_file_holds_a_resident_number_after_a_whole_linking_run(private_dirs, core, sandbox, tmp_path):
    accounts(core).create_first_admin(ADMIN, "관리자", ADMIN_PW)
    sign_in(core, ADMIN, ADMIN_PW)
    session = run_with_captcha(core, sandbox)
    entries = AccessLog(core.store, accounts(core), core.actor).search(AccessFilter(volunteer_id="V-1001"))
    assert entries and {e.staff for e in entries} == {ADMIN}  # the signed-in account, not the OS user
    # Failures on the way: a wrong captcha answer, a name that does not match, a mistyped number.
    other = LinkingSession(core, staff=ADMIN)
    other.new_captcha()
    with pytest.raises(PartnerError):
        other.verify("이서연", S.RRN_NO_CONSENT, "000000")
    captcha = other.new_captcha()
    with pytest.raises(PartnerError):
        other.verify("김아무개", S.RRN_NO_CONSENT, sandbox.captcha_answer(captcha.captcha_id))
    with pytest.raises(RrnError):
        other.verify("이서연", S.RRN_NO_CONSENT[:-1] + "x")
    # A careless log call and a logged exception carrying the number: redacted by the handlers.
    careless = logging.getLogger("linkdesk.careless")
    careless.warning("looked up %s for %s", S.RRN_STUDENT, "김민준")
    try:
        raise ValueError(f"bad number {S.RRN_NO_CONSENT}")
    except ValueError:
        careless.exception("while checking")
    # The access-log export, into the data folder.
    AccessLog(core.store, accounts(core), core.actor).export_csv(AccessFilter(), "점검", tmp_path / "data" / "log.csv")

    data = tmp_path / "data"
    assert (data / "linkdesk.db-wal").exists()  # scanned while the WAL is live …
    assert private_dirs.exists() and "looked up" in private_dirs.read_text(encoding="utf-8")
    for rrn in NUMBERS:
        assert files_holding(rrn, tmp_path) == []
    session.reset()
    other.reset()
    core.close()  # … and after the checkpoint
    for rrn in NUMBERS:
        assert files_holding(rrn, tmp_path) == []
    masked = f"{S.RRN_STUDENT[:8]}******"
    assert masked in private_dirs.read_text(encoding="utf-8")  # the log kept the masked form


def test_linkdesk_never_uses_the_qt_settings_store():
    """Preferences live in a small JSON file of declared keys (linkdesk/gui/preferences.py), so nothing
    personal can slip into QSettings (the registry on Windows, a plist on macOS)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "linkdesk"
    users = [p for p in root.rglob("*.py") if "QSettings(" in p.read_text(encoding="utf-8")]
    assert users == []
