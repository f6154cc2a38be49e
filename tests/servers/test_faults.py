"""The fault-injecting proxy in front of real servers (WordPress, the Bluesky PDS, the Mastodon
test server), and the Mastodon test server's latency: what each fault does to a client and to
the server behind it."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import pytest

from servers.faults import FaultyProxy

DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)  # how httpx reports a cut connection


@pytest.fixture
def blog(wordpress_site):
    wordpress_site.set_pretty_permalinks(True)
    return wordpress_site


@pytest.fixture
def admin(blog) -> tuple[str, str]:
    return blog.admin_user, blog.application_password(blog.admin_user)


@pytest.fixture
def proxy(faulty_proxy, blog) -> FaultyProxy:
    return faulty_proxy(blog.url)


def via(proxy: FaultyProxy, site, route: str, **query) -> str:
    """The site's REST URL for `route`, through the proxy."""
    return proxy.url + site.rest_url(route, **query)[len(site.url) :]


def posts_titled(site, auth: tuple[str, str], title: str) -> list[dict]:
    """The site's posts with exactly this title, asked of WordPress directly."""
    found = httpx.get(site.rest_url("/wp/v2/posts", search=title, status="any", context="edit"), auth=auth, timeout=30)
    found.raise_for_status()
    return [post for post in found.json() if post["title"]["raw"] == title]


def new_post(site, proxy: FaultyProxy, auth: tuple[str, str], title: str) -> httpx.Response:
    return httpx.post(
        via(proxy, site, "/wp/v2/posts"),
        auth=auth,
        timeout=30,
        json={"title": title, "content": "Flohmarkt im Hof", "status": "publish"},
    )


# ---------------------------------------------------------------- WordPress through the proxy


def test_wordpress_rest_api_works_through_the_proxy_on_one_kept_alive_connection(blog, proxy) -> None:
    assert proxy.url.startswith("http://127.0.0.1:") and proxy.url != blog.url
    with httpx.Client(timeout=30) as client:
        pretty = client.get(f"{proxy.url}/wp-json/")
        plain = client.get(f"{proxy.url}/", params={"rest_route": "/"})
    for index in (pretty, plain):
        assert index.status_code == 200
        assert "wp/v2" in index.json()["namespaces"]
        assert index.json()["url"] == blog.url  # WordPress answers as itself
    assert proxy.connections_accepted == 1
    assert proxy.requests == [("GET", "/wp-json/", 200), ("GET", "/?rest_route=%2F", 200)]
    assert proxy.count("GET", "rest_route=/") == 1 and proxy.count(None, "/wp-json") == 1


def test_an_authenticated_post_through_the_proxy_creates_the_post(blog, admin, proxy) -> None:
    title = f"Hofflohmarkt {uuid.uuid4().hex[:8]}"
    created = new_post(blog, proxy, admin, title)
    assert created.status_code == 201, created.text
    assert [post["id"] for post in posts_titled(blog, admin, title)] == [created.json()["id"]]
    # A redirect of WordPress's (pretty permalinks: /?p=N goes to /slug/) stays on the proxy.
    moved = httpx.get(f"{proxy.url}/?p={created.json()['id']}")
    assert moved.status_code == 301
    assert moved.headers["location"].startswith(proxy.url + "/hofflohmarkt-")


def test_drop_after_commit_loses_the_answer_but_the_post_exists(blog, admin, proxy) -> None:
    title = f"Nach dem Commit {uuid.uuid4().hex[:8]}"
    proxy.fail_next("/wp/v2/posts", "drop_after_commit", method="POST")
    with pytest.raises(DROPPED):
        new_post(blog, proxy, admin, title)
    assert len(posts_titled(blog, admin, title)) == 1
    assert proxy.requests[-1] == ("POST", "/wp-json/wp/v2/posts", "drop_after_commit")
    # The fault was used up: the next request is answered.
    assert new_post(blog, proxy, admin, title + " 2").status_code == 201


def test_drop_before_commit_loses_the_request(blog, admin, proxy) -> None:
    title = f"Vor dem Commit {uuid.uuid4().hex[:8]}"
    # Plain permalinks' ?rest_route=%2Fwp%2Fv2%2Fposts matches "/wp/v2/posts" too.
    proxy.fail_next("/wp/v2/posts", "drop_before_commit", method="POST")
    with pytest.raises(DROPPED):
        httpx.post(
            f"{proxy.url}/?rest_route=%2Fwp%2Fv2%2Fposts",
            auth=admin,
            timeout=30,
            json={"title": title, "status": "publish"},
        )
    assert posts_titled(blog, admin, title) == []
    assert proxy.requests == [("POST", "/?rest_route=%2Fwp%2Fv2%2Fposts", "drop_before_commit")]


def test_a_fault_waits_for_its_method(blog, admin, proxy) -> None:
    proxy.fail_next("/wp/v2/posts", "http_503", method="POST")
    assert httpx.get(via(proxy, blog, "/wp/v2/posts", _fields="id")).status_code == 200
    assert new_post(blog, proxy, admin, f"Wartet {uuid.uuid4().hex[:8]}").status_code == 503


def test_http_errors_and_rate_limits_are_answered_without_forwarding(blog, admin, proxy) -> None:
    title = f"Fehler {uuid.uuid4().hex[:8]}"
    proxy.fail_next("/wp/v2/posts", "http_500", method="POST")
    failed = new_post(blog, proxy, admin, title)
    assert failed.status_code == 500
    assert failed.json()["data"]["status"] == 500 and failed.json()["code"] == "http_500"

    proxy.fail_next("/wp/v2/posts", "rate_limit", times=2, retry_after=7)
    for _ in range(2):
        limited = new_post(blog, proxy, admin, title)
        assert limited.status_code == 429 and limited.headers["retry-after"] == "7"
    proxy.fail_next("/wp-json/", "rate_limit")
    assert httpx.get(f"{proxy.url}/wp-json/").headers["retry-after"] == "1"

    assert posts_titled(blog, admin, title) == []
    assert [outcome for _, _, outcome in proxy.requests] == ["http_500", "rate_limit", "rate_limit", "rate_limit"]
    assert new_post(blog, proxy, admin, title).status_code == 201


def test_stop_refuses_connections_and_start_serves_again_on_the_same_port(blog, proxy) -> None:
    url = proxy.url
    with httpx.Client(timeout=30) as client:
        assert client.get(f"{url}/wp-json/").status_code == 200
        proxy.stop()
        with pytest.raises(httpx.TransportError):  # the kept-alive connection was cut
            client.get(f"{url}/wp-json/")
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{url}/wp-json/")
        proxy.start()
        assert proxy.url == url
        assert client.get(f"{url}/wp-json/").status_code == 200


def test_latency_is_added_before_each_request(blog, faulty_proxy) -> None:
    slow = faulty_proxy(blog.url, delay=0.3)
    started = time.monotonic()
    assert httpx.get(f"{slow.url}/wp-json/", timeout=30).status_code == 200
    assert time.monotonic() - started >= 0.3


def test_unknown_fault_kinds_are_refused(proxy) -> None:
    for kind in ("drop", "http_5000", "http_abc", "rate-limit"):
        with pytest.raises(ValueError):
            proxy.fail_next("/", kind)


# ---------------------------------------------------------------- other upstreams


def test_bluesky_pds_through_the_proxy(bluesky_network, faulty_proxy) -> None:
    proxy = faulty_proxy(bluesky_network.pds_url)
    described = httpx.get(f"{proxy.url}/xrpc/com.atproto.server.describeServer", timeout=30)
    assert described.status_code == 200
    assert described.json()["did"] == bluesky_network.pds_did
    proxy.fail_next("com.atproto.server.describeServer", "http_502")
    assert httpx.get(f"{proxy.url}/xrpc/com.atproto.server.describeServer").json()["error"] == "http_502"


def test_chunked_request_bodies_and_head_requests(mastodon_server, faulty_proxy) -> None:
    proxy = faulty_proxy(mastodon_server.url)
    body = [b"client_name=Kurzdraht&redirect_uris=", b"urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob", b"&scopes=read"]
    with httpx.Client(base_url=proxy.url, timeout=5) as client:
        registered = client.post(
            "/api/v1/apps", content=iter(body), headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert registered.request.headers["transfer-encoding"] == "chunked"
        assert registered.status_code == 200 and registered.json()["name"] == "Kurzdraht"
        head = client.head("/api/v2/instance")
        assert head.status_code == 200 and head.content == b""
        assert client.get("/api/v2/instance").json()["configuration"]
    assert proxy.connections_accepted == 1


# ---------------------------------------------------------------- Mastodon's latency


async def _get_all(urls: list[str]) -> list[int]:
    async with httpx.AsyncClient(timeout=10) as client:
        answers = await asyncio.gather(*(client.get(url) for url in urls))
    return [answer.status_code for answer in answers]


def test_a_slow_mastodon_answers_concurrent_requests_together(mastodon_server) -> None:
    # 16: more clients connecting at once than socketserver's default backlog (5) would take
    # without making the rest retry a second later.
    mastodon_server.delay = 0.3
    started = time.monotonic()
    assert asyncio.run(_get_all([f"{mastodon_server.url}/api/v2/instance"] * 16)) == [200] * 16
    assert 0.3 <= time.monotonic() - started < 0.9


def test_the_proxy_forwards_concurrent_requests_together(mastodon_server, faulty_proxy) -> None:
    proxy = faulty_proxy(mastodon_server.url)
    mastodon_server.delay = 0.3
    started = time.monotonic()
    assert asyncio.run(_get_all([f"{proxy.url}/api/v2/instance"] * 16)) == [200] * 16
    assert 0.3 <= time.monotonic() - started < 0.9
    assert proxy.count("GET", "/api/v2/instance") == 16


def test_eight_slow_mastodon_servers_at_once(mastodon_servers) -> None:
    servers = [mastodon_servers() for _ in range(8)]
    assert len({server.port for server in servers}) == 8
    for server in servers:
        server.delay = 0.3
    started = time.monotonic()
    assert asyncio.run(_get_all([f"{server.url}/api/v2/instance" for server in servers])) == [200] * 8
    assert 0.3 <= time.monotonic() - started < 0.9
