"""Show each wizard widget with Korean sample data and save a PNG of it (to look at, not a test).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.gui.widget_gallery [out_dir] [--dark]

Needs the compiled Korean translation (``build/translations.sh release``). Every number is made up.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from linkdesk.clock import KST
from linkdesk.domain import eligibility as E
from linkdesk.gui.fonts import install_app_font
from linkdesk.gui.i18n import install_translators
from linkdesk.gui.theme import ThemeManager
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.captcha import CaptchaWidget
from linkdesk.gui.widgets.consent_panel import ConsentPanel
from linkdesk.gui.widgets.record_table import RecordTableView
from linkdesk.gui.widgets.rrn_input import RrnInput
from linkdesk.gui.widgets.school_search import SchoolSearchDialog
from linkdesk.gui.widgets.send_results import SendResultsView
from linkdesk.sandbox.captcha import render_png
from linkdesk.services.linking_flow import RecordRow, SendResult
from tests.fixtures.scenarios import made_up_rrn
from tests.gui.fake_schools import FakeSearch, fake_directory

TODAY = date(2026, 5, 15)
ORGS = ("성북구자원봉사센터", "보문동주민센터", "학산종합사회복지관", "성북노인종합복지관", "가람가정봉사원지원센터")
ACTS = ("환경정화(쓰레기 줍기)", "여가선용(각종 취미활동 등)", "생활지원(식사, 목욕, 세탁 등)", "교육지원(학습지도)")


def sample_rows(n: int = 40) -> list[RecordRow]:
    """Records of every kind: eligible, truncated minutes, not eligible, queued, sent."""
    rows = []
    for i in range(n):
        day = date(2026, 3, 2) + timedelta(days=(i * 3) % 70)
        minutes = (60, 90, 120, 150, 45, 240)[i % 6]
        start = 9 + i % 5
        end_total = start * 60 + minutes
        reasons: tuple = ()
        notes: tuple = (E.truncated(minutes),) if minutes % 60 and minutes >= 60 else ()
        if minutes < 60:
            reasons = (E.under_hour(minutes),)
        elif i % 11 == 7:
            reasons, day = (E.NOT_CURRENT_YEAR,), date(2025, 11, 20)
        elif i % 13 == 5:
            reasons = (E.OVERSEAS_MSG,)
        eligible = not reasons
        status = "sent" if i % 9 == 4 else ("queued" if i == 3 else None)
        rows.append(RecordRow(
            f"R-{i:05d}", "1365", f"S-{i}", day, 1 + i % 2, ORGS[i % len(ORGS)], "0800", ACTS[i % len(ACTS)],
            f"{start:02d}:00", f"{end_total // 60:02d}:{end_total % 60:02d}", minutes,
            minutes // 60 if eligible else 0, eligible and status != "sent", reasons, notes, status,
            datetime(2026, 4, 20, 5, 12, tzinfo=KST) if status == "sent" else None,
            "전송성공" if status == "sent" else None,
        ))
    return rows


def framed(title: str, *widgets: QWidget, width: int = 720, stretch: bool = False) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(24, 20, 24, 20)
    column.setSpacing(10)
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 18px; font-weight: bold;")
    column.addWidget(heading)
    for widget in widgets:
        column.addWidget(widget, 1 if stretch else 0)
    if not stretch:
        column.addStretch(1)
    page.resize(width, page.sizeHint().height())
    return page


def run_for(ms: int) -> None:
    """A script, not a test: run the event loop for ``ms`` so layouts and the style settle."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def searched(dialog: SchoolSearchDialog) -> None:
    """Search now and run the event loop until the results (from a worker thread) are shown."""
    loop = QEventLoop()
    dialog.results_updated.connect(loop.quit)
    dialog.search_now()
    QTimer.singleShot(5000, loop.quit)  # never hang a script
    loop.exec()
    dialog.results_updated.disconnect(loop.quit)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    run_for(50)
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("/tmp")
    dark = "--dark" in argv
    suffix = "_dark" if dark else ""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_app_font(app)
    install_translators(app, "ko")
    icons = tempfile.TemporaryDirectory(prefix="linkdesk-gallery-")
    ThemeManager(app, Path(icons.name)).apply("dark" if dark else "light")

    warn, bad = RrnInput(today=lambda: TODAY), RrnInput(today=lambda: TODAY)
    for widget, number in ((warn, made_up_rrn("111111", "4", "87631", good_checksum=False)), (bad, "121315-3102345")):
        front, back = number.split("-")
        widget.front.setText(front)
        widget.back.setText(back)
        widget._edited()  # as if typed
    save(app, framed("주민등록번호", warn, bad, width=620), out / f"widgets_rrn{suffix}.png")

    captcha = CaptchaWidget()
    captcha.set_image(render_png("893358", seed=7))
    captcha.input.setText("893358")
    save(app, framed("보안문자", captcha, width=620), out / f"widgets_captcha{suffix}.png")

    search = FakeSearch(fake_directory())
    dialog = SchoolSearchDialog(search, search.offices())
    dialog.query.setText("ㅂㅁㅈ")
    searched(dialog)
    save(app, dialog, out / f"widgets_school_search{suffix}.png")
    dialog.kind.setCurrentIndex(2)
    dialog.query.setText("")
    searched(dialog)
    save(app, dialog, out / f"widgets_school_search_filtered{suffix}.png")

    rows = sample_rows()
    targets = RecordTableView()
    eligible = {r.record_id for r in rows if r.eligible}
    targets.set_rows([r for r in rows if not r.linked], set(list(sorted(eligible))[:12]))
    linked = RecordTableView(linked=True)
    linked.set_rows([r for r in rows if r.linked])
    tabs = QTabWidget()
    tabs.addTab(targets, "연계 대상")
    tabs.addTab(linked, "연계완료 실적")
    page = framed("실적선택", tabs, width=1360, stretch=True)
    page.resize(1360, 620)
    save(app, page, out / f"widgets_records{suffix}.png")
    tabs.setCurrentIndex(1)
    save(app, page, out / f"widgets_records_linked{suffix}.png")

    big = RecordTableView()
    many = sample_rows(10_000)
    started = time.perf_counter()
    big.set_rows(many, {r.record_id for r in many if r.eligible})
    big.resize(1300, 600)
    big.show()
    run_for(0)  # the pending layout and first paint
    print(f"10,000 rows: set_rows + show in {(time.perf_counter() - started) * 1000:.0f} ms")
    big.hide()

    results = SendResultsView()
    results.set_results(
        (
            SendResult(rows[0].record_id, "sent"),
            SendResult(rows[1].record_id, "failed", "나이스 시스템 점검 중입니다. 잠시 후 다시 시도하세요.", "partner_unavailable"),
            SendResult(rows[2].record_id, "queued"),
            SendResult(rows[4].record_id, "already_sent", "이미 나이스로 전송된 실적입니다."),
            SendResult(rows[5].record_id, "sent"),
        ),
        rows,
    )
    result_page = framed("실적전송 결과", results, width=1100, stretch=True)
    result_page.resize(1100, 420)
    save(app, result_page, out / f"widgets_send_results{suffix}.png")

    given, asking = ConsentPanel(), ConsentPanel()
    given.show_consented(datetime(2014, 10, 12, 1, 30, tzinfo=KST))
    asking.ask_consent(under_14=True)
    asking.agree.setChecked(True)
    asking.guardian_name.setText("박영희")
    asking.relationship.setCurrentIndex(1)
    save(app, framed("정보제공 동의", given, asking, width=760), out / f"widgets_consent{suffix}.png")

    strips = [StatusStrip() for _ in range(4)]
    strips[0].show_busy("실명인증 중입니다…")
    strips[1].show_error("주민등록번호와 성명이 일치하지 않습니다. 다시 확인해 주세요.", retry=True)
    strips[2].show_info("학교 목록 기준일: 2026-05-01")
    strips[3].show_success("정보확인 성공: 3학년 2반")
    save(app, framed("상태 표시", *strips, width=720), out / f"widgets_status{suffix}.png")
    icons.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
