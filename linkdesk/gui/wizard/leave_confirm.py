"""Asking before a linking with entered data is left: 처음으로, 취소, Esc and Ctrl+N alike.

The box is opened, not executed (the window keeps running); its default button -- the one Enter
presses -- and Esc both *keep* the visitor, so no number of Enter presses loses what was typed.
Only the explicit 처음으로 / 취소 button of the box (or its Alt mnemonic) leaves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_to_leave(parent: QWidget, *, restart: bool, on_leave: Callable[[], None],
                 on_stay: Callable[[], None]) -> QMessageBox:
    """Open the question above ``parent``; ``on_leave()`` or ``on_stay()`` runs once it is answered."""
    if restart:
        text = translate("LeaveConfirm", "Start again and discard what was entered for this visitor?")
        leave_text = translate("LeaveConfirm", "&Discard and start again")
    else:
        text = translate("LeaveConfirm", "Close the linking and discard what was entered for this visitor?")
        leave_text = translate("LeaveConfirm", "&Discard and close")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("LeaveConfirm", "Discard the entered data?"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("LeaveConfirm")
    box.setInformativeText(translate(
        "LeaveConfirm", "The name, the identity check, the school and the chosen records are forgotten. "
                        "Records already sent stay sent."))
    leave = box.addButton(leave_text, QMessageBox.ButtonRole.DestructiveRole)
    leave.setObjectName("LeaveConfirmDiscard")
    stay = box.addButton(translate("LeaveConfirm", "&Keep working"), QMessageBox.ButtonRole.RejectRole)
    stay.setObjectName("LeaveConfirmKeep")
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        (on_leave if clicked is leave else on_stay)()

    box.finished.connect(answered)
    box.open()
    return box
