"""The calendar with many posts: 5,000 posts of 2 organisations on 6 accounts over two years around
today. The issue's goals: showing a month and switching months each under 50 ms; `publish-due` from
process start to its first request under 1 s. --tiny: 400 posts, 2 runs, 1 publish-due (seconds; the
tests run it so that the benchmark keeps working).

    python benchmarks/calendar_views.py [--posts 5000] [--runs 20] [--due-runs 10] [--keyring file|system] [--tiny]

Data: a real `Core` on a scratch data folder in /tmp, the rows put in with `insert_many` in one
transaction: 55 % of the posts scheduled in the next 12 months (and 300 more in the month after next,
the "busy month"), the rest in the last 12 months: published (a third sent at once: no schedule, only
`published_at`), a tenth failed, 8 missed (in the last 180 days); each to 1–3 accounts of its
organisation, with a `PublishAttempt` per account for what went out (published with its link, or failed).

Calendar: the real `ui.calendar.view.CalendarSection` at 1000 × 700, offscreen, on the qasync loop as the
app runs it. Timed from `refresh()`, `go_to(day)` or `step(1)` (what PgDn calls) until the section's load
job (`calendar.between` + `calendar.missed`) has put the posts in the view, and until Qt has painted the
view with them (its own paint on the next round of the event loop). Median, p95 and max of --runs after
a warm-up; the posts in the six weeks (or the week) and how many of them got a chip.

publish-due: a Mastodon wire-format test server (tests/servers/) in this process, one account connected
to it; each run adds a post due 10 s ago and starts `python -m desktop --home <folder> publish-due`, timed
from just before the process starts until the server sees its first request and the post, and until
the process has exited; `--version` is the floor. Secrets: with --keyring file (the default) both
processes use `FileKeyring` below, a JSON file in the scratch folder the child finds through
PYTHON_KEYRING_BACKEND=benchmarks.calendar_views.FileKeyring (the app never uses it; it skips finding the
Secret Service over D-Bus). --keyring system uses the OS keyring, e.g. a throwaway GNOME Keyring:

    HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d) dbus-run-session -- sh -c 'printf x | \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null; python benchmarks/calendar_views.py --keyring system'
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]
sys.path.append(str(ROOT / "tests"))  # last: tests/desktop must not hide the desktop package

from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

SERVICE = "Kurzdraht-benchmark"
TEXTS = (
    "Flohmarkt im Hof am Samstag ab 10 Uhr – Tische gibt es noch! 🧺",
    "Repair-Café: Bringt kaputte Toaster mit.",
    "Ferienprogramm: Graffiti-Workshop – noch 4 Plätze frei!",
    "Open Stage im Funkenflug: Wer will auftreten? 🎤",
)


class FileKeyring(KeyringBackend):
    """Secrets in a JSON file (KURZDRAHT_BENCH_KEYRING), shared by this process and publish-due."""

    priority = 1  # type: ignore[assignment]

    def _file(self, secrets: dict[str, str] | None = None) -> dict[str, str]:
        path = Path(os.environ["KURZDRAHT_BENCH_KEYRING"])
        if secrets is not None:
            path.write_text(json.dumps(secrets))
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._file().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._file(self._file() | {f"{service}/{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._file()
        if secrets.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._file(secrets)


def ms(values: list[float]) -> str:
    """Median, p95 and max in milliseconds."""
    p95 = sorted(values)[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"{1000 * statistics.median(values):6.1f} {1000 * p95:6.1f} {1000 * max(values):6.1f}"


def busy_month(now: datetime) -> date:
    return (now.date().replace(day=1) + timedelta(days=63)).replace(day=1)  # the month after next


def generate(posts: int, seed: int = 5) -> int:
    """The posts, accounts and attempts (on the database thread); returns the days the missed posts span."""
    from desktop.store.models import Account, Organisation, Post, PostVariant, PublishAttempt, Schedule, database

    rng, now = random.Random(seed), datetime.now(timezone.utc)
    accounts = {
        1: [(1, "mastodon"), (2, "bluesky"), (3, "facebook")],
        2: [(4, "instagram"), (5, "mastodon"), (6, "wordpress")],
    }
    busy = datetime.combine(busy_month(now), datetime.min.time(), timezone.utc)
    rows: dict[str, list[dict]] = {"post": [], "variant": [], "schedule": [], "attempt": []}
    missed = set(rng.sample(range(300, posts), 8))
    for number in range(posts):
        post_id, org = number + 1, 1 if rng.random() < 0.6 else 2
        if number < 300:  # the busy month
            moment = busy + timedelta(days=rng.randrange(28))
        elif number in missed:
            moment = now - timedelta(days=rng.randrange(1, 180))
        else:
            moment = now + timedelta(days=rng.randrange(1, 366) * (1 if rng.random() < 0.55 else -1))
        moment = moment.replace(hour=rng.randrange(6, 20), minute=rng.choice((0, 15, 30, 45)), second=0, microsecond=0)
        targets = rng.sample(accounts[org], rng.randint(1, 3))
        state = (
            "missed"
            if number in missed
            else "scheduled"
            if moment > now
            else "failed"
            if rng.random() < 0.1
            else "published"
        )
        at_once = state == "published" and rng.random() < 0.33
        rows["post"].append(
            {
                "id": post_id,
                "organisation": org,
                "text": rng.choice(TEXTS),
                "state": state,
                "kind": "post",
                "created_at": moment - timedelta(days=3),
                "updated_at": moment,
                "published_at": moment + timedelta(seconds=2) if state == "published" else None,
            }
        )
        if not at_once:
            rows["schedule"].append(
                {
                    "post": post_id,
                    "publish_at": moment,
                    "timezone": "Europe/Berlin",
                    "created_at": moment - timedelta(days=3),
                }
            )
        for index, (account, network) in enumerate(targets):
            rows["variant"].append({"post": post_id, "account": account})
            if state in ("published", "failed"):
                failed = state == "failed" and index == 0
                rows["attempt"].append(
                    {
                        "post": post_id,
                        "account": account,
                        "state": "failed" if failed else "published",
                        "idempotency_key": f"bench-{post_id}-{account}",
                        "tries": 1,
                        "created_at": moment,
                        "remote_id": "" if failed else f"{post_id}{account}",
                        "started_at": moment,
                        "remote_url": "" if failed else f"https://{network}.example/@org{org}/{post_id}",
                        "error": "Der Text ist zu lang." if failed else "",
                        "error_kind": "rejected" if failed else "",
                        "finished_at": moment + timedelta(seconds=2),
                    }
                )
    with database.atomic():
        Organisation.insert_many(
            [
                {"id": 1, "name": "Nachbarschaftszentrum Lindenhof", "colour": "#2f6f9f"},
                {"id": 2, "name": "Jugendclub Funkenflug", "colour": "#c2571a"},
            ]
        ).execute()
        Account.insert_many(
            [
                {
                    "id": a,
                    "organisation": org,
                    "network": n,
                    "display_name": f"{n.title()} {a}",
                    "handle": f"@konto{a}",
                    "status": "connected",
                }
                for org, items in accounts.items()
                for a, n in items
            ]
        ).execute()
        for model, key in (
            (Post, "post"),
            (Schedule, "schedule"),
            (PostVariant, "variant"),
            (PublishAttempt, "attempt"),
        ):
            for start in range(0, len(rows[key]), 500):
                model.insert_many(rows[key][start : start + 500]).execute()
    missed_at = [row["publish_at"] for row in rows["schedule"] if row["post"] - 1 in missed]
    return (max(missed_at) - min(missed_at)).days


# -- the calendar section -------------------------------------------------------------------------------------
def measure_gui(core, runs: int, missed_days: int) -> tuple[dict[str, dict], object]:  # noqa: ANN001 - a Core
    import qasync
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from ui.app import use_plain_threads
    from ui.calendar.view import CalendarSection
    from ui.events import AppEvents
    from ui.jobs import JobRunner

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(qapp, already_running=True)  # asyncio runs inside Qt's event loop, as in the app
    use_plain_threads(loop)
    asyncio.set_event_loop(loop)

    def wait(future) -> object:  # noqa: ANN001
        task, pause = asyncio.ensure_future(future), QEventLoop()
        task.add_done_callback(lambda _: pause.quit())  # after the job runner's own callback (`_show`)
        if not task.done():
            pause.exec()
        return task.result()

    jobs, started = JobRunner(), []
    start_job = jobs.start

    def keep_newest(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the newest job (not all jobs' data)
        started[:] = [start_job(*args, **kwargs)]
        return started[0]

    jobs.start = keep_newest
    section = CalendarSection(core, jobs, AppEvents())
    section.resize(1000, 700)
    section.show()
    paints: dict[object, float] = {}  # view: when its last paint ended
    for view in (section.month_view, section.week_view):
        original, paints[view] = view.paintEvent, 0.0

        def counted(event, view=view, original=original) -> None:  # noqa: ANN001
            original(event)
            paints[view] = time.perf_counter()

        view.paintEvent = counted
    shown_at, show = [0.0], section._show  # noqa: SLF001

    def showing(*args) -> None:  # noqa: ANN002 - the job's result reaches the views
        show(*args)
        shown_at.append(time.perf_counter())

    section._show = showing  # noqa: SLF001

    def timed(action) -> tuple[float, float]:  # noqa: ANN001
        """Seconds until the data is in the view, and until the view has painted it."""
        start = time.perf_counter()
        action()
        wait(started[-1].task)
        view = section.month_view if section.mode == "month" else section.week_view
        while paints[view] < shown_at[-1]:  # Qt paints on its next round; a paint before the data does not count
            qapp.processEvents()
            if time.perf_counter() - start > 5:
                raise SystemExit(f"the calendar did not paint ({section.mode})")
        return shown_at[-1] - start, paints[view] - start

    def series(action, count: int, between=None) -> dict[str, object]:  # noqa: ANN001
        """`count` timed runs after a warm-up; `between` runs (untimed) before each."""
        loaded, painted, posts, chips = [], [], 0, 0
        for _ in range(count + 1):
            if between:
                timed(between)  # untimed: its load and paint must not run on into the timed one
            one = timed(action)
            loaded.append(one[0])
            painted.append(one[1])
            view = section.month_view if section.mode == "month" else section.week_view
            posts, chips = max(posts, len(section.posts)), max(chips, len(view._chips))  # noqa: SLF001
        return {"loaded": loaded[1:], "painted": painted[1:], "posts": posts, "chips": chips}

    today, busy = date.today(), busy_month(datetime.now(timezone.utc))
    found: dict[str, dict] = {}
    section.refresh()
    wait(started[-1].task)
    found["month: refresh(), this month"] = series(section.refresh, runs)
    found["month: go_to(this month)"] = series(lambda: section.go_to(today), runs, lambda: section.go_to(busy))
    found["month: go_to(busy month)"] = series(lambda: section.go_to(busy), runs, lambda: section.go_to(today))
    ahead = lambda: (section.day.year - today.year) * 12 + section.day.month - today.month  # noqa: E731
    section.go_to(today)  # PgDn through the next 12 months, then (untimed) back to this month
    found["month: step(1) (PgDn), 12 months on"] = series(
        lambda: section.step(1), runs, lambda: section.go_to(today) if ahead() >= 12 else None
    )
    found["month: 12 × step(1) at once (held PgDn)"] = series(
        lambda: [section.step(1) for _ in range(12)], runs, lambda: section.go_to(today)
    )
    section.go_to(today)
    found["week: set_mode('week')"] = series(lambda: section.set_mode("week"), runs, lambda: section.set_mode("month"))
    found["week: step(1), weeks from today"] = series(lambda: section.step(1), runs)
    found["week: go_to(a week of the busy month)"] = series(
        lambda: section.go_to(busy + timedelta(days=10)), runs, lambda: section.go_to(today)
    )

    def database(label: str, call) -> None:  # noqa: ANN001
        times, rows = [], 0
        for _ in range(runs + 1):
            start = time.perf_counter()
            rows = len(wait(call()))
            times.append(time.perf_counter() - start)
        found[label] = {"loaded": times[1:], "painted": None, "posts": rows, "chips": None}

    for label, day in (("this month", today), ("busy month", busy)):
        first = day.replace(day=1) - timedelta(days=day.replace(day=1).weekday())
        start = datetime.combine(first, datetime.min.time()).astimezone(timezone.utc)
        database(
            f"database: calendar.between, 6 weeks, {label}",
            lambda start=start: core.calendar.between(start, start + timedelta(days=42)),
        )
    database(f"database: calendar.missed(), 8 over {missed_days} days", core.calendar.missed)
    section.close()
    return found, wait


# -- publish-due ----------------------------------------------------------------------------------------------
def measure_due(core, wait, runs: int, env: dict[str, str]) -> dict[str, list[float]]:  # noqa: ANN001
    from desktop.store.models import Post, PostVariant, Schedule, utcnow
    from servers.mastodon_api import MastodonServer
    from servers.mastodon_api.handler import Handler

    arrivals: list[tuple[float, str]] = []

    class Handled(Handler):
        def _handle(self) -> None:
            arrivals.append((time.perf_counter(), f"{self.command} {self.path}"))
            super()._handle()

    class Server(MastodonServer):
        def _handler_class(self) -> type[Handler]:
            return type("BoundHandler", (Handled,), {"app": self})

    server = Server().start()
    try:
        token = server.create_user("lindenhof", "Lindenhof")
        account = wait(core.connections.connect_mastodon_token(1, server.url, token)).id

        def due_post() -> int:
            post = Post.create(organisation=1, text=f"Heute Abend Nachbarschaftsfest! {time.time()}", state="scheduled")
            PostVariant.create(post=post, account=account)
            Schedule.create(post=post, publish_at=utcnow() - timedelta(seconds=10), timezone="Europe/Berlin")
            return post.id

        command = [sys.executable, "-m", "desktop", "--home", str(core.paths.root), "publish-due"]
        found: dict[str, list] = {"first": [], "post": [], "exit": [], "version": []}
        for run in range(runs + 1):
            post_id = core.store.call(due_post)
            arrivals.clear()
            start = time.perf_counter()
            child = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
            ended = time.perf_counter()
            state = core.store.call(lambda: Post.get_by_id(post_id).state)  # noqa: B023 - called at once
            if child.returncode != 0 or state != "published" or not arrivals:
                raise SystemExit(f"publish-due failed ({child.returncode}, {state}): {child.stdout}{child.stderr}")
            if run:
                found["first"].append(arrivals[0][0] - start)
                found["post"].append(next(t for t, what in arrivals if what == "POST /api/v1/statuses") - start)
                found["exit"].append(ended - start)
        found["requests"] = [what for _, what in arrivals]  # of the last run
        for _ in range(runs + 1):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "desktop", "--version"], cwd=ROOT, env=env, capture_output=True)
            found["version"].append(time.perf_counter() - start)
        return found | {"version": found["version"][1:]}
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per calendar figure, after a warm-up")
    parser.add_argument("--due-runs", type=int, default=10, help="publish-due processes timed; 0: none")
    parser.add_argument("--keyring", choices=("file", "system"), default="file")
    parser.add_argument("--tiny", action="store_true", help="400 posts, 2 runs: seconds, for the tests")
    args = parser.parse_args()
    if args.tiny:  # tiny defaults; figures given on the command line still count
        parser.set_defaults(posts=400, runs=2, due_runs=1)
        args = parser.parse_args()
    if args.posts < 308:
        parser.error("--posts must be at least 308 (the busy month's 300 and 8 missed posts)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KURZDRAHT_KEYRING_SERVICE"] = SERVICE

    import sqlite3

    import keyring
    from PySide6 import __version__ as pyside

    from desktop.app import Core
    from desktop.credentials import CredentialStore
    from desktop.paths import data_paths

    with tempfile.TemporaryDirectory(prefix="kurzdraht-bench-calendar-") as scratch:
        env = {**os.environ}
        if args.keyring == "file":
            env["KURZDRAHT_BENCH_KEYRING"] = os.environ["KURZDRAHT_BENCH_KEYRING"] = f"{scratch}/keyring.json"
            env["PYTHON_KEYRING_BACKEND"] = "benchmarks.calendar_views.FileKeyring"
            keyring.set_keyring(FileKeyring())
        core = Core(data_paths(Path(scratch) / "home"), CredentialStore(SERVICE)).open()
        start = time.perf_counter()
        missed_days = core.store.call(generate, args.posts)
        generated = time.perf_counter() - start
        found, wait = measure_gui(core, args.runs, missed_days)
        due = measure_due(core, wait, args.due_runs, env) if args.due_runs else None
        wait(core.aclose())

    print(
        f"\ncalendar with {args.posts} posts (2 organisations, 6 accounts), generated in {generated:.1f} s; "
        f"section 1000 × 700, offscreen"
    )
    print(f"times in ms: median p95 max of {args.runs} runs after a warm-up (goal: under 50 ms)")
    print(f"  {'':50}{'data in the view':>21}{'painted':>21}  posts (shown as chips)")
    for label, figures in found.items():
        chips = "" if figures["chips"] is None else f" ({figures['chips']})"
        painted = ms(figures["painted"]) if figures["painted"] else "–"
        print(f"  {label:50}{ms(figures['loaded']):>21}{painted:>21}  {figures['posts']}{chips}")
    if due:
        print(
            f"\npublish-due with one post due (keyring: {args.keyring}), {args.due_runs} runs after a warm-up "
            f"(goal: first request under 1 s); ms"
        )
        for label, key in (
            ("start → first request", "first"),
            ("start → POST /api/v1/statuses", "post"),
            ("start → process exit", "exit"),
            ("floor: python -m desktop --version", "version"),
        ):
            values = [1000 * v for v in due[key]]
            print(
                f"  {label:36} median {statistics.median(values):4.0f}, min {min(values):4.0f}, max {max(values):4.0f}"
            )
        print(f"  requests: {', '.join(due['requests'])}")
    print(
        f"({os.cpu_count()} CPU cores, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
        f"PySide6 {pyside}, {os.uname().sysname} {os.uname().release})"
    )


if __name__ == "__main__":
    main()
