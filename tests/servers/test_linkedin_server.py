"""The LinkedIn test server, driven with raw HTTP requests as LinkedIn's documentation shows them: OAuth (with
the client secret, or PKCE on a loopback address), versioned Rest.li 2.0 calls, posts in little text,
images, comments and the error answers a client has to handle."""

from __future__ import annotations

import base64
import hashlib
import io
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from PIL import Image as PillowImage

from servers.linkedin import LinkedInServer, Member, Organization
from servers.linkedin import encode_urn as enc

CALLBACK = "https://kurzdraht.example/linkedin/callback"
SCOPES = "r_organization_social w_organization_social rw_organization_admin"


def version() -> str:
    """This month's version: always active (versions live a year)."""
    return time.strftime("%Y%m", time.gmtime())


def png() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "#2f6f9f").save(buffer, "PNG")
    return buffer.getvalue()


def call(server: LinkedInServer, method: str, path: str, token: str, **kwargs) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "LinkedIn-Version": version(), "X-Restli-Protocol-Version": "2.0.0"}
    headers.update(kwargs.pop("headers", {}))
    return httpx.request(method, server.url + path, headers=headers, timeout=10, **kwargs)


def post_body(organization: Organization, commentary: str, **extra) -> dict:
    return {
        "author": organization.urn,
        "commentary": commentary,
        "visibility": "PUBLIC",
        "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [], "thirdPartyDistributionChannels": []},
        "lifecycleState": "PUBLISHED",
        "isReshareDisabledByAuthor": False,
        **extra,
    }


@pytest.fixture
def page(linkedin_server: LinkedInServer) -> tuple[LinkedInServer, Member, Organization, str]:
    """A page with its administrator and a token of theirs for an app with the Community Management API."""
    admin = linkedin_server.add_member("Lea Brandt")
    organization = linkedin_server.add_organization("Nachbarschaftszentrum Lindenhof", "lindenhof", admins=[admin])
    client_id, _ = linkedin_server.register_app([CALLBACK])
    return linkedin_server, admin, organization, linkedin_server.access_token(admin, client_id)


def authorize(server: LinkedInServer, client_id: str, redirect: str = CALLBACK, **extra: str) -> httpx.Response:
    params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect, "state": "s1", "scope": SCOPES}
    return httpx.get(f"{server.url}/oauth/v2/authorization", params={**params, **extra}, timeout=10)


def answered(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    return {k: v[0] for k, v in parse_qs(urlsplit(response.headers["Location"]).query).items()}


def test_sign_in_with_the_client_secret(linkedin_server: LinkedInServer) -> None:
    server = linkedin_server
    client_id, secret = server.register_app([CALLBACK])
    assert authorize(server, client_id).status_code == 200  # nobody signed in: LinkedIn's sign-in page
    server.signed_in = server.add_member("Lea Brandt")
    assert authorize(server, client_id, redirect="https://elsewhere.example/cb").status_code == 401
    refused = answered(authorize(server, client_id, scope="r_organization_social r_ads"))
    assert refused["error"] == "unauthorized_scope_error" and refused["state"] == "s1"
    server.refuse_next_authorization()
    assert answered(authorize(server, client_id))["error"] == "user_cancelled_authorize"

    code = answered(authorize(server, client_id))
    assert code["state"] == "s1"
    form = {"grant_type": "authorization_code", "code": code["code"], "redirect_uri": CALLBACK, "client_id": client_id}
    wrong = httpx.post(f"{server.url}/oauth/v2/accessToken", data={**form, "client_secret": "guessed"}, timeout=10)
    assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_client")
    token = httpx.post(f"{server.url}/oauth/v2/accessToken", data={**form, "client_secret": secret}, timeout=10)
    assert token.status_code == 200
    assert token.json()["expires_in"] == 5_184_000 and "refresh_token" not in token.json()
    assert token.json()["scope"] == "r_organization_social,rw_organization_admin,w_organization_social"
    again = httpx.post(f"{server.url}/oauth/v2/accessToken", data={**form, "client_secret": secret}, timeout=10)
    assert again.status_code == 400 and "does not match authorization code" in again.json()["error_description"]
    assert call(server, "GET", "/rest/organizationAcls?q=roleAssignee", token.json()["access_token"]).status_code == 200

    server.app(client_id).refresh_tokens_enabled = True
    form["code"] = answered(authorize(server, client_id))["code"]
    granted = httpx.post(f"{server.url}/oauth/v2/accessToken", data={**form, "client_secret": secret}, timeout=10)
    refresh = {"grant_type": "refresh_token", "refresh_token": granted.json()["refresh_token"], "client_id": client_id}
    renewed = httpx.post(f"{server.url}/oauth/v2/accessToken", data={**refresh, "client_secret": secret}, timeout=10)
    assert renewed.status_code == 200 and renewed.json()["refresh_token"] == granted.json()["refresh_token"]


def test_loopback_addresses_only_when_enabled_and_only_with_pkce(linkedin_server: LinkedInServer) -> None:
    server = linkedin_server
    server.signed_in = server.add_member("Lea Brandt")
    loopback = "http://127.0.0.1:53123/callback"
    verifier = "v" * 64
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    pkce = {"code_challenge": challenge, "code_challenge_method": "S256"}
    plain_app, _ = server.register_app([CALLBACK])
    assert authorize(server, plain_app, redirect=loopback, **pkce).status_code == 401
    native_app, _ = server.register_app([CALLBACK], loopback_enabled=True)
    assert authorize(server, native_app, redirect=loopback).status_code == 400  # no code_challenge
    params = {
        "response_type": "code",
        "client_id": native_app,
        "redirect_uri": "http://[::1]:40001/cb",
        "scope": SCOPES,
    }
    native = httpx.get(f"{server.url}/oauth/native-pkce/authorization", params={**params, **pkce}, timeout=10)
    assert "code" in answered(native)

    code = answered(authorize(server, native_app, redirect=loopback, **pkce))["code"]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": loopback, "client_id": native_app}
    bad = httpx.post(f"{server.url}/oauth/v2/accessToken", data={**form, "code_verifier": "w" * 64}, timeout=10)
    assert bad.status_code == 400
    code = answered(authorize(server, native_app, redirect=loopback, **pkce))["code"]
    good = httpx.post(
        f"{server.url}/oauth/v2/accessToken", data={**form, "code": code, "code_verifier": verifier}, timeout=10
    )
    assert good.status_code == 200 and good.json()["access_token"]  # no client secret needed


def test_the_version_header_is_required_and_must_be_active(page) -> None:
    server, _, _, token = page
    path = "/rest/organizationAcls?q=roleAssignee"
    missing = httpx.get(server.url + path, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert (missing.status_code, missing.json()["code"]) == (400, "VERSION_MISSING")
    old = call(server, "GET", path, token, headers={"LinkedIn-Version": "202301"})
    assert old.status_code == 426
    assert old.json() == {
        "status": 426,
        "code": "NONEXISTENT_VERSION",
        "message": "Requested version 20230101 is not active",
    }
    assert call(server, "GET", path, token, headers={"LinkedIn-Version": "209912"}).status_code == 426
    assert call(server, "GET", path, token).status_code == 200
    assert server.versions_seen[-1] == version()


def test_a_text_post_is_created_listed_and_read(page) -> None:
    server, _, organization, token = page
    created = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Sommerfest am Samstag"))
    assert created.status_code == 201 and created.content == b""
    urn = created.headers["x-restli-id"]
    assert urn.startswith("urn:li:share:") and [p.urn for p in server.posts_of(organization)] == [urn]
    second = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Flohmarkt im Hof"))

    listed = call(server, "GET", f"/rest/posts?q=author&author={enc(organization.urn)}&count=1&start=0", token)
    assert listed.status_code == 200
    assert [p["id"] for p in listed.json()["elements"]] == [second.headers["x-restli-id"]]  # newest first
    assert listed.json()["paging"]["total"] == 2
    read = call(server, "GET", f"/rest/posts/{enc(urn)}", token).json()
    assert (read["author"], read["commentary"], read["lifecycleState"]) == (
        organization.urn,
        "Sommerfest am Samstag",
        "PUBLISHED",
    )


def test_an_unescaped_reserved_character_silently_cuts_the_commentary(page) -> None:
    server, _, organization, token = page
    cut = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Sommerfest (mit Kuchen) am Samstag"))
    assert cut.status_code == 201
    assert server.text_of(cut.headers["x-restli-id"]) == "Sommerfest "
    escaped = r"Sommerfest \(mit Kuchen\) am Samstag, 14\_00 {hashtag|\#|Lindenhof} #Nachbarschaft"
    whole = call(server, "POST", "/rest/posts", token, json=post_body(organization, escaped))
    assert server.text_of(whole.headers["x-restli-id"]) == (
        "Sommerfest (mit Kuchen) am Samstag, 14_00 #Lindenhof #Nachbarschaft"
    )


def test_the_same_commentary_again_is_a_duplicate_naming_the_first_post(page) -> None:
    server, _, organization, token = page
    first = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Kuchenbasar am Sonntag"))
    again = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Kuchenbasar am Sonntag"))
    assert again.status_code == 422
    assert again.json()["errorDetails"]["inputErrors"][0]["code"] == "DUPLICATE_POST"
    assert again.json()["message"].endswith("Content is a duplicate of " + first.headers["x-restli-id"])
    assert len(server.posts_of(organization)) == 1


def test_an_image_is_uploaded_processed_and_only_then_posted(page) -> None:
    server, _, organization, token = page
    init = call(
        server, "POST", "/rest/images?action=initializeUpload", token,
        json={"initializeUploadRequest": {"owner": organization.urn}},
    )  # fmt: skip
    value = init.json()["value"]
    assert value["uploadUrl"].startswith(server.url) and value["image"].startswith("urn:li:image:")
    content = {"media": {"id": value["image"], "altText": "Lampions im Hof"}}
    body = post_body(organization, "Bilder vom Fest", content=content)
    early = call(server, "POST", "/rest/posts", token, json=body)
    assert (early.status_code, early.json()["code"]) == (400, "MEDIA_ASSET_WAITING_UPLOAD")
    assert call(server, "GET", f"/rest/images/{enc(value['image'])}", token).json()["status"] == "WAITING_UPLOAD"

    assert httpx.put(value["uploadUrl"], content=png(), timeout=10).status_code == 201
    assert call(server, "GET", f"/rest/images/{enc(value['image'])}", token).json()["status"] == "PROCESSING"
    assert call(server, "POST", "/rest/posts", token, json=body).status_code == 400
    assert call(server, "GET", f"/rest/images/{enc(value['image'])}", token).json()["status"] == "AVAILABLE"
    created = call(server, "POST", "/rest/posts", token, json=body)
    assert created.status_code == 201, created.text
    attached = server.images_of(created.headers["x-restli-id"])
    assert [(image.urn, alt, image.media_type) for image, alt in attached] == [
        (value["image"], "Lampions im Hof", "image/png")
    ]


def test_comments_page_and_a_reply_names_its_parent(page) -> None:
    server, _, organization, token = page
    urn = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Wer hilft beim Aufbau?")).headers[
        "x-restli-id"
    ]
    neighbour = server.add_member("Emre Kaya")
    first = server.comment(urn, neighbour, "Ich komme um zehn!")
    server.comment(urn, neighbour, "Bringe auch Bänke mit.")
    server.comment(urn, neighbour, "Gibt es Strom?", parent=first)
    server.comment(urn, server.add_member("Jana"), "Ich auch.")

    one = call(server, "GET", f"/rest/socialActions/{enc(urn)}/comments?start=0&count=2", token).json()
    assert [c["message"]["text"] for c in one["elements"]] == ["Ich komme um zehn!", "Bringe auch Bänke mit."]
    assert one["paging"]["total"] == 3 and one["elements"][0]["actor"] == neighbour.urn
    assert isinstance(one["elements"][0]["created"]["time"], int) and one["elements"][0]["$URN"] == first.urn
    two = call(server, "GET", f"/rest/socialActions/{enc(urn)}/comments?start=2&count=2", token).json()
    assert [c["message"]["text"] for c in two["elements"]] == ["Ich auch."]
    nested = call(server, "GET", f"/rest/socialActions/{enc(first.urn)}/comments", token).json()
    assert [(c["message"]["text"], c["parentComment"]) for c in nested["elements"]] == [("Gibt es Strom?", first.urn)]

    reply = {
        "actor": organization.urn,
        "object": urn,
        "message": {"text": "Ja, (Strom) gibt es!"},  # comments are plain text: nothing is cut
        "parentComment": first.urn,
    }
    created = call(server, "POST", f"/rest/socialActions/{enc(urn)}/comments", token, json=reply)
    assert created.status_code == 201 and created.headers["x-restli-id"] == created.json()["id"]
    assert created.json()["parentComment"] == first.urn
    assert server.comments_on(urn)[-1].text == "Ja, (Strom) gibt es!"


def test_a_urn_in_the_path_must_be_percent_encoded(page) -> None:
    server, _, organization, token = page
    urn = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Hallo")).headers["x-restli-id"]
    raw = call(server, "GET", f"/rest/socialActions/{urn}/comments", token)
    assert raw.status_code == 400
    assert raw.json() == {"status": 400, "code": "ILLEGAL_ARGUMENT", "message": "Syntax exception in path variables"}
    assert call(server, "GET", f"/rest/posts/{urn}", token).status_code == 400
    assert call(server, "GET", f"/rest/posts/{enc(urn)}", token).status_code == 200


def test_the_daily_limit_answers_429_without_rate_limit_headers_until_midnight_utc(page) -> None:
    server, _, _, token = page
    server.daily_limit = 2
    path = "/rest/organizationAcls?q=roleAssignee"
    assert [call(server, "GET", path, token).status_code for _ in range(2)] == [200, 200]
    throttled = call(server, "GET", path, token)
    assert throttled.status_code == 429 and throttled.json()["code"] == "TOO_MANY_REQUESTS"
    assert not [h for h in throttled.headers if "rate" in h.lower() or h.lower() == "retry-after"]
    now = time.time()
    server.clock_offset = 86400 - now % 86400 + 1  # just past the next midnight UTC
    assert call(server, "GET", path, token).status_code == 200


def test_token_and_role_errors(page) -> None:
    server, admin, organization, token = page
    analyst = server.add_member("Tom")
    server.grant(organization, analyst, "ANALYST")
    client_id = next(iter(server.apps))
    denied = call(
        server, "POST", "/rest/posts", server.access_token(analyst, client_id), json=post_body(organization, "x")
    )
    assert (denied.status_code, denied.json()["code"]) == (403, "ACCESS_DENIED")
    assert (
        call(server, "GET", "/rest/organizationAcls?q=roleAssignee", "not-a-token").json()["serviceErrorCode"] == 65600
    )
    server.revoked_for_first_calls = 1
    server.signed_in = admin
    client_id, secret = server.register_app([CALLBACK])
    code = answered(authorize(server, client_id))["code"]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, "client_id": client_id}
    fresh = httpx.post(f"{server.url}/oauth/v2/accessToken", data={**form, "client_secret": secret}, timeout=10)
    fresh_token = fresh.json()["access_token"]
    first = call(server, "GET", "/rest/organizationAcls?q=roleAssignee", fresh_token)
    assert (first.status_code, first.json()["serviceErrorCode"]) == (401, 65601)
    assert call(server, "GET", "/rest/organizationAcls?q=roleAssignee", fresh_token).status_code == 200
    server.expire_tokens()
    expired = call(server, "GET", "/rest/organizationAcls?q=roleAssignee", token)
    assert (expired.status_code, expired.json()["code"]) == (401, "EXPIRED_ACCESS_TOKEN")


def test_the_member_s_pages_with_decoration_and_authorizations(page) -> None:
    server, admin, organization, token = page
    projection = "(elements*(role,organizationalTarget~(localizedName,vanityName,logoV2(original~:playableStreams))))"
    acls = call(
        server, "GET", f"/v2/organizationalEntityAcls?q=roleAssignee&role=ADMINISTRATOR&projection={projection}", token
    )
    element = acls.json()["elements"][0]
    assert element["role"] == "ADMINISTRATOR" and element["organizationalTarget"] == organization.urn
    target = element["organizationalTarget~"]
    assert (target["localizedName"], target["vanityName"]) == (organization.name, "lindenhof")
    logo = target["logoV2"]["original~"]["elements"][0]["identifiers"][0]["identifier"]
    assert httpx.get(logo, timeout=10).content.startswith(b"\x89PNG")
    criteria = "List((authorizationAction:(organizationContentAuthorizationAction:(actionType:ORGANIC_SHARE_CREATE))))"
    found = call(
        server,
        "GET",
        f"/rest/organizationAuthorizations?bq=authorizationActionsAndImpersonator&authorizationActions={criteria}",
        token,
    )
    assert [e["organization"] for e in found.json()["elements"][0]["elements"]] == [organization.urn]
    looked_up = call(server, "GET", f"/rest/organizations/{organization.id}", token).json()
    assert looked_up["localizedName"] == organization.name


def test_an_answer_lost_after_the_post_was_made(page) -> None:
    server, _, organization, token = page
    server.fail("POST", r"^/rest/posts$", "drop_after_commit")
    with pytest.raises(httpx.TransportError):
        call(server, "POST", "/rest/posts", token, json=post_body(organization, "Gemeinsam kochen"))
    [made] = server.posts_of(organization)
    again = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Gemeinsam kochen"))
    assert again.status_code == 422 and made.urn in again.json()["message"]
    server.fail("GET", r"^/rest/posts", "503")
    assert call(server, "GET", f"/rest/posts/{enc(made.urn)}", token).status_code == 503


def test_the_pages_follower_count_and_its_posts_statistics_only_for_super_admins(page) -> None:
    server, admin, organization, token = page
    created = call(server, "POST", "/rest/posts", token, json=post_body(organization, "Tafel sucht Helfende"))
    urn = created.headers["x-restli-id"]
    anna, jana = server.add_member("Anna"), server.add_member("Jana")
    server.react(urn, anna)
    server.reshare(urn, jana)
    server.comment(urn, jana, "Wann?")
    server.show(urn, 40, clicks=2)
    server.follow(organization, anna)

    size = call(server, "GET", f"/rest/networkSizes/{enc(organization.urn)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER", token)
    assert size.json() == {"firstDegreeSize": 1}
    query = f"q=organizationalEntity&organizationalEntity={enc(organization.urn)}&shares=List({enc(urn)})"
    stats = call(server, "GET", f"/rest/organizationalEntityShareStatistics?{query}", token).json()
    [element] = stats["elements"]
    assert element["share"] == urn and element["organizationalEntity"] == organization.urn
    totals = element["totalShareStatistics"]
    assert (totals["likeCount"], totals["shareCount"], totals["commentCount"], totals["impressionCount"]) == (
        1,
        1,
        1,
        40,
    )
    assert totals["engagement"] == pytest.approx(5 / 40)
    unencoded = call(server, "GET", f"/rest/organizationalEntityShareStatistics?{query.replace(enc(urn), urn)}", token)
    assert unencoded.status_code == 400  # Rest.li 2.0: URNs inside List() are percent-encoded

    content_admin = server.add_member("Paul")
    server.grant(organization, content_admin, "CONTENT_ADMINISTRATOR")
    other = server.access_token(content_admin, next(iter(server.apps)))
    refused = call(server, "GET", f"/rest/organizationalEntityShareStatistics?{query}", other)
    assert refused.status_code == 403 and refused.json()["code"] == "ACCESS_DENIED"
