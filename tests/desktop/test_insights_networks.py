"""Insights for Facebook Pages, Instagram, Threads, X, LinkedIn Pages and WordPress, against their test servers
(and a real WordPress): a post published through Kurzdraht, other people like, share, answer and follow on
the network, the inbox sync counts it; what a user then sees in `insights.posts` and `insights.followers`.
Also the batches (60 Facebook posts in two requests) and how seldom X's paid reads go out."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import httpx
import pytest

from conftest import make_png, require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.store.models import PublishAttempt
from inbox_helpers import unique

DAY = timedelta(days=1, minutes=1)


@pytest.fixture(autouse=True)
def keyring_needed(credentials):
    require_keyring(credentials)


def publish(core, account, texts: list[str], images=()) -> list[str]:
    """Posts written and sent as the composer does it; their ids on the network."""

    async def scenario():
        remote = []
        attachments = tuple([await core.drafts.attach(path, alt) for path, alt in images])
        for text in texts:
            draft = await core.drafts.write(
                DraftContent(account.organisation_id, text, (account.id,), attachments=attachments)
            )
            [attempt] = await core.outbox.drain(await core.outbox.publish(draft), timeout=30)
            assert attempt.state == "published", attempt.error
            remote.append(await core.store.run(lambda a=attempt: PublishAttempt.get_by_id(a.id).remote_id))
        return remote

    return run_online(core, scenario())


def synced(core, moment: datetime) -> None:
    core.inbox_sync.clock = lambda: moment
    for result in run_online(core, core.inbox_sync.sync()).accounts:
        assert result.ok, result.error


def shown(core, network: str) -> list[tuple[int | None, int | None, int | None, int | None]]:
    """(likes, shares, replies, impressions) of the network's posts, as Insights lists them."""
    today = date.today()
    results = run_online(core, core.insights.posts(today - timedelta(days=3), today + timedelta(days=3)))
    return [(r.likes, r.shares, r.replies, r.impressions) for r in results if r.network == network]


def followers(core, network: str) -> list[int] | None:
    """The follower count of each counted day (None: the network's account has no series)."""
    today = date.today()
    # Up to the week after: a test moves the sync's clock on by a day, X's by a week.
    series = run_online(core, core.insights.followers(today - timedelta(days=3), today + timedelta(days=8)))
    found = [s for s in series if s.network == network]
    return [count for _, count in found[0].days] if found else None


async def organisation(core) -> int:
    return await core.accounts.ensure_organisation("Lindenhof")


# -- Facebook ------------------------------------------------------------------------------------------


@pytest.fixture
def page(graph_server):
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    lindenhof = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    app_id, _ = graph.register_app()
    return graph, lindenhof, manager, app_id


def connect_page(core, page):
    graph, lindenhof, manager, app_id = page

    async def connect():
        token = graph.page_token(lindenhof, manager, app_id)
        return await core.connections.sign_in("facebook", await organisation(core), {"token": token})

    return run_online(core, connect())


def test_reactions_shares_comments_and_followers_of_a_facebook_page(core, page):
    graph, lindenhof, _, _ = page
    account = connect_page(core, page)
    [post_id] = publish(core, account, ["Sommerfest am Samstag im Hof"])
    now = datetime.now(timezone.utc)
    synced(core, now)
    assert shown(core, "facebook") == [(0, 0, 0, None)] and followers(core, "facebook") == [0]

    emre, jana = graph.add_person("Emre"), graph.add_person("Jana")
    graph.react(post_id, emre)
    graph.react(post_id, jana, "LOVE")
    graph.share(post_id, jana)
    question = graph.comment(post_id, emre, "Gibt es Kuchen?")
    graph.comment(post_id, jana, "Ja, bestimmt!", parent=question.id)  # an answer in the thread
    graph.follow(lindenhof, emre)
    graph.like_page(lindenhof, jana)
    synced(core, now + DAY)

    # Every kind of reaction is a like; the comments under the post are counted, answers in threads not.
    assert shown(core, "facebook") == [(2, 1, 1, None)]
    assert followers(core, "facebook") == [0, 2]


def test_sixty_facebook_posts_take_two_requests_and_a_deleted_one_is_left_out(core, page):
    graph = page[0]
    account = connect_page(core, page)
    posts = publish(core, account, [f"Termin Nummer {n}" for n in range(60)])
    now = datetime.now(timezone.utc)
    before = len(graph.requests)
    synced(core, now)
    lookups = [r for r in graph.requests[before:] if r == ("GET", "/v25.0/")]
    assert len(lookups) == 2  # 50 and 10 posts
    assert shown(core, "facebook") == [(0, 0, 0, None)] * 60

    del graph.posts[posts[0]]  # deleted on Facebook
    graph.react(posts[1], graph.add_person("Emre"))
    before = len(graph.requests)
    synced(core, now + timedelta(hours=2))
    lookups = [r for r in graph.requests[before:] if r == ("GET", "/v25.0/")]
    assert len(lookups) == 3  # Graph refuses a batch naming a deleted post: asked again without it
    assert sorted(shown(core, "facebook")).count((1, 0, 0, None)) == 1


# -- Instagram -----------------------------------------------------------------------------------------


def test_likes_comments_and_followers_of_an_instagram_account(core, graph_server, wordpress_site, tmp_path):
    wordpress_site.set_pretty_permalinks(True)
    graph = graph_server
    graph.container_polls = 0
    manager = graph.add_person("Redaktion Lindenhof")
    lindenhof = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    instagram = graph.link_instagram(lindenhof, "lindenhof.kiez", "Lindenhof Kiez")
    app_id, _ = graph.register_app()
    site = wordpress_site

    async def connect():
        owner = await organisation(core)
        await core.connections.connect_wordpress(
            owner, site.url, site.admin_user, site.application_password(site.admin_user), name="Lindenhof-Blog"
        )
        values = {"token": graph.page_token(lindenhof, manager, app_id), "images_via": "Lindenhof-Blog"}
        return await core.connections.sign_in("instagram", owner, values)

    account = run_online(core, connect())
    picture = make_png(tmp_path / "hoffest.png", 1080, 1080)
    [media_id] = publish(core, account, ["Hoffest am Samstag 🎉"], [(picture, "Girlanden im Hof")])
    now = datetime.now(timezone.utc)
    synced(core, now)
    assert shown(core, "instagram") == [(0, None, 0, None)]

    graph.ig_like(media_id, "anna.kiez")
    graph.ig_like(media_id, "emre_y")
    question = graph.ig_comment(media_id, "anna.kiez", "Wie schön!")
    graph.ig_comment(media_id, "emre_y", "Finde ich auch", parent=question.id)
    graph.ig_follow(instagram, "anna.kiez")
    synced(core, now + DAY)

    assert shown(core, "instagram") == [(2, None, 2, None)]  # comments_count counts the answers too
    assert followers(core, "instagram") == [0, 1]


# -- Threads -------------------------------------------------------------------------------------------


def test_likes_reposts_quotes_replies_views_and_followers_on_threads(core, threads_server):
    server = threads_server
    server.container_polls = 0
    lindenhof = server.add_profile("lindenhof.kiez", "Lindenhof")
    _, app_id, _ = server.register_app("https://lindenhof.example/kurzdraht/")

    async def connect():
        token = server.long_lived_token(lindenhof, app_id)
        return await core.connections.sign_in("threads", await organisation(core), {"token": token})

    account = run_online(core, connect())
    [post_id] = publish(core, account, ["Repair-Café am Freitag"])
    now = datetime.now(timezone.utc)
    synced(core, now)
    assert shown(core, "threads") == [(0, 0, 0, 0)]

    anna, emre = server.add_profile("anna.kiez"), server.add_profile("emre_y")
    server.like(post_id, anna)
    server.like(post_id, emre)
    server.repost(post_id, anna)
    server.quote(post_id, emre, "Da komme ich hin")
    server.reply(post_id, anna, "Kann ich einen Toaster bringen?")
    server.view(post_id, 30)
    server.follow(lindenhof, anna)
    synced(core, now + DAY)

    assert shown(core, "threads") == [(2, 2, 1, 30)]  # reposts and quotes are shares
    assert followers(core, "threads") == [0, 1]


def test_a_threads_login_without_the_insights_permission_syncs_without_figures(core, threads_server):
    from servers.threads import BASIC_SCOPES

    server = threads_server
    server.container_polls = 0
    lindenhof = server.add_profile("lindenhof.kiez")
    _, app_id, _ = server.register_app("https://lindenhof.example/kurzdraht/")

    async def connect():
        token = server.long_lived_token(lindenhof, app_id, scopes=BASIC_SCOPES)
        return await core.connections.sign_in("threads", await organisation(core), {"token": token})

    account = run_online(core, connect())
    publish(core, account, ["Repair-Café am Freitag"])
    synced(core, datetime.now(timezone.utc))
    assert shown(core, "threads") == []  # published, but nothing counted
    assert followers(core, "threads") is None


# -- X -------------------------------------------------------------------------------------------------


@pytest.fixture
def on_x(x_server):
    ours = x_server.add_user("lindenhof_kiez", "Nachbarschaftszentrum Lindenhof")
    client_id = x_server.register_app(["http://127.0.0.1:47814/kurzdraht/x"])
    return x_server, ours, client_id


def connect_x(core, on_x):
    server, ours, client_id = on_x

    async def connect():
        import json

        pasted = json.dumps(server.issue_tokens(ours, client_id))
        return await core.connections.sign_in("x", await organisation(core), {"token": pasted})

    return run_online(core, connect())


def test_likes_reposts_quotes_replies_impressions_and_followers_on_x(core, on_x):
    server, ours, _ = on_x
    account = connect_x(core, on_x)
    [post_id] = publish(core, account, ["Kleidertausch am Sonntag"])
    now = datetime.now(timezone.utc)
    synced(core, now)
    assert shown(core, "x") == [(0, 0, 0, 0)] and followers(core, "x") == [0]

    anna, ben = server.add_user("anna_kiez"), server.add_user("ben_kiez")
    server.like(anna, post_id)
    server.like(ben, post_id)
    server.repost(anna, post_id)
    server.post(ben, "Gute Idee!", quote=post_id)
    server.post(anna, "Bis wann?", reply_to=post_id)
    server.show(post_id, 120)
    server.follow(ours, anna)
    server.follow(ours, ben)
    synced(core, now + timedelta(days=7, minutes=1))  # X's figures are read once a week (each read costs)

    assert shown(core, "x") == [(2, 2, 1, 120)]
    assert followers(core, "x") == [0, 2]


def test_x_figures_are_read_once_a_week_as_each_read_costs_money(core, on_x):
    server = on_x[0]
    account = connect_x(core, on_x)
    [post_id] = publish(core, account, ["Nachbarschaftsfrühstück"])

    def reads() -> int:
        return sum(1 for r in server.requests if r == ("GET", "/2/tweets"))

    now = datetime.now(timezone.utc)
    synced(core, now)
    assert reads() == 1
    server.like(server.add_user("anna_kiez"), post_id)
    synced(core, now + timedelta(hours=2))
    synced(core, now + timedelta(days=6, hours=23))
    assert reads() == 1 and shown(core, "x") == [(0, 0, 0, 0)]  # asked again only a week later
    synced(core, now + timedelta(days=7, minutes=1))
    assert reads() == 2 and shown(core, "x") == [(1, 0, 0, 0)]


# -- LinkedIn ------------------------------------------------------------------------------------------


def test_reactions_reshares_comments_impressions_and_followers_of_a_linkedin_page(core, linkedin_server):
    server = linkedin_server
    admin = server.add_member("Lea Brandt")
    lindenhof = server.add_organization("Nachbarschaftszentrum Lindenhof", "lindenhof", admins=[admin])
    client_id, _ = server.register_app(["https://lindenhof.example/kurzdraht/"])

    async def connect():
        token = server.access_token(admin, client_id)
        values = {"token": token, "organization": str(lindenhof.id)}
        return await core.connections.sign_in("linkedin", await organisation(core), values)

    account = run_online(core, connect())
    [post_urn] = publish(core, account, ["Wir suchen Ehrenamtliche für die Tafel"])
    now = datetime.now(timezone.utc)
    synced(core, now)
    assert shown(core, "linkedin") == [(0, 0, 0, 0)] and followers(core, "linkedin") == [0]

    anna, jana = server.add_member("Anna Müller"), server.add_member("Jana Nowak")
    server.react(post_urn, anna)
    server.react(post_urn, jana, "PRAISE")
    server.reshare(post_urn, jana)
    question = server.comment(post_urn, anna, "Wann geht es los?")
    server.comment(post_urn, jana, "Ab März", parent=question)
    server.show(post_urn, 75, clicks=3)
    server.follow(lindenhof, anna)
    synced(core, now + DAY)

    assert shown(core, "linkedin") == [(2, 1, 2, 75)]
    assert followers(core, "linkedin") == [0, 1]


# -- WordPress -----------------------------------------------------------------------------------------


def test_approved_comments_of_a_blog_post_are_its_replies(core, wordpress_site):
    site = wordpress_site
    site.set_pretty_permalinks(True)
    neighbours = []
    for _ in range(2):  # WordPress refuses a second comment of one user within 15 seconds
        login = unique()
        site.create_user(login)
        neighbours.append((login, site.application_password(login)))

    async def connect():
        password = site.application_password(site.admin_user)
        return await core.connections.connect_wordpress(await organisation(core), site.url, site.admin_user, password)

    account = run_online(core, connect())
    [post_id] = publish(core, account, [f"Lesecafé am Donnerstag {unique()}"])
    now = datetime.now(timezone.utc)
    synced(core, now)
    assert shown(core, "wordpress") == [(None, None, 0, None)]

    for (login, password), text in zip(neighbours, ("Ich komme!", "Gibt es Tee?"), strict=True):
        answer = httpx.post(
            site.rest_url("/wp/v2/comments"),
            auth=(login, password),
            timeout=30,
            json={"post": int(post_id), "content": text},
        )
        answer.raise_for_status()
    held = httpx.post(
        site.rest_url("/wp/v2/comments"),
        auth=(site.admin_user, site.application_password(site.admin_user)),
        timeout=30,
        json={"post": int(post_id), "content": "Wartet auf Freigabe", "status": "hold"},
    )
    held.raise_for_status()
    synced(core, now + DAY)

    assert shown(core, "wordpress") == [(None, None, 2, None)]  # the comment held for moderation not yet
    assert followers(core, "wordpress") is None  # a blog has no followers to count
