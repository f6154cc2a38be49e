"""The Qt binding must keep Python's reference counts right: PySide6 6.12.0 loses one reference to None
per Qt call that returns nothing, and on Python 3.11 the app then aborts after some thousand keystrokes
("Fatal Python error: none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2000):
        label.setText(str(number))
        label.setVisible(number % 2 == 0)
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 4000 Qt calls"
