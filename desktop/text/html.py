"""Turning the HTML that networks send (Mastodon statuses, WordPress comments) into plain text, and
plain text into the simple HTML a blog post needs."""

from __future__ import annotations

import html
from html.parser import HTMLParser


class _TextCollector(HTMLParser):
    _BREAKS = frozenset({"br"})
    _BLOCKS = frozenset({"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS:
            self.parts.append("\n")
        classes = dict(attrs).get("class") or ""
        if tag == "span" and "invisible" in classes.split():
            self._hidden += 1
        elif tag == "span" and self._hidden:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n\n")
        if tag == "span" and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Paragraphs become blank lines, <br> a line break; Mastodon's hidden link parts are left out."""
    collector = _TextCollector()
    collector.feed(markup or "")
    collector.close()
    text = "".join(collector.parts)
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    result = "\n".join(lines)
    while "\n\n\n" in result:
        result = result.replace("\n\n\n", "\n\n")
    return result.strip()


def text_to_paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs: blank lines separate paragraphs, single breaks stay breaks."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "\n\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br />\n") + "</p>" for p in paragraphs)
