"""The 1365 consent (봉사실적 연계를 위한 정보제공 동의): its date when given, else the text and 동의.

DOMAIN.md §3 step 1. When 1365 already holds the consent, the panel says so in 1365's words
("회원님은 2014년 10월 12일에 실적연계를 위한 정보제공 동의를 하셨습니다."). Otherwise it shows the
consent text of the 1365 부가정보 screen and a 동의 check. For a person under 14 (만 14세 미만) the
consent is the legal guardian's (개인정보 보호법 제22조의2): the guardian is usually at the counter,
so staff record the guardian's name and relationship and confirm they checked the guardian's ID.
The panel only collects this; the page sends it (``consent_request()``) through the task runner.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from linkdesk.clock import KST
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.linking_flow import Guardian

translate = QCoreApplication.translate

# what 1365 receives as the relationship (its own words) -> how the combo names it
RELATIONSHIPS: tuple[tuple[str, str], ...] = (
    ("부", QT_TRANSLATE_NOOP("ConsentPanel", "Father")),
    ("모", QT_TRANSLATE_NOOP("ConsentPanel", "Mother")),
    ("기타 법정대리인", QT_TRANSLATE_NOOP("ConsentPanel", "Other legal guardian")),
)
GUARDIAN_NAME_MAX = 50


class ConsentPanel(QWidget):
    """Either the consent date (:meth:`show_consented`) or the consent capture (:meth:`ask_consent`).

    ``changed()`` on every edit. :meth:`is_valid` says whether the page may go on;
    :meth:`consent_request` gives what the 1365 consent call carries.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConsentPanel")
        self._mode = ""  # "" (nothing yet) | "consented" | "asking"
        self._under_14 = False

        self.consented_label = QLabel()
        self.consented_label.setObjectName("ConsentGiven")
        self.consented_label.setWordWrap(True)
        self.consented_label.setStyleSheet(box_style("#ConsentGiven", "success"))

        self.consent_text = QLabel(self._consent_html())
        self.consent_text.setObjectName("ConsentText")
        self.consent_text.setTextFormat(Qt.TextFormat.RichText)
        self.consent_text.setWordWrap(True)
        self.consent_text.setStyleSheet(box_style("#ConsentText", "info"))
        self.agree = QCheckBox()
        self.agree.setObjectName("ConsentAgree")
        self.agree.toggled.connect(self._edited)

        self.guardian_box = QGroupBox(translate("ConsentPanel", "Legal guardian (under 14)"))
        self.guardian_box.setObjectName("GuardianBox")
        note = QLabel(
            translate(
                "ConsentPanel",
                "A person under 14 needs the consent of a legal guardian (Personal Information "
                "Protection Act, Article 22-2).",
            )
        )
        note.setWordWrap(True)
        self.guardian_name = QLineEdit()
        self.guardian_name.setObjectName("GuardianName")
        self.guardian_name.setMaxLength(GUARDIAN_NAME_MAX)
        self.guardian_name.textEdited.connect(self._edited)
        self.relationship = QComboBox()
        self.relationship.setObjectName("GuardianRelationship")
        for value, text in RELATIONSHIPS:
            self.relationship.addItem(translate("ConsentPanel", text), value)
        self.relationship.setPlaceholderText(translate("ConsentPanel", "Choose"))
        self.relationship.setCurrentIndex(-1)
        self.relationship.currentIndexChanged.connect(self._edited)
        self.identity_checked = QCheckBox(translate("ConsentPanel", "I have checked the legal guardian's &ID card"))
        self.identity_checked.setObjectName("GuardianIdChecked")
        self.identity_checked.toggled.connect(self._edited)
        form = QFormLayout(self.guardian_box)
        form.addRow(note)
        # Alt+S: N is the wizard's 다음 (Next), G its 처음으로 (Start again), M the visitor's 성명.
        form.addRow(translate("ConsentPanel", "Guardian'&s name"), self.guardian_name)
        form.addRow(translate("ConsentPanel", "&Relationship"), self.relationship)
        form.addRow(self.identity_checked)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in (self.consented_label, self.consent_text, self.agree, self.guardian_box):
            column.addWidget(widget)
        QWidget.setTabOrder(self.agree, self.guardian_name)
        QWidget.setTabOrder(self.guardian_name, self.relationship)
        QWidget.setTabOrder(self.relationship, self.identity_checked)
        self._show()

    # -- the two modes -----------------------------------------------------------------------------

    def show_consented(self, at: datetime) -> None:
        """1365 holds the consent since ``at``: say so, nothing to capture."""
        self._reset()
        self._mode = "consented"
        local = at.astimezone(KST) if at.tzinfo else at
        day = QLocale().toString(QDate(local.year, local.month, local.day), translate("ConsentPanel", "MMMM d, yyyy"))
        sentence = translate("ConsentPanel", "You consented to information sharing for record linking on %1.")
        self.consented_label.setText(sentence.replace("%1", day))
        self._show()
        self.changed.emit()

    def ask_consent(self, under_14: bool) -> None:
        """No consent yet: show the text and 동의; under 14, the guardian's fields too."""
        self._reset()
        self._mode = "asking"
        self._under_14 = under_14
        self._show()
        self.changed.emit()

    def clear(self) -> None:
        """Forget every answer and show nothing (the guardian's name is personal data)."""
        self._reset()
        self.changed.emit()

    def _reset(self) -> None:
        for widget in (self.agree, self.identity_checked, self.guardian_name, self.relationship):
            widget.blockSignals(True)
        self.agree.setChecked(False)
        self.identity_checked.setChecked(False)
        self.guardian_name.setText("")
        self.relationship.setCurrentIndex(-1)
        for widget in (self.agree, self.identity_checked, self.guardian_name, self.relationship):
            widget.blockSignals(False)
        self._mode = ""
        self._under_14 = False
        self._show()

    # -- the answer --------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        """``"consented"``, ``"asking"`` or ``""``."""
        return self._mode

    @property
    def under_14(self) -> bool:
        return self._under_14

    def is_valid(self) -> bool:
        """Consent already given, or 동의 checked (and, under 14, the guardian fully recorded)."""
        if self._mode == "consented":
            return True
        if self._mode != "asking" or not self.agree.isChecked():
            return False
        if not self._under_14:
            return True
        return (
            bool(self.guardian_name.text().strip())
            and self.relationship.currentIndex() >= 0
            and self.identity_checked.isChecked()
        )

    def consent_request(self) -> Guardian | None:
        """The guardian for the 1365 consent call (``None`` from 14 on). Only when :meth:`is_valid`."""
        if self._mode != "asking" or not self.is_valid():
            raise ValueError("the consent is not complete")
        if not self._under_14:
            return None
        return Guardian(self.guardian_name.text().strip(), self.relationship.currentData(), True)

    def _show(self) -> None:
        asking = self._mode == "asking"
        self.consented_label.setVisible(self._mode == "consented")
        self.consent_text.setVisible(asking)
        self.agree.setVisible(asking)
        self.guardian_box.setVisible(asking and self._under_14)
        self.agree.setText(
            translate("ConsentPanel", "The legal guardian &agrees to the information sharing above")
            if self._under_14
            else translate("ConsentPanel", "I &agree to the information sharing above")
        )
        self.setFocusProxy(self.agree if asking else None)

    def _edited(self, *_args: object) -> None:
        self.changed.emit()

    @staticmethod
    def _consent_html() -> str:
        return translate(
            "ConsentPanel",
            "<p><b>Consent to share information for linking volunteer records</b></p>"
            "<p><b>Collection of the resident registration number</b> (privacy policy, Article 2)<br>"
            "· Purpose: linking volunteer records<br>"
            "· Kept until: the membership ends (or the purpose of collection ends)</p>"
            "<p><b>Provision of the resident registration number to third parties</b> (privacy policy, Article 3)<br>"
            "· Recipients: Ministry of Education, Ministry of Health and Welfare, Ministry of Gender Equality "
            "and Family, Ministry of Justice and the other linked institutions<br>"
            "· Purpose: identifying the volunteer to link volunteer records</p>"
            "<p>※ Without this consent, the records combined with the linked institutions cannot be provided.</p>",
        )
