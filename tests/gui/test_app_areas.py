"""The running counter's areas (training mode, the bundled sandbox on the shared scenario): every
registered area appears and can forget its person; VMS's consent request opens the identity step;
the pending list opens a volunteer in the certificates area; the idle lock empties Red Cross,
certificates and the pending list; the configuration's [ui] section gives the defaults; no two
mnemonics clash."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from linkdesk.config import Config
from linkdesk.gui.app import AREAS, ui_defaults
from linkdesk.gui.preferences import JsonPreferences
from linkdesk.gui.security import HoldsPersonalData
from linkdesk.services.linking_flow import Step
from tests.fixtures import scenarios as S
from tests.fixtures.pending_rows import fill
from tests.fixtures.scenarios import small_scenario
from tests.gui.desk_driver import WAIT, bugs, counters  # noqa: F401 - bugs and counters are fixtures
from tests.gui.wizard_driver import settle, verify


@pytest.fixture
def counter(qtbot, counters, tmp_path):
    started = counters(Config(), tmp_path / "data", scenario=small_scenario())
    with qtbot.waitSignal(started.desk.ready, timeout=WAIT):
        pass
    return started


def test_every_registered_area_appears_and_can_forget_its_person(counter):
    window = counter.window
    assert window.area_keys() == ["linking", *(key for key, _, _ in AREAS)]
    for key, _module, _title in AREAS:  # each is registered with the idle lock (Desk._open_counter)
        assert isinstance(window.area(key), HoldsPersonalData), key
        assert window.area_visible(key)  # the training account is an administrator
    assert window.navigation.item(window.area_keys().index("vms")).text() == "VMS → 1365"


def test_an_adult_vms_member_consents_to_1365_without_the_student_wizard(qtbot, counter):
    """Issue 14.6: the VMS consent route fits an adult — 실명인증 and the consent text, no school."""
    window, desk = counter.window, counter.desk
    vms = window.show_area("vms")
    vms.search.search("volunteer_id", "V-2002")
    qtbot.waitUntil(lambda: vms.view is not None and vms._tasks == 0, timeout=WAIT)
    assert vms.view.consent_missing and vms.consent_button.isVisible()
    vms.consent_button.click()
    dialog = vms.consent_dialog
    assert desk.wizard() is None and window.navigation.currentRow() == window.area_keys().index("vms")
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.captcha_ready, timeout=WAIT)
    dialog.name.setText("강도윤")
    digits = S.RRN_VMS_NOCONSENT.replace("-", "")
    qtbot.keyClicks(dialog.rrn.front, digits[:6])
    qtbot.keyClicks(dialog.rrn.back, digits[6:])
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.consent.isVisibleTo(dialog) or dialog.status.state == "error", timeout=WAIT)
    assert dialog.status.state != "error", dialog.status.text()
    assert not dialog.consent.under_14 and not dialog.consent.guardian_box.isVisibleTo(dialog)
    assert dialog.consent.consent_text.isVisibleTo(dialog) and not dialog.record_button.isEnabled()
    dialog.consent.agree.setChecked(True)
    with qtbot.waitSignal(dialog.consented, timeout=WAIT):
        dialog.record_button.click()
    qtbot.waitUntil(lambda: vms.view is not None and not vms.view.consent_missing and vms._tasks == 0, timeout=WAIT)
    assert not dialog.isVisible() and dialog.rrn.value() == "" and desk.wizard() is None


def test_the_pending_list_opens_a_volunteer_in_the_certificates_area(qtbot, counter):
    window, core = counter.window, counter.desk.core
    with core.store.unit_of_work() as uow:
        uow.volunteers.save("V-1001", name="김민준", birth_date=dt.date(2012, 3, 15))
    pending = window.area("pending")
    pending.open_volunteer.emit("V-1001")
    certificates = window.area("certificates")
    assert window.navigation.currentRow() == window.area_keys().index("certificates")
    assert certificates.tabs.currentWidget() is certificates.form
    qtbot.waitUntil(lambda: certificates.form.volunteer_id == "V-1001", timeout=WAIT)
    qtbot.waitUntil(lambda: "김민준" in certificates.form.summary.text(), timeout=WAIT)

    with qtbot.waitSignal(counter.desk.lock.locked, timeout=WAIT):
        window.action_lock.trigger()
    form = certificates.form
    assert form.volunteer_id is None and form.results.count() == 0 and form.search.text() == ""
    assert form.summary.text() == "" and certificates.ledger.table.rowCount() == 0


def test_the_lock_empties_the_red_cross_member(qtbot, counter):
    window = counter.window
    redcross = window.show_area("redcross")
    redcross.member.search.search("volunteer_id", "V-3001")
    qtbot.waitUntil(lambda: redcross.member.page is not None and redcross.member._tasks == 0, timeout=WAIT)
    assert redcross.member.model.rowCount() > 0
    with qtbot.waitSignal(counter.desk.lock.locked, timeout=WAIT):
        window.action_lock.trigger()
    member = redcross.member
    assert member.page is None and member.model.rowCount() == 0 and member.search.text.text() == ""
    assert not member.summary.isVisible() and redcross.expiring.model.rowCount() == 0


def test_the_lock_empties_the_pending_list(qtbot, counter):
    fill(counter.desk.core.store)
    window = counter.window
    pending = window.show_area("pending")
    pending.filters.search.setText("김민준")
    pending.filters.flush()
    qtbot.waitUntil(lambda: pending.model.rowCount() > 0 and not pending.model.loading, timeout=WAIT)
    with qtbot.waitSignal(counter.desk.lock.locked, timeout=WAIT):
        window.action_lock.trigger()
    assert pending.model.rowCount() == 0 and pending.filters.search.text() == ""
    assert pending.chips.buttons[""].text() == "All 0"


def test_the_configured_theme_and_language_are_defaults_until_staff_choose(tmp_path):
    config = Config()
    config.ui.theme, config.ui.language = "dark", "en"
    prefs = JsonPreferences(tmp_path / "ui.json", defaults=ui_defaults(config))
    assert prefs.get("theme") == "dark" and prefs.get("language") == "en"
    prefs.set("theme", "light")  # chosen in the View menu: wins at the next start
    again = JsonPreferences(tmp_path / "ui.json", defaults=ui_defaults(config))
    assert again.get("theme") == "light" and again.get("language") == "en"


def mnemonics(root) -> list[str]:
    """The Alt+letter of every visible button and label inside ``root``."""
    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if widget.isVisible():
            found += [m.lower() for m in re.findall(r"&([^&\s])", widget.text().replace("&&", ""))]
    return found


def test_the_guardian_step_has_no_clashing_mnemonics(qtbot, counter):
    counter.window.action_new_linking.trigger()
    wizard = counter.desk.wizard()
    settle(qtbot, wizard)
    verify(qtbot, wizard, "박지호", S.RRN_CHILD)  # under 14: the guardian's fields appear
    assert wizard.identity.consent.guardian_box.isVisible()
    keys = mnemonics(wizard)
    assert "s" in keys and len(keys) == len(set(keys)), keys


def test_areas_are_built_when_first_shown_with_their_data_and_the_lock_empties_them(qtbot, counter):
    """Ready for work builds the linking only; an area is built at its first visit (navigation or
    keyboard shortcut), shows its data then, and is registered with the idle lock."""
    window = counter.window
    assert [key for key in window.area_keys() if window.built_area(key) is not None] == ["linking"]
    fill(counter.desk.core.store)  # before the first visit: the area reads it when built
    built = []
    window.area_built.connect(built.append)
    window.navigation.setCurrentRow(window.area_keys().index("pending"))  # as a click on the entry
    pending = window.built_area("pending")
    assert built == ["pending"] and pending is not None and pending.isVisible()
    qtbot.waitUntil(lambda: pending.model.rowCount() > 0 and not pending.model.loading, timeout=WAIT)
    assert pending.chips.buttons[""].text() != "All 0"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert built == ["pending", "class_visit"] and window.built_area("class_visit").isVisible()
    window.navigation.setCurrentRow(window.area_keys().index("pending"))
    assert built == ["pending", "class_visit"]  # built once
    with qtbot.waitSignal(counter.desk.lock.locked, timeout=WAIT):
        window.action_lock.trigger()
    assert pending.model.rowCount() == 0
