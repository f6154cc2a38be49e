"""The right side of the inbox: the selected comment's conversation (our post, the thread around it,
our replies still on their way) and the reply box with its counter and saved replies.

Everything in the conversation came from a network: it is shown escaped, a long message shortened
with "Show all", which shows it whole as plain text (fast also for a megabyte)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import AccountInfo
from desktop.app import Core
from desktop.inbox.queries import CommentRow, TagInfo
from desktop.inbox.replies import Conversation, Message
from desktop.networks import network_name
from desktop.text.counting import count
from ui.inbox.delegate import tag_label
from ui.jobs import JobRunner, user_message
from ui.widgets.snippets import SnippetMenu
from ui.widgets.times import local_date_time, relative_time
from ui.widgets.untrusted import breakable, is_web_address, open_link, plain, rich, shortened
from ui.widgets.colours import Surface, Tone, colour, surface

NETWORK_PAUSE_MS = 250
SHOW_ALL = "show-all"  # the scheme of the "Show all" links inside the conversation


class ConversationPane(QWidget):
    # Comment ids pass as objects: they follow time (seconds × 1024) and do not fit Qt's 32-bit int.
    done_requested = Signal(object, bool)  # comment id, done
    tag_requested = Signal(object, str, bool)  # comment id, tag name, on
    new_tag_requested = Signal(object)  # comment id: ask for a name
    replied = Signal(object)  # comment id: a reply went into the outbox

    def __init__(self, core: Core, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.jobs = jobs
        self.comment: CommentRow | None = None
        self.conversation: Conversation | None = None
        self.accounts: dict[int, AccountInfo] = {}
        self.tags: list[TagInfo] = []
        self._reply_note = ""  # "on its way", kept while the conversation reloads
        # Asking the network waits until the selection rests, so that j-j-j-j sends one request, not four.
        self._network_pause = QTimer(self)
        self._network_pause.setSingleShot(True)
        self._network_pause.setInterval(NETWORK_PAUSE_MS)
        self._network_pause.timeout.connect(self._ask_network)
        self.header = rich(QLabel())
        self.header.setObjectName("conversationHeader")
        self.header.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setObjectName("doneButton")
        self.done_button.clicked.connect(self._toggle_done)
        self.tag_button = QToolButton()
        self.tag_button.setObjectName("tagButton")
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_menu = QMenu(self.tag_button)
        self.tag_menu.aboutToShow.connect(self._build_tag_menu)
        self.tag_button.setMenu(self.tag_menu)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openOnNetwork")
        self.open_button.clicked.connect(self._open_on_network)
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.tag_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        self.thread = QTextBrowser()
        self.thread.setObjectName("conversationView")
        self.thread.setOpenLinks(False)  # links go through _link_clicked: "Show all", or http(s) only
        self.thread.anchorClicked.connect(self._link_clicked)
        self.whole = self._whole_message_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.thread)
        self.pages.addWidget(self.whole)
        self.notice = plain(QLabel())
        self.notice.setObjectName("conversationNotice")
        self.notice.setWordWrap(True)
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("replyEdit")
        self.reply.setMaximumHeight(120)
        self.reply.setTabChangesFocus(True)  # Tab goes on to Send; a reply needs no tab character
        self.reply.textChanged.connect(self._count)
        self.counter = rich(QLabel())
        self.counter.setObjectName("replyCounter")
        self.saved = SnippetMenu(core, jobs, self, lambda: self.reply, self.notice.setText, replies=True)
        self.saved.insert_requested.connect(self.reply.insertPlainText)
        self.saved_button = QToolButton()
        self.saved_button.setObjectName("savedRepliesButton")
        self.saved_button.setMenu(self.saved)
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.mark_done = QCheckBox()
        self.mark_done.setObjectName("markDoneOnReply")
        self.mark_done.setChecked(True)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendReply")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        QShortcut(QKeySequence("Ctrl+Return"), self.reply, self.send)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.saved_button)
        reply_row.addWidget(self.counter)
        reply_row.addStretch(1)
        reply_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.reply)
        layout.addWidget(self.mark_done)
        layout.addLayout(reply_row)
        self.retranslate_ui()
        self.show_comment(None)

    def retranslate_ui(self) -> None:
        self.thread.setAccessibleName(self.tr("Conversation"))
        self.whole_text.setAccessibleName(self.tr("The whole comment"))
        self.reply.setAccessibleName(self.tr("Your reply"))
        self.tag_button.setText(self.tr("Tag"))
        self.tag_button.setToolTip(self.tr("Tag this comment (t)"))
        self.saved_button.setText(self.tr("Saved replies"))
        self.saved.retranslate_ui()
        self.mark_done.setText(self.tr("Mark done when sent"))
        self.send_button.setText(self.tr("Reply"))
        self.send_button.setToolTip(self.tr("Send the reply (Ctrl+Enter)"))
        self.reply.setPlaceholderText(self.tr("Write a reply… (r)"))
        self.back_button.setText(self.tr("Back to the conversation"))
        self.back_button.setToolTip(self.tr("Back to the conversation (Esc)"))
        self._show_header()
        self._render()
        self._count()

    # -- showing a comment ------------------------------------------------------------------------------
    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = {a.id: a for a in accounts}
        self._count()

    def show_comment(self, row: CommentRow | None) -> None:
        same = row is not None and self.comment is not None and row.id == self.comment.id
        self.comment = row
        for widget in (
            self.done_button,
            self.tag_button,
            self.open_button,
            self.reply,
            self.send_button,
            self.saved_button,
            self.mark_done,
        ):
            widget.setEnabled(row is not None)
        self._show_header()
        if row is None:
            self.conversation = None
            self.thread.setHtml(
                f"<p style='color:{colour(Tone.MUTED)}'>"
                + html.escape(self.tr("Select a comment to see its conversation and answer it."))
                + "</p>"
            )
            self.notice.clear()
            return
        if not same:
            self.pages.setCurrentWidget(self.thread)
            self.whole_text.clear()
            self.reply.clear()
            self.notice.clear()
            self._reply_note = ""
            self.conversation = None
            self.load()
        self._count()

    def load(self) -> None:
        """The conversation from this computer at once, then from the network."""
        if self.comment is None:
            return
        comment_id = self.comment.id
        self.jobs.start(
            self.tr("Loading the conversation"),
            self.core.replies.stored_conversation(comment_id),
            on_done=lambda c: self._arrived(c, comment_id, final=False),
            on_error=self._failed,
            quiet=True,
        )
        self._network_pause.start()

    def _ask_network(self) -> None:
        if self.comment is None:
            return
        comment_id = self.comment.id
        self.jobs.start(
            self.tr("Loading the conversation"),
            self.core.replies.conversation(comment_id),
            on_done=lambda c: self._arrived(c, comment_id, final=True),
            on_error=self._failed,
            quiet=True,
        )

    def _arrived(self, conversation: Conversation, comment_id: int, final: bool) -> None:
        if self.comment is None or self.comment.id != comment_id:
            return
        if not final and self.conversation is not None and self.conversation.from_network:
            return  # the network's answer came first
        self.conversation = conversation
        if final and conversation.problem:
            self.notice.setText(
                " ".join(
                    filter(
                        None,
                        [
                            self._reply_note,
                            self.tr("Shown as stored on this computer: %1").replace("%1", conversation.problem),
                        ],
                    )
                )
            )
        self._render()

    def _failed(self, error: BaseException) -> None:
        self.notice.setText(user_message(error))

    def _show_header(self) -> None:
        row = self.comment
        if row is None:
            self.header.setText("")
            return
        account = f"{row.account} ({network_name(row.network)})"
        self.header.setText(
            f"<b>{html.escape(row.author_name or row.author_handle)}</b> "
            f"{html.escape(row.author_handle)}<br><span style='color:{colour(Tone.MUTED)}'>"
            + html.escape(self.tr("to %1 · %2").replace("%1", account).replace("%2", relative_time(row.created_at)))
            + "</span>"
        )
        self.done_button.setText(self.tr("Mark open again (e)") if row.status == "done" else self.tr("Mark done (e)"))
        self.open_button.setText(self.tr("Open on %1").replace("%1", network_name(row.network)))
        self.open_button.setEnabled(bool(row.url))
        tags = ", ".join("#" + tag_label(t) for t in row.tags)
        self.tag_button.setText(tags or self.tr("Tag"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._render()  # the system switched between light and dark: the bubbles' colours follow
        super().changeEvent(event)

    def _render(self) -> None:
        if self.comment is None or self.conversation is None:
            return
        parts = [self._message_html(m, i) for i, m in enumerate(self.conversation.messages)]
        self.thread.setHtml("".join(parts) or "<p></p>")
        self.thread.scrollToAnchor(f"c{self.comment.id}")

    def _message_html(self, message: Message, index: int) -> str:
        chosen = self.comment is not None and message.comment_id == self.comment.id
        kind = Surface.OWN_MESSAGE if message.own else (Surface.CHOSEN_MESSAGE if chosen else Surface.MESSAGE)
        background, foreground, _ = surface(kind)
        margin = "margin-left:40px" if message.own else "margin-right:40px"
        name = html.escape(message.author_name or message.author_handle or self.tr("Someone"))
        when = local_date_time(message.created_at) if isinstance(message.created_at, datetime) else ""
        state = ""
        if message.state:
            state = " · <b>" + html.escape(message.state.label)
            state += (": " + html.escape(message.error) if message.error else "") + "</b>"
        open_label = self.tr("open")
        link = (
            f" · <a href='{html.escape(message.url, quote=True)}'>{html.escape(open_label)}</a>"
            if is_web_address(message.url)
            else ""
        )
        short = shortened(message.text)
        text = html.escape(message.text if short is None else short).replace("\n", "<br>")
        if short is not None:
            more = self.tr("Show all (%1 characters)").replace("%1", QLocale().toString(len(message.text)))
            text += f"<br><a href='{SHOW_ALL}:{index}'>{html.escape(more)}</a>"
        anchor = f"<a name='c{message.comment_id}'></a>" if message.comment_id else ""
        return (
            f"{anchor}<table width='100%' cellpadding='8' style='{margin};background:{background};color:{foreground};margin-bottom:6px'>"
            f"<tr><td><b>{name}</b> <span>{html.escape(when)}{link}</span>{state}"
            f"<br>{text}</td></tr></table>"
        )

    # -- acting on it -----------------------------------------------------------------------------------
    def _toggle_done(self) -> None:
        if self.comment is not None:
            self.done_requested.emit(self.comment.id, self.comment.status != "done")

    def _build_tag_menu(self) -> None:
        self.tag_menu.clear()
        if self.comment is None:
            return
        for info in self.tags:
            action = self.tag_menu.addAction("#" + tag_label(info.name))
            action.setCheckable(True)
            action.setChecked(info.name in self.comment.tags)
            action.triggered.connect(
                lambda on, name=info.name, cid=self.comment.id: self.tag_requested.emit(cid, name, on)
            )
        self.tag_menu.addSeparator()
        self.tag_menu.addAction(self.tr("New tag…"), lambda cid=self.comment.id: self.new_tag_requested.emit(cid))

    def _open_on_network(self) -> None:
        if self.comment is not None and self.comment.url:
            open_link(self.comment.url)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() != SHOW_ALL:
            open_link(url)
        elif (
            self.conversation is not None and url.path().isdigit() and int(url.path()) < len(self.conversation.messages)
        ):
            self.show_whole(self.conversation.messages[int(url.path())])

    # -- one message whole ------------------------------------------------------------------------------
    def _whole_message_page(self) -> QWidget:
        page = QWidget()
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToConversation")
        self.back_button.clicked.connect(self.show_thread)
        self.whole_author = plain(QLabel())
        self.whole_author.setObjectName("wholeMessageAuthor")
        self.whole_text = QPlainTextEdit()
        self.whole_text.setObjectName("wholeMessage")
        self.whole_text.setReadOnly(True)
        QShortcut(QKeySequence("Escape"), page, self.show_thread, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.whole_author, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.whole_text, 1)
        return page

    def show_whole(self, message: Message) -> None:
        """One message in full, as plain text (the conversation shows long ones shortened)."""
        self.whole_author.setText(message.author_name or message.author_handle or self.tr("Someone"))
        self.whole_text.setPlainText(breakable(message.text))
        self.pages.setCurrentWidget(self.whole)
        self.whole_text.setFocus()

    def show_thread(self) -> None:
        self.pages.setCurrentWidget(self.thread)
        self.whole_text.clear()
        self.thread.setFocus()

    def focus_reply(self) -> None:
        if self.comment is not None:
            self.reply.setFocus()

    def _count(self) -> None:
        account = self.accounts.get(self.comment.account_id) if self.comment else None
        if account is None:
            self.counter.setText("")
            return
        result = count(self.reply.toPlainText(), account.limits)
        if result.over:
            self.counter.setText(f"<span style='color:{colour(Tone.ERROR)}'>{html.escape(result.reason)}</span>")
        elif result.remaining is not None:
            self.counter.setText(self.tr("%1 characters left").replace("%1", str(result.remaining)))
        else:
            self.counter.setText("")
        self.send_button.setEnabled(bool(self.reply.toPlainText().strip()) and not result.over)

    def send(self) -> None:
        if self.comment is None or not self.reply.toPlainText().strip() or not self.send_button.isEnabled():
            return
        comment_id, text = self.comment.id, self.reply.toPlainText()
        self.send_button.setEnabled(False)
        self.jobs.start(
            self.tr("Sending the reply"),
            self.core.replies.reply(comment_id, text, mark_done=self.mark_done.isChecked()),
            on_done=lambda _: self._sent(comment_id),
            on_error=self._send_failed,
        )

    def _sent(self, comment_id: int) -> None:
        if self.comment is not None and self.comment.id == comment_id:
            self.reply.clear()
            self._reply_note = self.tr("Your reply is on its way.")
            self.notice.setText(self._reply_note)
            self.load()
        self.replied.emit(comment_id)

    def _send_failed(self, error: BaseException) -> None:
        self.notice.setText(user_message(error))
        self._count()

    def attempt_changed(self, info) -> None:
        """A reply in the outbox changed (sent, waiting, failed): show the conversation again."""
        if not info.reply or self.conversation is None:
            return
        if any(m.attempt_id == info.id for m in self.conversation.messages) or info.final:
            self.load()
