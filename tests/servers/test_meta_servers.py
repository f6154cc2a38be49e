"""The Graph API and Threads test servers driven by an independent client library, python-facebook-api
(pyfacebook), as other tools talk to Meta: what it sends must be understood and what the servers answer
must be what it expects (ids, fields, paging, error objects). Kurzdraht's own clients are tested
against the same servers elsewhere."""

from __future__ import annotations

import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from PIL import Image as PillowImage
from pyfacebook import FacebookError, GraphAPI, ThreadsGraphAPI


def jpeg_bytes(width: int = 1080, height: int = 1080) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "#2f6f9f").save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def picture_site():
    """A web server with one JPEG, the public address Instagram and Threads fetch images from."""
    data = jpeg_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hof.jpg"
    server.shutdown()
    server.server_close()


def test_pyfacebook_publishes_to_a_page_reads_comments_and_answers(graph_server):
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    app_id, secret = graph.register_app()
    user = GraphAPI(access_token=graph.user_token(manager, app_id), version="v25.0", base_url=graph.url + "/")

    page_token = user.exchange_page_access_token(page_id=page.id)
    api = GraphAPI(access_token=page_token, version="v25.0", base_url=graph.url + "/", sleep_on_rate_limit=False)
    created = api.post_object(object_id=page.id, connection="feed", data={"message": "Sommerfest am Samstag"})
    assert [p.id for p in graph.posts_of(page)] == [created["id"]]
    photo = api.post_object(
        object_id=page.id,
        connection="photos",
        data={"published": "false", "alt_text_custom": "Lampions"},
        files={"source": ("fest.jpg", jpeg_bytes(), "image/jpeg")},
    )
    assert graph.photos[photo["id"]].alt_text == "Lampions" and not graph.photos[photo["id"]].published

    post = api.get_object(object_id=created["id"], fields="id,message,created_time,permalink_url,from{id,name}")
    assert post["message"] == "Sommerfest am Samstag" and post["from"] == {"id": page.id, "name": page.name}
    neighbour = graph.add_person("Emre")
    comment = graph.comment(created["id"], neighbour, "Bringt ihr Kuchen mit?")
    comments = api.get_connection(
        object_id=created["id"], connection="comments", filter="stream", fields="id,message,from{name}"
    )
    assert [(c["id"], c["message"], c["from"]["name"]) for c in comments["data"]] == [
        (comment.id, "Bringt ihr Kuchen mit?", "Emre")
    ]
    answer = api.post_object(object_id=comment.id, connection="comments", data={"message": "Ja, drei Bleche!"})
    assert graph.comments[answer["id"]].parent == comment.id

    stranger = GraphAPI(access_token="not-a-token", version="v25.0", base_url=graph.url + "/")
    with pytest.raises(FacebookError) as refused:
        stranger.get_object(object_id=page.id)
    assert refused.value.code == 190


def test_pyfacebook_publishes_an_instagram_image_through_a_container(graph_server, picture_site):
    graph = graph_server
    graph.container_polls = 1
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    instagram = graph.link_instagram(page, "lindenhof.kiez")
    app_id, _ = graph.register_app()
    api = GraphAPI(
        access_token=graph.page_token(page, manager, app_id),
        version="v25.0",
        base_url=graph.url + "/",
        sleep_on_rate_limit=False,
    )
    linked = api.get_object(object_id=page.id, fields="instagram_business_account")
    assert linked["instagram_business_account"] == {"id": instagram.id}
    container = api.post_object(
        object_id=instagram.id,
        connection="media",
        params={"image_url": picture_site, "caption": "Hoffest 🎉", "alt_text": "Lampions im Hof"},
    )
    statuses = [api.get_object(object_id=container["id"], fields="status_code")["status_code"] for _ in range(3)]
    assert statuses[0] == "IN_PROGRESS" and statuses[-1] == "FINISHED"
    published = api.post_object(
        object_id=instagram.id, connection="media_publish", params={"creation_id": container["id"]}
    )
    [media] = graph.media_of(instagram)
    assert published["id"] == media.id and media.alt_texts == ["Lampions im Hof"]
    with pytest.raises(FacebookError):  # a container publishes once
        api.post_object(object_id=instagram.id, connection="media_publish", params={"creation_id": container["id"]})
    limit = api.get_connection(
        object_id=instagram.id, connection="content_publishing_limit", fields="quota_usage,config"
    )
    assert limit["data"][0]["quota_usage"] == 1


def test_pyfacebook_signs_in_to_threads_and_publishes(threads_server, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the test server's token endpoint is plain http
    server = threads_server
    server.container_polls = 0
    profile = server.add_profile("lindenhof.kiez")
    redirect = "https://lindenhof.example/kurzdraht/"
    _, app_id, secret = server.register_app(redirect)
    server.signed_in = profile.id
    api = ThreadsGraphAPI(
        app_id=app_id,
        app_secret=secret,
        oauth_flow=True,
        base_url=server.url + "/",
        authorization_url=server.url + "/oauth/authorize",
        access_token_url=server.url + "/oauth/access_token",
        redirect_uri=redirect,
    )
    address, _ = api.get_authorization_url(scope=["threads_basic", "threads_content_publish"])
    ended_on = httpx.get(address, timeout=10).headers["Location"]
    token = api.exchange_user_access_token(response=ended_on)
    assert server.tokens[token["access_token"]].user == profile.id

    container = api.post_object(
        object_id=profile.id, connection="threads", data={"media_type": "TEXT", "text": "Hallo Threads"}
    )
    # Publishing before asking whether the container is ready is answered "Media Not Found", as on Threads.
    with pytest.raises(FacebookError) as early:
        api.post_object(object_id=profile.id, connection="threads_publish", data={"creation_id": container["id"]})
    assert early.value.error_subcode == 4279009
    assert api.get_object(object_id=container["id"], fields="status")["status"] == "FINISHED"
    published = api.post_object(
        object_id=profile.id, connection="threads_publish", data={"creation_id": container["id"]}
    )
    [post] = server.posts_of(profile)
    assert published["id"] == post.id and post.text == "Hallo Threads"
    me = api.get_object(object_id="me", fields="id,username")
    assert me == {"id": profile.id, "username": "lindenhof.kiez"}


def test_several_posts_figures_in_one_request_at_most_fifty_and_none_that_is_gone(graph_server):
    """`GET /v25.0?ids=` (pyfacebook's get_objects): each post with its reactions, comments and shares as
    summaries; more than 50 ids, or one that does not exist, fail the whole request as on Graph."""
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    app_id, _ = graph.register_app()
    api = GraphAPI(access_token=graph.page_token(page, manager, app_id), version="v25.0", base_url=graph.url + "/")
    first, second = (api.post_object(object_id=page.id, connection="feed", data={"message": m}) for m in "ab")
    emre, jana = graph.add_person("Emre"), graph.add_person("Jana")
    graph.react(first["id"], emre)
    graph.react(first["id"], jana, "LOVE")
    graph.share(first["id"], jana)
    answer = graph.comment(first["id"], emre, "Super!")
    graph.comment(first["id"], jana, "Finde ich auch", parent=answer.id)
    graph.follow(page, emre)
    fields = "shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)"
    found = api.get_objects(ids=f"{first['id']},{second['id']}", fields=fields)
    assert found[first["id"]]["reactions"]["summary"]["total_count"] == 2
    assert found[first["id"]]["comments"]["summary"]["total_count"] == 1  # top-level comments, as by default
    assert found[first["id"]]["shares"] == {"count": 1}
    assert "shares" not in found[second["id"]] and found[second["id"]]["reactions"]["data"] == []
    assert api.get_object(object_id=page.id, fields="followers_count,fan_count") == {
        "id": page.id,
        "followers_count": 1,
        "fan_count": 0,
    }
    with pytest.raises(FacebookError, match=re.escape("Too many IDs. Maximum: 50. Provided: 51.")):
        api.get_objects(ids=",".join([first["id"]] * 26 + [f"{page.id}_{n}" for n in range(25)]), fields="id")
    with pytest.raises(FacebookError, match=f"do not exist: {page.id}_1"):
        api.get_objects(ids=f"{first['id']},{page.id}_1", fields="id")


def test_threads_insights_need_their_permission_and_count_one_post_a_request(threads_server):
    from servers.threads import BASIC_SCOPES

    server = threads_server
    server.container_polls = 0
    lindenhof, anna = server.add_profile("lindenhof.kiez"), server.add_profile("anna.kiez")
    _, app_id, _ = server.register_app("https://lindenhof.example/kurzdraht/")
    api = ThreadsGraphAPI(access_token=server.long_lived_token(lindenhof, app_id), base_url=server.url + "/")
    container = api.post_object(
        object_id=lindenhof.id, connection="threads", data={"media_type": "TEXT", "text": "Repair-Café"}
    )
    assert api.get_object(object_id=container["id"], fields="status")["status"] == "FINISHED"
    api.post_object(object_id=lindenhof.id, connection="threads_publish", data={"creation_id": container["id"]})
    [post] = server.posts_of(lindenhof)
    server.like(post.id, anna)
    server.repost(post.id, anna)
    server.quote(post.id, anna, "Toll")
    server.view(post.id, 12)
    server.follow(lindenhof, anna)
    insights = api.get_connection(object_id=post.id, connection="insights", metric="views,likes,reposts,quotes")
    assert {m["name"]: m["values"][0]["value"] for m in insights["data"]} == {
        "views": 12,
        "likes": 1,
        "reposts": 1,
        "quotes": 1,
    }
    account = api.get_connection(object_id=lindenhof.id, connection="threads_insights", metric="followers_count")
    assert account["data"][0]["total_value"] == {"value": 1}
    without = ThreadsGraphAPI(
        access_token=server.long_lived_token(lindenhof, app_id, scopes=BASIC_SCOPES), base_url=server.url + "/"
    )
    with pytest.raises(FacebookError) as refused:
        without.get_connection(object_id=post.id, connection="insights", metric="likes")
    assert refused.value.code == 10
