"""Issue 16.8: the certificate signing key lives in the key folder, verification trusts only the key
folder's public keys, and the seven forgeries of the issue are refused (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

from linkdesk.services import certificates
from linkdesk.services.certificate_code import short_text
from linkdesk.services.certificate_keys import LEGACY_META, PRIVATE_NAME, keystore, load_keyring, rotate
from linkdesk.services.certificate_signing import CentreKey, VerificationCode, content_digest
from linkdesk.store.models import Meta
from linkdesk.store.models_certificates import Certificate
from tests.helpers.certificates import PERIOD, bare_core, core, doc, seed_student  # noqa: F401 - fixtures


def _attacker() -> CentreKey:
    private = Ed25519PrivateKey.generate()
    return CentreKey(private.public_key(), private)


def _rewrite(store, number: str, **columns) -> None:
    with store.unit_of_work() as uow:
        cert = uow.session.scalar(select(Certificate).where(Certificate.number == number))
        for k, v in columns.items():
            setattr(cert, k, v)


def _resign(store, number: str, key: CentreKey, *, key_id: str | None = None, **changes) -> VerificationCode:
    """What someone holding a copy of the database can do: change the snapshot and sign it anew."""
    with store.unit_of_work(read_only=True) as uow:
        cert = uow.session.scalar(select(Certificate).where(Certificate.number == number))
        content = json.loads(json.dumps(cert.content)) | changes
    digest = content_digest(content)
    signature = key.sign(number, digest)
    _rewrite(store, number, content=content, volunteer_name=content["name"], key_id=key_id or key.key_id,
             signature=base64.urlsafe_b64encode(signature).decode("ascii"))
    return VerificationCode(number, digest, signature)


def test_the_key_is_in_the_key_folder_and_not_in_the_database(core, store, doc, tmp_path):
    folder = tmp_path / "keys"
    assert (folder / f"{PRIVATE_NAME}.key").stat().st_mode & 0o777 == 0o600
    ring = load_keyring(core)
    assert list(ring.trusted) == [ring.signing.key_id]  # its public half is trusted from the folder
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.get(Meta, LEGACY_META) is None
        dump = " ".join(str(r.value) for r in uow.session.scalars(select(Meta)))
    seed = (folder / f"{PRIVATE_NAME}.key").read_bytes()
    assert base64.urlsafe_b64encode(seed).decode() not in dump


# -- the seven forgeries ---------------------------------------------------------------------------

def test_1_a_row_changed_in_the_database_is_altered(core, store, doc):
    _rewrite(store, doc.number, content=doc.content | {"name": "김민수"}, volunteer_name="김민수")
    assert certificates.verify(core, doc.short_code).status == "altered"


def test_2_re_signed_with_a_key_of_ones_own_under_the_centres_key_id(core, store, doc):
    code = _resign(store, doc.number, _attacker(), key_id=load_keyring(core).signing.key_id, name="김민수")
    for typed in (doc.short_code, code.qr_text(), short_text(doc.number, code.signature)):
        assert certificates.verify(core, typed).status == "altered", typed


def test_3_re_signed_with_ones_own_key_and_its_key_id(core, store, doc):
    code = _resign(store, doc.number, _attacker(), name="김민수")
    assert certificates.verify(core, code.qr_text()).status == "altered"
    assert certificates.verify(core, short_text(doc.number, code.signature)).status == "altered"


def test_4_a_key_put_into_the_database_is_deleted_and_never_trusted(core, store, doc):
    evil = Ed25519PrivateKey.generate()
    with store.unit_of_work() as uow:
        uow.session.add(Meta(key=LEGACY_META, value="ed25519:" + base64.urlsafe_b64encode(evil.private_bytes_raw()).decode()))
    code = _resign(store, doc.number, CentreKey(evil.public_key(), evil), name="김민수")
    assert certificates.verify(core, code.qr_text()).status == "altered"
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.get(Meta, LEGACY_META) is None  # deleted at first use, not moved: the folder had keys
    assert CentreKey(evil.public_key()).key_id not in load_keyring(core).trusted


def test_5_a_row_inserted_with_ones_own_signature_is_altered(core, store, doc):
    other = certificates.issue(core, "V-1001", PERIOD, "개인 보관용")
    code = _resign(store, other.number, _attacker(), name="김민수")  # stands for a row made from scratch
    assert certificates.verify(core, code.qr_text()).status == "altered"
    with pytest.raises(certificates.CertificateError):
        certificates.for_output(core, other.number, "print")


def test_6_a_code_for_a_number_not_in_the_ledger_says_only_not_found(core, doc):
    real = load_keyring(core).signing
    attacker, digest = _attacker(), content_digest(doc.content)
    answers = set()
    for key in (real, attacker):  # signed by the centre (as if from another copy) or not: one answer
        sig = key.sign("2026-0000777", digest)
        for typed in (VerificationCode("2026-0000777", digest, sig).qr_text(), short_text("2026-0000777", sig)):
            result = certificates.verify(core, typed)
            answers.add((result.status, result.reason_ko, result.reason_en))
    assert len(answers) == 1 and answers.pop()[0] == "not_found"


def test_7_a_genuine_code_moved_to_another_certificate_is_altered(core, doc):
    other = certificates.issue(core, "V-1001", PERIOD, "개인 보관용")
    moved_short = other.number + doc.short_code[len(doc.number):]
    assert certificates.verify(core, moved_short).status in ("altered", "mistyped")
    moved_qr = VerificationCode(other.number, doc.code.digest, doc.code.signature).qr_text()
    assert certificates.verify(core, moved_qr).status == "altered"
    assert certificates.verify(core, other.short_code).ok and certificates.verify(core, doc.short_code).ok


def test_a_copied_database_on_a_pc_without_the_keys_verifies_nothing(core, store, doc, tmp_path, monkeypatch):
    monkeypatch.setenv("LINKDESK_KEY_DIR", str(tmp_path / "elsewhere"))
    result = certificates.verify(bare_core(store, tmp_path), doc.short_code)
    assert result.status == "altered" and "trusts" in result.reason_en


# -- rotation and the move out of the database -----------------------------------------------------

def test_rotation_keeps_old_certificates_verifiable(core, doc):
    old_id, new_id = rotate(core)
    assert old_id is not None and old_id != new_id
    newer = certificates.issue(core, "V-1001", PERIOD, "개인 보관용")
    with core.store.unit_of_work(read_only=True) as uow:
        ids = dict(uow.session.execute(text("SELECT number, key_id FROM certificates")).all())
    assert (ids[doc.number], ids[newer.number]) == (old_id, new_id)
    assert certificates.verify(core, doc.short_code).ok and certificates.verify(core, newer.short_code).ok
    assert certificates.for_output(core, doc.number, "pdf").number == doc.number


def test_a_key_kept_in_the_database_by_an_older_version_moves_out_once(store, tmp_path):
    seed_student(store)
    legacy = Ed25519PrivateKey.generate()
    with store.unit_of_work() as uow:
        uow.session.add(Meta(key=LEGACY_META, value="ed25519:" + base64.urlsafe_b64encode(legacy.private_bytes_raw()).decode()))
    core = bare_core(store, tmp_path)
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    assert keystore(core).read(PRIVATE_NAME) == legacy.private_bytes_raw()
    assert doc.code.signature and certificates.verify(core, doc.short_code).ok
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.get(Meta, LEGACY_META) is None
