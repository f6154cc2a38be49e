"""Status text the way Mastodon treats it: counting against the character limit and rendering
the HTML `content`.

Counting follows Mastodon's StatusLengthValidator (app/validators/status_length_validator.rb,
4.x): the counted text is `spoiler_text + text`, where every URL (with an http/https scheme, as
twitter-text extracts it) counts as `characters_reserved_per_url` (23) characters, a remote
mention `@user@domain` counts only as `@user`, and the result is measured with
`each_grapheme_cluster.size`, i.e. in extended grapheme clusters (UAX #29), not code points.

Python's stdlib has no grapheme segmentation, so `grapheme_count` implements the UAX #29 rules
that matter for posts: CR LF, combining marks / spacing marks / variation selectors, emoji
modifiers, ZWJ emoji sequences, tag sequences (subdivision flags), regional-indicator pairs and
Hangul jamo. Prepend characters (a few Indic/Arabic marks) are not handled.

Rendering follows Mastodon's TextFormatter (app/lib/text_formatter.rb): paragraphs split at
blank lines into <p>, single newlines become <br />, links are shortened with the invisible /
ellipsis spans, local mentions become h-card links, hashtags link to /tags/<tag>.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

URL_RE = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_TRAILING_PUNCT = ".,;:!?'\")]}"
# Account::MENTION_RE / USERNAME_RE
MENTION_RE = re.compile(r"(?<![=/\w])@(([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[\w.-]+\w+)?)", re.IGNORECASE)
# Tag::HASHTAG_RE (simplified: word characters, not all digits)
HASHTAG_RE = re.compile(r"(?:^|(?<=[^\w/)]))#(\w*[^\W\d_]\w*)", re.UNICODE)


def extract_urls(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of every http(s) URL, trailing punctuation excluded like twitter-text."""
    found = []
    for match in URL_RE.finditer(text):
        url = match.group(0)
        while url and url[-1] in _TRAILING_PUNCT:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        if len(url) > len(match.group(0)[: match.group(0).find("//") + 2]):
            found.append((match.start(), match.start() + len(url), url))
    return found


# ---------------------------------------------------------------- grapheme clusters (UAX #29)


def _is_extend(cp: int) -> bool:
    if 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F or cp == 0x200C:
        return True
    return unicodedata.category(chr(cp)) in ("Mn", "Me", "Mc")


def _is_pictographic(cp: int) -> bool:
    return cp >= 0x1F000 or unicodedata.category(chr(cp)) == "So" or 0x2190 <= cp <= 0x2BFF


def _hangul(cp: int) -> str:
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _joins(prev: int, cp: int, state: dict) -> bool:
    if prev == 0x0D and cp == 0x0A:
        return True
    if prev in (0x0A, 0x0D) or cp in (0x0A, 0x0D):
        return False
    if cp == 0x200D or _is_extend(cp):
        return True
    if prev == 0x200D and state["pictographic"] and _is_pictographic(cp):
        return True
    if 0x1F1E6 <= prev <= 0x1F1FF and 0x1F1E6 <= cp <= 0x1F1FF:
        return state["ri_count"] % 2 == 1
    a, b = _hangul(prev), _hangul(cp)
    if a == "L" and b in ("L", "V", "LV", "LVT"):
        return True
    if a in ("LV", "V") and b in ("V", "T"):
        return True
    return a in ("LVT", "T") and b == "T"


def grapheme_count(text: str) -> int:
    count = 0
    prev = None
    state = {"pictographic": False, "ri_count": 0}
    for char in text:
        cp = ord(char)
        if prev is None or not _joins(prev, cp, state):
            count += 1
            state = {"pictographic": False, "ri_count": 0}
        if _is_pictographic(cp) and not (0x1F1E6 <= cp <= 0x1F1FF):
            state["pictographic"] = True
        if 0x1F1E6 <= cp <= 0x1F1FF:
            state["ri_count"] += 1
        prev = cp
    return count


def countable_length(text: str, spoiler_text: str = "", url_length: int = 23) -> int:
    """The length Mastodon checks against max_characters."""
    parts, last = [], 0
    for start, end, _url in extract_urls(text):
        parts.append(text[last:start])
        parts.append("x" * url_length)
        last = end
    parts.append(text[last:])
    countable = MENTION_RE.sub(lambda m: "@" + m.group(2), "".join(parts))
    return grapheme_count(spoiler_text + countable)


# ---------------------------------------------------------------- HTML content


def _link(url: str) -> str:
    scheme, rest = url.split("://", 1)
    prefix = scheme + "://"
    if rest.startswith("www."):
        prefix, rest = prefix + "www.", rest[4:]
    display, hidden = rest[:30], rest[30:]
    cls = "ellipsis" if hidden else ""
    return (
        f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener" translate="no">'
        f'<span class="invisible">{html.escape(prefix)}</span>'
        f'<span class="{cls}">{html.escape(display)}</span>'
        f'<span class="invisible">{html.escape(hidden)}</span></a>'
    )


def render_content(
    text: str,
    find_account: Callable[[str], dict | None],
    base_url: str,
) -> tuple[str, list[dict], list[str]]:
    """Returns (html, mentioned accounts, hashtags). `find_account(username)` gives the local
    account for a mention, or None (then the mention stays plain text, like an unresolvable one)."""
    mentions: list[dict] = []
    tags: list[str] = []
    entities: list[tuple[int, int, str]] = []
    urls = extract_urls(text)
    taken = [(s, e) for s, e, _ in urls]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for start, end, url in urls:
        entities.append((start, end, _link(url)))
    for match in MENTION_RE.finditer(text):
        if not free(match.start(), match.end()):
            continue
        acct = match.group(1)
        username, _, domain = acct.partition("@")
        local_host = base_url.split("://", 1)[-1].split(":")[0]
        account = find_account(username) if not domain or domain == local_host else None
        if account is None:
            continue
        if all(m["id"] != account["id"] for m in mentions):
            mentions.append(account)
        taken.append((match.start(), match.end()))
        entities.append(
            (
                match.start(),
                match.end(),
                f'<span class="h-card" translate="no"><a href="{html.escape(account["url"])}" '
                f'class="u-url mention">@<span>{html.escape(account["username"])}</span></a></span>',
            )
        )
    for match in HASHTAG_RE.finditer(text):
        start = match.start(0) + match.group(0).index("#")
        if not free(start, match.end()):
            continue
        tag = match.group(1)
        if tag.lower() not in (t.lower() for t in tags):
            tags.append(tag)
        entities.append(
            (
                start,
                match.end(),
                f'<a href="{base_url}/tags/{html.escape(tag.lower())}" class="mention hashtag" '
                f'rel="tag">#<span>{html.escape(tag)}</span></a>',
            )
        )
    entities.sort()
    out, last = [], 0
    for start, end, markup in entities:
        out.append(html.escape(text[last:start], quote=False))
        out.append(markup)
        last = end
    out.append(html.escape(text[last:], quote=False))
    body = "".join(out).replace("\r\n", "\n").strip("\n")
    if not body:
        return "", mentions, tags
    paragraphs = [p for p in re.split(r"\n{2,}", body) if p]
    content = "".join("<p>" + p.replace("\n", "<br />") + "</p>" for p in paragraphs)
    return content, mentions, tags
