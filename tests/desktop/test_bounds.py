"""Everything from outside is bounded: a network's answer in decoded bytes (a gzip bomb cannot fill the
memory), an image in pixels (also for `post --image`), and where the app fetches pictures from (public
https only) or talks plain http to (literal loopback addresses only). Against real local servers."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from conftest import make_png, png_bytes, require_keyring, run, run_online
from desktop.errors import KurzdrahtError
from desktop.networks.base import OutcomeUnknown, TemporaryFailure
from desktop.networks.transport import ANSWER_MAX_BYTES, Transport
from desktop.networks.urls import is_public, server_url
from desktop.publishing.media import MAX_PIXELS, load_image
from servers.canned import canned_server, gzip_bomb, huge_png  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
MB = 1_000_000
JSON = {"Content-Type": "application/json"}
VERIFY = "/api/v1/accounts/verify_credentials"


def organisation(core) -> int:
    return run(core.accounts.ensure_organisation("Lindenhof"))


def send(core, method: str, url: str, **kwargs):
    """One request through a network client's transport, on the app's own HTTP client."""
    transport = Transport(core.http, "Mastodon", describe_error=lambda response: "")
    return run_online(core, transport.send(method, url, **kwargs))


# -- answers: read with a limit on the decoded bytes --------------------------------------------------


def test_a_gzip_bomb_answer_is_refused_with_bounded_memory(core, canned_server):
    bomb = gzip_bomb(1024)  # 1 MB that decodes to 1 GB, like the avatar answer that took the app to 3 GB
    assert len(bomb) < 1.1 * MB
    canned_server.answer(VERIFY, bomb, headers={**JSON, "Content-Encoding": "gzip"})
    org = organisation(core)

    tracemalloc.start()
    try:
        with pytest.raises(TemporaryFailure) as refused:
            run_online(core, core.connections.connect_mastodon_token(org, canned_server.url, "token"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert str(refused.value) == (
        "Mastodon sent an answer larger than 8 MB, more than Kurzdraht reads. Please try again later."
    )
    assert peak < 4 * ANSWER_MAX_BYTES, f"reading the answer took {peak / MB:.0f} MB"
    assert canned_server.asked(VERIFY) == 1
    assert run(core.accounts.list()) == []


def test_a_bomb_in_two_layers_of_gzip_is_refused_too(core, canned_server):
    double = gzip.compress(gzip_bomb(200))  # 200 MB inside a few kB
    assert len(double) < 20_000
    canned_server.answer("/api/v1/timelines/home", double, headers={**JSON, "Content-Encoding": "gzip, gzip"})

    with pytest.raises(TemporaryFailure, match="larger than 8 MB"):
        send(core, "GET", canned_server.url + "/api/v1/timelines/home")


@pytest.mark.parametrize("framing", ["with its length", "chunked"])
def test_an_answer_over_the_limit_is_refused(core, canned_server, framing):
    huge = json.dumps({"note": "x" * (ANSWER_MAX_BYTES + 1000)}).encode()
    if framing == "chunked":  # no Content-Length: reading stops at the limit
        pieces = [huge[i : i + 65536] for i in range(0, len(huge), 65536)]
        canned_server.answer("/api/v1/instance", headers=JSON, chunks=pieces)
    else:
        canned_server.answer("/api/v1/instance", huge, headers=JSON)

    with pytest.raises(TemporaryFailure, match="larger than 8 MB"):
        send(core, "GET", canned_server.url + "/api/v1/instance")


def test_an_over_limit_answer_to_a_post_leaves_its_outcome_unknown(core, canned_server):
    canned_server.answer("/api/v1/statuses", gzip_bomb(64), headers={**JSON, "Content-Encoding": "gzip"})

    with pytest.raises(OutcomeUnknown) as unknown:
        send(core, "POST", canned_server.url + "/api/v1/statuses", changes=True, json={"status": "Hallo"})

    assert "So it is not known whether this went through." in str(unknown.value)
    assert canned_server.asked("/api/v1/statuses") == 1


@pytest.mark.parametrize(
    "encoding, encode",
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
        ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
        ("identity", lambda data: data),
    ],
)
def test_a_compressed_answer_within_the_limit_is_read_whole(core, canned_server, encoding, encode):
    value = {"statuses": [{"id": str(n), "content": "Grüße vom Lindenhof ☕ " * 20} for n in range(2000)]}
    canned_server.answer(
        "/api/v1/timelines/home", encode(json.dumps(value).encode()), headers={**JSON, "Content-Encoding": encoding}
    )

    response = send(core, "GET", canned_server.url + "/api/v1/timelines/home")

    assert response.json() == value


def test_an_answer_in_a_compression_kurzdraht_does_not_read_is_refused(core, canned_server):
    canned_server.answer("/api/v1/instance", b"\x1b\x00\x00", headers={**JSON, "Content-Encoding": "br"})

    with pytest.raises(TemporaryFailure, match="sent an answer that Kurzdraht cannot read"):
        send(core, "GET", canned_server.url + "/api/v1/instance")


# -- images: a pixel limit before anything is decoded --------------------------------------------------


@pytest.mark.parametrize(
    "width, height, megapixels",
    [
        (20_000, 20_000, "400"),  # over twice Pillow's limit: Pillow refuses it as a decompression bomb
        (10_000, 9_000, "90"),  # just over the limit: Pillow only warns
    ],
)
def test_an_image_over_the_pixel_limit_is_refused_with_a_clear_message(tmp_path, width, height, megapixels):
    picture = tmp_path / "plakat.png"
    picture.write_bytes(huge_png(width, height))

    with pytest.raises(KurzdrahtError) as refused:
        load_image(picture)

    assert str(refused.value) == (
        f"The image “plakat.png” is too large: {megapixels} megapixels; at most 89.5 megapixels."
    )
    assert width * height > MAX_PIXELS


def test_an_image_over_the_pixel_limit_is_not_attached_to_a_draft(core, tmp_path):
    picture = tmp_path / "plakat.png"
    picture.write_bytes(huge_png(20_000, 20_000))

    with pytest.raises(KurzdrahtError, match="is too large: 400 megapixels"):
        run(core.drafts.attach(picture))

    media = core.paths.media
    assert not media.exists() or list(media.iterdir()) == []
    assert load_image(make_png(tmp_path / "klein.png")).width == 64  # an ordinary picture still passes


def kurzdraht(*args: str, stdin: str = "", service: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service},
        timeout=120,
    )


def test_post_with_an_image_over_the_pixel_limit_says_so_and_posts_nothing(
    credentials, keyring_service, mastodon_server, tmp_path
):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    added = kurzdraht(
        "accounts",
        "add",
        "mastodon",
        "--instance",
        mastodon_server.url,
        "--token-stdin",
        "--name",
        "Lindenhof",
        stdin=token + "\n",
        service=keyring_service,
    )
    assert added.returncode == 0, added.stderr
    picture = tmp_path / "plakat.png"
    picture.write_bytes(huge_png(20_000, 20_000))

    posted = kurzdraht(
        "post",
        "--to",
        "Lindenhof",
        "--image",
        str(picture),
        "--alt",
        "Ein Plakat",
        "Flohmarkt am Samstag",
        service=keyring_service,
    )

    assert posted.returncode == 1
    assert posted.stderr.strip() == (
        "Error: The image “plakat.png” is too large: 400 megapixels; at most 89.5 megapixels."
    )
    assert "Traceback" not in posted.stderr
    assert mastodon_server.statuses_of("lindenhof") == []


# -- pictures: only from public https addresses, bounded ----------------------------------------------


@pytest.fixture
def local_pictures(core):
    """The one allowance the test servers need: pictures from 127.0.0.1 (never on in the app)."""
    core.connections.pictures.local_addresses = True
    return core


@pytest.mark.parametrize(
    "address", ["{url}/avatar.png", "https://localhost:{port}/avatar.png", "https://127.0.0.1:{port}/avatar.png"]
)
def test_a_picture_on_this_computer_is_not_fetched(core, canned_server, address):
    canned_server.answer("/avatar.png", png_bytes(40, 40), headers={"Content-Type": "image/png"})
    url = address.format(url=canned_server.url, port=canned_server.port)

    assert run_online(core, core.connections.person_avatar(url)) is None

    assert canned_server.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "https://10.1.2.3/a.png",
        "https://192.168.178.1/a.png",
        "https://169.254.169.254/latest/meta-data",
        "https://[fd00::1]/a.png",
        "https://[::ffff:127.0.0.1]/a.png",
        "http://93.184.215.14/a.png",
    ],
)
def test_a_picture_in_a_private_network_or_over_plain_http_is_not_fetched(core, url):
    # Refused before any connection: the call would otherwise wait for a connection timeout.
    assert run_online(core, asyncio.wait_for(core.connections.person_avatar(url), 5)) is None


def test_public_and_private_addresses_are_told_apart():
    import ipaddress

    public = ["93.184.215.14", "2a00:1450:4001:82b::200e", "1.1.1.1"]
    private = [
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.1.1",
        "fe80::1",
        "fd12:3456::1",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::ffff:192.168.1.1",
        "64:ff9b::7f00:1",
        "255.255.255.255",
    ]
    assert [a for a in public if not is_public(ipaddress.ip_address(a))] == []
    assert [a for a in private if is_public(ipaddress.ip_address(a))] == []


def test_with_the_test_servers_allowance_a_local_picture_is_fetched_and_kept(local_pictures, canned_server):
    core = local_pictures
    picture = png_bytes(40, 40)
    canned_server.answer("/avatar.png", picture, headers={"Content-Type": "image/png"})
    url = canned_server.url + "/avatar.png"

    assert run_online(core, core.connections.person_avatar(url)) == picture
    assert run_online(core, core.connections.person_avatar(url)) == picture  # the second time from disk

    assert canned_server.asked("/avatar.png") == 1


def test_a_picture_over_the_pixel_limit_is_not_kept(local_pictures, canned_server):
    core = local_pictures
    canned_server.answer("/poster.png", huge_png(5_000, 5_000), headers={"Content-Type": "image/png"})

    assert run_online(core, core.connections.person_avatar(canned_server.url + "/poster.png")) is None

    people = core.connections.avatar_folder / "people"
    assert not people.exists() or list(people.iterdir()) == []


def test_a_gzip_bomb_as_a_picture_is_refused_with_bounded_memory(local_pictures, canned_server):
    core = local_pictures
    canned_server.answer("/bomb.png", gzip_bomb(512), headers={"Content-Type": "image/png", "Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        fetched = run_online(core, core.connections.person_avatar(canned_server.url + "/bomb.png"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert fetched is None
    assert canned_server.asked("/bomb.png") == 1
    assert peak < 16 * MB, f"reading the picture took {peak / MB:.0f} MB"


# -- plain http only for literal loopback addresses ---------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["http://foo.localhost", "http://localhost:8080", "http://LOCALHOST.", "http://127.0.0.1.nip.io:8080"]
)
def test_plain_http_to_a_name_is_refused(typed):
    with pytest.raises(KurzdrahtError, match=r"only connects to .* over an encrypted connection"):
        server_url(typed)


@pytest.mark.parametrize("typed", ["http://127.0.0.1:8080", "http://127.1.2.3", "http://[::1]:8080"])
def test_plain_http_to_a_literal_loopback_address_is_accepted(typed):
    assert server_url(typed) == typed


def test_connecting_to_a_local_name_over_plain_http_sends_nothing(core, canned_server):
    canned_server.answer(VERIFY, b'{"error": "Wartungsarbeiten"}', status=503, headers=JSON)
    org = organisation(core)

    with pytest.raises(KurzdrahtError, match="encrypted connection"):
        run_online(
            core, core.connections.connect_mastodon_token(org, f"http://foo.localhost:{canned_server.port}", "token")
        )
    with pytest.raises(TemporaryFailure):  # 127.0.0.1 itself is allowed: the request goes out
        run_online(core, core.connections.connect_mastodon_token(org, canned_server.url, "token"))

    assert canned_server.requests == [("GET", VERIFY)]
