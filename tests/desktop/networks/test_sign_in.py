"""The one browser sign-in every network uses (desktop/networks/oauth.py), in its two variants: the
browser returns to a receiver on 127.0.0.1, or the user pastes the address the browser ended on. Both
check the state and send a PKCE S256 challenge, and both can be cancelled."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import socket
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from conftest import run
from desktop.errors import KurzdrahtError
from desktop.networks.oauth import BrowserSignIn, LoopbackRedirect, PastedRedirect

AUTHORIZE = "https://social.example/oauth/authorize"


def request_of(address: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(address).query).items()}


def challenge_of(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


class PastingUser:
    """Pastes what `address_for` makes of the request the browser was sent."""

    def __init__(self, address_for) -> None:
        self.address_for = address_for
        self.asked = 0

    async def pasted_address(self, step) -> str:
        self.asked += 1
        return self.address_for(request_of(step.address))


def test_the_loopback_variant_hands_over_the_code_of_our_own_request():
    async def scenario():
        sign_in = BrowserSignIn(LoopbackRedirect())
        redirect_uri = await sign_in.start()
        address = sign_in.authorize(AUTHORIZE, "kurzdraht", "read write")
        sent = request_of(address)
        # The browser, after the user allowed it: back to the receiver with the code and our state.
        back = await asyncio.to_thread(httpx.get, f"{redirect_uri}?code=c-123&state={sent['state']}")
        return sign_in, sent, redirect_uri, back, await sign_in.code(timeout=5)

    sign_in, sent, redirect_uri, back, code = run(scenario())
    assert code == "c-123"
    assert back.status_code == 200 and "close this browser tab" in back.text
    assert redirect_uri.startswith("http://127.0.0.1:")
    assert sent["redirect_uri"] == redirect_uri and sent["response_type"] == "code"
    assert sent["code_challenge_method"] == "S256" and sent["code_challenge"] == challenge_of(sign_in.pkce.verifier)
    assert len(sent["state"]) >= 32 and 43 <= len(sign_in.pkce.verifier) <= 128
    assert _refused(redirect_uri)  # nothing listens once the answer is in


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("code=stolen&state=not-ours", "did not belong to this sign-in"),
        ("error=access_denied&state={state}", "cancelled in the browser (access_denied)"),
    ],
)
def test_the_loopback_variant_refuses_foreign_or_refused_answers(answer, message):
    async def scenario():
        sign_in = BrowserSignIn(LoopbackRedirect())
        redirect_uri = await sign_in.start()
        sent = request_of(sign_in.authorize(AUTHORIZE, "kurzdraht", "read"))
        await asyncio.to_thread(httpx.get, redirect_uri + "?" + answer.replace("{state}", sent["state"]))
        with pytest.raises(KurzdrahtError, match=message.replace("(", r"\(").replace(")", r"\)")):
            await sign_in.code(timeout=5)

    run(scenario())


def test_cancelling_a_loopback_sign_in_stops_listening():
    async def scenario():
        sign_in = BrowserSignIn(LoopbackRedirect())
        redirect_uri = await sign_in.start()
        sign_in.authorize(AUTHORIZE, "kurzdraht", "read")
        assert not await asyncio.to_thread(_refused, redirect_uri)  # listening from start() on
        waiting = asyncio.create_task(sign_in.code(timeout=600))
        await asyncio.sleep(0)  # the task runs up to its wait for the browser
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        return redirect_uri

    assert _refused(run(scenario()))


def test_the_pasted_variant_reads_the_code_from_the_address_the_browser_ended_on():
    registered = "https://lindenhof.example/kurzdraht-anmeldung/"
    user = PastingUser(lambda sent: f"  {registered}?code=AQD-7&state={sent['state']}#_  ")

    async def scenario():
        sign_in = BrowserSignIn(PastedRedirect(registered, user))
        assert await sign_in.start() == registered
        sent = request_of(sign_in.authorize("https://threads.net/oauth/authorize", "1234", "threads_basic"))
        return sent, await sign_in.code()

    sent, code = run(scenario())
    assert code == "AQD-7" and user.asked == 1
    assert sent["redirect_uri"] == registered and sent["code_challenge_method"] == "S256"


@pytest.mark.parametrize(
    ("pasted", "message"),
    [
        ("https://evil.example/kurzdraht-anmeldung/?code=x&state={state}", "not the address the browser ended on"),
        ("http://lindenhof.example/kurzdraht-anmeldung/?code=x&state={state}", "not the address the browser ended on"),
        ("https://lindenhof.example/kurzdraht-anmeldung/?code=x&state=forged", "did not belong to this sign-in"),
        (
            "https://lindenhof.example/kurzdraht-anmeldung/?error=access_denied&state={state}",
            "cancelled in the browser",
        ),
        ("Sommerfest", "not the address the browser ended on"),
    ],
)
def test_the_pasted_variant_refuses_other_addresses_and_foreign_answers(pasted, message):
    registered = "https://lindenhof.example/kurzdraht-anmeldung/"
    user = PastingUser(lambda sent: pasted.replace("{state}", sent["state"]))

    async def scenario():
        sign_in = BrowserSignIn(PastedRedirect(registered, user))
        await sign_in.start()
        sign_in.authorize("https://threads.net/oauth/authorize", "1234", "threads_basic")
        with pytest.raises(KurzdrahtError, match=message):
            await sign_in.code()

    run(scenario())


def test_a_pasted_sign_in_can_be_cancelled_while_it_waits_for_the_user():
    class NeverPastes:
        asked = asyncio.Event()

        async def pasted_address(self, step) -> str:
            self.asked.set()
            await asyncio.Event().wait()
            return ""

    async def scenario():
        user = NeverPastes()
        sign_in = BrowserSignIn(PastedRedirect("https://lindenhof.example/anmeldung", user))
        await sign_in.start()
        sign_in.authorize("https://threads.net/oauth/authorize", "1234", "threads_basic")
        waiting = asyncio.create_task(sign_in.code())
        await user.asked.wait()
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting

    run(scenario())


def _refused(address: str) -> bool:
    parts = urlsplit(address)
    try:
        socket.create_connection((parts.hostname, parts.port), timeout=0.5).close()
    except OSError:
        return True
    return False


def test_a_pasted_token_may_be_the_token_endpoints_whole_answer(core, credentials, mastodon_server):
    """`--token-stdin` takes a bare token or the JSON a network's token endpoint answered, on every network."""
    import json

    from conftest import require_keyring, run_online
    from desktop.errors import KurzdrahtError

    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")

    async def connect(pasted: str):
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        values = {"instance": mastodon_server.url, "token": pasted}
        return await core.connections.sign_in("mastodon", organisation, values)

    answer = {"access_token": token, "token_type": "Bearer", "scope": "read write", "created_at": 1796600000}
    account = run_online(core, connect(json.dumps(answer)))
    assert account.handle.startswith("@lindenhof@") and account.status == "connected"
    for garbage in ('{"error": "invalid_grant"}', "zwei Wörter", '{"access_token": '):
        with pytest.raises(KurzdrahtError, match="neither an access token"):
            run_online(core, connect(garbage))
