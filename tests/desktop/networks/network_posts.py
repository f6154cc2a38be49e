"""What the tests of the networks without an idempotency key share: a post published through the outbox
as the composer does it."""

from __future__ import annotations

from conftest import run_online
from desktop.drafts import DraftContent


def publish(core, account, text: str, images=()) -> tuple[list, list]:
    """Write a post (with `images`: (path, alt text) pairs) for one account and send it: the attempts
    after the first try, and when the outbox was done with them."""

    async def scenario():
        attachments = tuple([await core.drafts.attach(path, alt) for path, alt in images])
        draft = await core.drafts.write(
            DraftContent(account.organisation_id, text, (account.id,), attachments=attachments)
        )
        ids = await core.outbox.publish(draft)
        first = await core.outbox.send_due(ids)
        return first, await core.outbox.drain(ids, timeout=30)

    return run_online(core, scenario())


def try_once(core, account, text: str) -> list:
    """Write a post and send it once, without waiting for a next try (far away after a rate limit)."""

    async def scenario():
        draft = await core.drafts.write(DraftContent(account.organisation_id, text, (account.id,)))
        return await core.outbox.send_due(await core.outbox.publish(draft))

    return run_online(core, scenario())
