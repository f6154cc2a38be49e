"""How the post will look on each chosen account: its name, the text as that network gets it (links,
hashtags and mentions marked), the images with their descriptions, and the count."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop.accounts import AccountInfo
from desktop.drafts import DraftContent
from desktop.text.counting import count
from desktop.text.facets import find_spans
from ui.widgets.icons import network_icon
from ui.widgets.colours import Tone, colour

CARD = (
    "<div style='font-family: sans-serif; max-width: 520px'>"
    "<p><b>{name}</b> <span style='color:{muted}'>{handle}</span></p>{title}<p>{text}</p>{images}"
    "<p style='color:{count_colour}; font-size: small'>{count}</p></div>"
)


def _marked(text: str) -> str:
    """The text as HTML with links, mentions and hashtags coloured like the networks show them."""
    parts, last = [], 0
    encoded = text.encode("utf-8")  # the spans count UTF-8 bytes, as Bluesky's facets do
    for span in find_spans(text):
        parts.append(html.escape(encoded[last : span.byte_start].decode("utf-8")))
        marked = html.escape(encoded[span.byte_start : span.byte_end].decode("utf-8"))
        parts.append(f"<span style='color:{colour(Tone.LINK)}'>{marked}</span>")
        last = span.byte_end
    parts.append(html.escape(encoded[last:].decode("utf-8")))
    return "".join(parts).replace("\n", "<br>")


def preview_html(content: DraftContent, account: AccountInfo, no_description: str) -> str:
    text = content.text_for(account.network)
    limits = account.limits
    title = ""
    if limits.has_title:
        heading = content.title.strip() or text.strip().partition("\n")[0]
        if not content.title.strip():
            text = text.strip().partition("\n")[2]
        title = f"<h2>{html.escape(heading)}</h2>"
    images = "".join(
        f"<p><img src='{Path(item.path).as_uri()}' width='240'><br>"
        f"<span style='color:{colour(Tone.MUTED)}; font-size: small'>{html.escape(item.alt_text) or html.escape(no_description)}"
        f"</span></p>"
        for item in content.attachments[: limits.max_images]
    )
    result = count(content.text_for(account.network), limits)
    used = f"{result.used} / {result.limit}" if result.limit else str(result.used)
    return CARD.format(
        name=html.escape(account.display_name),
        handle=html.escape(account.handle),
        title=title,
        text=_marked(text),
        images=images,
        count=html.escape(result.reason or used),
        count_colour=colour(Tone.ERROR if result.over else Tone.MUTED),
        muted=colour(Tone.MUTED),
    )


class PreviewDialog(QDialog):
    def __init__(self, content: DraftContent, accounts: list[AccountInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Preview"))
        self.resize(620, 560)
        self.tabs = QTabWidget()
        for account in accounts:
            page = QTextBrowser()
            page.setOpenExternalLinks(False)
            page.setHtml(preview_html(content, account, self.tr("(no description)")))
            self.tabs.addTab(page, network_icon(account.network), account.name_among(accounts))
            self.tabs.setTabToolTip(self.tabs.count() - 1, f"{account.display_name} · {account.network_name}")
        if not accounts:
            page = QTextBrowser()
            page.setPlainText(self.tr("Tick the accounts to post to, and their previews appear here."))
            self.tabs.addTab(page, self.tr("No accounts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def page_html(self, index: int) -> str:
        return self.tabs.widget(index).toHtml()  # type: ignore[attr-defined]
