"""The inbox against the real servers (the Mastodon wire-format server, the Bluesky network, WordPress)
and the Graph API, X and LinkedIn servers:
comments a second account writes arrive once, linked to our post and as written; replies reach the
network once, as answers, also when written offline; an answer to our reply belongs to our post."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from conftest import require_keyring, run_online
from desktop.app import Core
from desktop.drafts import DraftContent
from desktop.inbox.search import InboxFilter
from desktop.store.models import PublishAttempt
from inbox_helpers import account_sync, bluesky_session, bluesky_write, found, iso_now, unique

POST_COLLECTION = "app.bsky.feed.post"


# -- the three networks, each with our account and a neighbour who comments -----------------------------


@dataclass(frozen=True)
class Written:
    remote_id: str
    text: str  # exactly as the neighbour wrote it


@dataclass(frozen=True)
class Network:
    """One network as these tests use it: our account, a neighbour who comments on our posts, and how to
    look on the server itself (never through Kurzdraht)."""

    name: str
    neighbour_name: str  # the neighbour's display name as the inbox shows it (as they set it, where known)
    connect: Callable[[Core, int], Awaitable[Any]]  # (core, organisation) -> our AccountInfo
    comment: Callable[[str, str], Written]  # (remote id of our post, text) -> the comment
    answer: Callable[[str, str], Written]  # (remote id of our reply, text) -> the answer to it
    replies_to: Callable[[str], list[str]]  # our replies to a comment, as the server has them
    settle: Callable[[], None]  # until the network shows what was written
    offline: Callable[[], None]
    online: Callable[[], None]


@pytest.fixture
def mastodon(mastodon_server) -> Network:
    token = mastodon_server.create_user("lindenhof", "Nachbarschaftszentrum Lindenhof")
    neighbour = mastodon_server.create_user("anna", "Anna Müller 🌻")

    async def connect(core: Core, organisation: int):
        return await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token)

    def comment(post_id: str, text: str) -> Written:
        # Real Mastodon notifies only mentioned accounts; a reply from any client starts with the mention.
        written = f"@lindenhof {text}"
        answer = httpx.post(
            f"{mastodon_server.url}/api/v1/statuses",
            headers={"Authorization": f"Bearer {neighbour}"},
            json={"status": written, "in_reply_to_id": post_id},
            timeout=30,
        )
        answer.raise_for_status()
        return Written(answer.json()["id"], written)

    def replies_to(comment_id: str) -> list[str]:
        return [s["text"] for s in mastodon_server.statuses_of("lindenhof") if s["in_reply_to_id"] == comment_id]

    return Network(
        "mastodon",
        "Anna Müller 🌻",
        connect,
        comment,
        comment,
        replies_to,
        lambda: None,
        mastodon_server.stop,
        mastodon_server.start,
    )


def bluesky_records(network, account) -> list[dict]:
    answer = httpx.get(
        f"{network.pds_url}/xrpc/com.atproto.repo.listRecords",
        timeout=30,
        params={"repo": account.did, "collection": POST_COLLECTION, "limit": 100},
    )
    answer.raise_for_status()
    return answer.json()["records"]


@pytest.fixture
def bluesky(bluesky_network, faulty_proxy) -> Network:
    club = bluesky_network.create_account("lindenhof")
    neighbour = bluesky_network.create_account("ben")
    session = bluesky_session(bluesky_network, neighbour)
    bluesky_write(
        bluesky_network,
        session,
        "com.atproto.repo.putRecord",
        {
            "repo": neighbour.did,
            "collection": "app.bsky.actor.profile",
            "rkey": "self",
            "record": {"$type": "app.bsky.actor.profile", "displayName": "Ben Größer 🌻"},
        },
    )
    # Our account talks to the network through a proxy, so that the tests can take it offline.
    proxy = faulty_proxy(bluesky_network.pds_url)

    async def connect(core: Core, organisation: int):
        return await core.connections.connect_bluesky(organisation, club.handle, club.app_password, proxy.url)

    def comment(uri: str, text: str) -> Written:
        """A reply to our post (or to our reply), as Bluesky's app writes it: the thread's root and the parent."""
        repo, collection, rkey = uri.removeprefix("at://").split("/")
        found = httpx.get(
            f"{bluesky_network.pds_url}/xrpc/com.atproto.repo.getRecord",
            timeout=30,
            params={"repo": repo, "collection": collection, "rkey": rkey},
        )
        found.raise_for_status()
        parent = {"uri": found.json()["uri"], "cid": found.json()["cid"]}
        root = (found.json()["value"].get("reply") or {}).get("root") or parent
        created = bluesky_write(
            bluesky_network,
            session,
            "com.atproto.repo.createRecord",
            {
                "repo": neighbour.did,
                "collection": POST_COLLECTION,
                "record": {
                    "$type": POST_COLLECTION,
                    "text": text,
                    "createdAt": iso_now(),
                    "reply": {"root": root, "parent": parent},
                },
            },
        )
        return Written(created["uri"], text)

    def replies_to(comment_uri: str) -> list[str]:
        return [
            r["value"]["text"]
            for r in bluesky_records(bluesky_network, club)
            if ((r["value"].get("reply") or {}).get("parent") or {}).get("uri") == comment_uri
        ]

    bluesky_network.process()  # the profile name, before the neighbour's first comment is indexed
    return Network(
        "bluesky",
        "Ben Größer 🌻",
        connect,
        comment,
        comment,
        replies_to,
        bluesky_network.process,
        proxy.stop,
        proxy.start,
    )


@pytest.fixture
def wordpress(wordpress_site, faulty_proxy) -> Network:
    site = wordpress_site
    site.set_pretty_permalinks(True)
    admin = site.application_password(site.admin_user)
    # A neighbour of this test's own: WordPress refuses a second comment of one user within 15 seconds.
    login = unique()
    site.create_user(login)
    site.php(f"wp_update_user(array('ID' => {site.user_id(login)}, 'display_name' => 'Jürgen Weiß 🌻'));")
    neighbour = (login, site.application_password(login))
    second = unique()  # who answers our reply (the first neighbour may not comment again so soon)
    site.create_user(second)
    second_neighbour = (second, site.application_password(second))
    proxy = faulty_proxy(site.url)

    async def connect(core: Core, organisation: int):
        return await core.connections.connect_wordpress(organisation, proxy.url, site.admin_user, admin)

    def comment(post_id: str, text: str) -> Written:
        answer = httpx.post(
            site.rest_url("/wp/v2/comments"), auth=neighbour, timeout=30, json={"post": int(post_id), "content": text}
        )
        answer.raise_for_status()
        return Written(str(answer.json()["id"]), text)

    def answer(reply_id: str, text: str) -> Written:
        ours = httpx.get(site.rest_url(f"/wp/v2/comments/{reply_id}"), timeout=30)
        ours.raise_for_status()
        answered = httpx.post(
            site.rest_url("/wp/v2/comments"),
            auth=second_neighbour,
            timeout=30,
            json={"post": ours.json()["post"], "parent": int(reply_id), "content": text},
        )
        answered.raise_for_status()
        return Written(str(answered.json()["id"]), text)

    def replies_to(comment_id: str) -> list[str]:
        answer = httpx.get(
            site.rest_url("/wp/v2/comments", parent=comment_id, context="edit", per_page=100),
            auth=(site.admin_user, admin),
            timeout=30,
        )
        answer.raise_for_status()
        return [c["content"]["raw"] for c in answer.json()]

    return Network(
        "wordpress", "Jürgen Weiß 🌻", connect, comment, answer, replies_to, lambda: None, proxy.stop, proxy.start
    )


@pytest.fixture
def facebook(graph_server) -> Network:
    """A Facebook Page on the Graph API server; the neighbour comments as a person on Facebook."""
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    app_id, _ = graph.register_app()
    neighbour = graph.add_person("Emre Yılmaz 🌻")
    second = graph.add_person("Jana Nowak")

    async def connect(core: Core, organisation: int):
        token = graph.page_token(page, manager, app_id)
        return await core.connections.sign_in("facebook", organisation, {"token": token})

    def comment(post_id: str, text: str) -> Written:
        return Written(graph.comment(post_id, neighbour, text).id, text)

    def answer(reply_id: str, text: str) -> Written:
        ours = graph.comments[reply_id]
        return Written(graph.comment(ours.post, second, text, parent=reply_id).id, text)

    def replies_to(comment_id: str) -> list[str]:
        return [c.message for c in graph.comments.values() if c.parent == comment_id and c.author == page.id]

    return Network(
        "facebook", "Emre Yılmaz 🌻", connect, comment, answer, replies_to, lambda: None, graph.stop, graph.start
    )


@pytest.fixture
def x(x_server) -> Network:
    """An X account on the X API server; the neighbour answers our post on x.com (which mentions us)."""
    ours = x_server.add_user("lindenhof_kiez", "Nachbarschaftszentrum Lindenhof")
    neighbour = x_server.add_user("anna_kiez", "Anna Müller 🌻")
    second = x_server.add_user("jana_kiez", "Jana Nowak")
    client_id = x_server.register_app(["http://127.0.0.1:47814/kurzdraht/x"])

    async def connect(core: Core, organisation: int):
        pasted = json.dumps(x_server.issue_tokens(ours, client_id))
        return await core.connections.sign_in("x", organisation, {"token": pasted})

    def comment(post_id: str, text: str) -> Written:
        written = x_server.post(neighbour, text, reply_to=post_id)
        return Written(written.id, written.source_text)

    def answer(reply_id: str, text: str) -> Written:
        written = x_server.post(second, text, reply_to=reply_id)
        return Written(written.id, written.source_text)

    def replies_to(comment_id: str) -> list[str]:
        return [t.source_text for t in x_server.replies_to(comment_id) if t.author_id == ours.id]

    return Network(
        "x", "Anna Müller 🌻", connect, comment, answer, replies_to, lambda: None, x_server.stop, x_server.start
    )


@pytest.fixture
def linkedin(linkedin_server) -> Network:
    """A LinkedIn Page on the LinkedIn server; members comment on its post and answer in the thread."""
    server = linkedin_server
    admin = server.add_member("Lea Brandt")
    page = server.add_organization("Nachbarschaftszentrum Lindenhof", "lindenhof", admins=[admin])
    client_id, _ = server.register_app(["https://lindenhof.example/kurzdraht/"])
    neighbour = server.add_member("Anna Müller 🌻")
    second = server.add_member("Jana Nowak")

    async def connect(core: Core, organisation: int):
        token = server.access_token(admin, client_id)
        return await core.connections.sign_in("linkedin", organisation, {"token": token, "organization": str(page.id)})

    def by_urn(urn: str):
        return next(c for c in server.comments.values() if c.urn == urn)

    def comment(post_urn: str, text: str) -> Written:
        return Written(server.comment(post_urn, neighbour, text).urn, text)

    def answer(reply_urn: str, text: str) -> Written:
        ours = by_urn(reply_urn)  # LinkedIn shows one level of answers: the thread of the first comment
        return Written(server.comment(ours.post, second, text, parent=ours.parent).urn, text)

    def replies_to(comment_urn: str) -> list[str]:
        return [c.text for c in server.comments.values() if c.parent == comment_urn and c.actor == page.urn]

    # LinkedIn names only the member's URN to apps (names are for the member's own login): the inbox
    # says "LinkedIn member".
    return Network(
        "linkedin", "LinkedIn member", connect, comment, answer, replies_to, lambda: None, server.stop, server.start
    )


@pytest.fixture(params=["mastodon", "bluesky", "wordpress", "facebook", "x", "linkedin"])
def network(request, credentials) -> Network:
    require_keyring(credentials)
    return request.getfixturevalue(request.param)


@dataclass(frozen=True)
class Commented:
    """Our post, published through the outbox, and the neighbour's comment on it, synced into the inbox."""

    account_id: int
    post_id: int
    post_text: str
    remote_post_id: str
    comment: Written
    word: str  # the word only this test's comment contains
    first_sync: Any


async def publish(core: Core, organisation: int, account_id: int, text: str) -> tuple[int, str]:
    """Write a post and send it through the outbox as the composer does; returns it and its remote id."""
    draft = await core.drafts.write(DraftContent(organisation, text, (account_id,)))
    [attempt] = await core.outbox.drain(await core.outbox.publish(draft), timeout=30)
    assert attempt.state == "published", attempt.error
    remote_id = await core.store.run(lambda: PublishAttempt.get_by_id(attempt.id).remote_id)
    return draft, remote_id


def commented_post(core: Core, network: Network) -> Commented:
    word = unique()
    post_text = f"Sprachcafé im Lindenhof {word}\nJeden Donnerstag ab 17 Uhr."

    async def ours():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        account = await network.connect(core, organisation)
        return (account.id,) + await publish(core, organisation, account.id, post_text)

    account_id, post_id, remote_post_id = run_online(core, ours())
    network.settle()
    comment = network.comment(remote_post_id, f"Gibt es noch Plätze im Sprachcafé? Ich würde gern kommen 😊 {word}")
    network.settle()
    first = run_online(core, core.inbox_sync.sync())
    return Commented(account_id, post_id, post_text, remote_post_id, comment, word, first)


# -- comments arrive once, linked to our post, as written ----------------------------------------------


def test_a_comment_on_our_post_arrives_once_linked_to_the_post_and_as_written(core, network: Network):
    posted = commented_post(core, network)
    second = run_online(core, core.inbox_sync.sync())

    first_sync = account_sync(posted.first_sync, posted.account_id)
    assert first_sync.ok, first_sync.error
    assert account_sync(second, posted.account_id).ok
    [row] = found(core, InboxFilter(search=posted.word))
    assert row.id in first_sync.new_ids
    assert row.id not in second.new_ids  # the second sync brought nothing twice
    assert row.text == posted.comment.text
    assert row.author_name == network.neighbour_name
    assert (row.network, row.status, row.remote_id) == (network.name, "open", posted.comment.remote_id)
    assert row.post_id == posted.post_id  # the inbox shows which of our posts it belongs to
    assert row.post_excerpt == " ".join(posted.post_text.split())
    assert row.remote_post_id == posted.remote_post_id
    assert row.url
    open_here = found(core, InboxFilter(status="open", account_ids=(posted.account_id,)), limit=1000)
    assert run_online(core, core.inbox.counts()).open_by_account[posted.account_id] == len(open_here)


# -- a reply reaches the server once, as an answer to that comment --------------------------------------


def test_a_reply_goes_to_the_server_once_as_an_answer_marks_the_comment_done_and_shows_in_the_conversation(
    core, network: Network
):
    posted = commented_post(core, network)
    [row] = found(core, InboxFilter(search=posted.word))
    answer_word = unique()
    answer = f"Ja, donnerstags ist noch Platz – bis bald! ☕ {answer_word}"

    ids = run_online(core, core.replies.reply(row.id, answer))
    [sent] = run_online(core, core.outbox.drain(ids, timeout=30))

    assert sent.state == "published", sent.error
    assert sent.reply and sent.text == answer and sent.remote_url
    [on_server] = network.replies_to(posted.comment.remote_id)
    assert answer in on_server  # Mastodon puts the neighbour's @mention in front, as its own app does
    assert run_online(core, core.inbox.get(row.id)).status == "done"
    assert run_online(core, core.inbox.counts()).open_by_account.get(posted.account_id, 0) == len(
        found(core, InboxFilter(status="open", account_ids=(posted.account_id,)), limit=1000)
    )

    network.settle()
    conversation = run_online(core, core.replies.conversation(row.id))
    assert conversation.from_network and conversation.problem == ""
    texts = [m.text for m in conversation.messages]
    assert posted.word in texts[0] and conversation.messages[0].own  # our post opens it
    assert [m.comment_id for m in conversation.messages if m.text == posted.comment.text] == [row.id]
    ours = [m for m in conversation.messages if answer in m.text]
    assert len(ours) == 1 and ours[0].own and ours[0].state is None  # published: no outbox state to show
    assert texts.index(posted.comment.text) < texts.index(ours[0].text)

    # Our own reply does not come back into the inbox as a comment.
    again = run_online(core, core.inbox_sync.sync())
    assert account_sync(again, posted.account_id).ok
    assert found(core, InboxFilter(search=answer_word)) == []
    assert len(network.replies_to(posted.comment.remote_id)) == 1


# An answer to our *reply* belongs to our post (the conversation's first status), not to the reply, and its
# stored conversation includes the comment we answered (Mastodon's client asks for the parent's context).
def test_an_answer_to_our_reply_belongs_to_the_same_post_and_conversation(core, network: Network):
    posted = commented_post(core, network)
    [row] = found(core, InboxFilter(search=posted.word))
    answer = f"Ja, donnerstags ist noch Platz! {unique()}"
    ids = run_online(core, core.replies.reply(row.id, answer))
    [sent] = run_online(core, core.outbox.drain(ids, timeout=30))
    assert sent.state == "published", sent.error
    our_reply = core.store.call(lambda: PublishAttempt.get_by_id(ids[0]).remote_id)
    network.settle()
    follow_word = unique()
    follow_up = network.answer(our_reply, f"Super, dann bis Donnerstag! 👋 {follow_word}")
    network.settle()

    result = run_online(core, core.inbox_sync.sync())

    assert account_sync(result, posted.account_id).ok
    [follow_row] = found(core, InboxFilter(search=follow_word))
    assert follow_row.text == follow_up.text and follow_row.status == "open"
    # Shown in the inbox as a comment on our post, not on our reply to it.
    assert (follow_row.post_id, follow_row.post_excerpt) == (posted.post_id, " ".join(posted.post_text.split()))
    assert follow_row.remote_post_id == posted.remote_post_id
    stored = run_online(core, core.replies.stored_conversation(follow_row.id))
    # (WordPress gives times to the second, so the order within a second is not asserted here.)
    assert sorted(m.text for m in stored.messages) == sorted(
        [posted.post_text, posted.comment.text, answer, follow_up.text]
    )
    assert {m.text for m in stored.messages if m.own} == {posted.post_text, answer}


# The WordPress client's cursor is the highest comment id seen; a comment approved later keeps its older id,
# so comments waiting for moderation are taken in while they wait (and the user sees them there).
def test_a_blog_comment_held_for_moderation_reaches_the_inbox_once_also_after_it_is_approved(
    core, credentials, wordpress_site
):
    require_keyring(credentials)
    site = wordpress_site
    site.set_pretty_permalinks(True)
    admin = (site.admin_user, site.application_password(site.admin_user))
    word = unique()
    writers = []
    for _ in range(2):
        login = unique()
        site.create_user(login)
        writers.append((login, site.application_password(login)))

    async def ours():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        account = await core.connections.connect_wordpress(organisation, site.url, *admin)
        return (account.id,) + await publish(core, organisation, account.id, f"Repair-Café {word}\nAm Samstag.")

    account_id, _, remote_post_id = run_online(core, ours())

    def comment(writer, text: str) -> int:
        answer = httpx.post(
            site.rest_url("/wp/v2/comments"),
            auth=writer,
            timeout=30,
            json={"post": int(remote_post_id), "content": text},
        )
        answer.raise_for_status()
        return answer.json()["id"]

    def moderate(comment_id: int, status: str) -> None:
        answer = httpx.post(
            site.rest_url(f"/wp/v2/comments/{comment_id}"), auth=admin, timeout=30, json={"status": status}
        )
        answer.raise_for_status()

    held = comment(writers[0], f"Kann ich auch mein Fahrrad mitbringen? {word}")
    moderate(held, "hold")  # as WordPress does with a first comment when moderation is on
    comment(writers[1], f"Tolle Idee, ich komme! {word}")
    run_online(core, core.inbox_sync.sync())
    # Newest first: the same second on the blog, so the order the comments were written in decides.
    assert [r.text for r in found(core, InboxFilter(search=word))] == [
        f"Tolle Idee, ich komme! {word}",
        f"Kann ich auch mein Fahrrad mitbringen? {word}",
    ]

    moderate(held, "approved")
    result = run_online(core, core.inbox_sync.sync())

    assert account_sync(result, account_id).ok
    assert sorted(r.text for r in found(core, InboxFilter(search=word))) == [
        f"Kann ich auch mein Fahrrad mitbringen? {word}",
        f"Tolle Idee, ich komme! {word}",
    ]


# -- a reply written offline waits in the outbox and goes out once ------------------------------------


def test_a_reply_written_offline_waits_in_the_outbox_and_goes_out_once_when_back(core, network: Network):
    posted = commented_post(core, network)
    [row] = found(core, InboxFilter(search=posted.word))
    answer = f"Wir melden uns gleich nach dem Wochenende – danke! 🙏 {unique()}"

    network.offline()
    ids = run_online(core, core.replies.reply(row.id, answer))
    [first] = run_online(core, core.outbox.send_due(ids))
    offline_view = run_online(core, core.replies.conversation(row.id))

    assert (first.state, first.error_kind) == ("pending", "temporary")
    assert run_online(core, core.outbox.in_flight()) == 1
    assert run_online(core, core.inbox.get(row.id)).status == "done"
    assert network.replies_to(posted.comment.remote_id) == []  # asked on the server itself, not through Kurzdraht
    assert not offline_view.from_network and offline_view.problem
    [waiting] = [m for m in offline_view.messages if m.attempt_id is not None]
    assert (waiting.text, waiting.state, waiting.own) == (answer, "pending", True)

    network.online()

    async def back():
        await core.outbox.connection_back()
        return await core.outbox.drain(ids, timeout=30)

    [final] = run_online(core, back())
    assert final.state == "published", final.error
    assert run_online(core, core.outbox.send_due()) == []  # nothing left to send again
    [on_server] = network.replies_to(posted.comment.remote_id)
    assert answer in on_server
    assert run_online(core, core.outbox.in_flight()) == 0
