"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a method returning
nothing (``setText``, ``setVisible``, …) and to ``True`` on every ``Signal(bool).emit(True)``; a
long counter session then aborted the whole program. pyproject.toml pins below it; this test fails
if a binding with that bug is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_and_bool_signals_keep_reference_counts(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    seen = []
    emitter.flag.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        label.setText("x")
        emitter.flag.emit(True)
    seen.clear()
    assert sys.getrefcount(None) - none_before >= -5
    assert sys.getrefcount(True) - true_before >= -5
