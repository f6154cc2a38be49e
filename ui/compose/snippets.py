"""The Snippets menu: saved pieces of text inserted with one click, saved from the selection, deleted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from desktop.app import Core
from desktop.snippets import SnippetInfo
from ui.jobs import JobRunner


class SnippetMenu(QMenu):
    insert_requested = Signal(str)

    def __init__(self, core: Core, jobs: JobRunner, editor: QWidget) -> None:
        super().__init__(editor)
        self.setObjectName("snippetMenu")
        self.core = core
        self.jobs = jobs
        self.editor = editor
        self.snippets: list[SnippetInfo] = []
        self.aboutToShow.connect(self._build)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Snippets"))

    def refresh(self) -> None:
        self.jobs.start(self.tr("Loading snippets"), self.core.snippets.list(), on_done=self._loaded, quiet=True)

    def _loaded(self, snippets: list[SnippetInfo]) -> None:
        self.snippets = snippets

    def _build(self) -> None:
        self.clear()
        for snippet in self.snippets:
            action = self.addAction(snippet.name)
            action.setToolTip(snippet.text)
            action.triggered.connect(lambda _=False, text=snippet.text: self.insert_requested.emit(text))
        if not self.snippets:
            empty = self.addAction(self.tr("No snippets yet"))
            empty.setEnabled(False)
        self.addSeparator()
        self.addAction(self.tr("Save the selected text as a snippet…"), self.save_selection)
        if self.snippets:
            delete = self.addMenu(self.tr("Delete a snippet"))
            for snippet in self.snippets:
                delete.addAction(snippet.name, lambda s=snippet: self.delete(s.id))

    def save_selection(self) -> None:
        editor = self.editor.texts.current_editor()  # type: ignore[attr-defined]
        text = editor.textCursor().selectedText().replace("\u2029", "\n") or editor.toPlainText()
        if not text.strip():
            self.editor.message.setText(self.tr("Select the text to keep as a snippet first."))  # type: ignore[attr-defined]
            return
        name, ok = QInputDialog.getText(self.editor, self.tr("Save as snippet"),
                                        self.tr("A name for this snippet (e.g. “Signature”):"))
        if ok:
            self.jobs.start(self.tr("Saving the snippet"), self.core.snippets.add(name, text),
                            on_done=lambda _: self.refresh(), on_error=self._failed, quiet=True)

    def delete(self, snippet_id: int) -> None:
        self.jobs.start(self.tr("Deleting the snippet"), self.core.snippets.delete(snippet_id),
                        on_done=lambda _: self.refresh(), quiet=True)

    def _failed(self, error: BaseException) -> None:
        from ui.jobs import user_message

        self.editor.message.setText(user_message(error))  # type: ignore[attr-defined]
