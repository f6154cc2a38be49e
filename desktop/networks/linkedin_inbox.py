"""LinkedIn's comments on the organisation's Page posts: the inbox, answers and a conversation.

LinkedIn has no "comments since": each sync looks at the Page's recent posts and their comments (and the
answers under comments that have some), keeps those newer than the newest seen last time (with a little
overlap, as a comment may show up a moment after its time) and leaves the rest to the inbox, which drops
what it has already. Conversations are one level deep: answers hang on the first comment. Comments are
plain text (not little text). LinkedIn names only the commenting member's URN: members show as "LinkedIn
member", Pages by their name.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desktop.i18n import translate
from desktop.networks.base import (
    CommentPage,
    OutcomeUnknown,
    Outgoing,
    Published,
    RateLimited,
    Rejected,
    RemoteComment,
    TemporaryFailure,
    json_body,
)
from desktop.networks.linkedin_rest import WEB, enc, from_ms, ms, plain_text, post_url
from desktop.networks.transport import utcnow

if TYPE_CHECKING:
    from desktop.networks.linkedin import LinkedInClient

RECENT_POSTS = 20
COMMENT_PAGE = 100
COMMENT_PAGES = 5  # per post or comment: 500 comments
READS_AT_ONCE = 4
OVERLAP = timedelta(minutes=5)
# After a lost answer, our answers from this long before the first try on are looked at.
FIND_WINDOW = timedelta(minutes=2)


def activity_of(comment_urn: str) -> str:
    """`urn:li:comment:(urn:li:activity:123,456)` → `urn:li:activity:123` (what the comment hangs on)."""
    inner = comment_urn.removeprefix("urn:li:comment:").strip("()")
    return inner.rsplit(",", 1)[0] if "," in inner else ""


def _comment_id(comment_urn: str) -> str:
    return comment_urn.strip("()").rsplit(",", 1)[-1].rstrip(")")


def comment_url(post_urn: str, comment_urn: str) -> str:
    return f"{WEB}/feed/update/{post_urn}/?commentUrn={enc(comment_urn)}"


def _urn(item: dict[str, Any]) -> str:
    urn = item.get("commentUrn") or item.get("$URN")
    if urn:
        return str(urn)
    return f"urn:li:comment:({item.get('object') or ''},{item.get('id') or ''})"


def _created_ms(item: dict[str, Any]) -> int:
    created = item.get("created")
    return ms(created.get("time")) if isinstance(created, dict) else 0


def _since(cursor: str | None) -> int | None:
    try:
        value = json.loads(cursor) if cursor else None
    except ValueError:
        return None
    since = value.get("since") if isinstance(value, dict) else None
    return since if isinstance(since, int) else None


async def _listing(client: LinkedInClient, target: str, gate: asyncio.Semaphore | None = None) -> list[dict[str, Any]]:
    """The comments on a post, or the answers to a comment, page by page."""
    found: list[dict[str, Any]] = []
    for page in range(COMMENT_PAGES):
        params = {"start": str(page * COMMENT_PAGE), "count": str(COMMENT_PAGE)}
        if gate is None:
            answer = await client.read(f"rest/socialActions/{enc(target)}/comments", params)
        else:
            async with gate:
                answer = await client.read(f"rest/socialActions/{enc(target)}/comments", params)
        elements = [e for e in answer.get("elements") or [] if isinstance(e, dict)]
        found.extend(elements)
        links = (answer.get("paging") or {}).get("links") or []
        if len(elements) < COMMENT_PAGE or not any(isinstance(x, dict) and x.get("rel") == "next" for x in links):
            break
    return found


def _has_answers(item: dict[str, Any]) -> bool:
    summary = item.get("commentsSummary")
    if not isinstance(summary, dict):
        return True  # not said: look
    return bool(summary.get("aggregatedTotalComments") or summary.get("totalFirstLevelComments"))


async def _conversation_of_post(
    client: LinkedInClient, post_urn: str, gate: asyncio.Semaphore
) -> list[tuple[str, dict[str, Any]]]:
    comments = await _listing(client, post_urn, gate)
    answers = await asyncio.gather(*(_listing(client, _urn(c), gate) for c in comments if _has_answers(c)))
    return [(post_urn, item) for item in [*comments, *(a for batch in answers for a in batch)]]


async def _names(client: LinkedInClient, actors: Iterable[str]) -> None:
    """Who the actors are, as far as LinkedIn says: Pages by their name (looked up once per client)."""
    for actor in set(actors) - set(client.names):
        if not actor.startswith("urn:li:organization:"):
            continue
        try:
            found = await client.read(f"rest/organizations/{actor.rsplit(':', 1)[-1]}")
        except (Rejected, TemporaryFailure, RateLimited):
            continue  # a name is no reason to miss the comments: a general one stands in
        vanity = str(found.get("vanityName") or "")
        client.names[actor] = (str(found.get("localizedName") or vanity or actor), vanity)


def _author(client: LinkedInClient, actor: str) -> tuple[str, str]:
    if actor in client.names:
        return client.names[actor]
    if actor.startswith("urn:li:organization:"):
        return translate("Networks", "LinkedIn Page"), ""
    return translate("Networks", "LinkedIn member"), ""


def _comment(client: LinkedInClient, post_urn: str, item: dict[str, Any]) -> RemoteComment:
    urn = _urn(item)
    name, handle = _author(client, str(item.get("actor") or ""))
    return RemoteComment(
        remote_id=urn,
        remote_parent_id=str(item.get("parentComment") or ""),
        remote_post_id=post_urn,
        author_name=name,
        author_handle=handle,
        author_avatar_url="",
        text=str((item.get("message") or {}).get("text") or ""),
        url=comment_url(post_urn, urn),
        created_at=from_ms(_created_ms(item)),
    )


async def fetch_comments(client: LinkedInClient, cursor: str | None) -> CommentPage:
    """Comments and answers by others on the Page's recent posts, newer than the newest seen before."""
    since = _since(cursor)
    params = {"q": "author", "author": client.organization_urn, "count": str(RECENT_POSTS), "sortBy": "LAST_MODIFIED"}
    posts = await client.read("rest/posts", params)
    urns = [str(p["id"]) for p in posts.get("elements") or [] if isinstance(p, dict) and p.get("id")]
    gate = asyncio.Semaphore(READS_AT_ONCE)
    batches = await asyncio.gather(*(_conversation_of_post(client, urn, gate) for urn in urns))
    start = None if since is None else since - int(OVERLAP.total_seconds() * 1000)
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for post_urn, item in (entry for batch in batches for entry in batch):
        if item.get("actor") == client.organization_urn or (start is not None and _created_ms(item) < start):
            continue
        found.setdefault(_urn(item), (post_urn, item))
    await _names(client, (str(item.get("actor") or "") for _, item in found.values()))
    comments = sorted((_comment(client, p, i) for p, i in found.values()), key=lambda c: c.created_at, reverse=True)
    newest = max([_created_ms(i) for _, i in found.values()] + ([since] if since is not None else []), default=None)
    return CommentPage(comments, json.dumps({"since": newest}) if newest is not None else cursor)


async def _comment_item(client: LinkedInClient, comment_urn: str) -> dict[str, Any]:
    return await client.read(f"rest/socialActions/{enc(activity_of(comment_urn))}/comments/{_comment_id(comment_urn)}")


async def _first_comment(client: LinkedInClient, comment_urn: str) -> tuple[str, dict[str, Any]]:
    """The comment a conversation starts with (an answer's parent), with its item."""
    item = await _comment_item(client, comment_urn)
    parent = str(item.get("parentComment") or "")
    if parent and parent != comment_urn:
        return parent, await _comment_item(client, parent)
    return comment_urn, item


async def reply(client: LinkedInClient, remote_id: str, post: Outgoing) -> Published:
    """Answer a comment (under the comment that began its conversation), or comment on a post, as the
    Page; a retry first looks for the answer an earlier try may have left."""
    parent = ""
    target = remote_id
    if remote_id.startswith("urn:li:comment:"):
        parent, _ = await _first_comment(client, remote_id)
        target = activity_of(parent)
    if post.progress:
        found = await _find_answer(client, parent or target, target, post)
        if found is not None:
            return found
    body: dict[str, Any] = {"actor": client.organization_urn, "object": target, "message": {"text": post.text}}
    if parent:
        body["parentComment"] = parent
    await post.keep(json.dumps({"sent_at": int(utcnow().timestamp())}))
    response = await client.call("POST", f"rest/socialActions/{enc(target)}/comments", json=body, changes=True)
    answer = json_body(response)
    item = answer if isinstance(answer, dict) else {}
    urn = str(item.get("commentUrn") or item.get("$URN") or "")
    made = response.headers.get("x-restli-id", "")
    if not urn and made:
        urn = made if made.startswith("urn:li:comment:") else f"urn:li:comment:({activity_of(parent) or target},{made})"
    if not urn:
        raise OutcomeUnknown(translate("Networks", "LinkedIn sent an answer that Kurzdraht cannot read."))
    return Published(urn, comment_url(target, urn), utcnow())


async def _find_answer(client: LinkedInClient, under: str, target: str, post: Outgoing) -> Published | None:
    since = int((post.created_at - FIND_WINDOW).timestamp() * 1000)
    wanted = " ".join(post.text.split())
    for item in await _listing(client, under):
        text = " ".join(str((item.get("message") or {}).get("text") or "").split())
        if item.get("actor") == client.organization_urn and text == wanted and _created_ms(item) >= since:
            urn = _urn(item)
            return Published(urn, comment_url(target, urn), from_ms(_created_ms(item)))
    return None


async def thread(client: LinkedInClient, remote_id: str) -> list[RemoteComment]:
    """The post (where LinkedIn shows it), the comment the conversation began with and its answers."""
    if not remote_id.startswith("urn:li:comment:"):
        post_item = await client.read(f"rest/posts/{enc(remote_id)}")
        items: list[dict[str, Any]] = []
        post_urn = remote_id
    else:
        first, item = await _first_comment(client, remote_id)
        items = [item, *await _listing(client, first)]
        activity = activity_of(first)
        try:
            post_item = await client.read(f"rest/posts/{enc(activity)}")
        except Rejected:
            post_item = {}  # LinkedIn does not show the post by its activity: the comments alone
        post_urn = str(post_item.get("id") or activity)
    await _names(client, [client.organization_urn, *(str(i.get("actor") or "") for i in items)])
    found = sorted((_comment(client, post_urn, i) for i in items), key=lambda c: c.created_at)
    if not post_item.get("id"):
        return found
    name, handle = _author(client, str(post_item.get("author") or client.organization_urn))
    opening = RemoteComment(
        remote_id=post_urn,
        remote_parent_id="",
        remote_post_id=post_urn,
        author_name=name,
        author_handle=handle,
        author_avatar_url="",
        text=plain_text(str(post_item.get("commentary") or "")),
        url=post_url(post_urn),
        created_at=from_ms(post_item.get("createdAt") or post_item.get("publishedAt")),
    )
    return [opening, *found]
