"""The post's text: one main text, and a tab per network where it can be adjusted for that network
only. A network tab left alone follows the main text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.networks import network_name
from desktop.publishing.media import IMAGE_SUFFIXES
from ui.widgets.icons import icon, network_icon
from ui.widgets.untrusted import plain


class ComposeTextEdit(QPlainTextEdit):
    """Plain text, plus images: pasted or dropped pictures and image files become attachments."""

    images_dropped = Signal(list)  # local file paths
    image_pasted = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tab moves on to the next control, as everywhere in a form: posts do not use tab characters.
        self.setTabChangesFocus(True)

    def _image_files(self, source: QMimeData) -> list[str]:
        return [
            url.toLocalFile()
            for url in source.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)
        ]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return source.hasImage() or bool(self._image_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        files = self._image_files(source)
        if files:
            self.images_dropped.emit(files)
        elif source.hasImage():
            self.image_pasted.emit(QImage(source.imageData()))
        else:
            super().insertFromMimeData(source)


class NetworkTab(QWidget):
    edited = Signal(str)  # network
    follow_requested = Signal(str)

    def __init__(self, network: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.following = True
        self.editor = ComposeTextEdit()
        self.editor.setObjectName(f"text-{network}")
        self.note = plain(QLabel())
        self.note.setWordWrap(True)
        self.follow_button = QPushButton()
        self.follow_button.setObjectName("followMainText")
        self.follow_button.clicked.connect(lambda: self.follow_requested.emit(self.network))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.follow_button)
        self.editor.textChanged.connect(self._typed)
        self._quiet = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = network_name(self.network)
        self.note.setText(
            self.tr("Changed for %1 only: the other networks keep the main text.").replace("%1", name)
            if not self.following
            else self.tr("Follows the main text. Type here to change it for %1 only.").replace("%1", name)
        )
        self.follow_button.setText(self.tr("Use the main text again"))
        self.follow_button.setVisible(not self.following)

    def show_text(self, text: str, following: bool) -> None:
        self._quiet = True
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self._quiet = False
        self.following = following
        self.retranslate_ui()

    def _typed(self) -> None:
        if not self._quiet:
            self.following = False
            self.retranslate_ui()
            self.edited.emit(self.network)


class TextTabs(QTabWidget):
    """Tab 0 is the main text; the others appear for the networks of the chosen accounts."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textTabs")
        self.main = ComposeTextEdit()
        self.main.setObjectName("composerText")
        self.addTab(self.main, icon("compose"), "")
        self.tabs: dict[str, NetworkTab] = {}
        self.custom: dict[str, str] = {}  # the text adjusted per network (kept when a network is unticked)
        self.main.textChanged.connect(self.changed)
        self.currentChanged.connect(self._shown)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTabText(0, self.tr("All networks"))
        self.main.setPlaceholderText(self.tr("Write your post here. Paste or drop images into it."))
        self.main.setAccessibleName(self.tr("Text of the post"))
        for tab in self.tabs.values():
            tab.retranslate_ui()
            self._label(tab)

    def text(self) -> str:
        return self.main.toPlainText()

    def text_for(self, network: str) -> str:
        return self.custom.get(network, self.main.toPlainText())

    def network_texts(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted((n, t) for n, t in self.custom.items() if n in self.tabs))

    def set_networks(self, networks: list[str]) -> None:
        for network in [n for n in self.tabs if n not in networks]:
            tab = self.tabs.pop(network)
            self.removeTab(self.indexOf(tab))
            tab.deleteLater()
        for network in networks:
            if network not in self.tabs:
                tab = NetworkTab(network)
                tab.edited.connect(self._edited)
                tab.follow_requested.connect(self._follow)
                self.tabs[network] = tab
                self.addTab(tab, network_icon(network), "")
                self._label(tab)
        self.changed.emit()

    def set_content(self, text: str, network_texts: dict[str, str]) -> None:
        self.custom = dict(network_texts)
        self.main.blockSignals(True)
        self.main.setPlainText(text)
        self.main.blockSignals(False)
        for tab in self.tabs.values():
            self._label(tab)
        self._shown(self.currentIndex())
        self.changed.emit()

    def current_editor(self) -> QPlainTextEdit:
        widget = self.currentWidget()
        return widget.editor if isinstance(widget, NetworkTab) else self.main

    def editors(self) -> list[ComposeTextEdit]:
        return [self.main] + [tab.editor for tab in self.tabs.values()]

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors():
            editor.setReadOnly(read_only)
        for tab in self.tabs.values():
            tab.follow_button.setEnabled(not read_only)

    def _label(self, tab: NetworkTab) -> None:
        adjusted = tab.network in self.custom
        self.setTabText(self.indexOf(tab), network_name(tab.network) + (" ✎" if adjusted else ""))
        self.setTabToolTip(
            self.indexOf(tab), self.tr("Adjusted for this network") if adjusted else self.tr("Follows the main text")
        )

    def _shown(self, index: int) -> None:
        # A network tab is filled only when shown: typing in the main text stays cheap.
        tab = self.widget(index)
        if isinstance(tab, NetworkTab):
            tab.show_text(self.text_for(tab.network), tab.network not in self.custom)

    def _edited(self, network: str) -> None:
        self.custom[network] = self.tabs[network].editor.toPlainText()
        self._label(self.tabs[network])
        self.changed.emit()

    def _follow(self, network: str) -> None:
        self.custom.pop(network, None)
        tab = self.tabs[network]
        tab.show_text(self.text(), True)
        self._label(tab)
        self.changed.emit()
