"""Make the sample certificate of docs/certificates.md: 40 made-up activities, PDF, then PNG pages.

    .venv/bin/python docs/certificates/make_sample.py      # needs poppler's pdftoppm

Writes ``sample-40-1.png`` and ``sample-40-2.png`` (80 dpi) next to this script (the PDF stays in a
temporary folder). Everything is made up and lives in a temporary database; the signing key is a fresh
one, so the printed code only verifies against that (deleted) database.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from linkdesk.clock import KST  # noqa: E402
from linkdesk.config import Config  # noqa: E402
from linkdesk.gui.certificates.output import write_pdf  # noqa: E402
from linkdesk.services import certificates  # noqa: E402
from linkdesk.services.audit import Actor  # noqa: E402
from linkdesk.services.core import Core  # noqa: E402
from linkdesk.store import Store  # noqa: E402
from linkdesk.store.paths import sqlite_url  # noqa: E402

ORGS = ["성북구자원봉사센터", "성북노인종합복지관", "성북구립도서관", "성북문화재단", "정릉종합사회복지관",
        "길음지역아동센터", "성북천 지킴이", "월곡청소년문화의집"]
ACTIVITIES = ["하천 환경정화", "어르신 식사 보조", "초등학생 학습 멘토링", "축제 안내", "도서 정리와 대출 보조",
              "지역 아동센터 학습 지도와 급식 보조, 정리 정돈", "골목 환경정화", "청소년 행사 진행 보조"]


class FixedClock:
    def now(self) -> dt.datetime:
        return dt.datetime(2026, 12, 18, 14, 30, tzinfo=KST)


def records() -> list[dict]:
    out = []
    for i in range(40):
        day = dt.date(2026, 3, 7) + dt.timedelta(days=i * 6)
        start, end, minutes = (("09:00", "12:00", 180), ("14:00", "16:30", 150), ("10:00", "11:00", 60))[i % 3]
        out.append({"id": f"R-S-{i:03d}", "date": day.isoformat(), "organization": ORGS[i % len(ORGS)],
                    "activity": ACTIVITIES[i % len(ACTIVITIES)], "start": start, "end": end, "minutes": minutes})
    return out


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts need a GUI application)
    with tempfile.TemporaryDirectory() as tmp, Store.open(url=sqlite_url(Path(tmp) / "sample.db")) as store:
        with store.unit_of_work() as uow:
            uow.schools.replace_directory([{"code": "7010057", "office": "서울특별시교육청", "name": "보문중학교",
                                            "kind": "middle", "region": "서울특별시 성북구", "address": ""}])
            uow.volunteers.save("V-1001", name="김민준", birth_date=dt.date(2012, 3, 15), school_code="7010057", grade=3)
            uow.records.upsert_many("V-1001", records())
        config = Config()
        config.centre.name, config.centre.phone, config.centre.confirmer = "성북구자원봉사센터", "02-920-0000", "홍길동"
        core = Core(config=config, data_dir=Path(tmp), store=store, settings=None, clock=FixedClock(),  # type: ignore[arg-type]
                    training=False, actor=Actor("staff1", "counter-1", "10.0.0.5"))
        doc = certificates.issue(core, "V-1001", (dt.date(2026, 3, 1), dt.date(2026, 12, 31)), "학교 제출용")
        pdf = Path(tmp) / "sample-40.pdf"
        pages = write_pdf(doc, pdf)
        for old in HERE.glob("sample-40-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(HERE / "sample-40")], check=True)
    print(f"{pages} pages: {', '.join(sorted(p.name for p in HERE.glob('sample-40-*.png')))}")


if __name__ == "__main__":
    main()
