"""What comes from a network is shown as text, never as HTML, and stays fast to show: a 1 MB comment
appears shortened with "Show all"; names and comments with tags show the tags; only http(s) links
open. Against the Mastodon wire-format server, as a person uses the app."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QLabel

from conftest import require_keyring, run_in_loop
from test_inbox import comment_on, connect_and_post, inbox_of

LONG_COMMENT = "@lindenhof " + "Ein sehr langer Kommentar über das Sommerfest.\n" * 22_000  # about 1 MB
TAGGED_NAME = "<b>Anna</b> <i>M.</i>"
TAGGED_TEXT = '@lindenhof <b>fett</b> <a href="javascript:alert(1)">klick</a> <img src="file:///etc/passwd">'


def rendered(rich_text: str) -> str:
    """What a person sees of a label's rich text."""
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


def inbox_with_comment(start_gui, qtbot, credentials, server, text: str, author: str = "Anna Müller"):
    """The app on the inbox with one comment on our post, selected, its conversation from the network."""
    require_keyring(credentials)
    session = start_gui()
    inbox = inbox_of(session)
    _, published = run_in_loop(qtbot, connect_and_post(session.core, server), timeout=30_000)
    anna = server.create_user("anna", author)
    qtbot.waitUntil(lambda: not inbox.syncing, timeout=10_000)
    comment_on(server, anna, text, published.remote_url.rsplit("/", 1)[-1])
    inbox.sync_now()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and inbox.current_row() is not None, timeout=30_000)
    qtbot.waitUntil(
        lambda: inbox.conversation.conversation is not None and inbox.conversation.conversation.from_network,
        timeout=30_000,
    )
    return session, inbox


def click_text(qtbot, browser, text: str) -> None:
    """Click on the words `text` in a text browser, as a person clicks a link."""
    found = browser.document().find(text)
    assert not found.isNull(), f"“{text}” is not shown"
    found.setPosition(found.selectionStart() + 2)  # inside the words, not at their edge
    browser.setTextCursor(found)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(found).center())


def test_a_one_megabyte_comment_shows_shortened_and_show_all_shows_it_whole(
    start_gui, qtbot, credentials, mastodon_server
):
    mastodon_server.max_characters = 2_000_000
    session, inbox = inbox_with_comment(start_gui, qtbot, credentials, mastodon_server, LONG_COMMENT)
    conversation = inbox.conversation
    stored = inbox.current_row().text
    assert len(stored) > 1_000_000

    shown = conversation.thread.toPlainText()
    show_all = f"Show all ({QLocale().toString(len(stored))} characters)"
    assert "Ein sehr langer Kommentar über das Sommerfest." in shown
    assert show_all in shown
    assert len(shown) < 5_000  # what the conversation lays out stays small, whatever the comment's size

    started = time.perf_counter()
    click_text(qtbot, conversation.thread, "Show all")
    qtbot.waitUntil(lambda: conversation.pages.currentWidget() is conversation.whole)
    whole = conversation.whole_text.toPlainText()
    print(f"showing 1 MB whole took {time.perf_counter() - started:.2f} s")
    assert whole.replace("\u200b", "") == stored
    assert conversation.whole_author.text() == "Anna Müller"

    conversation.back_button.click()
    assert conversation.pages.currentWidget() is conversation.thread
    assert show_all in conversation.thread.toPlainText()


def test_a_short_comment_shows_whole_without_show_all(start_gui, qtbot, credentials, mastodon_server):
    session, inbox = inbox_with_comment(
        start_gui, qtbot, credentials, mastodon_server, "@lindenhof Danke für das tolle Fest!\nBis bald"
    )

    shown = inbox.conversation.thread.toPlainText()
    assert "Danke für das tolle Fest!\nBis bald" in shown or "Danke für das tolle Fest!\u2028Bis bald" in shown
    assert "Show all" not in shown


def test_tags_in_a_comment_and_in_a_name_show_literally(start_gui, qtbot, credentials, mastodon_server):
    session, inbox = inbox_with_comment(start_gui, qtbot, credentials, mastodon_server, TAGGED_TEXT, author=TAGGED_NAME)
    conversation = inbox.conversation

    assert TAGGED_TEXT in conversation.thread.toPlainText()
    assert TAGGED_NAME in conversation.thread.toPlainText()
    assert 'href="javascript' not in conversation.thread.toHtml()  # shown as text, never a link
    assert rendered(conversation.header.text()).startswith(TAGGED_NAME)
    assert inbox.model.index(0).data() == f"{TAGGED_NAME}: {TAGGED_TEXT}"
    assert rendered(inbox.model.index(0).data(Qt.ItemDataRole.ToolTipRole)) == TAGGED_TEXT


def test_a_name_with_tags_shows_literally_in_the_composer(start_gui, qtbot, credentials, mastodon_server):
    require_keyring(credentials)
    session = start_gui()
    token = mastodon_server.create_user("lindenhof", "<i>Lindenhof</i> <a href='file:///etc/passwd'>x</a>")
    organisation = run_in_loop(qtbot, session.core.accounts.ensure_organisation("Lindenhof"))
    run_in_loop(
        qtbot, session.core.connections.connect_mastodon_token(organisation, mastodon_server.url, token), timeout=30_000
    )
    session.events.accounts_changed.emit()
    session.window.show_section("compose")
    editor = session.window.sections["compose"].editor
    qtbot.waitUntil(lambda: editor.picker.topLevelItemCount() > 0, timeout=10_000)
    editor.picker.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: bool(editor.counters.findChildren(QLabel)), timeout=10_000)

    names = [label for label in editor.counters.findChildren(QLabel) if "Lindenhof" in label.text()]
    assert [label.text() for label in names] == ["<i>Lindenhof</i> <a href='file:///etc/passwd'>x</a>"]
    assert names[0].textFormat() == Qt.TextFormat.PlainText


def test_every_label_of_the_window_says_whether_its_text_is_html(start_gui, qtbot):
    """Qt guesses HTML in a label left on AutoText: each one is made plain, or rich with escaped text."""
    session = start_gui()
    guessing = [
        label.objectName() or label.text()[:40]
        for label in session.window.findChildren(QLabel)
        if label.textFormat() == Qt.TextFormat.AutoText and label.pixmap().isNull() and not _inside_qt_widget(label)
    ]
    assert guessing == []


def _inside_qt_widget(label: QLabel) -> bool:
    """Labels that Qt's own widgets make (a calendar's month name, a tool bar's title) are Qt's concern."""
    parent = label.parent()
    while parent is not None:
        if type(parent).__module__.startswith("PySide6") and parent.metaObject().className() in (
            "QCalendarWidget",
            "QDateTimeEdit",
            "QToolBar",
            "QMessageBox",
            "QDialogButtonBox",
        ):
            return True
        parent = parent.parent()
    return False


class Browser(QObject):
    """Stands in for the system browser through Qt's own hook (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


SCHEMES = ("http", "https", "javascript", "file", "smb", "mailto", "show-all")


@pytest.fixture
def browser(qapp):
    browser = Browser()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    yield browser
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "smb://server/share",
        "mailto:someone@example.org",
        "https://",
        "/relative/path",
    ],
)
def test_a_link_that_is_no_web_address_is_not_opened(browser, address):
    from ui.widgets.untrusted import open_link

    assert open_link(address) is False
    assert browser.opened == []


def test_a_web_address_is_opened(browser):
    from ui.widgets.untrusted import open_link

    assert open_link("https://social.example/@anna/1") is True
    assert browser.opened == ["https://social.example/@anna/1"]


def test_links_in_the_conversation_open_only_web_addresses(start_gui, qtbot, credentials, mastodon_server, browser):
    session, inbox = inbox_with_comment(start_gui, qtbot, credentials, mastodon_server, "@lindenhof Hallo!")
    thread = inbox.conversation.thread

    for address in ("javascript:alert(1)", "file:///etc/passwd", "smb://server/share"):
        thread.anchorClicked.emit(QUrl(address))  # what the browser does when a link is clicked
    assert browser.opened == []

    click_text(qtbot, thread, "open")  # the comment's "open" link, to the comment on the server
    qtbot.waitUntil(lambda: len(browser.opened) == 1)
    assert browser.opened[0].startswith(mastodon_server.url)


def test_a_long_text_is_cut_at_a_word_or_after_its_first_lines():
    from ui.widgets.untrusted import SHORT_CHARACTERS, SHORT_LINES, breakable, shortened

    assert shortened("Danke für das tolle Fest!\nBis bald") is None
    words = shortened("Sommerfest " * 1000)
    assert words.endswith("Sommerfest …") and len(words) <= SHORT_CHARACTERS + 2
    lines = shortened("Zeile\n" * 100)
    assert lines == "\n".join(["Zeile"] * SHORT_LINES) + " …"
    assert breakable("x" * 1000).count("\u200b") == 5 and breakable("x" * 1000).replace("\u200b", "") == "x" * 1000
    assert breakable("kurze Wörter bleiben, wie sie sind") == "kurze Wörter bleiben, wie sie sind"
