"""Publishing to many accounts at once: one post to 8 Mastodon accounts, each on its own server that
takes 300 ms to answer every request. The issue's goal: the whole publish takes about as long as
the slowest single account, not the sum, i.e. total / slowest single <= 1.15.

    python benchmarks/publish.py [--runs 5] [--accounts 8] [--delay 0.3] [--tiny]

Each run writes a new draft for all accounts and times `outbox.publish` + `outbox.send_due` (the
"total"); then, for every account, a new draft for that account alone, timed the same way; the
slowest of those is the "slowest single". Prints median, min and max of both and of their ratio
over the runs, after one untimed warm-up round, and the HTTP requests one publish makes per account.
--tiny: one run, 2 accounts, 50 ms (seconds; the tests run it so that the benchmark keeps working).

The servers are the Mastodon wire-format test servers from tests/servers/ on 127.0.0.1 (real HTTP,
`delay` seconds before each answer). The core is the real `desktop.app.Core` on a scratch data
folder, except for the keyring: secrets are kept in memory (benchmarks/memory_keyring.py), so the
benchmark runs without a Secret Service. That does not touch what is measured (requests to the
networks running concurrently); the app itself never uses it.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
sys.path.append(str(ROOT / "tests"))  # last: tests/desktop must not hide the desktop package

from desktop.app import Core  # noqa: E402
from desktop.credentials import CredentialStore  # noqa: E402
from desktop.drafts import DraftContent  # noqa: E402
from desktop.paths import data_paths  # noqa: E402
from memory_keyring import use_memory_keyring  # noqa: E402
from servers.mastodon_api import MastodonServer  # noqa: E402

TEXT = (
    "Flohmarkt im Hof am Samstag ab 10 Uhr – Tische gibt es noch! 🧺 Anmeldung und alle Infos: "
    "https://lindenhof.example/flohmarkt Grüße vom Lindenhof"
)


def summary(values: list[float], unit: str = "ms") -> str:
    if unit == "ms":
        return (
            f"median {1000 * statistics.median(values):.0f} ms, min {1000 * min(values):.0f} ms, "
            f"max {1000 * max(values):.0f} ms"
        )
    return f"median {statistics.median(values):.3f}, min {min(values):.3f}, max {max(values):.3f}"


class Bench:
    def __init__(self, core: Core, organisation: int, account_ids: list[int]) -> None:
        self.core = core
        self.organisation = organisation
        self.account_ids = account_ids
        self.requests = 0

    async def count_request(self, request: object) -> None:
        self.requests += 1

    async def publish(self, account_ids: list[int]) -> tuple[float, int]:
        """Seconds to publish a new post to these accounts, and the HTTP requests it made."""
        draft = await self.core.drafts.write(DraftContent(self.organisation, TEXT, tuple(account_ids)))
        before = self.requests
        start = time.perf_counter()
        ids = await self.core.outbox.publish(draft)
        infos = await self.core.outbox.send_due(ids)
        elapsed = time.perf_counter() - start
        failed = [i for i in infos if i.state != "published"]
        if failed or len(infos) != len(account_ids):
            raise SystemExit(f"publishing failed: {[(i.account_id, i.state, i.error) for i in failed]}")
        return elapsed, self.requests - before

    async def one_round(self) -> tuple[float, float, float, list[int]]:
        """Total, slowest single, sum of singles, and requests per single publish."""
        total, _ = await self.publish(self.account_ids)
        singles = [await self.publish([account]) for account in self.account_ids]
        times = [elapsed for elapsed, _ in singles]
        return total, max(times), sum(times), [requests for _, requests in singles]


async def benchmark(core: Core, servers: list[MastodonServer], runs: int, delay: float) -> None:
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    account_ids = []
    for number, server in enumerate(servers, start=1):
        token = server.create_user(f"lindenhof{number}", f"Lindenhof {number}")
        account = await core.connections.connect_mastodon_token(organisation, server.url, token)
        account_ids.append(account.id)
    bench = Bench(core, organisation, account_ids)
    core.http.event_hooks["request"].append(bench.count_request)
    for server in servers:
        server.delay = delay

    await bench.one_round()  # warm-up: imports, first connections to each server
    totals, slowest, sums, requests = [], [], [], []
    for _ in range(runs):
        total, slow, summed, per_publish = await bench.one_round()
        totals.append(total)
        slowest.append(slow)
        sums.append(summed)
        requests.extend(per_publish)
    ratios = [t / s for t, s in zip(totals, slowest)]

    print(
        f"one post to {len(servers)} Mastodon accounts, each server answering after {1000 * delay:.0f} ms, {runs} runs:"
    )
    print(f"  total (publish + send to all):   {summary(totals)}")
    print(f"  slowest single account:          {summary(slowest)}")
    print(f"  sum of the single accounts:      {summary(sums)}")
    print(f"  total / slowest single:          {summary(ratios, unit='')} (goal: at most 1.15)")
    print(
        f"  HTTP requests per publish to one account: {min(requests)}"
        + (f"-{max(requests)}" if max(requests) != min(requests) else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--accounts", type=int, default=8)
    parser.add_argument("--delay", type=float, default=0.3, help="seconds each server takes per request")
    parser.add_argument("--tiny", action="store_true", help="1 run, 2 accounts, 50 ms: seconds, for the tests")
    args = parser.parse_args()
    if args.tiny:  # tiny defaults; figures given on the command line still count
        parser.set_defaults(runs=1, accounts=2, delay=0.05)
        args = parser.parse_args()

    use_memory_keyring()
    servers = [MastodonServer().start() for _ in range(args.accounts)]
    try:
        with tempfile.TemporaryDirectory() as home:
            core = Core(data_paths(home), credentials=CredentialStore("Kurzdraht-benchmark")).open()

            async def run() -> None:
                try:
                    await benchmark(core, servers, args.runs, args.delay)
                finally:
                    await core.aclose()

            asyncio.run(run())
    finally:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    main()
