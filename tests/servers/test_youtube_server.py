"""The Google OAuth + YouTube Data API test server (tests/servers/youtube.py) answers as Google documents:
raw HTTP first, then once through Google's own client libraries (google-api-python-client, google-auth and
google-auth-oauthlib) as other tools talk to YouTube."""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import httpx
import pytest

from servers.youtube import YouTubeServer
from servers.youtube_api import Channel, Video

FORCE_SSL = "https://www.googleapis.com/auth/youtube.force-ssl"
OWNER = "redaktion@lindenhof.example"


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


def authorize(server: YouTubeServer, client_id: str, redirect: str, challenge: str, **extra: str) -> httpx.Response:
    params = {
        "client_id": client_id,
        "redirect_uri": redirect,
        "response_type": "code",
        "scope": FORCE_SSL,
        "state": "st4te",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "access_type": "offline",
    } | extra
    return httpx.get(server.url + "/o/oauth2/v2/auth", params=params)


def redirected(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    return {k: v[0] for k, v in parse_qs(urlsplit(response.headers["Location"]).query).items()}


def sign_in(server: YouTubeServer, client_id: str, secret: str, **extra: str) -> dict[str, Any]:
    verifier, challenge = pkce()
    redirect = "http://127.0.0.1:53682/"
    code = redirected(authorize(server, client_id, redirect, challenge, **extra))["code"]
    form = {"grant_type": "authorization_code", "code": code, "client_id": client_id, "client_secret": secret}
    form |= {"redirect_uri": redirect, "code_verifier": verifier}
    response = httpx.post(server.url + "/token", data=form)
    assert response.status_code == 200, response.text
    return response.json()


def api(server: YouTubeServer, token: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.request(method, server.url + "/youtube/v3/" + path, headers=headers, **kwargs)


def reason(response: httpx.Response) -> str:
    return response.json()["error"]["errors"][0]["reason"]


@pytest.fixture
def lindenhof(youtube_server: YouTubeServer) -> tuple[YouTubeServer, str, Channel, Video]:
    """A channel with a video, and an access token of the channel for a registered desktop client."""
    server = youtube_server
    client_id, _ = server.register_client()
    channel = server.add_channel("Nachbarschaftszentrum Lindenhof", OWNER, subscribers=312)
    video = server.add_video(channel, "Sommerfest 2026")
    return server, server.issue_tokens(channel, client_id)["access_token"], channel, video


def test_sign_in_with_pkce_and_the_secret(youtube_server):
    server = youtube_server
    client_id, secret = server.register_client()
    server.add_channel("Lindenhof", OWNER)
    server.signed_in = OWNER
    verifier, challenge = pkce()
    redirect = "http://127.0.0.1:61000/"
    answer = redirected(authorize(server, client_id, redirect, challenge))
    assert answer["state"] == "st4te" and answer["code"].startswith("4/") and answer["scope"] == FORCE_SSL
    form = {"grant_type": "authorization_code", "code": answer["code"], "client_id": client_id}
    form |= {"client_secret": secret, "redirect_uri": redirect, "code_verifier": verifier}
    tokens = httpx.post(server.url + "/token", data=form).json()
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 3599 and tokens["scope"] == FORCE_SSL
    assert tokens["access_token"].startswith("ya29.") and tokens["refresh_token"].startswith("1//")
    again = httpx.post(server.url + "/token", data=form)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant", "a code is used once"

    for other in ("http://127.0.0.1:49152/callback", "http://[::1]:50111/", "http://localhost:8080/"):
        assert "code" in redirected(authorize(server, client_id, other, challenge)), "any loopback port"
    form["code"] = redirected(authorize(server, client_id, redirect, challenge))["code"]
    wrong_secret = httpx.post(server.url + "/token", data=form | {"client_secret": "x"})
    assert wrong_secret.status_code == 401 and wrong_secret.json()["error"] == "invalid_client"
    wrong_verifier = httpx.post(server.url + "/token", data=form | {"code_verifier": "a" * 43})
    assert wrong_verifier.json() == {"error": "invalid_grant", "error_description": "Invalid code verifier."}
    channels = api(server, tokens["access_token"], "GET", "channels", params={"part": "id", "mine": "true"})
    assert channels.status_code == 200

    # A second sign-in without prompt=consent brings no refresh token; with it, one.
    assert "refresh_token" not in sign_in(server, client_id, secret)
    assert "refresh_token" in sign_in(server, client_id, secret, prompt="consent")

    mismatch = authorize(server, client_id, "https://lindenhof.example/callback", challenge)
    assert mismatch.status_code == 400 and "Error 400: redirect_uri_mismatch" in mismatch.text
    server.refuse_next_authorization()
    refused = redirected(authorize(server, client_id, redirect, challenge))
    assert refused == {"state": "st4te", "error": "access_denied"}
    server.signed_in = None
    assert authorize(server, client_id, redirect, challenge).status_code == 200, "the sign-in page"


def test_refresh_and_testing_apps_lose_refresh_tokens_after_seven_days(youtube_server):
    server = youtube_server
    testing_id, testing_secret = server.register_client(testing=True)
    production_id, production_secret = server.register_client()
    server.add_channel("Lindenhof", OWNER)
    server.signed_in = OWNER
    testing = sign_in(server, testing_id, testing_secret)
    assert testing["refresh_token_expires_in"] == 604799
    production = sign_in(server, production_id, production_secret)

    def refresh(refresh_token: str, client_id: str, secret: str) -> httpx.Response:
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        return httpx.post(server.url + "/token", data=form | {"client_id": client_id, "client_secret": secret})

    fresh = refresh(testing["refresh_token"], testing_id, testing_secret).json()
    assert set(fresh) == {"access_token", "expires_in", "scope", "token_type"}, "Google does not rotate it"
    server.clock_offset = 7 * 86400 + 1
    expired = refresh(testing["refresh_token"], testing_id, testing_secret)
    assert expired.status_code == 400
    assert expired.json() == {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
    assert refresh(production["refresh_token"], production_id, production_secret).status_code == 200


def test_expired_invalid_and_revoked_tokens(lindenhof):
    server, token, _, _ = lindenhof
    params = {"part": "snippet", "mine": "true"}
    assert api(server, token, "GET", "channels", params=params).status_code == 200
    server.expire_access_tokens()
    expired = api(server, token, "GET", "channels", params=params)
    assert expired.status_code == 401 and reason(expired) == "authError"
    assert expired.json()["error"]["status"] == "UNAUTHENTICATED"
    assert reason(api(server, "ya29.made-up", "GET", "channels", params=params)) == "authError"
    anonymous = httpx.get(server.url + "/youtube/v3/channels", params=params)
    assert anonymous.status_code == 403 and reason(anonymous) == "forbidden"

    client_id = next(iter(server.clients))
    tokens = server.issue_tokens(OWNER, client_id)
    assert httpx.post(server.url + "/revoke", params={"token": tokens["refresh_token"]}).status_code == 200
    assert api(server, tokens["access_token"], "GET", "channels", params=params).status_code == 401
    again = httpx.post(server.url + "/revoke", params={"token": tokens["refresh_token"]})
    assert again.status_code == 400 and again.json()["error"] == "invalid_token"


def test_channel_lookup(lindenhof):
    server, token, channel, _ = lindenhof
    response = api(server, token, "GET", "channels", params={"part": "snippet,statistics", "mine": "true"})
    assert response.json()["kind"] == "youtube#channelListResponse"
    [item] = response.json()["items"]
    assert item["id"] == channel.id and len(item["id"]) == 24 and item["id"].startswith("UC")
    assert item["snippet"]["title"] == "Nachbarschaftszentrum Lindenhof"
    assert item["statistics"]["subscriberCount"] == "312" and item["statistics"]["videoCount"] == "1"
    assert server.quota_used == 1


def test_comment_threads_newest_first_with_paging_and_partial_replies(lindenhof):
    server, token, channel, video = lindenhof
    other = server.add_video(channel, "Kochkurs")
    first = server.comment(video, "@anna", "Wann geht's los?")
    for n in range(7):
        server.clock_offset += 10
        server.comment(video, "@gast", f"Antwort {n}", reply_to=first)
    newer = []
    for n in range(4):
        server.clock_offset += 60
        newer.append(server.comment(other if n % 2 else video, f"@person{n}", f"Kommentar {n} <3 & mehr"))
    server.clock_offset += 60
    server.comment(video, "@spaet", "Noch eine Antwort", reply_to=first)  # a new reply does not bump its thread

    def page(token_: str | None, **extra: str) -> dict[str, Any]:
        params = {"part": "snippet,replies", "allThreadsRelatedToChannelId": channel.id, "order": "time"}
        params |= {"maxResults": "2", "textFormat": "plainText"} | extra
        response = api(
            server, token, "GET", "commentThreads", params=params | ({"pageToken": token_} if token_ else {})
        )
        assert response.status_code == 200, response.text
        return response.json()

    pages = [page(None)]
    server.clock_offset += 60
    server.comment(video, "@neu", "Kommt während des Blätterns")  # neither repeats nor hides older items
    while "nextPageToken" in pages[-1]:
        pages.append(page(pages[-1]["nextPageToken"]))
    assert [len(p["items"]) for p in pages] == [2, 2, 1]
    assert pages[0]["kind"] == "youtube#commentThreadListResponse"
    assert pages[0]["pageInfo"] == {"totalResults": 2, "resultsPerPage": 2}
    ids = [item["id"] for p in pages for item in p["items"]]
    assert ids == [c.id for c in reversed(newer)] + [first.id]
    thread = pages[-1]["items"][0]
    assert thread["snippet"]["totalReplyCount"] == 8 and len(thread["replies"]["comments"]) == 5
    assert thread["snippet"]["canReply"] is True and thread["snippet"]["isPublic"] is True
    top = pages[0]["items"][0]["snippet"]["topLevelComment"]["snippet"]
    assert top["textDisplay"] == "Kommentar 3 <3 & mehr" and top["authorDisplayName"] == "@person3"
    assert top["videoId"] == other.id and top["authorChannelId"]["value"].startswith("UC")
    by_id = api(server, token, "GET", "commentThreads", params={"part": "snippet", "id": newer[3].id}).json()
    assert by_id["items"][0]["snippet"]["topLevelComment"]["snippet"]["textDisplay"] == "Kommentar 3 &lt;3 &amp; mehr"
    bad = api(server, token, "GET", "commentThreads", params={"part": "snippet", "videoId": video.id, "pageToken": "x"})
    assert bad.status_code == 400 and reason(bad) == "invalidPageToken"
    assert server.quota_used == 5, "four lists and the invalid one, one unit each"


def test_comments_list_by_parent_gives_every_reply_oldest_first(lindenhof):
    server, token, _, video = lindenhof
    top = server.comment(video, "@anna", "Gibt es Kuchen?")
    for n in range(12):
        server.clock_offset += 1
        server.comment(video, f"@gast{n}", f"Antwort {n}", reply_to=top)
    replies, page_token = [], None
    while True:
        params = {"part": "snippet", "parentId": top.id, "maxResults": "5"} | (
            {"pageToken": page_token} if page_token else {}
        )
        answer = api(server, token, "GET", "comments", params=params).json()
        assert answer["kind"] == "youtube#commentListResponse"
        replies += answer["items"]
        page_token = answer.get("nextPageToken")
        if not page_token:
            break
    assert [r["id"] for r in replies] == [c.id for c in server.replies_of(top.id)]
    assert all(r["snippet"]["parentId"] == top.id and r["id"].startswith(top.id + ".") for r in replies)
    assert replies[0]["snippet"]["textOriginal"] == "Antwort 0"


def test_insert_a_reply_costs_fifty_units(lindenhof):
    server, token, channel, video = lindenhof
    question = server.comment(video, "@anna", "Wo ist der Eingang?")
    body = {"snippet": {"parentId": question.id, "textOriginal": "Am Hof, neben dem Café."}}
    response = api(server, token, "POST", "comments", params={"part": "snippet"}, json=body)
    assert response.status_code == 200, response.text
    reply = response.json()
    assert reply["kind"] == "youtube#comment" and reply["snippet"]["parentId"] == question.id
    assert reply["snippet"]["textOriginal"] == "Am Hof, neben dem Café."
    assert reply["snippet"]["authorChannelId"] == {"value": channel.id}
    assert [c.id for c in server.replies_of(question.id)] == [reply["id"]]
    assert server.quota_used == 50

    def refusal(snippet: dict[str, str]) -> tuple[int, str]:
        answer = api(server, token, "POST", "comments", params={"part": "snippet"}, json={"snippet": snippet})
        return answer.status_code, reason(answer)

    assert refusal({"parentId": question.id, "textOriginal": "x" * 10_001}) == (400, "commentTextTooLong")
    assert refusal({"parentId": question.id, "textOriginal": " "}) == (400, "commentTextRequired")
    assert refusal({"textOriginal": "Hallo"}) == (400, "parentIdMissing")
    assert refusal({"parentId": "Ugzgibtesnicht4AaABAg", "textOriginal": "Hallo"}) == (404, "commentNotFound")
    held = server.comment(video, "@spam", "Billig!")
    server.hold_for_review(held)
    assert refusal({"parentId": held.id, "textOriginal": "Nein"}) == (400, "parentCommentIsPrivate")
    blocked = server.comment(video, "@troll", "Hm")
    server.block_replies(blocked)
    assert refusal({"parentId": blocked.id, "textOriginal": "Nein"}) == (400, "operationNotSupported")
    assert server.quota_used == 50 * 7, "refused inserts cost their units too"


def test_quota_exceeded_and_its_reset_at_pacific_midnight(lindenhof):
    server, _, channel, video = lindenhof
    client_id = next(iter(server.clients))
    server.clock_offset = server.next_quota_reset() - 60 - server.now() + server.clock_offset
    token = server.issue_tokens(channel, client_id)["access_token"]
    server.quota_per_day = 60
    question = server.comment(video, "@anna", "Frage")
    body = {"snippet": {"parentId": question.id, "textOriginal": "Antwort"}}
    params = {"part": "snippet", "allThreadsRelatedToChannelId": channel.id}
    assert api(server, token, "POST", "comments", params={"part": "snippet"}, json=body).status_code == 200
    over = api(server, token, "POST", "comments", params={"part": "snippet"}, json=body)
    assert over.status_code == 403
    message = (
        'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">'
        "quota</a>."
    )
    assert over.json() == {
        "error": {
            "code": 403,
            "message": message,
            "errors": [{"message": message, "domain": "youtube.quota", "reason": "quotaExceeded"}],
        }
    }
    for _ in range(10):
        assert api(server, token, "GET", "commentThreads", params=params).status_code == 200
    assert reason(api(server, token, "GET", "commentThreads", params=params)) == "quotaExceeded"
    assert server.quota_used == 60

    midnight = server.next_quota_reset()
    assert datetime.fromtimestamp(midnight, ZoneInfo("America/Los_Angeles")).strftime("%H:%M") == "00:00"
    server.clock_offset += 61  # past midnight in Los Angeles; the access token still lives
    assert api(server, token, "POST", "comments", params={"part": "snippet"}, json=body).status_code == 200
    assert server.quota_used == 50


def test_disabled_comments(lindenhof):
    server, token, channel, video = lindenhof
    question = server.comment(video, "@anna", "Frage")
    other = server.add_video(channel, "Offen")
    server.comment(other, "@ben", "Offen")
    server.disable_comments(video)
    listed = api(server, token, "GET", "commentThreads", params={"part": "snippet", "videoId": video.id})
    assert listed.status_code == 403 and reason(listed) == "commentsDisabled"
    params = {"part": "snippet", "allThreadsRelatedToChannelId": channel.id}
    threads = api(server, token, "GET", "commentThreads", params=params).json()["items"]
    assert [t["snippet"]["videoId"] for t in threads] == [other.id]
    body = {"snippet": {"parentId": question.id, "textOriginal": "Antwort"}}
    inserted = api(server, token, "POST", "comments", params={"part": "snippet"}, json=body)
    assert inserted.status_code == 403 and reason(inserted) == "commentsDisabled"


def test_faults(lindenhof):
    server, token, _, video = lindenhof
    question = server.comment(video, "@anna", "Frage")
    body = {"snippet": {"parentId": question.id, "textOriginal": "Antwort"}}
    server.fail("POST", r"/youtube/v3/comments$", "drop_after_commit")
    with pytest.raises(httpx.TransportError):
        api(server, token, "POST", "comments", params={"part": "snippet"}, json=body)
    assert len(server.replies_of(question.id)) == 1, "the reply was stored, the answer lost"
    server.fail("GET", r"/commentThreads$", "503")
    unavailable = api(server, token, "GET", "commentThreads", params={"part": "snippet", "videoId": video.id})
    assert unavailable.status_code == 503 and reason(unavailable) == "backendError"
    assert ("POST", "/youtube/v3/comments") in server.requests


def test_googles_client_libraries_sign_in_read_and_answer(youtube_server, monkeypatch):
    """google-auth-oauthlib signs in (PKCE, loopback redirect), google-auth refreshes, and
    google-api-python-client (discovery-based, the discovery document it ships) reads and answers."""
    from google.oauth2.credentials import Credentials
    from google_auth_oauthlib.flow import Flow
    from googleapiclient.discovery import build
    from googleapiclient.errors import HttpError

    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the server is plain http on 127.0.0.1
    server = youtube_server
    client_id, secret = server.register_client()
    channel = server.add_channel("Nachbarschaftszentrum Lindenhof", OWNER)
    video = server.add_video(channel, "Sommerfest")
    question = server.comment(video, "@anna", "Gibt es Kuchen?")
    server.comment(video, "@ben", "Ja!", reply_to=question)
    server.signed_in = OWNER

    config = {
        "installed": {
            "client_id": client_id,
            "client_secret": secret,
            "auth_uri": server.url + "/o/oauth2/v2/auth",
            "token_uri": server.url + "/token",
            "redirect_uris": ["http://localhost"],
        }
    }
    flow = Flow.from_client_config(config, scopes=[FORCE_SSL], redirect_uri="http://127.0.0.1:47111/")
    url, state = flow.authorization_url(access_type="offline", prompt="consent")
    assert "code_challenge_method=S256" in url
    location = httpx.get(url).headers["Location"]
    flow.fetch_token(authorization_response=location)
    signed_in = flow.credentials
    assert signed_in.refresh_token and signed_in.token

    credentials = Credentials(
        token=None,
        refresh_token=signed_in.refresh_token,
        token_uri=server.url + "/token",
        client_id=client_id,
        client_secret=secret,
        scopes=[FORCE_SSL],
    )
    youtube = build(
        "youtube", "v3", credentials=credentials, client_options={"api_endpoint": server.url}, static_discovery=True
    )
    mine = youtube.channels().list(part="snippet,statistics", mine=True).execute()
    assert mine["items"][0]["id"] == channel.id
    threads = youtube.commentThreads().list(
        part="snippet,replies", allThreadsRelatedToChannelId=channel.id, order="time", maxResults=100
    )
    answer = threads.execute()
    assert [t["id"] for t in answer["items"]] == [question.id]
    assert youtube.commentThreads().list_next(threads, answer) is None
    replies = youtube.comments().list(part="snippet", parentId=question.id, textFormat="plainText").execute()
    assert [r["snippet"]["textOriginal"] for r in replies["items"]] == ["Ja!"]
    body = {"snippet": {"parentId": question.id, "textOriginal": "Und Kaffee."}}
    reply = youtube.comments().insert(part="snippet", body=body).execute()
    assert reply["snippet"]["parentId"] == question.id and reply["snippet"]["authorChannelId"]["value"] == channel.id

    server.quota_per_day = server.quota_used + 10
    with pytest.raises(HttpError) as refused:
        youtube.comments().insert(part="snippet", body=body).execute()
    assert refused.value.resp.status == 403 and refused.value.error_details[0]["reason"] == "quotaExceeded"
