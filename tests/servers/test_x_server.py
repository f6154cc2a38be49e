"""The X API test server (servers/x.py) on its own: raw HTTP as X documents it, and once driven by X's own
Python SDK (xdk) pointed at the server's base URL. Kurzdraht's X client is tested against it elsewhere."""

from __future__ import annotations

import base64
import hashlib
import io
import secrets
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from PIL import Image as PillowImage

from servers.x import XServer

REDIRECT = "http://127.0.0.1:53682/callback"


def jpeg_bytes(width: int = 640, height: int = 480) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "#2f6f9f").save(buffer, "JPEG")
    return buffer.getvalue()


def authorize(x: XServer, client_id: str, challenge: str, scope: str = "tweet.read users.read offline.access") -> str:
    """The browser's trip through x.com's authorize page: the callback URL X redirects to."""
    answer = httpx.get(
        f"{x.url}/i/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": REDIRECT,
            "scope": scope,
            "state": "st-42",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        },
    )
    assert answer.status_code == 302, answer.text
    return answer.headers["Location"]


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_pkce_sign_in_refuses_a_wrong_verifier_and_an_unregistered_callback(x_server):
    x = x_server
    client_id = x.register_app([REDIRECT])
    x.signed_in = x.add_user("lindenhof", "Nachbarschaftszentrum Lindenhof")
    bad = httpx.get(
        f"{x.url}/i/oauth2/authorize",
        params={"response_type": "code", "client_id": client_id, "redirect_uri": REDIRECT + "/", "scope": "x"},
    )
    assert bad.status_code == 200 and "Location" not in bad.headers and "Something went wrong" in bad.text

    verifier = secrets.token_urlsafe(48)
    callback = parse_qs(urlsplit(authorize(x, client_id, s256(verifier))).query)
    assert callback["state"] == ["st-42"]
    form = {"grant_type": "authorization_code", "client_id": client_id, "redirect_uri": REDIRECT}
    wrong = httpx.post(f"{x.url}/2/oauth2/token", data={**form, "code": callback["code"][0], "code_verifier": "nope"})
    assert wrong.status_code == 400
    assert wrong.json() == {
        "error": "invalid_request",
        "error_description": "Value passed for the code verifier did not match the code challenge.",
    }

    callback = parse_qs(urlsplit(authorize(x, client_id, s256(verifier))).query)
    tokens = httpx.post(
        f"{x.url}/2/oauth2/token", data={**form, "code": callback["code"][0], "code_verifier": verifier}
    )
    assert tokens.status_code == 200
    body = tokens.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 7200 and body["refresh_token"]
    assert body["scope"] == "tweet.read users.read offline.access"
    again = httpx.post(f"{x.url}/2/oauth2/token", data={**form, "code": callback["code"][0], "code_verifier": verifier})
    assert again.json()["error_description"] == "Value passed for the authorization code was invalid."
    me = httpx.get(f"{x.url}/2/users/me?user.fields=profile_image_url", headers=bearer(body["access_token"]))
    assert me.json()["data"]["username"] == "lindenhof" and me.json()["data"]["profile_image_url"].startswith(x.url)
    assert me.headers["x-rate-limit-limit"] == "75"

    x.refuse_next_authorization()
    denied = httpx.get(
        f"{x.url}/i/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": REDIRECT,
            "scope": "tweet.read users.read",
            "state": "s2",
            "code_challenge": s256(verifier),
            "code_challenge_method": "S256",
        },
    )
    assert parse_qs(urlsplit(denied.headers["Location"]).query) == {"error": ["access_denied"], "state": ["s2"]}


def test_a_reused_refresh_token_revokes_the_whole_family(x_server):
    x = x_server
    user = x.add_user("lindenhof")
    client_id = x.register_app([REDIRECT])
    first = x.issue_tokens(user, client_id)
    refresh = {"grant_type": "refresh_token", "client_id": client_id}
    second = httpx.post(f"{x.url}/2/oauth2/token", data={**refresh, "refresh_token": first["refresh_token"]}).json()
    assert second["refresh_token"] != first["refresh_token"] and second["access_token"] != first["access_token"]
    assert httpx.get(f"{x.url}/2/users/me", headers=bearer(second["access_token"])).status_code == 200

    reused = httpx.post(f"{x.url}/2/oauth2/token", data={**refresh, "refresh_token": first["refresh_token"]})
    assert reused.status_code == 400
    assert reused.json() == {"error": "invalid_request", "error_description": "Value passed for the token was invalid."}
    dead = httpx.get(f"{x.url}/2/users/me", headers=bearer(second["access_token"]))
    assert dead.status_code == 401 and "x-rate-limit-limit" not in dead.headers
    assert dead.json() == {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
    newest = httpx.post(f"{x.url}/2/oauth2/token", data={**refresh, "refresh_token": second["refresh_token"]})
    assert newest.status_code == 400 and x.refresh_count == 3

    fresh = x.issue_tokens(user, client_id, "tweet.read users.read")
    assert "refresh_token" not in fresh
    x.clock_offset = 7201
    assert httpx.get(f"{x.url}/2/users/me", headers=bearer(fresh["access_token"])).status_code == 401


def test_a_refresh_whose_answer_was_lost_cannot_be_repeated(x_server):
    x = x_server
    client_id = x.register_app([REDIRECT])
    user = x.add_user("lindenhof")
    tokens = x.issue_tokens(user, client_id)
    x.fail("POST", r"^/2/oauth2/token$", "drop_after_commit")
    form = {"grant_type": "refresh_token", "client_id": client_id, "refresh_token": tokens["refresh_token"]}
    with pytest.raises(httpx.TransportError):
        httpx.post(f"{x.url}/2/oauth2/token", data=form)
    assert httpx.get(f"{x.url}/2/users/me", headers=bearer(tokens["access_token"])).status_code == 200
    assert httpx.post(f"{x.url}/2/oauth2/token", data=form).status_code == 400  # rotated while the answer was lost
    assert httpx.get(f"{x.url}/2/users/me", headers=bearer(tokens["access_token"])).status_code == 401  # whole grant
    assert x.refresh_count == 2
    fresh = x.issue_tokens(user, client_id)
    x.expire_access_tokens()
    assert httpx.get(f"{x.url}/2/users/me", headers=bearer(fresh["access_token"])).status_code == 401


def test_a_post_with_an_image_and_its_alt_text(x_server):
    x = x_server
    user = x.add_user("lindenhof")
    token = x.issue_tokens(user, x.register_app([REDIRECT]))["access_token"]
    data = jpeg_bytes()
    uploaded = httpx.post(
        f"{x.url}/2/media/upload",
        headers=bearer(token),
        data={"media_category": "tweet_image"},
        files={"media": ("fest.jpg", data, "image/jpeg")},
    )
    assert uploaded.status_code == 200, uploaded.text
    media = uploaded.json()["data"]
    assert media["media_key"] == "3_" + media["id"] and media["size"] == len(data)
    assert media["image"] == {"image_type": "image/jpeg", "w": 640, "h": 480} and media["expires_after_secs"] > 0
    not_an_image = httpx.post(
        f"{x.url}/2/media/upload", headers=bearer(token), files={"media": ("a.txt", b"hello", "text/plain")}
    )
    assert not_an_image.status_code == 400

    alt = {"id": media["id"], "metadata": {"alt_text": {"text": "Lampions über dem Hof"}}}
    assert httpx.post(f"{x.url}/2/media/metadata", headers=bearer(token), json=alt).status_code == 200
    created = httpx.post(
        f"{x.url}/2/tweets",
        headers=bearer(token),
        json={"text": "Sommerfest am Samstag", "media": {"media_ids": [media["id"]]}},
    )
    assert created.status_code == 201
    post = created.json()["data"]
    assert post == {"id": post["id"], "text": "Sommerfest am Samstag", "edit_history_tweet_ids": [post["id"]]}
    assert x.media_of(post["id"]) == [(data, "Lampions über dem Hof")]
    assert x.charges == [("POST /2/media/metadata", 0.005), ("POST /2/tweets", 0.015)]

    stranger = x.issue_tokens(x.add_user("fremd"), x.register_app([REDIRECT]))["access_token"]
    reused = httpx.post(
        f"{x.url}/2/tweets", headers=bearer(stranger), json={"text": "Meins", "media": {"media_ids": [media["id"]]}}
    )
    assert reused.status_code == 400 and reused.json()["errors"][0]["message"] == "Your media IDs are invalid."


def test_duplicate_content_is_refused(x_server):
    x = x_server
    token = x.issue_tokens(x.add_user("lindenhof"), x.register_app([REDIRECT]))["access_token"]
    assert httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": "Hallo"}).status_code == 201
    again = httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": "Hallo"})
    assert again.status_code == 403
    assert again.json() == {
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
    }
    assert len(x.tweets) == 1


def test_replies_only_where_summoned(x_server):
    x = x_server
    org, emre, ada = x.add_user("lindenhof"), x.add_user("emre"), x.add_user("ada")
    token = x.issue_tokens(org, x.register_app([REDIRECT]))["access_token"]
    mention = x.post(emre, "@Lindenhof habt ihr am Samstag offen?")
    unrelated = x.post(ada, "Schönes Wetter heute")
    reply = {"text": "Ja, ab 14 Uhr!", "reply": {"in_reply_to_tweet_id": mention.id}}
    assert httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json=reply).status_code == 201
    assert [t.source_text for t in x.replies_to(mention.id)] == ["Ja, ab 14 Uhr!"]
    mine = x.replies_to(mention.id)[0].id
    as_posts = httpx.get(
        f"{x.url}/2/tweets/{mine}?post.fields=conversation_id&expansions=referenced_posts", headers=bearer(token)
    ).json()
    assert as_posts["data"]["referenced_posts"] == [{"type": "replied_to", "id": mention.id}]
    assert as_posts["data"]["conversation_id"] == mention.id and as_posts["includes"]["posts"][0]["id"] == mention.id
    as_tweets = httpx.get(
        f"{x.url}/2/tweets/{mine}?tweet.fields=in_reply_to_user_id,referenced_tweets", headers=bearer(token)
    )
    assert (
        as_tweets.json()["data"]["in_reply_to_user_id"] == emre.id and "referenced_tweets" in as_tweets.json()["data"]
    )

    refused = httpx.post(
        f"{x.url}/2/tweets",
        headers=bearer(token),
        json={"text": "Stimmt!", "reply": {"in_reply_to_tweet_id": unrelated.id}},
    )
    assert refused.status_code == 403
    assert refused.json()["detail"] == "You can only reply to or quote posts where you are mentioned or are the author."
    assert x.replies_to(unrelated.id) == []

    own = x.tweets_of(org)[0]
    answer = x.post(ada, "Super, wir kommen", reply_to=own.id)  # x.com puts "@lindenhof " in front
    assert answer.text == "@lindenhof Super, wir kommen"
    thanks = {"text": "Bis dann!", "reply": {"in_reply_to_tweet_id": answer.id}}
    assert httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json=thanks).status_code == 201
    # summoned replies at $0.010; the post read twice the same day is charged once
    assert x.charges == [("POST /2/tweets", 0.01), ("GET /2/tweets/{id}", 0.005), ("POST /2/tweets", 0.01)]


def test_mentions_with_since_id_and_pagination(x_server):
    x = x_server
    org, emre = x.add_user("lindenhof"), x.add_user("emre", "Emre")
    token = x.issue_tokens(org, x.register_app([REDIRECT]))["access_token"]
    first = x.post(emre, "@lindenhof eins")
    later = [x.post(emre, f"@lindenhof Frage {n}") for n in range(7)]
    x.post(emre, "ganz ohne Erwähnung")
    url = f"{x.url}/2/users/{org.id}/mentions"
    params = {
        "since_id": first.id,
        "max_results": "5",
        "tweet.fields": "created_at,conversation_id,author_id",
        "expansions": "author_id",
        "user.fields": "username,name",
    }
    page = httpx.get(url, params=params, headers=bearer(token)).json()
    assert [t["id"] for t in page["data"]] == [t.id for t in reversed(later)][:5]
    assert page["includes"]["users"] == [{"id": emre.id, "name": "Emre", "username": "emre"}]
    assert page["data"][0]["author_id"] == emre.id and page["data"][0]["created_at"].endswith("Z")
    assert page["meta"]["result_count"] == 5 and page["meta"]["newest_id"] == later[-1].id
    rest = httpx.get(url, params={**params, "pagination_token": page["meta"]["next_token"]}, headers=bearer(token))
    assert [t["id"] for t in rest.json()["data"]] == [later[1].id, later[0].id]
    assert "next_token" not in rest.json()["meta"]
    assert rest.headers["x-rate-limit-limit"] == "300"

    nothing = httpx.get(url, params={"since_id": later[-1].id}, headers=bearer(token)).json()
    assert nothing == {"meta": {"result_count": 0}}
    too_few = httpx.get(url, params={"max_results": "3"}, headers=bearer(token))
    assert too_few.status_code == 400
    assert (
        too_few.json()["errors"][0]["message"] == "The `max_results` query parameter value [3] is not between 5 and 100"
    )
    assert x.total_charged() == pytest.approx(0.007)  # 7 distinct owned reads at $0.001, none twice


def test_rate_limit_429_until_the_window_resets(x_server):
    x = x_server
    token = x.issue_tokens(x.add_user("lindenhof"), x.register_app([REDIRECT]))["access_token"]
    x.set_rate_limit("GET", r"^/2/users/me$", 2)
    answers = [httpx.get(f"{x.url}/2/users/me", headers=bearer(token)) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[1].headers["x-rate-limit-remaining"] == "0"
    limited = answers[2]
    assert limited.json() == {
        "title": "Too Many Requests",
        "type": "about:blank",
        "status": 429,
        "detail": "Too Many Requests",
    }
    assert limited.headers["x-rate-limit-limit"] == "2" and int(limited.headers["x-rate-limit-reset"]) > x.now()
    x.clock_offset += 901  # the window has passed; the token is still valid (2 h)
    assert httpx.get(f"{x.url}/2/users/me", headers=bearer(token)).status_code == 200


def test_depleted_credits_answer_402(x_server):
    x = x_server
    token = x.issue_tokens(x.add_user("lindenhof"), x.register_app([REDIRECT]))["access_token"]
    x.credits_exhausted = True
    answer = httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": "Hallo"})
    assert answer.status_code == 402 and answer.json()["title"] == "CreditsDepleted"
    assert answer.json()["type"] == "https://api.twitter.com/2/problems/credits" and x.tweets == {}


def test_texts_come_back_escaped_with_t_co_links_and_are_counted_as_x_counts(x_server):
    x = x_server
    org = x.add_user("lindenhof")
    token = x.issue_tokens(org, x.register_app([REDIRECT]))["access_token"]
    created = httpx.post(
        f"{x.url}/2/tweets",
        headers=bearer(token),
        json={"text": "Kaffee & Kuchen <heute> https://example.org/sommerfest-2026?programm=voll"},
    ).json()["data"]
    assert created["text"].startswith("Kaffee &amp; Kuchen &lt;heute&gt; https://t.co/")
    assert x.charges == [("POST /2/tweets", 0.2)]
    read = httpx.get(f"{x.url}/2/tweets/{created['id']}?tweet.fields=entities", headers=bearer(token)).json()["data"]
    assert read["entities"]["urls"][0]["expanded_url"] == "https://example.org/sommerfest-2026?programm=voll"
    posts = httpx.get(f"{x.url}/2/tweets?ids={created['id']},1&post.fields=created_at", headers=bearer(token)).json()
    assert "edit_history_post_ids" in posts["data"][0] and posts["errors"][0]["title"] == "Not Found Error"

    fits = "ä" * 256 + " https://kurzdraht.example.org/" + "x" * 90  # 256 + 1 + 23 = 280
    assert httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": fits}).status_code == 201
    emoji = "👩‍👩‍👧" * 140  # each family sequence weighs 2
    assert httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": emoji}).status_code == 201
    too_long = httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": "ü" * 280 + "の"})
    assert too_long.status_code == 400 and "too long" in too_long.json()["errors"][0]["message"]


def test_faults_drop_answers_and_fail_with_5xx(x_server):
    x = x_server
    token = x.issue_tokens(x.add_user("lindenhof"), x.register_app([REDIRECT]))["access_token"]
    x.fail("POST", r"^/2/tweets$", "drop_after_commit")
    with pytest.raises(httpx.TransportError):
        httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": "Verloren?"})
    assert [t.source_text for t in x.tweets.values()] == ["Verloren?"]
    x.fail("POST", r"^/2/tweets$", "drop_before_commit")
    with pytest.raises(httpx.TransportError):
        httpx.post(f"{x.url}/2/tweets", headers=bearer(token), json={"text": "Nie angekommen"})
    x.fail("GET", r"^/2/users/me$", "503")
    unavailable = httpx.get(f"{x.url}/2/users/me", headers=bearer(token))
    assert unavailable.status_code == 503 and unavailable.json()["title"] == "Service Unavailable"
    assert len(x.tweets) == 1 and ("POST", "/2/tweets") in x.requests


def test_xdk_signs_in_posts_an_image_and_reads_mentions(x_server, monkeypatch):
    """X's official Python SDK, pointed at the server: what it sends must be understood, what it gets parsed."""
    xdk = pytest.importorskip("xdk")
    from xdk.media.models import CreateMetadataRequest, UploadRequest
    from xdk.posts.models import CreateRequest

    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # oauthlib wants https; the server is on loopback
    x = x_server
    org, emre = x.add_user("lindenhof"), x.add_user("emre")
    x.signed_in = org
    client_id = x.register_app([REDIRECT])
    client = xdk.Client(
        base_url=x.url,
        authorization_base_url=x.url + "/i",
        client_id=client_id,
        redirect_uri=REDIRECT,
        scope=["tweet.read", "tweet.write", "users.read", "media.write", "offline.access"],
    )
    location = httpx.get(client.get_authorization_url(state="xdk-state")).headers["Location"]
    code = parse_qs(urlsplit(location).query)["code"][0]
    token = client.exchange_code(code)
    assert token["refresh_token"] and token["expires_in"] == 7200

    assert client.users.get_me().data.username == "lindenhof"
    uploaded = client.media.upload(
        body=UploadRequest(media=base64.b64encode(jpeg_bytes()).decode(), media_category="tweet_image")
    )
    media_id = uploaded.data.id
    client.media.create_metadata(body=CreateMetadataRequest(id=media_id, metadata={"alt_text": {"text": "Hof"}}))
    created = client.posts.create(body=CreateRequest(text="Hallo aus dem SDK", media={"media_ids": [media_id]}))
    assert x.media_of(created.data.id)[0][1] == "Hof"

    mentions = [x.post(emre, f"@lindenhof Nummer {n}") for n in range(6)]
    pages = list(client.users.get_mentions(org.id, max_results=5, expansions=["author_id"]))
    seen = [post.id for page in pages for post in page.data]
    assert seen == [t.id for t in reversed(mentions)] and len(pages) == 2
    with pytest.raises(Exception, match="403"):
        client.posts.create(body=CreateRequest(text="Na?", reply={"in_reply_to_tweet_id": x.post(emre, "hm").id}))


def test_post_lookup_counts_likes_reposts_quotes_replies_and_views_and_refuses_more_than_100_ids(x_server):
    x = x_server
    org, anna, ben = x.add_user("lindenhof"), x.add_user("anna"), x.add_user("ben")
    token = x.issue_tokens(org, x.register_app([REDIRECT]))["access_token"]
    ours = x.post(org, "Sommerfest im Hof")
    x.like(anna, ours.id)
    x.like(ben, ours.id)
    x.like(ben, ours.id)  # a like is once per person
    x.repost(anna, ours.id)
    x.post(ben, "Kommt alle!", quote=ours.id)
    x.post(anna, "Wann genau?", reply_to=ours.id)
    x.show(ours.id, 40)
    answer = httpx.get(
        f"{x.url}/2/tweets", params={"ids": f"{ours.id},1", "tweet.fields": "public_metrics"}, headers=bearer(token)
    ).json()
    [found] = answer["data"]
    assert found["public_metrics"] == {
        "retweet_count": 1,
        "reply_count": 1,
        "like_count": 2,
        "quote_count": 1,
        "bookmark_count": 0,
        "impression_count": 40,
    }
    assert [e["resource_id"] for e in answer["errors"]] == ["1"]  # a deleted or unknown post: a partial error
    too_many = httpx.get(
        f"{x.url}/2/tweets", params={"ids": ",".join(str(n) for n in range(1, 102))}, headers=bearer(token)
    )
    assert too_many.status_code == 400
    assert too_many.json()["errors"][0]["message"] == (
        "The number of values in the `ids` query parameter list [101] is not between 1 and 100"
    )


def test_xdk_reads_the_public_metrics_of_posts_by_their_ids(x_server):
    """The SDK asks in the post vocabulary (post.fields) and parses `repost_count` into its model."""
    xdk = pytest.importorskip("xdk")
    x = x_server
    org, anna = x.add_user("lindenhof"), x.add_user("anna")
    token = x.issue_tokens(org, x.register_app([REDIRECT]))["access_token"]
    posts = [x.post(org, f"Termin {n}") for n in range(3)]
    x.like(anna, posts[1].id)
    x.repost(anna, posts[1].id)
    client = xdk.Client(base_url=x.url, access_token=token)
    answer = client.posts.get_by_ids(ids=[p.id for p in posts], post_fields=["public_metrics"])
    metrics = {post.id: post.public_metrics for post in answer.data}
    assert (metrics[posts[1].id].like_count, metrics[posts[1].id].repost_count) == (1, 1)
    assert metrics[posts[0].id].like_count == 0 and x.charges[-1] == ("GET /2/tweets", 0.015)
