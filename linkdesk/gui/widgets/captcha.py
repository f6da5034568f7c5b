"""The 보안문자 (captcha): the identity partner's image, a refresh button (F5) and the answer field.

The page fetches images through the task runner and hands the PNG bytes to
:meth:`CaptchaWidget.set_image`; ``None`` means the partner does not require a captcha (switched
off), and the whole widget hides. As on 1365, the answer is typed "공백없이": spaces are dropped as
they are typed, and only digits are accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QStyle, QWidget

translate = QCoreApplication.translate

IMAGE_SIZE = QSize(200, 70)  # logical pixels; the sandbox draws exactly this
MAX_ANSWER = 10


class CaptchaWidget(QWidget):
    """Image, refresh button and answer field of the 보안문자.

    Signals: ``refresh_requested()`` (button or F5), ``changed()`` on every edit of the answer,
    ``submitted()`` on Enter in the answer field.
    """

    refresh_requested = Signal()
    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CaptchaWidget")
        self._required = True
        self._busy = False

        self.image = QLabel()
        self.image.setObjectName("CaptchaImage")
        self.image.setFixedSize(IMAGE_SIZE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("#CaptchaImage { background: #f6f6f0; color: #424242; border: 1px solid #bdbdbd; }")
        self.image.setAccessibleName(translate("CaptchaWidget", "Security code image"))

        self.refresh_button = QPushButton(translate("CaptchaWidget", "New code"))
        self.refresh_button.setObjectName("CaptchaRefresh")
        self.refresh_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_button.setToolTip(translate("CaptchaWidget", "Show a new security code (F5)"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh_requested)

        self.input = QLineEdit()
        self.input.setObjectName("CaptchaAnswer")
        self.input.setMaxLength(MAX_ANSWER + 6)  # room for spaces that are dropped as typed
        self.input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[\d\s]*"), self.input))
        self.input.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.input.setPlaceholderText(translate("CaptchaWidget", "Digits in the image"))
        self.input.setAccessibleName(translate("CaptchaWidget", "Security code"))
        self.input.setFixedWidth(IMAGE_SIZE.width())
        self.input.textEdited.connect(self._edited)
        self.input.returnPressed.connect(self.submitted)

        self.hint = QLabel(translate("CaptchaWidget", "Type the security code in the image without spaces."))
        self.hint.setObjectName("CaptchaHint")
        self.hint.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.image, 0, 0)
        grid.addWidget(self.refresh_button, 0, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.input, 1, 0)
        grid.addWidget(self.hint, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self.setFocusProxy(self.input)
        QWidget.setTabOrder(self.input, self.refresh_button)

    # -- state -------------------------------------------------------------------------------------

    def set_image(self, png: bytes | None) -> None:
        """Show a new 보안문자 (the old answer is cleared), or ``None``: no captcha needed, hide."""
        self.input.clear()
        if png is None:
            self._required = False
            self.image.clear()
            self.hide()
            return
        self._required = True
        image = QImage.fromData(png, "PNG")
        if image.isNull():
            self.image.setPixmap(QPixmap())
            self.image.setText(translate("CaptchaWidget", "The image could not be shown. Press F5 for a new one."))
            self.image.setWordWrap(True)
        else:
            self.image.setPixmap(self._crisp(image))
        self.show()

    def _crisp(self, image: QImage) -> QPixmap:
        """The image at the label's size in device pixels: whole-number enlargements stay sharp."""
        ratio = self.devicePixelRatioF()
        target = QSize(round(IMAGE_SIZE.width() * ratio), round(IMAGE_SIZE.height() * ratio))
        if image.size() != target:
            factor = target.height() / image.height()
            mode = (
                Qt.TransformationMode.FastTransformation
                if factor >= 1 and factor.is_integer()
                else Qt.TransformationMode.SmoothTransformation
            )
            image = image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio, mode)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def set_busy(self, busy: bool) -> None:
        """While a new image is fetched: no refresh, no typing, a word where the image was."""
        self._busy = busy
        self.refresh_button.setEnabled(not busy)
        self.input.setEnabled(not busy)
        if busy:
            self.image.setPixmap(QPixmap())
            self.image.setText(translate("CaptchaWidget", "Loading…"))

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def required(self) -> bool:
        """False after ``set_image(None)``: the partner asks for no captcha."""
        return self._required

    def answer(self) -> str:
        """The typed digits without spaces; ``""`` when no captcha is required."""
        if not self._required:
            return ""
        return "".join(self.input.text().split())

    def clear(self) -> None:
        self.input.clear()

    def _edited(self, text: str) -> None:
        if any(c.isspace() for c in text):
            position = self.input.cursorPosition() - sum(c.isspace() for c in text[: self.input.cursorPosition()])
            self.input.setText("".join(text.split()))
            self.input.setCursorPosition(position)
        self.changed.emit()

