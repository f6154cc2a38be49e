"""Every empty section says in whole sentences what to do next: no word-wrapped text of it (the empty
states' explanations, the calendar's hint) is cut off, in German (the longer texts) and English,
whatever the window's width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from conftest import choose_language


def cut_off(section) -> list[str]:
    return [
        f"{label.text()!r} ({label.height()} of {label.heightForWidth(label.width())} px)"
        for label in section.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_no_explanation_of_an_empty_section_is_cut_off(start_gui, qtbot):
    session = start_gui()
    window = session.window
    window.show()
    for language in ("de", "en"):
        choose_language(session, qtbot, language)
        for key, section in window.sections.items():
            window.show_section(key)
            qtbot.waitUntil(lambda section=section: section.loaded)
            if key == "insights":  # it reads its figures when shown
                qtbot.waitUntil(lambda section=section: section.stack.currentWidget() is section.empty)
            for width in (760, 1100, 1500):
                window.resize(width, 700)
                QApplication.processEvents()
                assert not cut_off(section), f"{key} at {width} px ({language}): {cut_off(section)}"
