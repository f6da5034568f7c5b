"""The status bar: is each partner reachable, and how many records wait in the outbox.

It only shows plain data handed to :meth:`PartnerStatusBar.update_status`; who polls the partners'
``/v1/status`` and counts the outbox is wired elsewhere (through the task runner). Each state is told
by a symbol and a word in the tooltip as well as by colour, so it reads without colour vision too.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

translate = QCoreApplication.translate

# partner key (as in the protocol's /v1/status) -> its label, in the order 1365 staff know them
PARTNERS: tuple[tuple[str, str], ...] = (
    ("identity", QT_TRANSLATE_NOOP("PartnerStatusBar", "Identity check")),
    ("1365", QT_TRANSLATE_NOOP("PartnerStatusBar", "1365")),
    ("neis", QT_TRANSLATE_NOOP("PartnerStatusBar", "NEIS")),
    ("vms", QT_TRANSLATE_NOOP("PartnerStatusBar", "VMS")),
    ("redcross", QT_TRANSLATE_NOOP("PartnerStatusBar", "Red Cross")),
)
PARTNER_KEYS = tuple(key for key, _ in PARTNERS)

# state -> (symbol, colour); the colours stay legible on the light and the dark theme
_LOOK: dict[bool | None, tuple[str, str]] = {
    True: ("●", "#43a047"),
    False: ("×", "#e53935"),
    None: ("○", "#9e9e9e"),
}


class PartnerStatusBar(QWidget):
    """One indicator per partner (up / down / unknown) and the outbox's waiting count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PartnerStatusBar")
        self._states: dict[str, bool | None] = {key: None for key in PARTNER_KEYS}
        self._waiting = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(14)
        self._labels: dict[str, QLabel] = {}
        for key, _ in PARTNERS:
            label = QLabel(self)
            label.setObjectName(f"partner_{key}")
            self._labels[key] = label
            layout.addWidget(label)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        layout.addWidget(line)
        self._outbox = QLabel(self)
        self._outbox.setObjectName("outbox_waiting")
        layout.addWidget(self._outbox)
        self._render()

    def update_status(self, partners: Mapping[str, bool | None], outbox_waiting: int) -> None:
        """Show new data: ``partners`` maps keys of :data:`PARTNER_KEYS` to up (True), down
        (False) or unknown (None); a key left out becomes unknown. Unknown keys are an error."""
        unknown = set(partners) - set(PARTNER_KEYS)
        if unknown:
            raise ValueError(f"unknown partner keys: {sorted(unknown)}")
        if outbox_waiting < 0:
            raise ValueError("outbox_waiting must not be negative")
        self._states = {key: partners.get(key) for key in PARTNER_KEYS}
        self._waiting = int(outbox_waiting)
        self._render()

    def state(self, key: str) -> bool | None:
        """The state shown for partner ``key``."""
        return self._states[key]

    @property
    def outbox_waiting(self) -> int:
        return self._waiting

    def label(self, key: str) -> QLabel:
        """The indicator label of partner ``key`` (``"outbox"`` for the waiting count)."""
        return self._outbox if key == "outbox" else self._labels[key]

    def _render(self) -> None:
        for key, name in PARTNERS:
            state = self._states[key]
            symbol, colour = _LOOK[state]
            label = self._labels[key]
            shown = translate("PartnerStatusBar", name)
            label.setText(f"<span style='color:{colour}; font-weight:bold'>{symbol}</span> {shown}")
            label.setToolTip(f"{shown}: {self._state_word(state)}")
            label.setAccessibleName(label.toolTip())
        # %1 rather than a numerus %n: Korean has no plural, and lupdate 6.11 misses numerus calls.
        self._outbox.setText(translate("PartnerStatusBar", "Waiting to send: %1").replace("%1", str(self._waiting)))
        self._outbox.setToolTip(
            translate("PartnerStatusBar", "Records in the outbox, sent automatically when the partner is back")
        )
        weight = "bold" if self._waiting else "normal"
        self._outbox.setStyleSheet(f"font-weight: {weight};")

    @staticmethod
    def _state_word(state: bool | None) -> str:
        if state is True:
            return translate("PartnerStatusBar", "connected")
        if state is False:
            return translate("PartnerStatusBar", "not reachable")
        return translate("PartnerStatusBar", "not checked yet")
