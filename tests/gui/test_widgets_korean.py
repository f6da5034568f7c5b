"""The widgets in Korean (the committed .ts compiled): 1365's words, Korean dates and totals, domain
messages in Korean, and no English left anywhere staff can read."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTableView, QWidget

from linkdesk.domain import eligibility as E
from linkdesk.domain.rrn import WARN_CHECKSUM
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.captcha import CaptchaWidget
from linkdesk.gui.widgets.consent_panel import ConsentPanel
from linkdesk.gui.widgets.record_table import RecordTableView
from linkdesk.gui.widgets.rrn_input import RrnInput
from linkdesk.gui.widgets.school_search import SchoolSearchDialog
from linkdesk.gui.widgets.send_results import SendResultsView
from linkdesk.services.linking_flow import RecordRow, SendResult
from tests.fixtures.scenarios import RRN_POST2020
from tests.gui.fake_schools import FakeSearch, fake_directory

ALLOWED = {"NEIS", "ID"}  # names staff know as they are


def readable_texts(widget: QWidget) -> list[str]:
    """Every text staff can read in ``widget``: labels, buttons, placeholders, titles, tooltips, headers."""
    texts = [widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
            texts.append(child.placeholderText())
        if isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
    return [t for t in texts if t]


def english_words(widget: QWidget) -> set[str]:
    words = set()
    for text in readable_texts(widget):
        words.update(re.findall(r"[A-Za-z]{2,}", re.sub(r"<[^>]+>", " ", text)))
    return words - ALLOWED


def row(rid: str, minutes: int = 90) -> RecordRow:
    return RecordRow(rid, "1365", rid, date(2026, 4, 4), 1, "보문동주민센터", "0800", "환경정화", "09:00", "10:30",
                     minutes, minutes // 60, True, (), (E.truncated(minutes),))


def test_identity_widgets_speak_korean(qtbot, korean):
    rrn = RrnInput(today=lambda: date(2026, 5, 15))
    captcha = CaptchaWidget()
    consent = ConsentPanel()
    for w in (rrn, captcha, consent):
        qtbot.addWidget(w)
    front, back = RRN_POST2020.split("-")
    qtbot.keyClicks(rrn.front, front)
    qtbot.keyClicks(rrn.back, back)
    assert rrn.message.text() == WARN_CHECKSUM.ko and rrn.message.text().startswith("입력 오류가 없는지 확인하세요")
    assert rrn.notice.text() == "입력하신 주민번호는 저장되지 않으며, 본인확인 및 실적연계에만 사용됩니다."
    assert captcha.refresh_button.text() == "새로고침"
    assert captcha.hint.text() == "이미지의 보안문자를 공백없이 입력해주세요."
    consent.show_consented(datetime(2014, 10, 12, 3, 0, tzinfo=timezone.utc))
    assert consent.consented_label.text() == "회원님은 2014년 10월 12일에 실적연계를 위한 정보제공 동의를 하셨습니다."
    consent.ask_consent(under_14=True)
    assert "정보제공 미동의시 연계기관과의 통합된 실적을 제공 받을 수 없음" in consent.consent_text.text()
    assert "교육부, 보건복지부, 여성가족부, 법무부" in consent.consent_text.text()
    assert [consent.relationship.itemText(i) for i in range(3)] == ["부", "모", "기타 법정대리인"]
    assert consent.identity_checked.text() == "법정대리인 신분증을 확인했습니다(&I)"
    for w in (rrn, captcha, consent):
        assert english_words(w) == set(), type(w).__name__


def test_records_results_and_status_speak_korean(qtbot, korean):
    records = RecordTableView()
    results = SendResultsView()
    strip = StatusStrip()
    for w in (records, results, strip):
        qtbot.addWidget(w)
    records.set_rows([row("a"), row("b", 60)], {"a"})
    model = records.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["선택", "봉사일", "순번", "수요처", "활동내역", "봉사시간", "분", "인정시간", "연계 가능 여부/사유"]
    assert records.totals_label.text() == "선택 1건 · 1시간 30분 · 인정 1시간"
    assert model.data(model.index(0, model.column_of("eligibility")), Qt.ItemDataRole.ToolTipRole).startswith("90분 → 1시간 인정")
    results.set_results((SendResult("a", "failed", "나이스 점검 중"), SendResult("b", "queued")), [row("a"), row("b")])
    assert results.model.data(results.model.index(0, 4)) == "✖ 전송실패"
    assert results.model.data(results.model.index(1, 5)) == "네트워크 복구 후 자동 전송됩니다."
    assert results.summary.text() == "전송실패 1건 · 대기 1건" and results.retry_button.text() == "재전송(&R)"
    strip.show_busy()
    assert strip.text() == "잠시 기다려 주세요…"
    strip.show_error("오류", retry=True)
    for w in (records, results, strip):
        assert english_words(w) == set(), type(w).__name__
    linked = RecordTableView(linked=True)
    qtbot.addWidget(linked)
    assert english_words(linked) == set()


def test_the_school_search_speaks_korean(qtbot, korean):
    search = FakeSearch(fake_directory(300))
    dialog = SchoolSearchDialog(search, search.offices())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.searching)  # the results come from a worker thread
    assert dialog.windowTitle() == "학교검색"
    assert [dialog.kind.itemText(i) for i in range(6)] == ["전체 학교급", "초등학교", "중학교", "고등학교", "특수학교", "기타"]
    assert dialog.model.data(dialog.model.index(0, 1)) in {"초등학교", "중학교", "고등학교", "특수학교", "기타"}
    assert english_words(dialog) == set()
