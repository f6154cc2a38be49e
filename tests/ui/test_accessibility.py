"""For screen readers and for every palette: each control has a name a screen reader can say, and the
app's own colours are readable (WCAG AA) in a light and in a dark palette."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from conftest import open_settings
from ui.widgets.colours import Surface, contrast, dark_palette, every_variant, surface

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def nameless(root: QWidget) -> list[str]:
    """The interactive widgets shown in `root` whose accessible name is empty."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root) or isinstance(widget, QScrollBar):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName() == "qt_tableview_cornerbutton":
            continue  # a table's own parts: screen readers read the headers through the table
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo box or spin box is what is named
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            parent = widget.parent()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__}")
    return found


def nameless_on_every_page(root: QWidget) -> list[str]:
    """`nameless` on each page of each tab and stack in `root` (each page shown in turn)."""
    found = set(nameless(root))
    for pages in root.findChildren(QTabWidget) + root.findChildren(QStackedWidget):
        if not pages.isVisibleTo(root) or isinstance(pages.parent(), QTabWidget):
            continue
        current = pages.currentIndex()
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            QApplication.processEvents()
            found.update(nameless(root))
        pages.setCurrentIndex(current)
    return sorted(found)


def test_every_control_of_every_section_and_dialog_has_a_name_a_screen_reader_says(start_gui, qtbot):
    session = start_gui(demo=True)
    window = session.window
    core, jobs = session.core, session.jobs
    problems: dict[str, list[str]] = {}
    for key, section in window.sections.items():
        window.show_section(key)
        qtbot.waitUntil(lambda section=section: section.loaded)
        problems[key] = nameless_on_every_page(section)
    problems["main window"] = nameless(window.sidebar)

    settings = open_settings(session, qtbot)
    for page in range(settings.index.count()):
        settings.index.setCurrentRow(page)
        problems[f"settings page {page}"] = nameless(settings)
    settings.reject()

    organisations = window.sections["accounts"].organisations
    from ui.accounts.apps_dialog import DeveloperAppsDialog
    from ui.accounts.connect_dialog import ConnectDialog
    from ui.calendar.import_dialog import CsvImportDialog
    from ui.calendar.slots_dialog import PostingSlotsDialog
    from ui.compose.schedule_dialog import ScheduleDialog
    from ui.guide import FirstRunGuide
    from ui.restore_dialog import RestoreBackupDialog

    connect = ConnectDialog(core, jobs, organisations, parent=window)
    connect.show()
    for index in range(connect.network.count()):
        connect.network.setCurrentIndex(index)
        problems[f"connect {connect.network_key}"] = nameless(connect)
    connect.reject()
    dialogs = {
        "developer apps": DeveloperAppsDialog(core, jobs, organisations, parent=window),
        "posting slots": PostingSlotsDialog(core, jobs, window),
        "restore": RestoreBackupDialog(core.backups, jobs, window),
        "schedule": ScheduleDialog("Europe/Berlin", datetime(2026, 12, 24, 9, tzinfo=timezone.utc), window),
        "csv import": CsvImportDialog(core, jobs, window),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        QApplication.processEvents()
        problems[name] = nameless_on_every_page(dialog)
        dialog.reject()
    guide = FirstRunGuide(core, jobs, session.events, organisations, [], window)
    guide.show()
    for page in range(4):
        problems[f"guide page {page}"] = nameless(guide)
        if page < 3:
            guide.next()
    guide.reject()

    report = "\n".join(f"{where}: {', '.join(found)}" for where, found in problems.items() if found)
    assert not report, "without a name:\n" + report


@pytest.mark.parametrize("dark", [False, True], ids=["light palette", "dark palette"])
def test_the_apps_own_colours_meet_wcag_aa_against_the_palette(qapp, dark):
    palette = qapp.style().standardPalette()
    if dark:
        palette = dark_palette(palette)
    backgrounds = [palette.color(role).name() for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)]
    failing = []
    for what, foreground, background, for_dark in every_variant():
        if for_dark != dark:
            continue
        for behind in [background] if background else backgrounds:
            ratio = contrast(foreground, behind)
            if ratio < 4.5:
                failing.append(f"{what}: {foreground} on {behind} is {ratio:.2f}:1")
    assert failing == []


def test_white_initials_and_calendar_text_stay_readable_on_the_colours_behind_them():
    from ui.settings.organisations import NEW_COLOURS
    from ui.widgets.avatars import COLOURS

    assert [c for c in COLOURS if contrast("#ffffff", c) < 4.5] == []
    # The calendar draws a post's text in the palette's text colour on its organisation's colour, faded.
    for colour in NEW_COLOURS:
        fill = QColor(colour)
        fill.setAlpha(110)
        on_white = QColor(
            *(round(channel * fill.alphaF() + 255 * (1 - fill.alphaF())) for channel in fill.getRgb()[:3])
        )
        assert contrast("#000000", on_white.name()) >= 4.5, colour


def test_a_conversation_is_readable_in_a_dark_palette(start_gui, qtbot, qapp):
    session = start_gui(demo=True)
    inbox = session.window.sections["inbox"]
    session.window.show_section("inbox")
    light = qapp.palette()
    qapp.setPalette(dark_palette(light))  # as when the system switches to its dark theme
    try:
        inbox.list.selectRow(0)
        qtbot.waitUntil(lambda: inbox.conversation.conversation is not None, timeout=5000)
        background, text, _ = surface(Surface.CHOSEN_MESSAGE)
        # The conversation shown is drawn again in the dark palette's colours: a dark bubble, light text.
        qtbot.waitUntil(lambda: background in inbox.conversation.thread.toHtml().lower(), timeout=5000)
        html = inbox.conversation.thread.toHtml().lower()
        assert f"color:{text}" in html
        assert "#fff4d6" not in html  # not the light palette's cream
        assert contrast(text, background) >= 4.5
    finally:
        qapp.setPalette(light)


def test_tab_leaves_text_fields_and_escape_leaves_the_reply_box(start_gui, qtbot):
    from PySide6.QtCore import Qt

    session = start_gui(demo=True)
    window = session.window
    window.activateWindow()
    window.show_section("inbox")
    inbox = window.sections["inbox"]
    qtbot.waitUntil(lambda: inbox.conversation.comment is not None)
    inbox.list.setFocus()
    qtbot.keyClick(inbox.list, Qt.Key.Key_R)  # reply
    reply = inbox.conversation.reply
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reply)
    qtbot.keyClicks(reply, "Ja, gern!")
    qtbot.keyClick(reply, Qt.Key.Key_Tab)
    assert reply.toPlainText() == "Ja, gern!" and QApplication.focusWidget() is not reply
    reply.setFocus()
    qtbot.keyClick(reply, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is inbox.list and reply.toPlainText() == "Ja, gern!"

    window.show_section("compose")
    text = window.sections["compose"].editor.texts.main
    text.setFocus()
    qtbot.keyClicks(text, "Sommerfest")
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert text.toPlainText() == "Sommerfest" and QApplication.focusWidget() is not text


def test_the_window_and_every_dialog_fit_a_full_hd_screen_at_200_percent(start_gui, qtbot):
    """At 200 % a 1920 × 1080 screen has 960 × 540 logical pixels, less a task bar: nothing may insist on more."""
    from ui.accounts.apps_dialog import DeveloperAppsDialog
    from ui.accounts.connect_dialog import ConnectDialog
    from ui.guide import FirstRunGuide

    session = start_gui(demo=True)
    window = session.window
    limit = (960, 500)
    too_big = {}

    def check(name: str, widget: QWidget) -> None:
        needs = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if needs.width() > limit[0] or needs.height() > limit[1]:
            too_big[name] = needs.toTuple()

    for key in window.sections:
        window.show_section(key)
        check(f"window with {key}", window)
    settings = open_settings(session, qtbot)
    for page in range(settings.index.count()):
        settings.index.setCurrentRow(page)
        check(f"settings page {page}", settings)
    settings.reject()
    check("guide", FirstRunGuide(session.core, session.jobs, session.events, [], [], window))
    connect = ConnectDialog(session.core, session.jobs, [], parent=window)
    for index in range(connect.network.count()):
        connect.network.setCurrentIndex(index)
        check(f"connect {connect.network_key}", connect)
    apps = DeveloperAppsDialog(session.core, session.jobs, [], parent=window)
    for index in range(apps.kind.count()):
        apps.kind.setCurrentIndex(index)
        check(f"developer apps {apps.kind.currentText()}", apps)
    assert too_big == {}


def test_a_long_account_name_keeps_its_network_in_sight_and_is_whole_in_the_tooltip(start_gui, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from conftest import run_in_loop

    session = start_gui(demo=True)
    accounts = run_in_loop(qtbot, session.core.accounts.list())
    account = next(a for a in accounts if a.network == "bluesky")
    long_name = "Nachbarschaftszentrum Lindenhof – Stadtteilarbeit, Familienzentrum und Seniorentreff"
    run_in_loop(qtbot, session.core.accounts.rename(account.id, long_name))
    session.events.accounts_changed.emit()
    session.window.show_section("compose")
    picker = session.window.sections["compose"].editor.picker
    qtbot.waitUntil(lambda: picker.accounts.get(account.id) and picker.accounts[account.id].display_name == long_name)
    item = picker._items[account.id]
    assert long_name in item.toolTip(0)
    shown = QFontMetrics(picker.font()).elidedText(item.text(0), picker.textElideMode(), 200)
    assert shown.endswith("Bluesky") and "…" in shown  # the middle goes, the network stays
    assert picker.textElideMode() == Qt.TextElideMode.ElideMiddle
