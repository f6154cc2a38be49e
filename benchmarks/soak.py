"""A week of faults, in minutes: scheduled posts and replies to the three local test servers (Mastodon,
Bluesky, WordPress) behind the fault proxy, sent by `publish-due` processes and a headless app that are
killed with SIGKILL at random moments and started again, with comment syncs alongside. At the end it
counts, per network, from the servers themselves: duplicates, lost posts and late posts (goal: 0 each),
and prints them with the run's seed, so that any failure can be replayed with --seed.

    python benchmarks/soak.py [--posts 10000] [--days 7] [--seed N] [--tiny]

--tiny: 300 posts over one day, seed 1 unless given (a minute or two with the servers' start; the tests run
it and require 0 duplicates, 0 lost, 0 late). Without --seed a full run draws a new seed.

The clock. Every process reads the time through `desktop.store.models.utcnow`, which honours
KURZDRAHT_TEST_CLOCK (a file holding "real_epoch simulated_epoch"; a test facility, never set in normal
use). Simulated time runs at the speed of real time, so every wait, timeout and retry pause in the
senders means what it means in use, and a late post is late in real seconds too. But the soak skips
ahead, rewriting the file, whenever nothing can happen until a known moment: no sender is at work and
nothing is due before the next scheduled post, the next retry, or the next thing the soak itself does
(a kill, a start, the computer going offline). The app looks again when the clock skipped (soak_app.py),
as it does when the computer wakes from sleep. So a week of quarter hours passes in minutes, and
nothing due is ever skipped. (Driving time through the Outbox's `clock` parameter alone would not
reach `publish-due`, a separate process, nor the scheduler's and the networks' own reading of the time.)

The world. Posts are scheduled at quarter hours from 07:00 to 20:00 over the days, each to one account
(Mastodon 60 %, Bluesky and WordPress 20 % each); a neighbour writes to the Mastodon account now and
then, the app syncs the comments and answers some (replies, sent through the outbox). All requests go
through one `FaultyProxy` per network (tests/servers/faults.py). Before a due quarter hour a request to
post may be set to fail: its answer lost after the server took the post, or before; a 500; a 429. The
computer goes offline for stretches of 1–15 minutes (all proxies stopped; the app is told when it is
back, as the GUI's network watcher tells it). Senders: the system timer starts `kurzdraht publish-due`
every minute when none is running (systemd does not start a oneshot service twice); the app runs in
sessions. Both are killed with SIGKILL at random moments within the busy quarter hours (bounded counts);
the app comes back after up to 20 minutes.

What is counted, per network, from the servers (Mastodon's store, WordPress's posts of any status, the
Bluesky repository's records), by the marker "Soak SEED-…" every text carries:
- duplicates: a marker found more than once on the account;
- lost: a post whose time passed, or a reply written, that is not on the server when the run ends
  (the database's state for it is shown);
- late: a post that reached its server (the proxy records when the server first took it) after more than
  one minute of "sender time" past its due moment (a reply's: when it entered the outbox), where sender time is time during which at least one
  sender process was running and the computer was online. Time without any sender, or offline, does not
  count: nobody could have sent the post then.
Exit code 1 if any figure is not 0 or the run ends at its deadline with work left.
"""

from __future__ import annotations

import argparse
import asyncio
import heapq
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
NETWORKS = ("mastodon", "bluesky", "wordpress")
WEIGHTS = (0.6, 0.2, 0.2)
POST_PATHS = {"mastodon": "/api/v1/statuses", "bluesky": "com.atproto.repo.putRecord", "wordpress": "/wp/v2/posts"}
FAULTS = (("drop_after_commit", 3), ("drop_before_commit", 2), ("http_500", 2), ("rate_limit", 1))
MARKER = re.compile(r"Soak (\d+)-([pr][0-9x]+)")
LATE = 60.0  # seconds of sender time
LEAD = 0.2  # seconds the clock stops short of the next moment it skips to
TICK = 0.05
HOLD = 0.5  # real seconds without skipping after the senders were told something


@dataclass
class Expected:
    marker: str
    network: str
    due: float  # simulated epoch seconds
    post_id: int | None = None


class SoakClock:
    """Simulated time = simulated epoch + (real now - real epoch); `skip_to` moves it ahead for everyone."""

    def __init__(self, path: Path, start: float) -> None:
        self.path = path
        self.history: list[tuple[float, float]] = []  # (real epoch, simulated epoch), in order
        self._set(start)

    def _set(self, simulated: float) -> None:
        self.real, self.simulated = time.time(), simulated
        self.history.append((self.real, self.simulated))
        scratch = self.path.with_suffix(".tmp")
        scratch.write_text(f"{self.real:.6f} {self.simulated:.6f}")
        os.replace(scratch, self.path)

    def now(self) -> float:
        return self.simulated + time.time() - self.real

    def skip_to(self, simulated: float) -> None:
        if simulated > self.now():
            self._set(simulated)

    def at(self, real: float) -> float:
        """The simulated time at a real moment of this run."""
        base = self.history[0]
        for entry in self.history:
            if entry[0] > real:
                break
            base = entry
        return base[1] + real - base[0]


def recording_proxy_class():
    from servers.faults import FaultyProxy

    class RecordingProxy(FaultyProxy):
        """Notes when the server first took a request carrying each marker (real time)."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.arrivals: dict[str, float] = {}

        def _forward(self, method, target, headers, body):
            answer = super()._forward(method, target, headers, body)
            if method == "POST" and answer[0] < 300 and body:
                for match in MARKER.finditer(body.decode("utf-8", "replace")):
                    with self.lock:
                        self.arrivals.setdefault(match.group(0), time.time())
            return answer

    return RecordingProxy


# -- the servers ------------------------------------------------------------------------------------------
class Servers:
    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.proxies: dict[str, object] = {}
        self.stops: list = []

    def start(self) -> dict[str, float]:
        from servers.bluesky import BlueskyNetwork, NetworkProcesses
        from servers.mastodon_api import MastodonServer
        from servers.wordpress import WordPressSite

        proxy_class = recording_proxy_class()
        timings = {}
        started = time.monotonic()
        self.mastodon = MastodonServer().start()
        self.stops.append(self.mastodon.stop)
        # Its own request limit counts real time, which the soak's clock does not: out of the way.
        self.mastodon.limit_requests(10**9, limit=10**9)
        self.mastodon_token = self.mastodon.create_user("lindenhof", "Lindenhof")
        self.neighbour_token = self.mastodon.create_user("nachbarin", "Nachbarin")
        timings["mastodon"] = time.monotonic() - started

        started = time.monotonic()
        folder = Path(tempfile.mkdtemp(prefix="kd-wp-soak-", dir="/tmp"))
        self.wordpress = WordPressSite(folder)
        self.stops.append(lambda: (self.wordpress.stop(), shutil.rmtree(folder, ignore_errors=True)))
        self.wordpress.start()
        self.wordpress_password = self.wordpress.application_password("admin")
        timings["wordpress"] = time.monotonic() - started

        started = time.monotonic()
        folder = Path(tempfile.mkdtemp(prefix="kd-bsky-soak-", dir="/tmp"))
        processes = NetworkProcesses(folder)
        self.stops.append(lambda: (processes.stop(), shutil.rmtree(folder, ignore_errors=True)))
        ready = processes.start()
        self.bluesky = BlueskyNetwork(
            pds_url=ready["pds"],
            appview_url=ready["appview"],
            plc_url=ready["plc"],
            control_url=ready["control"],
            pds_did=ready["pds_did"],
            appview_did=ready["appview_did"],
            rate_limits=bool(ready.get("rate_limits")),
            folder=folder,
        )
        self.bluesky_account = self.bluesky.create_account("lindenhof")
        timings["bluesky"] = time.monotonic() - started

        for network, url in (
            ("mastodon", self.mastodon.url),
            ("wordpress", self.wordpress.url),
            ("bluesky", self.bluesky.pds_url),
        ):
            proxy = proxy_class(url).start()
            self.proxies[network] = proxy
            self.stops.append(proxy.stop)
        return timings

    def set_online(self, online: bool) -> None:
        for proxy in self.proxies.values():
            proxy.start() if online else proxy.stop()

    def stop(self) -> None:
        for stop in reversed(self.stops):
            try:
                stop()
            except Exception as error:  # noqa: BLE001 - stop the others all the same
                print(f"stopping a server failed: {error}", file=sys.stderr)

    def mention(self, text: str) -> None:
        import httpx

        httpx.post(
            f"{self.mastodon.url}/api/v1/statuses",
            data={"status": f"@lindenhof {text}"},
            headers={"Authorization": f"Bearer {self.neighbour_token}"},
            timeout=10,
        ).raise_for_status()

    def markers(self) -> dict[str, Counter]:
        """Every marker on each network's account, counted, as the servers store them."""
        import httpx

        found = {network: Counter() for network in NETWORKS}
        for status in self.mastodon.statuses_of("lindenhof"):
            found["mastodon"].update(m.group(0) for m in MARKER.finditer(status.get("text") or status["content"]))
        dump = self.wordpress.php(
            "echo json_encode(array_map(fn($p) => $p->post_title . ' ' . $p->post_content, "
            "get_posts(['numberposts' => -1, 'post_status' => 'any', 'post_type' => 'post'])));"
        )
        for text in json.loads(dump):
            found["wordpress"].update(set(m.group(0) for m in MARKER.finditer(text)))
        cursor = None
        while True:
            params = {"repo": self.bluesky_account.did, "collection": "app.bsky.feed.post", "limit": 100}
            if cursor:
                params["cursor"] = cursor
            page = httpx.get(
                f"{self.bluesky.pds_url}/xrpc/com.atproto.repo.listRecords", params=params, timeout=30
            ).json()
            for record in page.get("records", []):
                found["bluesky"].update(m.group(0) for m in MARKER.finditer(record["value"].get("text", "")))
            cursor = page.get("cursor")
            if not cursor or not page.get("records"):
                break
        return found


# -- the plan -------------------------------------------------------------------------------------------
def quarter_hours(start: float, days: int) -> list[float]:
    moments = []
    for day in range(days):
        for minute in range(7 * 60, 20 * 60 + 1, 15):
            moments.append(start + day * 86400 + minute * 60)
    return moments


@dataclass(order=True)
class Event:
    at: float
    kind: str = field(compare=False)
    detail: str = field(default="", compare=False)


def plan(rng: random.Random, start: float, posts: int, days: int) -> tuple[list[tuple[float, str]], list[Event]]:
    moments = quarter_hours(start, days)
    schedule = sorted((rng.choice(moments), rng.choices(NETWORKS, WEIGHTS)[0]) for _ in range(posts))
    busy = sorted({at for at, _ in schedule})
    events: list[Event] = []
    for at, network in schedule:
        if rng.random() < 0.06:
            kind = rng.choices([k for k, _ in FAULTS], [w for _, w in FAULTS])[0]
            events.append(Event(at - 0.2, "fault", f"{network} {kind}"))
    kills = max(2, posts // 100)
    for at in rng.sample(busy, min(kills, len(busy))):
        events.append(Event(at + rng.uniform(0, 3), "kill_app"))
    for at in rng.sample(busy, min(2 * kills, len(busy))):
        events.append(Event(at + rng.uniform(0, 3), "kill_publish_due"))
    for at in rng.sample(busy, min(max(2, posts // 500), len(busy))):
        offline = at - rng.uniform(0, 90)
        events.append(Event(offline, "offline"))
        events.append(Event(offline + rng.uniform(60, 900), "online"))
    for _ in range(max(3, days * 8)):
        events.append(Event(rng.uniform(start, moments[-1]), "mention"))
    heapq.heapify(events)
    return schedule, events


# -- the run --------------------------------------------------------------------------------------------
class Soak:
    def __init__(
        self, args: argparse.Namespace, scratch: Path, servers: Servers, clock: SoakClock, events: list[Event]
    ) -> None:
        self.args = args
        self.clock = clock
        self.events = events
        self.rng = random.Random(args.seed)
        self.scratch = scratch
        self.home = scratch / "home"
        self.control = scratch / "control"
        self.control.mkdir(exist_ok=True)
        (self.control / "online").write_text("online")
        self.servers = servers
        self.env = dict(
            os.environ,
            KURZDRAHT_HOME=str(self.home),
            KURZDRAHT_TEST_CLOCK=str(self.control / "clock"),
            PYTHON_KEYRING_BACKEND="file_keyring.FileKeyring",
            KURZDRAHT_SOAK_KEYRING=str(scratch / "keyring.json"),
            KURZDRAHT_KEYRING_SERVICE="Kurzdraht-soak",
            PYTHONPATH=os.pathsep.join([str(ROOT), str(BENCHMARKS)]),
        )
        # After telling the senders something (online again, a process started), real time to react
        # before the clock may skip: the app looks at the "online" file every 50 ms.
        self.hold_until = 0.0
        self.app: subprocess.Popen | None = None
        self.publish_due: subprocess.Popen | None = None
        self.online = True
        self.counts = Counter()
        # (simulated moment, a sender is running, online) at every change: what "sender time" is made of.
        self.timeline: list[tuple[float, bool, bool]] = []

    # processes
    def _spawn(self, argv: list[str], name: str) -> subprocess.Popen:
        self.counts[f"{name} started"] += 1
        self.note(f"start {name}")
        self.hold_until = time.monotonic() + HOLD
        with open(self.scratch / f"{name}.log", "ab") as log:  # the child keeps its own copy of the handle
            return subprocess.Popen(argv, env=self.env, stdout=log, stderr=log, stdin=subprocess.DEVNULL, cwd=ROOT)

    def start_app(self) -> None:
        if self.app is None or self.app.poll() is not None:
            self.app = self._spawn(
                [
                    sys.executable,
                    "-c",
                    "import soak_app; soak_app.main()",
                    str(self.home),
                    str(self.args.seed),
                    str(self.control),
                ],
                "app",
            )

    def start_publish_due(self) -> None:
        if self.publish_due is None or self.publish_due.poll() is not None:
            self.publish_due = self._spawn(
                [sys.executable, "-m", "desktop", "publish-due", "--wait", "30"], "publish-due"
            )

    def kill(self, process: subprocess.Popen | None, name: str) -> bool:
        if process is None or process.poll() is not None:
            return False
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.counts[f"{name} killed"] += 1
        self.note(f"killed {name} {process.pid}")
        return True

    def senders_alive(self) -> bool:
        return any(p is not None and p.poll() is None for p in (self.app, self.publish_due))

    # what the database says is left (read only; the senders write)
    def work(self, db: sqlite3.Connection, now: float) -> tuple[bool, float | None]:
        """Whether something is due now, and the next moment something becomes due."""
        micro = int(now * 1_000_000)
        due_posts, next_post = db.execute(
            "SELECT SUM(s.publish_at <= ?), MIN(CASE WHEN s.publish_at > ? THEN s.publish_at END) FROM schedule s "
            "JOIN post p ON p.id = s.post_id WHERE p.state = 'scheduled'",
            (micro, micro),
        ).fetchone()
        due_attempts, next_retry = db.execute(
            "SELECT SUM(state = 'sending' OR retry_at IS NULL OR retry_at <= ?), "
            "MIN(CASE WHEN state != 'sending' AND retry_at > ? THEN retry_at END) "
            "FROM publish_attempt WHERE state IN ('pending', 'unknown', 'sending')",
            (micro, micro),
        ).fetchone()
        moments = [m / 1_000_000 for m in (next_post, next_retry) if m is not None]
        return bool(due_posts or due_attempts), min(moments, default=None)

    def run(self, database: Path, end_of_plan: float) -> bool:
        """Until everything due is settled (True) or the deadline passed (False)."""
        clock = self.clock
        db = sqlite3.connect(database, timeout=30)
        events = self.events
        deadline = time.monotonic() + self.args.deadline
        self.start_app()
        last_minute = int(clock.now() // 60)
        while time.monotonic() < deadline:
            now = clock.now()
            while events and events[0].at <= now:
                self.handle(heapq.heappop(events))
            minute = int(now // 60)
            due, next_moment = self.work(db, now)
            if minute != last_minute:  # the system timer, once a minute
                last_minute = minute
                if due:
                    self.start_publish_due()
            alive = self.senders_alive()
            if not self.timeline or self.timeline[-1][1:] != (alive, self.online):
                self.timeline.append((now, alive, self.online))
            publish_due_running = self.publish_due is not None and self.publish_due.poll() is None
            if not due and next_moment is None and now > end_of_plan and not publish_due_running:
                if self.replies_settled(db):
                    return True
            if not (due and alive) and time.monotonic() >= self.hold_until:
                # Nothing can happen before the next known moment: skip there.
                moments = [m for m in (next_moment, events[0].at if events else None) if m is not None]
                if due and not alive:
                    moments.append((minute + 1) * 60)  # the timer's next start
                if moments and min(moments) - LEAD > now:
                    clock.skip_to(min(moments) - LEAD)
                    continue
            time.sleep(TICK)
        return False

    def replies_settled(self, db: sqlite3.Connection) -> bool:
        left = db.execute("SELECT COUNT(*) FROM post WHERE kind = 'reply' AND state = 'publishing'").fetchone()[0]
        return left == 0

    def note(self, text: str) -> None:
        with open(self.scratch / "soak.log", "a", encoding="utf-8") as log:
            log.write(f"{_when(self.clock.now())} {text}\n")

    def handle(self, event: Event) -> None:
        self.note(f"{event.kind} {event.detail}")
        if event.kind == "fault":
            if not self.online:
                return  # every request fails while offline; a fault kept for later would pile onto the return
            network, kind = event.detail.split()
            self.servers.proxies[network].fail_next(POST_PATHS[network], kind, method="POST")
            self.counts[f"fault {kind}"] += 1
        elif event.kind == "kill_app":
            if self.kill(self.app, "app"):
                heapq.heappush(self.events, Event(event.at + self.rng.uniform(0, 1200), "start_app"))
        elif event.kind == "start_app":
            self.start_app()
        elif event.kind == "kill_publish_due":
            self.kill(self.publish_due, "publish-due")
        elif event.kind == "offline" and self.online:
            self.online = False
            (self.control / "online").write_text("offline")
            self.servers.set_online(False)
            for proxy in self.servers.proxies.values():
                proxy.clear_faults()
            self.counts["offline stretches"] += 1
        elif event.kind == "online" and not self.online:
            self.online = True
            self.servers.set_online(True)
            (self.control / "online").write_text("online")
            self.hold_until = time.monotonic() + HOLD
        elif event.kind == "mention":
            try:
                self.servers.mention(f"Hallo Lindenhof, {self.rng.choice(['wann', 'wo', 'wie'])} ist das Fest?")
                self.counts["comments written to us"] += 1
            except Exception as error:  # noqa: BLE001
                print(f"a neighbour's mention failed: {error}", file=sys.stderr)

    def sender_time(self, start: float, end: float) -> float:
        """Seconds between two simulated moments during which a sender ran and the computer was online."""
        total = 0.0
        for index, (at, alive, online) in enumerate(self.timeline):
            until = self.timeline[index + 1][0] if index + 1 < len(self.timeline) else float("inf")
            if alive and online:
                total += max(0.0, min(until, end) - max(at, start))
        return total

    def stop_senders(self) -> None:
        for process in (self.app, self.publish_due):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


async def prepare(
    home: Path, servers: Servers, start: float, schedule: list[tuple[float, str]], seed: int
) -> list[Expected]:
    """Accounts through the proxies, and every post written and scheduled (in the soak's own process)."""
    from desktop.app import Core
    from desktop.paths import data_paths

    core = Core(data_paths(home)).open()
    try:
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        proxies = servers.proxies
        accounts = {
            "mastodon": await core.connections.connect_mastodon_token(
                organisation, proxies["mastodon"].url, servers.mastodon_token
            ),
            "wordpress": await core.connections.connect_wordpress(
                organisation, proxies["wordpress"].url, "admin", servers.wordpress_password
            ),
            "bluesky": await core.connections.connect_bluesky(
                organisation,
                servers.bluesky_account.handle,
                servers.bluesky_account.app_password,
                service=proxies["bluesky"].url,
            ),
        }
        expected = []
        for number, (at, network) in enumerate(schedule, start=1):
            marker = f"Soak {seed}-p{number}"
            post_id = await core.drafts.save(
                organisation,
                f"{marker}: Flohmarkt im Hof, Tische gibt es noch!",
                (accounts[network].id,),
                title=marker if network == "wordpress" else "",
            )
            await core.schedules.schedule(post_id, datetime.fromtimestamp(at, timezone.utc), "Europe/Berlin")
            expected.append(Expected(marker, network, at, post_id))
        return expected
    finally:
        await core.aclose()


def database_states(database: Path, post_ids: list[int]) -> dict[int, str]:
    with sqlite3.connect(database) as db:
        rows = db.execute(
            f"SELECT p.id, p.state || COALESCE(' / ' || GROUP_CONCAT(a.state || ':' || a.error_kind), '') "
            f"FROM post p LEFT JOIN publish_attempt a ON a.post_id = p.id "
            f"WHERE p.id IN ({','.join('?' * len(post_ids))}) GROUP BY p.id",
            post_ids,
        ).fetchall()
    return dict(rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--seed", type=int, default=None, help="replay a run (printed by every run)")
    parser.add_argument("--deadline", type=float, default=None, help="real seconds at most (default: by size)")
    parser.add_argument("--tiny", action="store_true", help="300 posts over one day, for the tests")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (database, logs) to look into")
    args = parser.parse_args()
    if args.tiny:  # a fixed scenario for CI (seed 1); the full run draws a new one each time
        parser.set_defaults(posts=300, days=1, seed=1)
        args = parser.parse_args()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 10**9)
    if args.deadline is None:
        args.deadline = 240 + args.posts * 0.5

    sys.path[:0] = [str(ROOT), str(BENCHMARKS)]
    sys.path.append(str(ROOT / "tests"))  # last: tests/desktop must not hide the desktop package
    scratch = Path(tempfile.mkdtemp(prefix="kd-soak-"))
    control = scratch / "control"
    os.environ.update(
        KURZDRAHT_TEST_CLOCK=str(control / "clock"),
        PYTHON_KEYRING_BACKEND="file_keyring.FileKeyring",
        KURZDRAHT_SOAK_KEYRING=str(scratch / "keyring.json"),
        KURZDRAHT_KEYRING_SERVICE="Kurzdraht-soak",
        KURZDRAHT_BLUESKY_RATE_LIMITS="0",
    )  # its limits count real time, not the soak's
    print(
        f"soak: seed {args.seed}, {args.posts} posts over {args.days} days (replay: python benchmarks/soak.py "
        f"--seed {args.seed} --posts {args.posts} --days {args.days})",
        flush=True,
    )
    # Stopped from outside (kill, a CI time-out): end through the finally below, which stops the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    servers = Servers(scratch)
    try:
        return _run(args, scratch, servers)
    finally:
        servers.stop()
        if args.keep:
            print(f"kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def _run(args: argparse.Namespace, scratch: Path, servers: Servers) -> int:
    began = time.monotonic()
    timings = servers.start()
    print("servers started: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items()), flush=True)
    rng = random.Random(args.seed)
    # A week that ended before today, so no network sees posts from the future.
    first_day = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(
        days=args.days + 2
    )
    start = first_day.timestamp()
    schedule, events = plan(rng, start, args.posts, args.days)
    (scratch / "control").mkdir()
    soak = Soak(args, scratch, servers, SoakClock(scratch / "control" / "clock", start + 6 * 3600), events)
    home = scratch / "home"
    expected = asyncio.run(prepare(home, servers, start, schedule, args.seed))
    from desktop.paths import data_paths

    database = data_paths(home).database
    prepared = time.monotonic()
    settled = soak.run(database, schedule[-1][0])
    soak.stop_senders()
    ran = time.monotonic() - prepared

    for line in (
        (scratch / "control" / "replies.log").read_text().splitlines()
        if (scratch / "control" / "replies.log").exists()
        else []
    ):
        marker, written = line.rsplit(" ", 1)
        expected.append(Expected(marker, "mastodon", float(written)))
    written_replies = _replies_in_database(database)
    for item in expected:  # a reply is due when it entered the outbox (the log line comes just before)
        if item.post_id is None and item.marker in written_replies:
            item.due = written_replies[item.marker][1]
    found = servers.markers()
    arrivals = {
        network: {m: soak.clock.at(t) for m, t in proxy.arrivals.items()} for network, proxy in servers.proxies.items()
    }

    failed = not settled
    print(
        f"simulated {args.days} days in {ran:.0f} s (servers and preparing {prepared - began:.0f} s); "
        f"{'settled' if settled else 'DEADLINE REACHED with work left'}"
    )
    print("events: " + ", ".join(f"{name} {count}" for name, count in sorted(soak.counts.items())))
    problems: list[str] = []
    for network in NETWORKS:
        mine = [e for e in expected if e.network == network and (e.post_id or e.marker in written_replies)]
        seen = found[network]
        duplicates = sum(count - 1 for count in seen.values() if count > 1)
        lost = [e for e in mine if e.marker not in seen]
        late = []
        for item in mine:
            arrived = arrivals[network].get(item.marker)
            if arrived is not None and soak.sender_time(item.due, arrived) > LATE:
                late.append((item, arrived - item.due, soak.sender_time(item.due, arrived)))
        replies = sum(1 for e in mine if e.post_id is None)
        print(
            f"{network}: {len(mine)} sent ({replies} replies), on the server {sum(seen.values())}, "
            f"duplicates {duplicates}, lost {len(lost)}, late {len(late)}"
        )
        failed |= bool(duplicates or lost or late)
        problems += [f"  duplicate on {network}: {m} ×{c}" for m, c in seen.items() if c > 1]
        if lost:
            states = database_states(database, [e.post_id for e in lost if e.post_id])
            problems += [
                f"  lost on {network}: {e.marker} due {_when(e.due)}, database: "
                f"{states.get(e.post_id, 'reply ' + written_replies.get(e.marker, ('?',))[0])}"
                for e in lost
            ]
        problems += [
            f"  late on {network}: {e.marker} due {_when(e.due)}, arrived {delay:.0f} s later "
            f"({sender:.0f} s of sender time)"
            for e, delay, sender in late
        ]
    for line in problems[:50]:
        print(line)
    print(f"seed {args.seed}: {'FAILED' if failed else 'all posts once, none lost, none late'}")
    return 1 if failed else 0


def _replies_in_database(database: Path) -> dict[str, tuple[str, float]]:
    """Marker → (state, when it entered the outbox) of every reply the app wrote."""
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT text, state, created_at FROM post WHERE kind = 'reply'").fetchall()
    return {
        m.group(0): (state, created / 1_000_000) for text, state, created in rows for m in [MARKER.search(text)] if m
    }


def _when(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%a %H:%M:%S")


if __name__ == "__main__":
    sys.exit(main())
