"""The person at a sign-in, as the network tests play them: the browser shows the network's page, they
allow access, and the browser either returns to Kurzdraht on this computer by itself (`BrowserUser`) or
ends on the organisation's own address, which they copy into Kurzdraht (`PastingUser`). Where asked
(several Pages), they pick `choice`."""

from __future__ import annotations

import asyncio
import socket
import threading

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PastingUser:
    def __init__(self, choice: str = "") -> None:
        self.opened: list[str] = []
        self.choice = choice
        self.asked: list[tuple[str, list[tuple[str, str]]]] = []

    async def open_browser(self, step) -> None:
        self.opened.append(step.address)

    async def pasted_address(self, step) -> str:
        answer = await asyncio.to_thread(httpx.get, step.address, timeout=10)
        # The browser would now show the (perhaps empty) page of the organisation's own address.
        return answer.headers.get("Location") or str(answer.url)

    async def choose(self, question: str, options) -> str:
        self.asked.append((question, list(options)))
        if not self.choice:
            raise AssertionError(f"not expected to be asked: {question}")
        return self.choice


class BrowserUser(PastingUser):
    async def open_browser(self, step) -> None:
        self.opened.append(step.address)

        def follow() -> None:
            location = httpx.get(step.address, timeout=10).headers.get("Location")
            if location:
                httpx.get(location, timeout=10)

        threading.Thread(target=follow, daemon=True).start()

    async def pasted_address(self, step) -> str:
        raise AssertionError("the browser returns to Kurzdraht itself")
