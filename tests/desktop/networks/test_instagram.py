"""Instagram against the Graph API server, with the real local WordPress as the place the images go: the
server fetches each image from the blog as Instagram does. Connecting through the linked Facebook Page,
an image with alt text and a carousel, exactly one post after a lost answer (the container is asked),
comments in the inbox and answers to them, limits and lost logins."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from conftest import make_png, require_keyring, run_online
from desktop.drafts import Attachment, DraftContent
from desktop.errors import KurzdrahtError
from desktop.inbox.search import InboxFilter
from desktop.publishing.checks import check_post
from desktop.publishing.outbox import Outbox
from network_posts import publish


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


def found(core, search: InboxFilter) -> list:
    return list(run_online(core, core.inbox.page(search, limit=50)).rows)


@pytest.fixture
def kiez(graph_server, wordpress_site, credentials):
    """The Lindenhof's Page with its Instagram account, and the blog whose media library hosts images."""
    require_keyring(credentials)
    wordpress_site.set_pretty_permalinks(True)
    graph = graph_server
    graph.container_polls = 2
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    instagram = graph.link_instagram(page, "lindenhof.kiez", "Lindenhof Kiez")
    app_id, _ = graph.register_app()
    return graph, manager, page, instagram, app_id, wordpress_site


async def connect(core, kiez, images_via: bool = True):
    graph, manager, page, _, app_id, site = kiez
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    blog = await core.connections.connect_wordpress(
        organisation, site.url, site.admin_user, site.application_password(site.admin_user), name="Lindenhof-Blog"
    )
    values = {"token": graph.page_token(page, manager, app_id)}
    if images_via:
        values["images_via"] = "Lindenhof-Blog"
    return blog, await core.connections.sign_in("instagram", organisation, values)


def test_connecting_finds_the_instagram_account_linked_to_the_page(core, kiez):
    graph, manager, page, instagram, app_id, _ = kiez
    blog, account = run_online(core, connect(core, kiez))
    assert (account.network, account.handle, account.display_name) == ("instagram", "@lindenhof.kiez", "Lindenhof Kiez")
    assert account.options == {"images_via": blog.id}
    stored = json.loads(run_online(core, core.accounts.secret(account.id)))
    assert (stored["ig_user_id"], stored["page_id"]) == (instagram.id, page.id)


def test_a_page_without_a_linked_instagram_account_is_explained(core, graph_server, credentials):
    require_keyring(credentials)
    graph = graph_server
    manager = graph.add_person("Redaktion")
    graph.add_page("Jugendclub Funkenflug", manager)
    app_id, _ = graph.register_app()

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Funkenflug")
        await core.connections.sign_in("instagram", organisation, {"token": graph.user_token(manager, app_id)})

    with pytest.raises(KurzdrahtError, match=r"Jugendclub Funkenflug.*Linked accounts"):
        run_online(core, scenario())


def test_an_image_with_alt_text_goes_through_the_blog_and_is_published_once(core, kiez, outbox, tmp_path):
    graph, _, _, instagram, _, site = kiez
    _, account = run_online(core, connect(core, kiez))
    picture = make_png(tmp_path / "hoffest.png", 1080, 1080)
    caption = "Hoffest am Samstag 🎉 #Lindenhof #Nachbarschaft"
    [first], [final] = publish(core, account, caption, [(picture, "Girlanden über dem Innenhof")])

    assert final.state == "published", final.error
    [media] = graph.media_of(instagram)
    assert media.caption == caption and media.alt_texts == ["Girlanden über dem Innenhof"]
    assert media.images[0].startswith(b"\xff\xd8\xff")  # converted to JPEG, as Instagram takes only JPEG
    [fetched] = graph.fetched
    assert fetched.startswith(site.url) and "/wp-content/uploads/" in fetched  # from the blog's media library
    assert final.remote_url == f"https://www.instagram.com/p/{media.id}/"


def test_several_images_become_one_carousel(core, kiez, outbox, tmp_path):
    graph, _, _, instagram, _, _ = kiez
    _, account = run_online(core, connect(core, kiez))
    one = make_png(tmp_path / "a.png", 1080, 1350)
    two = make_png(tmp_path / "b.png", 1080, 1350, colour="#40a060")
    _, [final] = publish(core, account, "Zwei Bilder vom Kiezputz", [(one, "Müllsäcke"), (two, "Helfende mit Zangen")])
    assert final.state == "published", final.error
    [media] = graph.media_of(instagram)
    assert media.alt_texts == ["Müllsäcke", "Helfende mit Zangen"] and len(media.images) == 2


@pytest.mark.parametrize("fault", ["drop_after_commit", "drop_before_commit"])
def test_a_lost_answer_to_media_publish_asks_the_container_and_gives_exactly_one_post(
    core, kiez, outbox, tmp_path, fault
):
    graph, _, _, instagram, _, _ = kiez
    _, account = run_online(core, connect(core, kiez))
    graph.fail("POST", r"/media_publish$", fault)
    picture = make_png(tmp_path / "flohmarkt.png", 1080, 1080)
    [first], [final] = publish(core, account, "Flohmarkt im Hof", [(picture, "Tische mit Büchern")])
    assert first.state == "unknown"
    assert final.state == "published" and final.tries == 2
    [media] = graph.media_of(instagram)
    assert final.remote_url == f"https://www.instagram.com/p/{media.id}/"
    assert len(graph.containers) == 1  # the second try asked the first container, it made no new one


def test_the_composer_says_while_writing_that_instagram_needs_an_image_and_a_blog(core, kiez):
    _, without_blog = run_online(core, connect(core, kiez, images_via=False))

    def problems(attachments=()):
        content = DraftContent(without_blog.organisation_id, "Nur Text", (without_blog.id,), attachments=attachments)
        return [p.message for p in check_post(content, [without_blog]) if p.blocking]

    assert any("needs an image" in m for m in problems())
    with_image = problems((Attachment("/tmp/bild.jpg", "Ein Bild", "image/jpeg", 1080, 1080),))
    assert any("WordPress blog" in m for m in with_image)


def test_comments_arrive_once_and_an_answer_goes_to_the_comment_once(core, kiez, outbox, tmp_path):
    graph, _, _, instagram, _, _ = kiez
    _, account = run_online(core, connect(core, kiez))
    picture = make_png(tmp_path / "cafe.png", 1080, 1080)
    _, [posted] = publish(core, account, "Sprachcafé am Donnerstag", [(picture, "Tassen auf einem Tisch")])
    [media] = graph.media_of(instagram)
    question = graph.ig_comment(media.id, "anna.kiez", "Gibt es noch Plätze? 😊")
    graph.ig_comment(media.id, "ben_b", "Ja, frag vorne!", parent=question.id)

    first = run_online(core, core.inbox_sync.sync())
    second = run_online(core, core.inbox_sync.sync())
    rows = found(core, InboxFilter(account_ids=(account.id,)))
    assert sorted(r.text for r in rows) == ["Gibt es noch Plätze? 😊", "Ja, frag vorne!"]
    [ours_first] = [a for a in first.accounts if a.account_id == account.id]
    [ours_second] = [a for a in second.accounts if a.account_id == account.id]
    assert len(ours_first.new_ids) == 2 and not ours_second.new_ids
    [row] = [r for r in rows if r.author_name == "anna.kiez"]
    assert row.post_id is not None and row.remote_post_id == media.id

    ids = run_online(core, core.replies.reply(row.id, "Ja, komm gern vorbei!"))
    [sent] = run_online(core, core.outbox.drain(ids, timeout=30))
    assert sent.state == "published", sent.error
    answers = [c for c in graph.ig_comments.values() if c.parent == question.id and c.username == "lindenhof.kiez"]
    assert [a.text for a in answers] == ["Ja, komm gern vorbei!"]
    again = run_online(core, core.inbox_sync.sync())
    [ours_again] = [a for a in again.accounts if a.account_id == account.id]
    assert found(core, InboxFilter(search="komm gern")) == [] and not ours_again.new_ids


def test_the_daily_publishing_limit_and_rate_limits_wait(core, kiez, outbox, tmp_path):
    graph, _, _, instagram, _, _ = kiez
    _, account = run_online(core, connect(core, kiez))
    graph.quota_total = 0
    picture = make_png(tmp_path / "x.png", 1080, 1080)

    async def scenario():
        attachment = await core.drafts.attach(picture, "Ein Bild")
        draft = await core.drafts.write(
            DraftContent(account.organisation_id, "Noch ein Post", (account.id,), attachments=(attachment,))
        )
        return await core.outbox.send_due(await core.outbox.publish(draft))

    [limited] = run_online(core, scenario())
    assert (limited.state, limited.error_kind) == ("pending", "rate_limited") and "a day" in limited.error
    assert limited.retry_at > datetime.now(timezone.utc) and graph.media_of(instagram) == []


def test_a_login_meta_ended_needs_a_reconnect(core, kiez):
    graph = kiez[0]
    _, account = run_online(core, connect(core, kiez))
    graph.expire_all_tokens()
    result = run_online(core, core.connections.check(account.id))
    assert result.status == "needs_reconnect"


def test_cropping_keeps_the_middle_of_a_panorama_within_instagrams_shapes(core, tmp_path):
    panorama = make_png(tmp_path / "panorama.png", 2000, 500)

    async def scenario():
        attachment = await core.drafts.attach(panorama, "Der Hof von oben")
        return await core.drafts.reshape(attachment, 0.8, 1.91, crop=True)

    cropped = run_online(core, scenario())
    assert (cropped.width, cropped.height) == (955, 500) and cropped.alt_text == "Der Hof von oben"


def test_signing_in_through_the_meta_app_in_the_browser_and_a_rate_limit_that_waits(core, kiez, outbox, tmp_path):
    import asyncio

    import httpx

    graph, manager, page, instagram, app_id, _ = kiez
    secret = graph.apps[app_id]
    graph.signed_in = manager.id

    class Browser:
        async def open_browser(self, step) -> None:
            asyncio.get_running_loop().run_in_executor(
                None, lambda: httpx.get(step.address, follow_redirects=True, timeout=10)
            )

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.apps.set("meta", organisation, app_id, secret)
        return await core.connections.sign_in("instagram", organisation, {}, Browser())

    account = run_online(core, scenario())
    assert account.handle == "@lindenhof.kiez"
    scopes = [c for c in graph.codes.values() if c.used][0].scopes
    assert "instagram_content_publish" in scopes and "instagram_manage_comments" in scopes

    graph.fail("POST", r"/media$", "rate_limit")
    run_online(core, core.connections.link_account(account.id, "images_via", None))
    blog, _ = run_online(core, connect(core, kiez))
    run_online(core, core.connections.link_account(account.id, "images_via", blog.id))
    account = run_online(core, core.accounts.get(account.id))
    [first], _ = publish(core, account, "Noch ein Bild", [(make_png(tmp_path / "y.png", 1080, 1080), "Ein Bild")])
    assert (first.state, first.error_kind) == ("pending", "rate_limited") and graph.media_of(instagram) == []
