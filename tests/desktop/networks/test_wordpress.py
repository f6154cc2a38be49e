"""The WordPress client against a real WordPress (Debian's package, MariaDB, PHP) on 127.0.0.1."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from conftest import make_png, require_keyring, run_online
from desktop.networks.base import AuthExpired, Outgoing, RateLimited, Rejected
from desktop.publishing.media import load_image

TEXT = (
    "Repair-Café am Samstag 🔧\n"
    "Bringt kaputte Toaster, Fahrräder und Lieblingspullover mit – wir reparieren gemeinsam.\n\n"
    "Mehr unter https://lindenhof.example/repair und bei Cafe\u0301 & Kuchen <3"
)


@pytest.fixture
def blog(wordpress_site):
    wordpress_site.set_pretty_permalinks(True)
    return wordpress_site


async def connect(core, site, name: str = ""):
    password = site.application_password(site.admin_user)
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    account = await core.connections.connect_wordpress(organisation, site.url, site.admin_user, password, name)
    return account, await core.connections.client(account.id)


def read(site, route: str, auth: tuple[str, str] | None = None, **query) -> dict | list:
    response = httpx.get(site.rest_url(route, **query), auth=auth, timeout=30)
    response.raise_for_status()
    return response.json()


@pytest.mark.parametrize("pretty", [True, False], ids=["wp-json", "rest_route"])
def test_publishing_a_post_with_images_and_alt_text(core, credentials, blog, tmp_path: Path, pretty: bool):
    require_keyring(credentials)
    blog.set_pretty_permalinks(pretty)
    photos = (
        load_image(make_png(tmp_path / "werkstatt.png", 640, 480), "Werkbank mit Lötkolben"),
        load_image(make_png(tmp_path / "toaster.png", 320, 240, "#c0392b"), "Ein roter Toaster"),
    )

    async def scenario():
        account, client = await connect(core, blog)
        published = await client.publish(Outgoing(TEXT, key="p1", images=photos))
        return account, published

    account, published = run_online(core, scenario())
    assert account.display_name == blog.title and account.handle == blog.admin_user
    post = read(blog, f"/wp/v2/posts/{published.remote_id}")
    assert post["title"]["rendered"] == "Repair-Café am Samstag 🔧"
    assert "Lieblingspullover" in post["content"]["rendered"]
    assert "Cafe\u0301 &amp; Kuchen &lt;3" in post["content"]["rendered"]
    assert published.url == post["link"]
    featured = read(blog, f"/wp/v2/media/{post['featured_media']}")
    assert featured["alt_text"] == "Werkbank mit Lötkolben"
    assert 'alt="Ein roter Toaster"' in post["content"]["rendered"]


def test_comments_are_fetched_once_and_answered_in_the_thread(core, credentials, blog):
    require_keyring(credentials)
    login = f"nachbarin{datetime.now().strftime('%H%M%S%f')}"
    blog.create_user(login)
    neighbour = (login, blog.application_password(login))

    async def scenario():
        _, client = await connect(core, blog)
        ours = await client.publish(Outgoing("Sommerfest\nWas wünscht ihr euch?", key="p2"))
        async with httpx.AsyncClient(auth=neighbour) as http:
            comment = (
                await http.post(
                    blog.rest_url("/wp/v2/comments"),
                    json={"post": int(ours.remote_id), "content": "Eine Tombola mit Preisen aus dem Kiez! 🎟️"},
                )
            ).json()
        first = await client.fetch_comments(None)
        second = await client.fetch_comments(first.cursor)
        answer = await client.reply(comment["id"], Outgoing("Danke, das nehmen wir auf!", key="r1"))
        repeated = await client.reply(comment["id"], Outgoing("Danke, das nehmen wir auf!", key="r1"))
        thread = await client.thread(str(comment["id"]))
        return ours, comment, first, second, answer, repeated, thread

    ours, comment, first, second, answer, repeated, thread = run_online(core, scenario())
    mine = [c for c in first.comments if c.remote_post_id == ours.remote_id]
    assert [c.remote_id for c in mine] == [str(comment["id"])]
    assert mine[0].text == "Eine Tombola mit Preisen aus dem Kiez! 🎟️" and mine[0].author_name == login
    assert second.comments == []
    assert repeated.remote_id == answer.remote_id  # WordPress refuses the duplicate; the first one counts
    replies = read(blog, "/wp/v2/comments", post=ours.remote_id, parent=comment["id"])
    assert [str(r["id"]) for r in replies] == [answer.remote_id]
    assert [c.remote_id for c in thread][1:] == [str(comment["id"]), answer.remote_id]


def test_a_wrong_application_password_asks_for_a_reconnect_and_stores_nothing(core, blog):
    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        with pytest.raises(AuthExpired, match="Application Password"):
            await core.connections.connect_wordpress(organisation, blog.url, blog.admin_user, "abcd efgh ijkl")
        return await core.accounts.list()

    assert run_online(core, scenario()) == []


def test_a_revoked_password_shows_on_the_account(core, credentials, blog):
    require_keyring(credentials)

    async def scenario():
        account, _ = await connect(core, blog)
        blog.php(f"WP_Application_Passwords::delete_all_application_passwords({blog.user_id(blog.admin_user)});")
        return await core.connections.check(account.id)

    result = run_online(core, scenario())
    assert result.status == "needs_reconnect"


def test_a_429_from_the_site_says_when_to_try_again(core, credentials, blog):
    require_keyring(credentials)

    async def scenario():
        _, client = await connect(core, blog)
        blog.rate_limit_next(1, retry_after=30)
        with pytest.raises(RateLimited) as limited:
            await client.publish(Outgoing("Gleich wieder", key="p3"))
        return limited.value

    error = run_online(core, scenario())
    wait = (error.retry_at - datetime.now(timezone.utc)).total_seconds()
    assert 25 < wait <= 31 and "wait until" in str(error)


def test_a_reply_to_a_comment_that_is_gone_is_refused(core, credentials, blog):
    require_keyring(credentials)

    async def scenario():
        _, client = await connect(core, blog)
        with pytest.raises(Rejected, match="WordPress refused this"):
            await client.reply("999999", Outgoing("Hallo?", key="r9"))

    run_online(core, scenario())


def test_removing_the_blog_deletes_kurzdrahts_application_password(core, credentials, blog):
    require_keyring(credentials)
    count = "echo count(WP_Application_Passwords::get_user_application_passwords(%d));"

    async def scenario():
        account, _ = await connect(core, blog)
        before = int(blog.php(count % blog.user_id(blog.admin_user)))
        withdrawn = await core.connections.remove(account.id)
        return before, withdrawn

    before, withdrawn = run_online(core, scenario())
    assert withdrawn
    assert int(blog.php(count % blog.user_id(blog.admin_user))) == before - 1
