"""A webhook receiver on 127.0.0.1 as an organisation's own app or an automation tool would run one:
it checks each delivery with the Standard Webhooks reference library (`standardwebhooks`, the
convention's own verifier: signature, and a timestamp within five minutes), keeps each `webhook-id`
once (a repeat is answered 200 and not processed again), and answers 2xx, or what a test asks for: a
4xx with its own message, a 5xx, or a cut connection before or after it took the post."""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from standardwebhooks import Webhook, WebhookVerificationError

from servers.loopback import LoopbackHandler, LoopbackServer


@dataclass
class Delivery:
    webhook_id: str
    body: dict[str, Any]
    headers: dict[str, str]


class WebhookReceiver(LoopbackServer):
    thread_name = "webhook-receiver"

    def __init__(self) -> None:
        super().__init__()
        self.secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
        self.processed: list[Delivery] = []  # each webhook-id once
        self.received: list[dict[str, str]] = []  # the headers of every request read, repeats included
        self.refused: list[str] = []  # why deliveries were refused (bad signature, …)
        self._faults: list[tuple[str, int]] = []
        self._lock = threading.RLock()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/hooks/kurzdraht"

    def fail_next(self, kind: str, times: int = 1) -> None:
        """ "drop_before_commit", "drop_after_commit", or a status such as "503" or "422"."""
        self._faults.append((kind, times))

    def _take_fault(self) -> str | None:
        for index, (kind, times) in enumerate(self._faults):
            if times > 0:
                self._faults[index] = (kind, times - 1)
                return kind
        return None

    def _handler_class(self) -> type[LoopbackHandler]:
        return type("BoundWebhookHandler", (_Handler,), {"receiver": self})

    def take(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if not re.fullmatch(r"/hooks/kurzdraht", headers.get(":path", "")):
                return 404, {"error": "no such hook"}
            try:
                payload = Webhook(self.secret).verify(body, headers)
            except WebhookVerificationError as error:
                self.refused.append(str(error))
                return 401, {"error": f"signature check failed: {error}"}
            webhook_id = headers["webhook-id"]
            if all(d.webhook_id != webhook_id for d in self.processed):
                self.processed.append(Delivery(webhook_id, payload, headers))
            return 200, {"ok": True, "url": f"https://app.lindenhof.example/news/{webhook_id}"}


class _Handler(LoopbackHandler):
    receiver: WebhookReceiver

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        headers[":path"] = self.path
        fault = self.receiver._take_fault()
        if fault == "drop_before_commit":
            return self._drop()
        self.receiver.received.append(headers)
        if fault and fault.isdigit():
            status, answer = int(fault), {"error": "Der Empfänger mag diesen Beitrag nicht: Titel fehlt."}
        else:
            status, answer = self.receiver.take(body, headers)
        if fault == "drop_after_commit":
            return self._drop()
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver().start()
    try:
        yield receiver
    finally:
        receiver.stop()
