"""What the inbox core tests share: a word of each test's own, and reading the inbox back."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

import httpx

from conftest import run_online
from desktop.app import Core
from desktop.inbox.queries import CommentRow
from desktop.inbox.search import InboxFilter


def unique() -> str:
    """A word of this test's own: the blog and the Bluesky network are shared by the whole session."""
    return "kd" + uuid.uuid4().hex[:10]


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def found(core: Core, search: InboxFilter, limit: int = 50) -> list[CommentRow]:
    return list(run_online(core, core.inbox.page(search, limit=limit)).rows)


def account_sync(result, account_id: int):
    [mine] = [a for a in result.accounts if a.account_id == account_id]
    return mine


def mastodon_comment(server, token: str, text: str, reply_to: str | None = None) -> str:
    body: dict[str, Any] = {"status": text}
    if reply_to:
        body["in_reply_to_id"] = reply_to
    answer = httpx.post(
        f"{server.url}/api/v1/statuses", headers={"Authorization": f"Bearer {token}"}, json=body, timeout=30
    )
    answer.raise_for_status()
    return answer.json()["id"]


# -- writing on the Bluesky network as another person would (through its own PDS) ---------------------


def bluesky_session(network, account) -> dict:
    answer = httpx.post(
        f"{network.pds_url}/xrpc/com.atproto.server.createSession",
        json={"identifier": account.handle, "password": account.password},
        timeout=30,
    )
    answer.raise_for_status()
    return answer.json()


def bluesky_write(network, session: dict, nsid: str, body: dict) -> dict:
    answer = httpx.post(
        f"{network.pds_url}/xrpc/{nsid}",
        json=body,
        timeout=30,
        headers={"Authorization": f"Bearer {session['accessJwt']}"},
    )
    answer.raise_for_status()
    return answer.json()


def iso_now() -> str:
    return now_utc().isoformat(timespec="milliseconds").replace("+00:00", "Z")
