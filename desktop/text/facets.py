"""Bluesky rich-text facets: links, mentions and hashtags with UTF-8 byte offsets, as the AT Protocol
documents them (app.bsky.richtext.facet)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from desktop.text.counting import URL

# From Bluesky's documentation on rich text: a mention is @ and a domain-like handle after a start,
# space or opening parenthesis; a hashtag is # followed by non-space, not only digits, up to 64.
MENTION = regex.compile(
    r"(?:^|(?<=[\s(]))@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
    r"[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)"
)
HASHTAG = regex.compile(
    r"(?:^|(?<=\s))[#＃]((?!\ufe0f)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*"
    r"[^\d\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]+"
    r"[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*)?"
)
_TRAILING_PUNCTUATION = regex.compile(r"\p{P}+$")


@dataclass(frozen=True)
class Span:
    kind: str  # link, mention, tag
    value: str  # the address, the handle, the tag without '#'
    byte_start: int
    byte_end: int


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def find_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for match in URL.finditer(text):
        spans.append(Span("link", match.group(0), _byte_offset(text, match.start()), _byte_offset(text, match.end())))
    for match in MENTION.finditer(text):
        spans.append(
            Span("mention", match.group(1), _byte_offset(text, match.start()), _byte_offset(text, match.end()))
        )
    for match in HASHTAG.finditer(text):
        tag = match.group(1)
        if not tag:
            continue
        tag = _TRAILING_PUNCTUATION.sub("", tag)
        if not tag or len(tag) > 64:
            continue
        start = match.start()
        spans.append(Span("tag", tag, _byte_offset(text, start), _byte_offset(text, start + 1 + len(tag))))
    links = [s for s in spans if s.kind == "link"]
    # A '#' or '@' inside a link belongs to the link.
    return sorted(
        (
            s
            for s in spans
            if s.kind == "link" or not any(link.byte_start <= s.byte_start < link.byte_end for link in links)
        ),
        key=lambda s: s.byte_start,
    )


def facet(span: Span, did: str | None = None) -> dict:
    feature: dict[str, str | None]
    if span.kind == "link":
        feature = {"$type": "app.bsky.richtext.facet#link", "uri": span.value}
    elif span.kind == "mention":
        feature = {"$type": "app.bsky.richtext.facet#mention", "did": did}
    else:
        feature = {"$type": "app.bsky.richtext.facet#tag", "tag": span.value}
    return {"index": {"byteStart": span.byte_start, "byteEnd": span.byte_end}, "features": [feature]}
