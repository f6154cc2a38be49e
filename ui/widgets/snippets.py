"""The Snippets menu: saved pieces of text inserted with one click, saved from the selection, deleted.
The composer calls them snippets; the inbox's reply box shows the same list as saved replies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QPlainTextEdit, QWidget

from desktop.app import Core
from desktop.snippets import SnippetInfo
from ui.jobs import JobRunner
from ui.widgets.untrusted import tooltip_text


class SnippetMenu(QMenu):
    insert_requested = Signal(str)

    def __init__(
        self,
        core: Core,
        jobs: JobRunner,
        parent: QWidget,
        current_editor: Callable[[], QPlainTextEdit],
        report: Callable[[str], None],
        replies: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("savedRepliesMenu" if replies else "snippetMenu")
        self.core = core
        self.jobs = jobs
        self.current_editor = current_editor
        self.report = report
        self.replies = replies
        self.snippets: list[SnippetInfo] = []
        self.aboutToShow.connect(self._build)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Saved replies") if self.replies else self.tr("Snippets"))

    def refresh(self) -> None:
        self.jobs.start(self.tr("Loading snippets"), self.core.snippets.list(), on_done=self._loaded, quiet=True)

    def _loaded(self, snippets: list[SnippetInfo]) -> None:
        self.snippets = snippets

    def _build(self) -> None:
        self.clear()
        for snippet in self.snippets:
            action = self.addAction(snippet.name)
            action.setToolTip(tooltip_text(snippet.text))
            action.triggered.connect(lambda _=False, text=snippet.text: self.insert_requested.emit(text))
        if not self.snippets:
            empty = self.addAction(self.tr("No saved replies yet") if self.replies else self.tr("No snippets yet"))
            empty.setEnabled(False)
        self.addSeparator()
        self.addAction(
            self.tr("Save this reply for next time…")
            if self.replies
            else self.tr("Save the selected text as a snippet…"),
            self.save_selection,
        )
        if self.snippets:
            delete = self.addMenu(self.tr("Delete a saved reply") if self.replies else self.tr("Delete a snippet"))
            for snippet in self.snippets:
                delete.addAction(snippet.name, lambda s=snippet: self.delete(s.id))

    def save_selection(self) -> None:
        editor = self.current_editor()
        text = editor.textCursor().selectedText().replace("\u2029", "\n") or editor.toPlainText()
        if not text.strip():
            self.report(
                self.tr("Write the reply to keep first.")
                if self.replies
                else self.tr("Select the text to keep as a snippet first.")
            )
            return
        if self.replies:
            name, ok = QInputDialog.getText(
                self.parentWidget(),
                self.tr("Save reply"),
                self.tr("A name for this reply (e.g. “Thanks for the idea”):"),
            )
        else:
            name, ok = QInputDialog.getText(
                self.parentWidget(), self.tr("Save as snippet"), self.tr("A name for this snippet (e.g. “Signature”):")
            )
        if ok:
            self.jobs.start(
                self.tr("Saving the snippet"),
                self.core.snippets.add(name, text),
                on_done=lambda _: self.refresh(),
                on_error=self._failed,
                quiet=True,
            )

    def delete(self, snippet_id: int) -> None:
        self.jobs.start(
            self.tr("Deleting the snippet"),
            self.core.snippets.delete(snippet_id),
            on_done=lambda _: self.refresh(),
            quiet=True,
        )

    def _failed(self, error: BaseException) -> None:
        from ui.jobs import user_message

        self.report(user_message(error))
