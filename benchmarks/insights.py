"""Insights with two years of figures: 20 accounts of 3 organisations on 8 networks, a follower count per
account and day for 730 days, 10,000 published posts with their figures and an inbox of 20,000 comments.
The issue's goals: the section opens and switches period in under 100 ms; the sync's extra requests
stay small (at most one follower request per account and day, figures in the network's batches).
--tiny: 2 accounts × 60 days, 300 posts, 2 runs (seconds; the tests run it so that it keeps working).

    python benchmarks/insights.py [--accounts 20] [--days 730] [--posts 10000] [--comments 20000] [--runs 20]
        [--sync-posts 300] [--tiny]

Data: a real `Core` on a scratch data folder in /tmp, the rows put in with `insert_many` in one
transaction: follower counts for every account and day (3 % of the days missing, and a week with none at
all: the office was closed), posts spread over the days, each to 1–3 accounts of its organisation, with
a published `PublishAttempt` and its `PostFigures` per account (sharers on Mastodon and Bluesky,
impressions where the network counts them, no shares on Instagram); comments spread over the days, 40 %
answered by a reply (a published post of kind "reply"), the others done by hand but for the last days'
open ones, a third tagged.

Section: the real `ui.insights.view.InsightsSection` at 1200 × 800, offscreen, on the qasync loop as the app
runs it. Timed from `refresh()` or `choose_period(…)` until the section's load job (`insights.overview`)
has put the figures into the three pages, and until Qt has painted the visible page's charts and tables
with them (their own paints on the next rounds of the event loop); the grouping of the follower chart and
the tabs are switched without a read, so only their paint is waited for. Median, p95 and max of --runs
after a warm-up (an untimed switch before each, so every run really changes something).

Requests per sync: a Mastodon wire-format test server (tests/servers/) in this process, one account
connected to it, --sync-posts posts on the server, published as attempts with their server ids over the
last 120 days, some favourited and boosted by others. `inbox_sync.sync()` runs with its clock moved on
(first sync, 5 minutes later, an hour later, the next day, 5 minutes after that); every HTTP request of
the shared client is counted, as the inbox's or as Insights' (made inside `FigureCollector.collect`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
sys.path.append(str(ROOT / "tests"))  # last: tests/desktop must not hide the desktop package

from memory_keyring import use_memory_keyring  # noqa: E402

GOAL_MS = 100
ORGANISATIONS = {
    1: ("Nachbarschaftszentrum Lindenhof", "#2f6f9f"),
    2: ("Jugendclub Funkenflug", "#c2571a"),
    3: ("Stadtteilbibliothek Ost", "#3c8d4f"),
}
# (organisation, network), taken in this order: the first accounts already span organisations.
ACCOUNTS = [
    (1, "mastodon"),
    (2, "instagram"),
    (3, "bluesky"),
    (1, "facebook"),
    (2, "mastodon"),
    (3, "facebook"),
    (1, "bluesky"),
    (2, "bluesky"),
    (3, "mastodon"),
    (1, "instagram"),
    (2, "facebook"),
    (3, "instagram"),
    (1, "linkedin"),
    (2, "threads"),
    (3, "linkedin"),
    (1, "x"),
    (2, "x"),
    (1, "youtube"),
    (2, "mastodon"),
    (1, "threads"),
]
TEXTS = (
    "Flohmarkt im Hof am Samstag ab 10 Uhr – Tische gibt es noch! 🧺",
    "Repair-Café: Bringt kaputte Toaster mit.",
    "Ferienprogramm: Graffiti-Workshop – noch 4 Plätze frei!",
    "Open Stage im Funkenflug: Wer will auftreten? 🎤",
    "Wir suchen eine Köchin oder einen Koch für das Sommerfest – bitte teilen! 🍲",
    "Neue Öffnungszeiten der Kleiderkammer: Mo–Do 10–16 Uhr.",
    "Lesung am Donnerstag: Krimis aus dem Kiez, Eintritt frei 📚",
)
COMMENTS = (
    "Kann ich Kleidung auch abends abgeben?",
    "Macht doch mal einen Kochabend mit Rezepten aus aller Welt!",
    "Der Aufzug ist seit Tagen kaputt.",
    "Tolles Fest, danke an alle!",
    "Gibt es noch Plätze für meine Tochter?",
    "Bitte mehr Workshops am Wochenende.",
)
IMPRESSIONS = {"facebook", "instagram", "linkedin", "x", "youtube", "threads"}
SHARERS = {"mastodon", "bluesky"}


def ms(values: list[float]) -> str:
    """Median, p95 and max in milliseconds."""
    p95 = sorted(values)[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"{1000 * statistics.median(values):6.1f} {1000 * p95:6.1f} {1000 * max(values):6.1f}"


# -- the data -------------------------------------------------------------------------------------------------
def generate(accounts: int, days: int, posts: int, comments: int, seed: int = 15) -> dict[str, int]:
    """Organisations, accounts, follower counts, posts with figures and the inbox (on the database
    thread, one transaction); returns how many rows of each were made."""
    from desktop.store.models import (
        Account,
        Comment,
        CommentTag,
        FollowerCount,
        Organisation,
        Post,
        PostFigures,
        PublishAttempt,
        Tag,
        comment_id_base,
        database,
    )
    from desktop.states import AttemptState, PostKind, PostState

    rng, now = random.Random(seed), datetime.now(timezone.utc)
    zone = ZoneInfo("Europe/Berlin")
    today = now.astimezone(zone).date()
    chosen = {number: organisation_network for number, organisation_network in enumerate(ACCOUNTS[:accounts], 1)}
    by_organisation: dict[int, list[int]] = {}
    for number, (organisation, _) in chosen.items():
        by_organisation.setdefault(organisation, []).append(number)
    rows: dict[str, list[dict]] = {key: [] for key in ("followers", "post", "attempt", "figures", "comment", "tag")}

    closed = set(range(days // 3, days // 3 + 7))  # a week with no count at all: the office was closed
    for number in chosen:
        followers, growth = float(rng.randint(80, 3000)), rng.uniform(0.1, 3.0)
        for age in range(days - 1, -1, -1):
            followers += max(rng.gauss(growth, 2.0), -5)
            if age in closed or rng.random() < 0.03:
                continue
            day = (today - timedelta(days=age)).isoformat()
            rows["followers"].append({"account": number, "day": day, "followers": int(followers), "taken_at": now})

    span = timedelta(days=days)
    for post_id in range(1, posts + 1):
        organisation = rng.choices(list(by_organisation), weights=[len(a) for a in by_organisation.values()])[0]
        published = now - span * rng.random()
        text = f"{rng.choice(TEXTS)} #{post_id}"
        rows["post"].append(
            {
                "id": post_id,
                "organisation": organisation,
                "text": text,
                "state": PostState.PUBLISHED,
                "kind": PostKind.POST,
                "reply_to": None,
                "created_at": published - timedelta(days=2),
                "updated_at": published,
                "published_at": published,
            }
        )
        targets = by_organisation[organisation]
        for account in rng.sample(targets, rng.randint(1, min(3, len(targets)))):
            network = chosen[account][1]
            attempt_id = len(rows["attempt"]) + 1
            rows["attempt"].append(
                {
                    "id": attempt_id,
                    "post": post_id,
                    "account": account,
                    "state": AttemptState.PUBLISHED,
                    "idempotency_key": f"bench-{post_id}-{account}",
                    "tries": 1,
                    "created_at": published,
                    "started_at": published,
                    "finished_at": published,
                    "remote_id": f"{post_id}{account:02}",
                    "remote_url": f"https://{network}.example/{post_id}",
                }
            )
            shares = None if network == "instagram" else int(rng.expovariate(0.4))
            people = min(shares, int(shares * rng.uniform(0.6, 1.0)) + 1) if network in SHARERS and shares else None
            rows["figures"].append(
                {
                    "attempt": attempt_id,
                    "likes": int(rng.expovariate(0.08)) + (shares or 0) * 2,
                    "shares": shares,
                    "replies": int(rng.expovariate(0.5)),
                    "impressions": rng.randint(200, 8000) if network in IMPRESSIONS else None,
                    "sharers": people,
                    "sharer_followers": sum(rng.randint(20, 1500) for _ in range(people)) if people else None,
                    "fetched_at": min(published + timedelta(days=90), now),
                    "final": now - published > timedelta(days=90),
                }
            )

    tags = {tag.name: tag.id for tag in Tag.select()}
    taken: set[int] = set()
    replies = 0
    for number in range(comments):
        account = rng.randrange(1, accounts + 1)
        created = now - span * rng.random() ** 1.2  # a little more lately
        comment_id = comment_id_base(created) + rng.randrange(1024)
        while comment_id in taken:
            comment_id += 1
        taken.add(comment_id)
        answered = rng.random() < 0.4
        is_open = not answered and now - created < timedelta(days=10) and rng.random() < 0.7
        done_at = None if is_open else created + timedelta(minutes=rng.lognormvariate(5, 1.2))
        rows["comment"].append(
            {
                "id": comment_id,
                "account": account,
                "network": chosen[account][1],
                "remote_id": f"c{number}",
                "author_name": f"Nachbarin {number % 700}",
                "author_handle": f"@nachbarin{number % 700}@social.example",
                "text": rng.choice(COMMENTS),
                "created_at": created,
                "status": "open" if is_open else "done",
                "done_at": done_at,
                "fetched_at": created,
            }
        )
        if rng.random() < 0.33:
            tag = rng.choices(list(tags), weights=[4, 1, 2, 3, *([1] * (len(tags) - 4))])[0]
            rows["tag"].append({"comment": comment_id, "tag": tags[tag]})
        if answered and done_at is not None:
            replies += 1
            reply_id = posts + replies
            rows["post"].append(
                {
                    "id": reply_id,
                    "organisation": chosen[account][0],
                    "text": "Danke für deine Nachricht!",
                    "state": PostState.PUBLISHED,
                    "kind": PostKind.REPLY,
                    "reply_to": comment_id,
                    "created_at": done_at,
                    "updated_at": done_at,
                    "published_at": done_at,
                }
            )
            rows["attempt"].append(
                {
                    "id": len(rows["attempt"]) + 1,
                    "post": reply_id,
                    "account": account,
                    "state": AttemptState.PUBLISHED,
                    "idempotency_key": f"bench-reply-{reply_id}",
                    "tries": 1,
                    "created_at": done_at,
                    "started_at": done_at,
                    "finished_at": done_at,
                    "remote_id": f"r{reply_id}",
                    "remote_url": "",
                }
            )

    with database.atomic():
        Organisation.insert_many(
            [
                {"id": key, "name": name, "colour": colour}
                for key, (name, colour) in ORGANISATIONS.items()
                if key in by_organisation
            ]
        ).execute()
        Account.insert_many(
            [
                {
                    "id": number,
                    "organisation": organisation,
                    "network": network,
                    "display_name": f"{ORGANISATIONS[organisation][0].split()[-1]} {network.title()} {number}",
                    "handle": f"@konto{number}",
                    "server_url": f"https://{network}.example",
                    "status": "connected",
                }
                for number, (organisation, network) in chosen.items()
            ]
        ).execute()
        for model, key in (
            (FollowerCount, "followers"),
            (Comment, "comment"),
            (CommentTag, "tag"),
            (Post, "post"),
            (PublishAttempt, "attempt"),
            (PostFigures, "figures"),
        ):
            for start in range(0, len(rows[key]), 500):
                model.insert_many(rows[key][start : start + 500]).execute()
    return {
        "organisations": len(by_organisation),
        "networks": len({network for _, network in chosen.values()}),
        "followers": len(rows["followers"]),
        "attempts": len(rows["figures"]),
        "comments": comments,
        "replies": replies,
        "tagged": len(rows["tag"]),
        "open": sum(1 for row in rows["comment"] if row["status"] == "open"),
    }


# -- the section ----------------------------------------------------------------------------------------------
def measure_gui(core, runs: int) -> tuple[dict[str, dict], object]:  # noqa: ANN001 - a Core
    import qasync
    from PySide6.QtCore import QDate, QEventLoop
    from PySide6.QtWidgets import QApplication

    from ui.app import use_plain_threads
    from ui.events import AppEvents
    from ui.insights.view import InsightsSection
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

    def keep_newest(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        started[:] = [start_job(*args, **kwargs)]
        return started[0]

    def failed(message: str) -> None:
        raise SystemExit(f"the section's job failed: {message}")

    jobs.start = keep_newest
    jobs.failed.connect(failed)
    section = InsightsSection(core, jobs, AppEvents())
    section.resize(1200, 800)
    section.show()
    qapp.processEvents()
    # The pages and their charts are made on the section's first show (QtCharts is not loaded at start):
    # timed apart, so that the paints below can be watched from the first open on.
    built = time.perf_counter()
    section._build_pages()  # noqa: SLF001
    built = time.perf_counter() - built
    followers, posts, answering = section.followers_page, section.posts_page, section.answering_page
    watched = {
        followers: [followers.chart, followers.table],
        posts: [posts.table],
        answering: [answering.weeks, answering.tags, answering.table],
    }
    paints: dict[object, float] = {}  # widget: when its last paint ended
    for widget in (w for widgets in watched.values() for w in widgets):
        original, paints[widget] = widget.paintEvent, 0.0

        def counted(event, widget=widget, original=original) -> None:  # noqa: ANN001
            original(event)
            paints[widget] = time.perf_counter()

        widget.paintEvent = counted
    # The section reads twice: followers and posts (`_show`), then the answering figures (`_show_answering`);
    # the figure for a tab is when its own data arrived.
    shown_at, answered_at = [0.0], [0.0]
    show, show_answering = section._show, section._show_answering  # noqa: SLF001

    def showing(*args) -> None:  # noqa: ANN002 - the job's result reaches the pages
        show(*args)
        shown_at.append(time.perf_counter())

    def showing_answering(*args) -> None:  # noqa: ANN002
        show_answering(*args)
        answered_at.append(time.perf_counter())

    section._show = showing  # noqa: SLF001
    section._show_answering = showing_answering  # noqa: SLF001

    def on_screen() -> list[object]:
        """The watched widgets of the tab shown that are at least partly on screen."""
        return [w for w in watched[section.tabs.currentWidget()] if w.isVisible() and not w.visibleRegion().isEmpty()]

    def timed(action, reads: bool = True, only=None) -> tuple[float, float]:  # noqa: ANN001
        """Seconds until the data is in the pages, and until the widgets on screen have painted it."""
        start = time.perf_counter()
        action()
        if reads:
            wait(started[-1].task)  # the read started last (the database reads one after the other): both arrived
        else:
            shown_at.append(time.perf_counter())
            answered_at.append(shown_at[-1])
        arrived = answered_at[-1] if section.tabs.currentWidget() is answering else shown_at[-1]
        targets = only or on_screen()
        while any(paints[w] < arrived for w in targets):  # a paint before the data does not count
            qapp.processEvents()
            if time.perf_counter() - start > 10:
                raise SystemExit(f"the section did not paint ({section.period}, tab {section.tabs.currentIndex()})")
        return arrived - start, max(paints[w] for w in targets) - start

    def series(action, count: int, between=None, reads: bool = True, only=None) -> dict[str, object]:  # noqa: ANN001
        """`count` timed runs after a warm-up; `between` runs (untimed) before each."""
        loaded, painted = [], []
        for _ in range(count + 1):
            if between:
                timed(between, reads=reads, only=only)  # its load and paint must not run on into the timed one
            one = timed(action, reads=reads, only=only)
            loaded.append(one[0])
            painted.append(one[1])
        return {"loaded": loaded[1:], "painted": painted[1:], **shown()}

    def shown() -> dict[str, object]:
        overview = section.overview
        return {
            "posts": len(overview.posts) if overview else 0,
            "points": sum(len(s.points()) for s in followers.chart.chart().series()),
        }

    found: dict[str, dict] = {}
    found["making the pages and charts (first show, once)"] = {
        "loaded": [built],
        "painted": None,
        "posts": 0,
        "points": 0,
    }
    first = timed(section.refresh)
    found["first open: refresh(), 30 days (once, cold)"] = {"loaded": [first[0]], "painted": [first[1]], **shown()}
    found["refresh(), 30 days"] = series(section.refresh, runs)
    today = date.today()
    section.start_edit.setDate(QDate(today.year - 2, today.month, min(today.day, 28)))  # period is not custom
    section.end_edit.setDate(QDate(today.year, today.month, today.day))
    # The core keeps the last few periods read while nothing in the database changes (switching back and
    # forth): "period: …" forgets them before each run (the database is read), "… again" does not.
    forget = core.insights._kept.clear  # noqa: SLF001

    def other_then_forget(other: str) -> None:
        section.choose_period(other)
        wait(started[-1].task)
        forget()

    for key, label in (("week", "7 days"), ("month", "30 days"), ("year", "12 months"), ("custom", "custom, 2 years")):
        other = "month" if key != "month" else "week"
        found[f"period: {label}"] = series(
            lambda k=key: section.choose_period(k), runs, lambda o=other: other_then_forget(o)
        )
    for key, label in (("year", "12 months"), ("custom", "custom, 2 years")):
        found[f"period: {label} again (kept)"] = series(
            lambda k=key: section.choose_period(k), runs, lambda: section.choose_period("month")
        )
    section.choose_period("year")
    wait(started[-1].task)
    grouping = followers.grouping
    for index in (1, 2, 0):
        name = grouping.itemText(index)
        found[f"grouping: {name} (12 months)"] = series(
            lambda i=index: grouping.setCurrentIndex(i),
            runs,
            lambda i=index: grouping.setCurrentIndex((i + 1) % 3),  # never the one shown: it must change
            reads=False,
            only=[followers.chart],
        )
    grouping.setCurrentIndex(0)
    for index, name in ((1, "posts"), (2, "answering"), (0, "followers")):
        found[f"tab: {name} (12 months)"] = series(
            lambda i=index: section.tabs.setCurrentIndex(i),
            runs,
            lambda i=index: section.tabs.setCurrentIndex((i + 1) % 3),
            reads=False,
        )
    section.tabs.setCurrentIndex(1)
    found["period: 12 months, on the posts tab"] = series(
        lambda: section.choose_period("year"), runs, lambda: other_then_forget("month")
    )
    section.tabs.setCurrentIndex(2)
    found["period: 12 months, on the answering tab"] = series(
        lambda: section.choose_period("year"), runs, lambda: other_then_forget("month")
    )
    found["period: custom, 2 years, on the answering tab"] = series(
        lambda: section.choose_period("custom"), runs, lambda: other_then_forget("month")
    )
    section.tabs.setCurrentIndex(0)

    def database(label: str, call) -> None:  # noqa: ANN001
        times, result = [], None
        for _ in range(runs + 1):
            forget()  # the database read, not the kept answer
            start = time.perf_counter()
            result = wait(call())
            times.append(time.perf_counter() - start)
        posts = len(result.posts) if hasattr(result, "posts") else len(result) if isinstance(result, list) else None
        found[label] = {"loaded": times[1:], "painted": None, "posts": posts, "points": None}

    insights = core.insights
    for label, back in (("30 days", 29), ("12 months", 364), ("2 years", 729)):
        database(f"database: insights.overview, {label}", lambda b=back: insights.overview(today - timedelta(b), today))
    year = (today - timedelta(days=364), today)
    database("database: insights.followers, 12 months", lambda: insights.followers(*year))
    database("database: insights.posts, 12 months", lambda: insights.posts(*year))
    database("database: insights.answering, 12 months", lambda: insights.answering(*year))
    section.close()
    return found, wait


# -- requests per sync ----------------------------------------------------------------------------------------
def endpoint(method: str, path: str) -> str:
    return f"{method} " + re.sub(r"/\d+", "/:id", path)


def measure_requests(core, wait, posts: int, seed: int = 15) -> dict[str, object]:  # noqa: ANN001
    import httpx

    from desktop.networks.mastodon import MastodonClient
    from desktop.states import AttemptState, PostState
    from desktop.store.models import Post, PublishAttempt, utcnow
    from servers.mastodon_api import MastodonServer

    rng = random.Random(seed)
    server = MastodonServer().start()
    server.limit_requests(10**6, limit=10**6)  # 300 per 5 minutes would stop putting the posts on it
    try:
        token = server.create_user("lindenhof", "Lindenhof")
        others = [f"nachbar{n}" for n in range(40)]
        for name in others[:25]:
            server.follow(name, "lindenhof")
        for name in others:
            for followed in rng.sample(others, rng.randint(0, 12)):  # the boosters have followers of their own
                if followed != name:
                    server.follow(followed, name)
        account = wait(core.connections.connect_mastodon_token(1, server.url, token)).id
        now = utcnow()

        async def publish() -> list[tuple[str, datetime]]:
            async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http:
                made = []
                for number in range(posts):
                    answer = await http.post(f"{server.url}/api/v1/statuses", json={"status": f"Post {number} 🧺"})
                    made.append((answer.json()["id"], now - timedelta(days=120) * rng.random()))
                return made

        published = wait(publish())

        def insert() -> None:
            for number, (remote_id, moment) in enumerate(published):
                post = Post.create(
                    organisation=1, text=f"Post {number} 🧺", state=PostState.PUBLISHED, published_at=moment
                )
                PublishAttempt.create(
                    post=post,
                    account=account,
                    state=AttemptState.PUBLISHED,
                    idempotency_key=f"sync-{number}",
                    remote_id=remote_id,
                    finished_at=moment,
                )

        core.store.call(insert)
        boosted = favourited = 0
        for remote_id, _ in published:
            if rng.random() < 0.3:
                boosted += 1
                for name in rng.sample(others, rng.randint(1, 6)):
                    server.reblog(name, remote_id)
            if rng.random() < 0.7:
                favourited += 1
                for name in rng.sample(others, rng.randint(1, 10)):
                    server.favourite(name, remote_id)

        async def mentions(count: int) -> None:
            anna = server.create_user("anna", "Anna Müller")
            async with httpx.AsyncClient(headers={"Authorization": f"Bearer {anna}"}) as http:
                for n in range(count):
                    await http.post(f"{server.url}/api/v1/statuses", json={"status": f"@lindenhof Noch Plätze? {n}"})

        phase: contextvars.ContextVar[str] = contextvars.ContextVar("phase", default="inbox")
        made: list[tuple[str, str, int]] = []  # (phase, endpoint, ids asked for)

        async def count(request: httpx.Request) -> None:
            ids = len(request.url.params.get_list("id[]"))
            made.append((phase.get(), endpoint(request.method, request.url.path), ids))

        core.http.event_hooks["request"].append(count)
        collector = core.inbox_sync.figures
        collect = collector.collect

        async def collecting(account_id, client) -> None:  # noqa: ANN001
            phase.set("insights")  # this task's own context: the other accounts' requests are not affected
            await collect(account_id, client)

        collector.collect = collecting
        # The first sync at 10:00 in the organisation's zone (the next one from now), so that "5 minutes
        # later" stays on the same day and "the next day" is the next day, whenever the benchmark runs.
        berlin = ZoneInfo("Europe/Berlin")
        start = datetime.combine(now.astimezone(berlin).date(), datetime.min.time().replace(hour=10), berlin)
        start = (start if start > now else start + timedelta(days=1)).astimezone(timezone.utc)
        steps = (
            ("first sync", timedelta(0), 5, 0),
            ("5 minutes later", timedelta(minutes=5), 0, 0),
            ("an hour later, 3 posts boosted since", timedelta(hours=1, minutes=5), 2, 3),
            ("the next day", timedelta(days=1), 3, 0),
            ("the next day, 5 minutes later", timedelta(days=1, minutes=5), 0, 0),
        )
        found: list[dict[str, object]] = []
        recent = [remote_id for remote_id, moment in published if moment >= start - timedelta(days=30)]
        for label, later, new_mentions, new_boosts in steps:
            wait(mentions(new_mentions))
            for remote_id in rng.sample(recent, min(new_boosts, len(recent))):
                server.reblog(f"neu{len(found)}-{remote_id}", remote_id)  # someone new: the share count moves
            made.clear()
            core.inbox_sync.clock = lambda later=later: start + later
            result = wait(core.inbox_sync.sync())
            if result.failed:
                raise SystemExit(f"the sync failed: {[(a.account_name, a.error) for a in result.failed]}")
            day = (start + later).astimezone(berlin).date().isoformat()
            found.append({"label": label, "made": list(made), "comments": len(result.new_ids), "day": day})
        days = core.store.call(lambda: sorted({f.day for f in account_follower_days(account)}))
        return {
            "posts": posts,
            "boosted": boosted,
            "favourited": favourited,
            "recent": len(recent),
            "old": sum(1 for _, moment in published if moment <= start - timedelta(days=90)),
            "syncs": found,
            "follower_days": days,
            "every": MastodonClient.figures_every,
        }
    finally:
        server.stop()


def account_follower_days(account_id: int) -> list:
    from desktop.store.models import FollowerCount

    return list(FollowerCount.select().where(FollowerCount.account == account_id))


# -- the report -----------------------------------------------------------------------------------------------
def report_requests(found: dict[str, object]) -> None:
    print(
        f"\nrequests per sync: 1 Mastodon account on the test server (in this process), {found['posts']} posts "
        f"published over the last 120 days ({found['recent']} in the last 30, {found['old']} over 90 days old), "
        f"{found['boosted']} boosted and {found['favourited']} favourited by others; figures every {found['every']}, "
        f"the clock moved on between the syncs"
    )
    print(
        f"  {'':38}{'followers':>10}{'figures':>8}  {'ids per figures request':26}{'sharers':>8}{'insights':>9}"
        f"{'inbox':>6}  the inbox's"
    )
    per_day: Counter[str] = Counter()
    batch, quiet = 0, []
    for sync in found["syncs"]:
        made = sync["made"]
        insights = [(what, ids) for phase, what, ids in made if phase == "insights"]
        followers = sum(1 for what, _ in insights if what.endswith("/verify_credentials"))
        figures = [ids for what, ids in insights if what == "GET /api/v1/statuses"]
        sharers = sum(1 for what, _ in insights if what.endswith("/reblogged_by"))
        inbox = Counter(what for phase, what, _ in made if phase == "inbox")
        per_day[sync["day"]] += followers
        batch = max([batch, *figures])
        if "5 minutes later" in sync["label"]:
            quiet.append(len(figures))
        print(
            f"  {sync['label']:38}{followers:>10}{len(figures):>8}  {' '.join(map(str, figures)) or '–':26}"
            f"{sharers:>8}{len(insights):>9}{sum(inbox.values()):>6}  "
            + ", ".join(f"{what} {n}" for what, n in sorted(inbox.items()))
        )
        other = Counter(what for what, _ in insights) - Counter({"GET /api/v1/accounts/verify_credentials": followers})
        other -= Counter({"GET /api/v1/statuses": len(figures), "GET /api/v1/statuses/:id/reblogged_by": sharers})
        if other:
            print(f"  {'':38}other requests of Insights: {dict(other)}")
    print(
        f"  follower requests per account and day: at most {max(per_day.values())} "
        f"({', '.join(f'{day}: {n}' for day, n in sorted(per_day.items()))}); follower counts stored: "
        f"{len(found['follower_days'])}"
    )
    print(
        f"  ids per figures request: at most {batch}; figures requests of a sync 5 minutes after another: "
        f"{', '.join(map(str, quiet))}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=20, help=f"1 to {len(ACCOUNTS)}")
    parser.add_argument("--days", type=int, default=730, help="days of figures up to today")
    parser.add_argument("--posts", type=int, default=10000, help="published posts, each to 1–3 accounts")
    parser.add_argument("--comments", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per figure, after a warm-up")
    parser.add_argument("--sync-posts", type=int, default=300, help="posts on the Mastodon test server; 0: no syncs")
    parser.add_argument("--tiny", action="store_true", help="2 accounts × 60 days, 300 posts, 2 runs: for the tests")
    args = parser.parse_args()
    if args.tiny:  # tiny defaults; figures given on the command line still count
        parser.set_defaults(accounts=2, days=60, posts=300, comments=600, runs=2, sync_posts=60)
        args = parser.parse_args()
    if not 1 <= args.accounts <= len(ACCOUNTS):
        parser.error(f"--accounts must be 1 to {len(ACCOUNTS)}")

    import sqlite3

    from PySide6 import __version__ as pyside

    from desktop.app import Core
    from desktop.credentials import CredentialStore
    from desktop.paths import data_paths

    use_memory_keyring()
    with tempfile.TemporaryDirectory(prefix="kurzdraht-bench-insights-") as scratch:
        core = Core(data_paths(Path(scratch) / "home"), CredentialStore("Kurzdraht-benchmark")).open()
        start = time.perf_counter()
        made = core.store.call(generate, args.accounts, args.days, args.posts, args.comments)
        generated = time.perf_counter() - start
        size = core.paths.database.stat().st_size
        found, wait = measure_gui(core, args.runs)
        requests = measure_requests(core, wait, args.sync_posts) if args.sync_posts else None
        wait(core.aclose())

    print(
        f"\ninsights with {args.accounts} accounts ({made['organisations']} organisations, {made['networks']} networks) "
        f"over {args.days} days: {made['followers']:,} follower counts, {args.posts:,} posts published "
        f"({made['attempts']:,} to an account, each with figures), {made['comments']:,} comments "
        f"({made['replies']:,} answered by a reply, {made['tagged']:,} tagged, {made['open']:,} open); generated in "
        f"{generated:.1f} s, database {size / 1e6:.0f} MB; section 1200 × 800, offscreen"
    )
    print(f"times in ms: median p95 max of {args.runs} runs after a warm-up (goal: under {GOAL_MS} ms)")
    print(f"  {'':50}{'data in the view':>21}{'painted':>21}  posts shown, chart points")
    over = []
    for label, figures in found.items():
        painted = ms(figures["painted"]) if figures["painted"] else "–"
        shown = "" if figures["points"] is None else f", {figures['points']}"
        posts = "" if figures["posts"] is None else figures["posts"]
        print(f"  {label:50}{ms(figures['loaded']):>21}{painted:>21}  {posts}{shown}")
        slowest = max(figures["painted"] or figures["loaded"])
        if 1000 * statistics.median(figures["painted"] or figures["loaded"]) >= GOAL_MS:
            over.append(f"{label} (median {1000 * statistics.median(figures['painted'] or figures['loaded']):.0f})")
        elif 1000 * slowest >= GOAL_MS:
            over.append(f"{label} (max only, {1000 * slowest:.0f})")
    print(f"over the goal of {GOAL_MS} ms: {', '.join(over) if over else 'none'}")
    if requests:
        report_requests(requests)
    print(
        f"({os.cpu_count()} CPU cores, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
        f"PySide6 {pyside}, {os.uname().sysname} {os.uname().release})"
    )


if __name__ == "__main__":
    main()
