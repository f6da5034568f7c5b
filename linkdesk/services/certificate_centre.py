"""The centre printed on certificates: name, address, phone, 확인자 and the 직인 image.

Set at the first start of a real installation (the GUI's centre setup) and later in the settings;
kept in the database (``meta``: ``centre.details`` as JSON, ``centre.seal`` as base64 PNG) so that
every counter sharing one database prints the same centre. Until it is set, the configuration's
``[centre]`` section is used (docs/configuration.md). A real installation refuses to issue or print
with the training centre's details (:func:`require_printable`); training mode prints them, and every
training certificate carries a large 견본 mark (the renderer).
"""

from __future__ import annotations

import base64
import json
import re
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from linkdesk.config import CentreConfig
from linkdesk.domain.rrn import RRN_PATTERN
from linkdesk.services.certificate_content import CertificateError
from linkdesk.store.coltypes import utcnow

DETAILS_META = "centre.details"
SEAL_META = "centre.seal"
TRAINING = CentreConfig()  # the training centre's name and phone (the shipped defaults)
PHONE_RE = re.compile(r"^0\d{1,3}-?\d{3,4}-?\d{4}$")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SEAL_MAX_BYTES = 1_000_000
SEAL_MIN_PX, SEAL_MAX_PX = 64, 2048
SEAL_MAX_RATIO = 1.5  # a seal is about square


@dataclass(frozen=True)
class CentreDetails:
    name: str
    address: str
    phone: str
    confirmer: str  # empty: the signed-in staff member confirms
    seal_png: bytes | None = None
    saved: bool = False  # set in the centre setup (else the configuration's [centre])

    def public(self) -> dict[str, str]:
        return {"name": self.name, "address": self.address, "phone": self.phone, "confirmer": self.confirmer}


def is_training_details(d: CentreDetails) -> bool:
    """The training centre's (or no) name or phone: never printed by a real installation."""
    return not d.name.strip() or not d.phone.strip() or d.name.strip() == TRAINING.name or \
        d.phone.strip() == TRAINING.phone


def seal_problem(data: bytes) -> str | None:
    """Why ``data`` is not a usable seal image (Korean), or None. Pure Python: reads the PNG header."""
    if len(data) > SEAL_MAX_BYTES:
        return f"직인 이미지는 {SEAL_MAX_BYTES // 1000} KB 이하여야 합니다 ({len(data) // 1000} KB)."
    if not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR" or len(data) < 24:
        return "직인 이미지는 PNG 파일이어야 합니다."
    width, height = struct.unpack(">II", data[16:24])
    if not (SEAL_MIN_PX <= width <= SEAL_MAX_PX and SEAL_MIN_PX <= height <= SEAL_MAX_PX):
        return f"직인 이미지는 가로·세로 {SEAL_MIN_PX}~{SEAL_MAX_PX} 픽셀이어야 합니다 ({width}×{height})."
    if max(width, height) / min(width, height) > SEAL_MAX_RATIO:
        return f"직인 이미지는 정사각형에 가까워야 합니다 ({width}×{height})."
    return None


def _from_config(core) -> CentreDetails:
    c = core.config.centre
    seal = None
    if c.seal_image:
        try:
            data = Path(c.seal_image).expanduser().read_bytes()
            seal = data if seal_problem(data) is None else None
        except OSError:
            seal = None
    return CentreDetails(c.name, "", c.phone, c.confirmer, seal)


def load_centre(uow) -> tuple[dict | None, bytes | None]:
    from linkdesk.store.models import Meta

    row, seal = uow.session.get(Meta, DETAILS_META), uow.session.get(Meta, SEAL_META)
    return (json.loads(row.value) if row else None), (base64.b64decode(seal.value) if seal else None)


def centre_details(core, uow=None) -> CentreDetails:
    """What certificates print now: the centre setup when saved, else the configuration."""
    if uow is None:
        with core.store.unit_of_work(read_only=True) as own:
            return centre_details(core, own)
    stored, seal = load_centre(uow)
    if stored is None:
        return _from_config(core)
    return CentreDetails(stored.get("name", ""), stored.get("address", ""), stored.get("phone", ""),
                         stored.get("confirmer", ""), seal, saved=True)


def needs_setup(core) -> bool:
    """A real installation whose certificates would print the training centre (first start)."""
    return not core.training and is_training_details(centre_details(core))


def require_printable(core, details: CentreDetails) -> None:
    if not core.training and is_training_details(details):
        raise CertificateError(
            "centre_setup", "센터 정보(센터 이름·주소·전화번호·확인자·직인)를 먼저 설정하세요. "
            "연습용 센터 정보로는 확인서를 발급하거나 인쇄할 수 없습니다.",
            "Set the centre's details first: a real installation does not print the training centre.")


def _field(value: str, label: str, limit: int, *, required: bool = True) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise CertificateError("centre_field", f"{label}을(를) 입력하세요.", f"Enter the {label}.")
    if len(text) > limit:
        raise CertificateError("centre_field", f"{label}은(는) {limit}자 이내로 입력하세요.", f"{label}: too long.")
    if RRN_PATTERN.search(text):
        raise CertificateError("centre_field", f"{label}에 주민등록번호를 적지 마세요.", "No resident numbers here.")
    return text


def check_details(d: CentreDetails) -> CentreDetails:
    """The details cleaned up, or a :class:`CertificateError` saying what to fix (Korean)."""
    name = _field(d.name, "센터 이름", 60)
    address = _field(d.address, "주소", 200)
    phone = _field(d.phone, "전화번호", 20)
    confirmer = _field(d.confirmer, "확인자", 30, required=False)
    if not PHONE_RE.match(phone):
        raise CertificateError("centre_phone", "전화번호 형식이 아닙니다 (예: 02-920-1234).", "Not a phone number.")
    checked = replace(d, name=name, address=address, phone=phone, confirmer=confirmer)
    if is_training_details(checked):
        raise CertificateError("centre_training", "연습용 센터 이름이나 전화번호는 쓸 수 없습니다. 센터의 실제 정보를 입력하세요.",
                               "The training centre's name or phone cannot be used.")
    if d.seal_png is not None:
        problem = seal_problem(d.seal_png)
        if problem:
            raise CertificateError("centre_seal", problem, "The seal image is not usable.")
    return checked


def save_centre(core, details: CentreDetails) -> CentreDetails:
    """Check and store the centre's details (one unit of work); the seal is kept when none is given."""
    from linkdesk.store.models import Meta

    d = check_details(details)
    with core.store.unit_of_work() as uow:
        now = utcnow()
        values = {DETAILS_META: json.dumps(d.public(), ensure_ascii=False)}
        if d.seal_png is not None:
            values[SEAL_META] = base64.b64encode(d.seal_png).decode("ascii")
        for key, value in values.items():
            row = uow.session.get(Meta, key)
            if row is None:
                uow.session.add(Meta(key=key, value=value, updated_at=now))
            else:
                row.value, row.updated_at = value, now
        uow.flush()
        return centre_details(core, uow)
