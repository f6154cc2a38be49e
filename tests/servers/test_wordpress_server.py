"""The WordPress test server is a real WordPress: its REST API is driven here with plain httpx
(Application Passwords over HTTP Basic), with pretty permalinks (/wp-json/...) and without
(?rest_route=...), including the error answers a client has to understand."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest

from conftest import png_bytes

pytest_plugins = ["servers.wordpress"]


@pytest.fixture(scope="module", params=[True, False], ids=["pretty-permalinks", "plain-permalinks"])
def site(request, wordpress_site):
    """The site with /wp-json/ URLs, then with plain permalinks where only ?rest_route= works."""
    wordpress_site.set_pretty_permalinks(request.param)
    yield wordpress_site
    wordpress_site.set_pretty_permalinks(True)


@pytest.fixture(scope="module")
def admin(site) -> httpx.Client:
    with httpx.Client(auth=(site.admin_user, site.application_password(site.admin_user)), timeout=30) as client:
        yield client


def test_rest_index_is_reachable_only_in_the_urls_of_the_permalink_mode(site) -> None:
    index = httpx.get(site.rest_url("/"))
    assert index.status_code == 200
    assert "wp/v2" in index.json()["namespaces"]
    # The discovery link a client finds on any page, in the form of the current mode.
    home = httpx.get(site.url + "/")
    expected = f"{site.url}/wp-json/" if site.pretty_permalinks else f"{site.url}/index.php?rest_route=/"
    assert f'<{expected}>; rel="https://api.w.org/"' in home.headers["link"]
    # ?rest_route= works in both modes; /wp-json/ only with pretty permalinks. Without them,
    # WordPress answers /wp-json/... with its (HTML) front page: GET via a 301 to ".../", POST
    # directly with 200 - a client must check for JSON, not only for the status.
    assert httpx.get(f"{site.url}/?rest_route=/wp/v2").json()["namespace"] == "wp/v2"
    wp_json = httpx.get(f"{site.url}/wp-json/wp/v2")
    posted = httpx.post(f"{site.url}/wp-json/wp/v2/posts", json={"title": "x"})
    if site.pretty_permalinks:
        assert wp_json.status_code == 200 and wp_json.json()["namespace"] == "wp/v2"
        assert posted.status_code == 401 and posted.json()["code"] == "rest_cannot_create"
    else:
        assert wp_json.status_code == 301 and wp_json.headers["location"] == f"{site.url}/wp-json/wp/v2/"
        followed = httpx.get(wp_json.headers["location"])
        assert followed.status_code == 200 and followed.headers["content-type"].startswith("text/html")
        assert posted.status_code == 200 and posted.headers["content-type"].startswith("text/html")


def test_post_with_featured_image_and_comments(site, admin: httpx.Client) -> None:
    me = admin.get(site.rest_url("/wp/v2/users/me", context="edit"))
    assert me.status_code == 200, me.text
    assert me.json()["username"] == site.admin_user
    assert "administrator" in me.json()["roles"]
    assert me.json()["capabilities"]["publish_posts"] is True

    # Upload: the raw file as the body, its name in Content-Disposition; alt_text can ride along
    # in the query string.
    png = png_bytes(200, 160)  # big enough for WordPress to make a thumbnail
    uploaded = admin.post(
        site.rest_url("/wp/v2/media", alt_text="A red square"),
        content=png,
        headers={"Content-Type": "image/png", "Content-Disposition": 'attachment; filename="kurzdraht-test.png"'},
    )
    assert uploaded.status_code == 201, uploaded.text
    media = uploaded.json()
    assert media["media_type"] == "image" and media["mime_type"] == "image/png"
    assert media["alt_text"] == "A red square"
    assert media["media_details"]["width"] == 200 and "thumbnail" in media["media_details"]["sizes"]
    assert re.search(r"/wp-content/uploads/\d{4}/\d{2}/kurzdraht-test(-\d+)?\.png$", media["source_url"])
    assert uploaded.headers["location"].endswith(f"/wp/v2/media/{media['id']}")
    assert httpx.get(media["source_url"]).content == png  # served as a static file

    changed = admin.post(site.rest_url(f"/wp/v2/media/{media['id']}"), json={"alt_text": "Ein rotes Quadrat"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["alt_text"] == "Ein rotes Quadrat"

    created = admin.post(
        site.rest_url("/wp/v2/posts"),
        json={
            "title": "Hallo aus Kurzdraht",
            "content": "<p>Erster Beitrag mit Bild.</p>",
            "status": "publish",
            "featured_media": media["id"],
        },
    )
    assert created.status_code == 201, created.text
    post = created.json()
    assert post["status"] == "publish" and post["featured_media"] == media["id"]

    read = admin.get(site.rest_url(f"/wp/v2/posts/{post['id']}", context="edit"))
    assert read.status_code == 200
    assert read.json()["title"]["raw"] == "Hallo aus Kurzdraht"
    assert read.json()["featured_media"] == media["id"]
    # Anyone can read it, as published; the public page exists too.
    public = httpx.get(site.rest_url(f"/wp/v2/posts/{post['id']}", _embed="wp:featuredmedia"))
    assert public.status_code == 200
    assert public.json()["_embedded"]["wp:featuredmedia"][0]["id"] == media["id"]
    assert httpx.get(post["link"]).status_code == 200

    # A second, ordinary user comments with an application password of their own ...
    login, _ = site.create_user(f"reader-{uuid.uuid4().hex[:8]}", role="subscriber")
    reader_password = site.application_password(login)
    commented = httpx.post(
        site.rest_url("/wp/v2/comments"),
        json={"post": post["id"], "content": "Schönes Bild!"},
        auth=(login, reader_password),
    )
    assert commented.status_code == 201, commented.text
    comment = commented.json()
    assert comment["status"] == "approved" and comment["author"] == site.user_id(login)

    # ... which the author sees, and answers.
    comments = admin.get(site.rest_url("/wp/v2/comments", post=post["id"], context="edit"))
    assert comments.status_code == 200
    assert [c["id"] for c in comments.json()] == [comment["id"]]
    assert comments.json()[0]["author_name"] == login
    assert comments.headers["x-wp-total"] == "1" and comments.headers["x-wp-totalpages"] == "1"

    reply = admin.post(
        site.rest_url("/wp/v2/comments"),
        json={"post": post["id"], "parent": comment["id"], "content": "Danke!"},
    )
    assert reply.status_code == 201, reply.text
    assert reply.json()["parent"] == comment["id"] and reply.json()["status"] == "approved"
    thread = admin.get(site.rest_url("/wp/v2/comments", post=post["id"], context="edit", orderby="id", order="asc"))
    assert [(c["id"], c["parent"]) for c in thread.json()] == [(comment["id"], 0), (reply.json()["id"], comment["id"])]
    assert thread.headers["x-wp-total"] == "2"


def test_upload_as_multipart_form_with_alt_text(site, admin: httpx.Client) -> None:
    uploaded = admin.post(
        site.rest_url("/wp/v2/media"),
        files={"file": ("form-upload.png", png_bytes(200, 160, (20, 90, 200)), "image/png")},
        data={"alt_text": "Blue", "caption": "From a form"},
    )
    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json()["alt_text"] == "Blue"
    assert uploaded.json()["caption"]["raw"] == "From a form"


def test_wrong_credentials_read_as_anonymous_in_plain_wordpress(site) -> None:
    """WordPress 6.1 looks at a Basic-auth password only after it checked for Application
    Password errors, so a wrong one just means "not logged in" (and public data is served)."""
    me = site.rest_url("/wp/v2/users/me")
    for auth in [
        (site.admin_user, "abcd efgh ijkl mnop qrst uvwx"),
        ("nobody-here", "x"),
        (site.admin_user, site.admin_password),
    ]:  # the login password is no application password
        refused = httpx.get(me, auth=auth)
        assert refused.status_code == 401
        assert refused.json() == {
            "code": "rest_not_logged_in",
            "message": "You are not currently logged in.",
            "data": {"status": 401},
        }
        assert httpx.get(site.rest_url("/wp/v2/posts", _fields="id"), auth=auth).status_code == 200
        cannot = httpx.post(site.rest_url("/wp/v2/posts"), json={"title": "x"}, auth=auth)
        assert cannot.status_code == 401
        assert cannot.json() == {
            "code": "rest_cannot_create",
            "message": "Sorry, you are not allowed to create posts as this user.",
            "data": {"status": 401},
        }
    assert httpx.get(me).json()["code"] == "rest_not_logged_in"


def test_wrong_credentials_with_early_user_check(site) -> None:
    """As on sites whose plugins look at the user early: WordPress's own Application Password errors."""
    site.set_early_user_check(True)
    try:
        for url in (site.rest_url("/wp/v2/users/me"), site.rest_url("/wp/v2/posts")):
            wrong_password = httpx.get(url, auth=(site.admin_user, "abcd efgh ijkl mnop qrst uvwx"))
            assert wrong_password.status_code == 401
            assert wrong_password.json() == {
                "code": "incorrect_password",
                "message": "The provided password is an invalid application password.",
                "data": {"status": 401},
            }
            unknown_user = httpx.get(url, auth=("nobody-here", "x"))
            assert unknown_user.status_code == 401
            assert unknown_user.json() == {
                "code": "invalid_username",
                "message": "<strong>Error:</strong> Unknown username. Check again or try your email address.",
                "data": {"status": 401},
            }
            unknown_email = httpx.get(url, auth=("nobody@example.test", "x"))
            assert unknown_email.status_code == 401 and unknown_email.json()["code"] == "invalid_email"
        assert httpx.get(site.rest_url("/wp/v2/posts")).status_code == 200  # no credentials: still public
    finally:
        site.set_early_user_check(False)


def test_rejected_input_and_missing_rights(site, admin: httpx.Client) -> None:
    bogus = admin.post(site.rest_url("/wp/v2/posts"), json={"title": "x", "status": "bogus"})
    assert bogus.status_code == 400
    body = bogus.json()
    assert body["code"] == "rest_invalid_param"
    assert body["message"] == "Invalid parameter(s): status"
    assert body["data"]["status"] == 400
    assert set(body["data"]["params"]) == {"status"}
    assert body["data"]["details"]["status"]["code"] == "rest_not_in_enum"

    missing = admin.get(site.rest_url("/wp/v2/posts/999999"))
    assert missing.status_code == 404 and missing.json()["code"] == "rest_post_invalid_id"

    login, _ = site.create_user(f"sub-{uuid.uuid4().hex[:8]}", role="subscriber")
    subscriber = (login, site.application_password(login))
    forbidden = httpx.post(site.rest_url("/wp/v2/posts"), json={"title": "x"}, auth=subscriber)
    assert forbidden.status_code == 403 and forbidden.json()["code"] == "rest_cannot_create"


def test_rate_limit_answers_429_with_retry_after(site, admin: httpx.Client) -> None:
    site.rate_limit_next(2, retry_after=7)
    for _ in range(2):
        limited = admin.get(site.rest_url("/wp/v2/users/me"))
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "7"
        assert limited.json() == {
            "code": "rest_rate_limited",
            "message": "Too many requests (test rate limit).",
            "data": {"status": 429},
        }
    assert admin.get(site.rest_url("/wp/v2/users/me")).status_code == 200


def test_browser_authorization_of_an_application(site) -> None:
    """wp-admin/authorize-application.php: login first, then approving redirects to success_url
    with the new password (http success URLs are allowed because the site is 'local')."""
    callback = "http://127.0.0.1:9/kurzdraht-callback"
    query = {"app_name": f"Kurzdraht {uuid.uuid4().hex[:6]}", "app_id": str(uuid.uuid4()), "success_url": callback}
    with httpx.Client(base_url=site.url, timeout=30) as browser:
        anonymous = browser.get("/wp-admin/authorize-application.php", params=query)
        assert anonymous.status_code == 302
        assert anonymous.headers["location"].startswith(f"{site.url}/wp-login.php?redirect_to=")

        browser.get("/wp-login.php")  # sets the test cookie wp-login.php insists on
        logged_in = browser.post(
            "/wp-login.php",
            data={
                "log": site.admin_user,
                "pwd": site.admin_password,
                "testcookie": "1",
                "redirect_to": f"{site.url}/wp-admin/",
                "wp-submit": "Log In",
            },
        )
        assert logged_in.status_code == 302, logged_in.text[-500:]

        page = browser.get("/wp-admin/authorize-application.php", params=query)
        assert page.status_code == 200
        assert "Authorize Application" in page.text
        nonce = re.search(r'name="_wpnonce" value="([0-9a-f]+)"', page.text).group(1)
        approved = browser.post(
            "/wp-admin/authorize-application.php",
            data={
                **query,
                "action": "authorize_application_password",
                "_wpnonce": nonce,
                "reject_url": callback + "?success=false",
                "approve": "Yes",
            },
        )
        assert approved.status_code == 302, re.findall(r"<div[^>]*notice-error.*?</div>", approved.text, re.S)
        location = httpx.URL(approved.headers["location"])
        assert str(location).startswith(callback)
        assert location.params["user_login"] == site.admin_user
        assert location.params["site_url"] == site.url

    password = location.params["password"]
    me = httpx.get(site.rest_url("/wp/v2/users/me"), auth=(site.admin_user, password))
    assert me.status_code == 200
