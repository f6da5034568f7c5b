"""The links between the areas: what one screen asks of another, wired in one place.

* VMS → 1365 without the 1365 consent: ``VmsArea.consent_requested(volunteer_id)`` starts a new
  NEIS linking at its first step, with a note saying why: the 1365 consent is recorded in that
  step, right after 실명인증 (identity check), which needs the visitor's resident number.
* 전송 대기 (pending sends): ``open_volunteer(volunteer_id)`` shows that volunteer in the
  certificates area (their records for the period and the certificate to issue).

An area that is not there, or lacks the signal or the slot, is simply not linked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject

from linkdesk.gui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class AreaLinks(QObject):
    """Connects the area signals of ``window`` to ``desk`` (which starts linkings)."""

    def __init__(self, window: MainWindow, desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window, self.desk = window, desk
        self._links = {"vms": ("consent_requested", self.start_consent),
                       "pending": ("open_volunteer", self.open_volunteer)}
        for key in window.area_keys():  # areas are built when first shown: linked as they are built
            if window.built_area(key) is not None:
                self._built(key)
        window.area_built.connect(self._built)

    def _built(self, key: str) -> None:
        if key in self._links:
            self._connect(key, *self._links[key])

    def _connect(self, key: str, signal_name: str, slot) -> None:
        signal = getattr(self.window.built_area(key), signal_name, None)
        if signal is None:
            log.warning("area %s has no %s signal; not linked", key, signal_name)
            return
        signal.connect(slot)

    def start_consent(self, volunteer_id: str) -> None:
        """Record a VMS member's 1365 consent: a new linking, its identity step, and why."""
        if self.desk.start_linking() is None:
            return
        self.window.show_linking_notice(translate(
            "AreaLinks", "1365 ID %1 has not consented to share records with 1365 yet. The consent is "
                         "recorded in this step, right after the identity check: the visitor types their name "
                         "and resident registration number, then Verify identity.").replace("%1", volunteer_id))

    def open_volunteer(self, volunteer_id: str) -> None:
        """Show a volunteer from the pending list in the certificates area."""
        if "certificates" not in self.window.area_keys():
            self.window.statusBar().showMessage(
                translate("AreaLinks", "The certificates area is not available in this version."), 5000)
            return
        area = self.window.show_area("certificates")
        opener = getattr(area, "open_volunteer", None)
        if opener is not None:
            opener(volunteer_id)
