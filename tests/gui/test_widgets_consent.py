"""The consent panel: the 1365 consent date when given; otherwise the consent text and 동의, and
for a person under 14 the legal guardian's name, relationship and ID check before it is valid."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from linkdesk.gui.widgets.consent_panel import ConsentPanel
from linkdesk.services.linking_flow import Guardian
from tests.gui.korean_typing import commit


@pytest.fixture
def panel(qtbot):
    widget = ConsentPanel()
    qtbot.addWidget(widget)
    widget.resize(1, 1)  # nothing shown yet: 0 x 0, and an empty window is never exposed; it grows with its layout
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_nothing_shown_is_not_valid(panel):
    assert panel.mode == "" and not panel.is_valid()
    with pytest.raises(ValueError):
        panel.consent_request()


def test_an_existing_consent_shows_its_korean_date(qtbot, panel):
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.show_consented(datetime(2014, 10, 11, 16, 30, tzinfo=timezone.utc))  # 12 October in Korea
    assert panel.is_valid() and panel.consented_label.isVisible() and not panel.agree.isVisible()
    assert "October 12, 2014" in panel.consented_label.text()
    with pytest.raises(ValueError):
        panel.consent_request()  # nothing to send


def test_from_14_on_the_person_consents_alone(qtbot, panel):
    panel.ask_consent(under_14=False)
    assert panel.consent_text.isVisible() and panel.guardian_box.isHidden() and not panel.is_valid()
    assert "Ministry of Education" in panel.consent_text.text()
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.mouseClick(panel.agree, Qt.MouseButton.LeftButton)
    assert panel.is_valid() and panel.consent_request() is None


def test_under_14_needs_the_guardian_recorded(qtbot, panel):
    panel.ask_consent(under_14=True)
    assert panel.guardian_box.isVisible() and "guardian" in panel.agree.text()
    panel.agree.setChecked(True)
    assert not panel.is_valid()
    qtbot.keyClicks(panel.guardian_name, "   ")
    panel.relationship.setCurrentIndex(1)
    panel.identity_checked.setChecked(True)
    assert not panel.is_valid()  # a blank name is no name
    panel.guardian_name.clear()
    with qtbot.waitSignal(panel.changed, timeout=1000):
        commit(panel.guardian_name, "박영희")
    assert panel.is_valid()
    assert panel.consent_request() == Guardian("박영희", "모", True)
    panel.identity_checked.setChecked(False)
    assert not panel.is_valid()


def test_the_relationship_must_be_chosen_and_clear_forgets_everything(qtbot, panel):
    panel.ask_consent(under_14=True)
    assert panel.relationship.currentIndex() == -1
    panel.agree.setChecked(True)
    commit(panel.guardian_name, "김철수")
    panel.identity_checked.setChecked(True)
    assert not panel.is_valid()
    panel.relationship.setCurrentIndex(2)
    assert panel.consent_request() == Guardian("김철수", "기타 법정대리인", True)
    panel.clear()
    assert panel.mode == "" and panel.guardian_name.text() == "" and not panel.agree.isChecked()
    assert panel.relationship.currentIndex() == -1 and not panel.identity_checked.isChecked()
