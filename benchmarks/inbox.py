"""The inbox with many comments: 20 accounts holding 10k, 100k and 1M German comments. The issue's goals
at 1M: the first screen in under 30 ms; scrolling to the end never holds all rows in memory; search
(common and rare words, prefixes like `Plät*`) and filters answer the first page in under 50 ms;
counters without scanning the table; the app under 250 MB; syncing 20 accounts whose servers each take
300 ms at most 1.15 × as long as the slowest one alone.

    python benchmarks/inbox.py [--sizes 10k,100k,1M] [--runs 20] [--sync-runs 3] [--history 0] [--tiny]

Each size's data folder is generated once and kept in /tmp/kurzdraht-bench-inbox/ (--regenerate builds
it again): a real `Core` creates the schema and adds the accounts; the comments go in with plain SQL in
one transaction, with the comment triggers set aside, the search index rebuilt ('rebuild'), `inbox_count`
filled by the migration's own INSERT … SELECT, and the triggers put back as they were, so the file ends as
the app's triggers would have left it. Words follow a Zipf distribution (`danke`, `Kinder`, `Samstag` in
a fifth of the comments or more; `Plätze`, `Platz`, `Plätzchen`, `Plattform` for `Plät*`); the rare word
`Zwetschgendatschi` is in exactly 10 comments; 5 % are open; a few percent carry tags.

Each size is measured in a process of its own (so the memory figures are its own), on the qasync loop as
the app runs it, Qt offscreen, with the model's own page sizes: the first screen (`CommentListModel` in a
one-column table set up as the inbox's (`ui.inbox.view.comment_table`), with `CommentDelegate`, 520 × 760 pixels): from `reload()` to
`page_loaded`, and on to the painted viewport (`grab`); `InboxService.page` alone for the first page, for
searches and for filters; `counts()`; then scrolling to the end (`scrollToBottom`, paint, wait for the
page; again until the model has nothing more): time, pages, and VmRSS before and after, VmHWM (the peak),
and how many rows the model keeps. Times are the median and p95 of --runs, after one warm-up run.

Sync: --accounts Mastodon wire-format test servers (tests/servers/) on 127.0.0.1, one account each,
answering after --delay seconds. Before each timed sync a neighbour posts 5 new mentions to every account
that syncs (--replies of them answers to our post), so that each sync fetches new comments from the
account's cursor; --history mentions per account are synced before the runs. Timed: `inbox_sync.sync()`
for all accounts, then for each alone; prints all / slowest single and the HTTP requests one account's
sync makes. Secrets stay in memory (benchmarks/memory_keyring.py), so no Secret Service is needed.

--tiny: 5k comments (three pages to scroll) in a scratch folder removed afterwards, 2 runs, one sync
run of 3 accounts answering after 50 ms (seconds; the tests run it so that the benchmark keeps working).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
sys.path.append(str(ROOT / "tests"))  # last: tests/desktop must not hide the desktop package

from desktop.app import Core  # noqa: E402
from desktop.credentials import CredentialStore  # noqa: E402
from desktop.inbox.search import InboxFilter  # noqa: E402
from desktop.paths import data_paths  # noqa: E402
from memory_keyring import use_memory_keyring  # noqa: E402

CACHE = Path("/tmp/kurzdraht-bench-inbox")
GENERATOR = 3  # bump when the generated data changes, so that cached folders are built again
NETWORKS = (
    ["mastodon"] * 6 + ["bluesky"] * 4 + ["facebook"] * 3 + ["instagram"] * 3 + ["wordpress"] * 2 + ["x", "youtube"]
)
RARE_WORD, RARE_HITS = "Zwetschgendatschi", 10
COMMON = (
    "und die ich der das ist nicht wir danke für es ein zu mit auf auch super den Kinder am im sind schön "
    "gibt noch toll wann wo Samstag Hof euch hier heute morgen gerne bitte Fest Frage Idee Grüße Sonntag Uhr "
    "Nachbarn Platz Garten Kuchen Kaffee Musik wieder schon viele alle Leute Woche Straße über Spielplatz "
    "Flohmarkt Anmeldung Termin Eltern Schule Verein Sommer Tür Mädchen Plätze Bücher Hüpfburg Bänke Grill "
    "Plätzchen Würstchen Spenden Helfer Dankeschön Tombola Ausflug Fahrrad Parkplatz Plattform Winter Jahr "
    "Stadt Jungen leider vielleicht genau klasse prima wunderbar Öffnungszeiten Rückmeldung Ärger Lärm"
).split()
FIRSTS = (
    "Sommer Kinder Garten Nachbarschafts Hof Stadt Spiel Schul Vereins Musik Fest Kuchen Markt Lese Bastel "
    "Koch Tanz Fußball Wald Fahrrad Bürger Jugend Senioren Familien Straßen Frühlings Herbst Oster "
    "Weihnachts Kunst Theater Film Tausch Näh Mal Wander Grün Bäcker Mieter Küchen"
).split()
SECONDS = (
    "fest treff gruppe platz plätze kurs nachmittag abend aktion café projekt zeit tag woche markt ecke haus "
    "raum zentrum börse runde tisch führung konzert party workshop stunde programm tüte spaß"
).split()
FIRST_NAMES = (
    "Anna Jonas Lena Paul Mia Lukas Emma Ben Sophie Elias Marie Noah Hannah Felix Lea Tim Jürgen Ömer "
    "Müjgan Käthe Björn Sören Zoë Renée Ayşe Małgorzata Heike Uwe Karin Dieter"
).split()
LAST_NAMES = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
    "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Özdemir "
    "Yılmaz Kowalski Groß Weiß"
).split()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def parse_size(text: str) -> int:
    text = text.strip().lower()
    return round(float(text[:-1]) * {"k": 1e3, "m": 1e6}[text[-1]]) if text[-1] in "km" else int(text)


def label(size: int) -> str:
    return f"{size // 10**6}M" if size % 10**6 == 0 else f"{size // 1000}k" if size % 1000 == 0 else str(size)


# -- generating a workspace ---------------------------------------------------------------------------------
def comment_text(rng: random.Random, words: list[str], cumulative: list[float]) -> str:
    sentences = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        chosen = rng.choices(words, cum_weights=cumulative, k=rng.randint(4, 12))
        sentences.append(chosen[0][:1].upper() + chosen[0][1:] + " " + " ".join(chosen[1:]) + rng.choice(".!?"))
    if rng.random() < 0.2:
        sentences.append(rng.choice(("😊", "👍", "🎉", "❤️", "🙏", "😂")))
    return " ".join(sentences)


async def add_accounts(core: Core) -> list[tuple[int, int, str]]:
    """(account, organisation, network) of 20 accounts in two organisations, added as the app adds them."""
    lindenhof = await core.accounts.ensure_organisation("Nachbarschaftszentrum Lindenhof")
    verein = await core.accounts.ensure_organisation("Sportverein Eintracht")
    accounts = []
    for number, network in enumerate(NETWORKS):
        organisation = lindenhof if number < 12 else verein
        accounts.append(
            (
                await core.accounts.add(
                    organisation, network, f"{network.title()} {number + 1}", f"@konto{number + 1}", status="connected"
                ),
                organisation,
                network,
            )
        )
    return accounts


def generate(size: int, home: Path, seed: int = 7) -> None:
    """A data folder with `size` comments across 20 accounts over two years, the newest now."""
    rng = random.Random(seed)
    tail = [first + second for first in FIRSTS for second in SECONDS]
    rng.shuffle(tail)
    words = COMMON + tail
    cumulative = list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))  # Zipf, exponent 1
    core = Core(data_paths(home), CredentialStore("Kurzdraht-benchmark")).open()
    try:
        accounts = asyncio.run(add_accounts(core))
    finally:
        core.close()
    db = sqlite3.connect(str(data_paths(home).database), isolation_level=None)
    db.executescript("PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; BEGIN")
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'comment'")
    triggers = triggers.fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    end, span = int(time.time()) * 10**6, 2 * 365 * 86400 * 10**6
    posts: dict[int, list[tuple[int, str]]] = {}  # account: (post id, remote id) of our posts
    for account, organisation, _ in accounts:
        for _ in range(30):
            when = end - rng.randrange(span)
            post = db.execute(
                "INSERT INTO post (organisation_id, title, text, state, created_at, updated_at, kind) "
                "VALUES (?, '', ?, 'published', ?, ?, 'post')",
                (organisation, comment_text(rng, words, cumulative), when, when),
            ).lastrowid
            posts.setdefault(account, []).append((post, f"p{post}"))
    tags = dict(db.execute("SELECT name, id FROM tag"))
    tags["Sommerfest"] = db.execute("INSERT INTO tag (name, builtin) VALUES ('Sommerfest', 0)").lastrowid
    odds = {"question": 0.02, "praise": 0.01, "suggestion": 0.005, "complaint": 0.003, "Sommerfest": 5e-4}
    tag_odds = [(tags[name], chance) for name, chance in odds.items()]
    weights = [1 / (n + 1) ** 0.7 for n in range(len(accounts))]
    rare = set(rng.sample(range(size), min(RARE_HITS, size)))
    rare_open = set(sorted(rare)[-3:])  # so that "rare word, open" finds something
    rows, links, second, within = [], [], -1, 0
    for n, moment in enumerate(sorted(end - rng.randrange(span) for _ in range(size))):
        within, second = (within + 1 if moment // 10**6 == second else 0), moment // 10**6
        comment_id = second * 1024 + within  # as comment_id_base(created_at) + the number within its second
        account, _, network = rng.choices(accounts, weights)[0]
        post, remote_post = rng.choice(posts[account]) if rng.random() < 0.6 else (None, "")
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        handle = f"@{first.lower()}{last.lower()}"
        text = comment_text(rng, words, cumulative) + (f" Gibt es wieder {RARE_WORD}?" if n in rare else "")
        status = "open" if rng.random() < 0.05 or n in rare_open else "done"
        rows.append(
            (
                comment_id,
                account,
                network,
                f"c{n}",
                remote_post,
                remote_post,
                post,
                f"{first} {last}",
                handle,
                "",
                text,
                f"https://example.invalid/{handle}/c{n}",
                moment,
                status,
                moment + 86_400 * 10**6 if status == "done" else None,
                moment + 60 * 10**6,
            )
        )
        links.extend((comment_id, tag) for tag, chance in tag_odds if rng.random() < chance)
    db.executemany(
        "INSERT INTO comment (id, account_id, network, remote_id, remote_parent_id, remote_post_id, "
        "post_id, author_name, author_handle, author_avatar_url, text, url, created_at, status, done_at, "
        "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.executemany("INSERT INTO comment_tag (comment_id, tag_id) VALUES (?, ?)", links)
    db.execute("INSERT INTO comment_fts(comment_fts) VALUES ('rebuild')")
    db.execute("DELETE FROM inbox_count")
    db.execute(
        "INSERT INTO inbox_count (account_id, open, total) "
        "SELECT account_id, SUM(status = 'open'), COUNT(*) FROM comment GROUP BY account_id"
    )
    for _, sql in triggers:
        db.execute(sql)
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode = WAL")
    db.close()


def database_for(size: int, regenerate: bool, cache: Path = CACHE) -> tuple[Path, dict]:
    """The cached data folder of this size (generated in a child process if missing) and its facts."""
    home = cache / f"v{GENERATOR}-{label(size)}"
    if regenerate:
        shutil.rmtree(home, ignore_errors=True)
    if not (home / "generated.json").exists():
        building = home.with_name(home.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        print(f"generating {label(size)} comments in {building} …", flush=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--generate", str(size), str(building)], check=True)
        facts = {"seconds": time.perf_counter() - start, "bytes": data_paths(building).database.stat().st_size}
        (building / "generated.json").write_text(json.dumps(facts))
        building.rename(home)
    return home, json.loads((home / "generated.json").read_text())


# -- measuring one size (in a process of its own) -------------------------------------------------------------
def memory_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cases(core: Core) -> tuple[list[tuple[str, InboxFilter]], list[tuple[str, InboxFilter]]]:
    """The searches and the filters, each with its label; "last 7 days" ends at the newest comment."""
    from desktop.store.models import Account, database

    accounts, newest = core.store.call(
        lambda: (
            [a.id for a in Account.select().order_by(Account.id)],
            database.execute_sql("SELECT max(id) FROM comment").fetchone()[0],
        )
    )
    week = datetime.fromtimestamp(newest // 1024, timezone.utc) - timedelta(days=7)
    largest, smallest, mastodon = (accounts[0],), (accounts[-1],), ("mastodon",)
    searches = [
        ("danke (common)", InboxFilter(search="danke")),
        ("Kinder (common)", InboxFilter(search="Kinder")),
        (f"{RARE_WORD} (rare)", InboxFilter(search=RARE_WORD)),
        ("Plät* (prefix)", InboxFilter(search="Plät*")),
        ("Kinder Samstag (two words)", InboxFilter(search="Kinder Samstag")),
        ("danke, open", InboxFilter(search="danke", status="open")),
        (f"{RARE_WORD}, open", InboxFilter(search=RARE_WORD, status="open")),
        ("danke, largest account", InboxFilter(search="danke", account_ids=largest)),
        ("Plät*, open, Mastodon", InboxFilter(search="Plät*", status="open", networks=mastodon)),
        ("danke, open, smallest account", InboxFilter(search="danke", status="open", account_ids=smallest)),
        ("danke, tag Sommerfest (rare tag)", InboxFilter(search="danke", tag="Sommerfest")),
    ]
    filters = [
        ("no filter", InboxFilter()),
        ("open", InboxFilter(status="open")),
        ("largest account", InboxFilter(account_ids=largest)),
        ("network Mastodon (6 accounts)", InboxFilter(networks=mastodon)),
        ("tag question", InboxFilter(tag="question")),
        ("last 7 days", InboxFilter(since=week)),
        ("open, Mastodon, last 7 days", InboxFilter(status="open", networks=mastodon, since=week)),
        ("open, smallest account", InboxFilter(status="open", account_ids=smallest)),
    ]
    return searches, filters


def measure(home: Path, runs: int) -> dict[str, object]:
    import qasync
    from PySide6.QtCore import QEventLoop, QModelIndex
    from PySide6.QtWidgets import QApplication

    from ui.app import use_plain_threads
    from ui.inbox.delegate import CommentDelegate
    from ui.inbox.model import FIRST_PAGE, FIRST_ROWS, CommentListModel, CommentRole
    from ui.inbox.view import comment_table
    from ui.jobs import JobRunner
    from ui.widgets.avatars import AvatarPictures

    class CountingDelegate(CommentDelegate):
        painted = 0  # comments painted with their text, not as placeholders

        def paint(self, painter, option, index) -> None:  # noqa: ANN001
            self.painted += index.data(CommentRole) is not None
            super().paint(painter, option, index)

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(qapp, already_running=True)  # asyncio runs inside Qt's event loop, as in the app
    use_plain_threads(loop)
    asyncio.set_event_loop(loop)

    def wait(signal) -> None:  # noqa: ANN001
        """Run Qt's event loop (and with it asyncio's) until the signal fires."""
        pause = QEventLoop()
        signal.connect(pause.quit)
        pause.exec()
        signal.disconnect(pause.quit)

    def run(coroutine):  # noqa: ANN001, ANN202
        task, pause = asyncio.ensure_future(coroutine), QEventLoop()
        task.add_done_callback(lambda _: pause.quit())
        if not task.done():
            pause.exec()
        return task.result()

    async def timed(call, count: int) -> list[float]:  # noqa: ANN001
        times = []
        for _ in range(count):
            start = time.perf_counter()
            await call()
            times.append(time.perf_counter() - start)
        return times

    core = Core(data_paths(home), CredentialStore("Kurzdraht-benchmark"))
    run(core.aopen())
    results: dict[str, object] = {"rss_open": memory_mb()}
    jobs = JobRunner()
    model = CommentListModel(core.inbox, jobs)
    view = comment_table()  # the inbox section's list
    view.setItemDelegate(delegate := CountingDelegate(AvatarPictures(core, jobs, view), view))
    view.verticalHeader().setDefaultSectionSize(delegate.row_height(view.font()))
    view.setModel(model)
    view.resize(520, 760)
    view.show()

    loaded, painted = [], []
    for _ in range(runs + 1):
        delegate.painted = 0
        start = time.perf_counter()
        model.reload()
        wait(model.page_loaded)
        loaded.append(time.perf_counter() - start)
        qapp.processEvents()  # the view's layout of the new rows
        view.viewport().grab()
        painted.append(time.perf_counter() - start)
        if delegate.painted < 5:
            raise SystemExit(f"the first screen showed only {delegate.painted} comments")
    results.update(first_loaded=loaded[1:], first_painted=painted[1:], first_rows_painted=delegate.painted)

    def first_page(search: InboxFilter):  # noqa: ANN202 - as the model asks for it
        return lambda: core.inbox.page(search, limit=FIRST_PAGE, with_rows=FIRST_ROWS)

    searches, filters = cases(core)
    results["service_first"] = run(timed(first_page(InboxFilter()), runs + 1))[1:]
    results["searches"] = {name: run(timed(first_page(search), runs + 1))[1:] for name, search in searches}
    results["filters"] = {name: run(timed(first_page(search), runs + 1))[1:] for name, search in filters}
    results["counts"] = run(timed(core.inbox.counts, runs + 1))[1:]

    model.reload()
    wait(model.page_loaded)
    results["rss_before_scroll"] = memory_mb()
    steps, start = [], time.perf_counter()
    while model.canFetchMore(QModelIndex()) or model.loading:
        step = time.perf_counter()
        if not model.loading:
            view.scrollToBottom()  # the view asks the model for more when it reaches the end
            qapp.processEvents()
            view.viewport().grab()  # paints what is on screen: its rows are read in the background
        if not model.loading:
            raise SystemExit("scrolling to the bottom did not fetch more")
        wait(model.page_loaded)
        steps.append(time.perf_counter() - step)
    view.scrollToBottom()
    view.viewport().grab()
    while model._requested:  # noqa: SLF001 - the rows on the last screen are still being read
        wait(model.rows_loaded)
    delegate.painted = 0
    view.viewport().grab()
    results.update(
        scroll_seconds=time.perf_counter() - start,
        scroll_steps=steps,
        rows=model.rowCount(),
        last_rows_painted=delegate.painted,
        cached_rows=len(model._cache),  # noqa: SLF001
        rss_after_scroll=memory_mb(),
        rss_peak=memory_mb("VmHWM"),
    )
    view.close()
    run(core.aclose())
    return results


# -- syncing --------------------------------------------------------------------------------------------------
async def time_syncs(
    core: Core,
    servers: list,
    runs: int,
    delay: float,  # noqa: ANN001 - MastodonServer
    history: int,
    replies: int,
) -> dict[str, list]:
    import httpx

    organisation = await core.accounts.ensure_organisation("Lindenhof")
    accounts, tokens, our_posts = [], [], []
    for number, server in enumerate(servers, start=1):
        token = server.create_user("lindenhof", f"Lindenhof {number}")
        tokens.append(server.create_user("anna", "Anna Müller"))
        accounts.append((await core.connections.connect_mastodon_token(organisation, server.url, token)).id)
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http:
            posted = await http.post(f"{server.url}/api/v1/statuses", json={"status": "Was wünscht ihr euch?"})
        our_posts.append(posted.json()["id"])
    requests: dict[str, int] = {}

    async def count(request) -> None:  # noqa: ANN001 - an httpx.Request
        server = f"{request.url.host}:{request.url.port}"
        requests[server] = requests.get(server, 0) + 1

    core.http.event_hooks["request"].append(count)

    async def mentions(indexes: list[int], number: int = 5) -> None:
        """New mentions from Anna for these accounts, the first `replies` of them answers to our post."""
        for index in indexes:
            servers[index].delay = 0.0
            async with httpx.AsyncClient(headers={"Authorization": f"Bearer {tokens[index]}"}) as http:
                for n in range(number):
                    body = {"status": f"@lindenhof Kommen die Kinder am Samstag auch? Sind noch Plätze frei? {n} 😊"}
                    if n < replies:
                        body["in_reply_to_id"] = our_posts[index]
                    await http.post(f"{servers[index].url}/api/v1/statuses", json=body)
            servers[index].delay = delay

    async def timed_sync(indexes: list[int]) -> tuple[float, int]:
        await mentions(indexes)
        requests.clear()
        start = time.perf_counter()
        result = await core.inbox_sync.sync([accounts[i] for i in indexes])
        elapsed = time.perf_counter() - start
        if result.failed or len(result.new_ids) != 5 * len(indexes):
            raise SystemExit(f"sync failed: {[(a.account_name, a.error, len(a.new_ids)) for a in result.accounts]}")
        return elapsed, max(requests.values())

    everyone = list(range(len(servers)))
    if history:
        await mentions(everyone, history)
        await core.inbox_sync.sync()
    await timed_sync(everyone)  # warm-up (without --history, the first sync of each account has no cursor)
    found: dict[str, list] = {"totals": [], "slowest": [], "requests": []}
    for _ in range(runs):
        total, most = await timed_sync(everyone)
        singles = [await timed_sync([index]) for index in everyone]
        found["totals"].append(total)
        found["slowest"].append(max(t for t, _ in singles))
        found["requests"] += [most] + [r for _, r in singles]
    return found


def sync(accounts: int, runs: int, delay: float, history: int, replies: int) -> None:
    from servers.mastodon_api import MastodonServer

    use_memory_keyring()
    servers = [MastodonServer().start() for _ in range(accounts)]
    try:
        with tempfile.TemporaryDirectory() as home:
            core = Core(data_paths(home), CredentialStore("Kurzdraht-benchmark")).open()

            async def go() -> dict[str, list]:
                try:
                    return await time_syncs(core, servers, runs, delay, history, replies)
                finally:
                    await core.aclose()

            found = asyncio.run(go())
    finally:
        for server in servers:
            server.stop()
    ratios = [t / s for t, s in zip(found["totals"], found["slowest"])]
    seconds = lambda v: f"median {statistics.median(v):.3f} s, min {min(v):.3f} s, max {max(v):.3f} s"  # noqa: E731
    print(
        f"\nsync of {accounts} Mastodon accounts, each server answering after {1000 * delay:.0f} ms, 5 new mentions "
        f"per account and run ({replies} of them replies to our post), {history} synced before, {runs} runs:"
    )
    print(f"  all accounts together:  {seconds(found['totals'])}")
    print(f"  slowest single account: {seconds(found['slowest'])}")
    print(
        f"  together / slowest:     median {statistics.median(ratios):.3f}, min {min(ratios):.3f}, "
        f"max {max(ratios):.3f} (goal: at most 1.15)"
    )
    print(f"  HTTP requests per account sync: {min(found['requests'])}-{max(found['requests'])}")


# -- the report -----------------------------------------------------------------------------------------------
def report(sizes: list[int], generated: dict[int, dict], measured: dict[int, dict], runs: int) -> None:
    ms = lambda v: f"{1000 * statistics.median(v):.1f}/{1000 * percentile(v, 0.95):.1f}"  # noqa: E731

    def line(name: str, cell) -> None:  # noqa: ANN001
        print(f"  {name:44}" + "".join(cell(measured[size]).rjust(14) for size in sizes))

    print(f"\ninbox with 20 accounts; times in ms, median/p95 of {runs} runs after a warm-up")
    print(f"  {'':44}" + "".join(label(size).rjust(14) for size in sizes))
    print(
        f"  {'generating (s) / database file (MB)':44}"
        + "".join(f"{generated[s]['seconds']:.0f}/{generated[s]['bytes'] / 1e6:.0f}".rjust(14) for s in sizes)
    )
    print("first screen (goal: under 30 ms)")
    line("reload() → page_loaded", lambda r: ms(r["first_loaded"]))
    line("reload() → first screen painted", lambda r: ms(r["first_painted"]))
    line("  slowest run", lambda r: f"{1000 * max(r['first_painted']):.1f}")
    line("  comments painted on it", lambda r: str(r["first_rows_painted"]))
    line("InboxService.page alone (200 ids, 40 rows)", lambda r: ms(r["service_first"]))
    print("search, first page (goal: under 50 ms)")
    for name in measured[sizes[0]]["searches"]:
        line(name, lambda r, n=name: ms(r["searches"][n]))
    print("filters, first page (goal: under 50 ms)")
    for name in measured[sizes[0]]["filters"]:
        line(name, lambda r, n=name: ms(r["filters"][n]))
    line("counters: counts()", lambda r: ms(r["counts"]))
    print("scrolling to the end")
    line("total (s)", lambda r: f"{r['scroll_seconds']:.1f}")
    line("pages fetched / rows", lambda r: f"{len(r['scroll_steps'])}/{r['rows']}")
    line("one page (scroll, paint, fetch), median", lambda r: f"{1000 * statistics.median(r['scroll_steps']):.0f}")
    line("  the last page", lambda r: f"{1000 * r['scroll_steps'][-1]:.0f}")
    line("  comments painted on the last screen", lambda r: str(r["last_rows_painted"]))
    line("rows kept by the model (cache)", lambda r: str(r["cached_rows"]))
    print("memory of the process, MB (goal: under 250 MB)")
    line("after opening the data", lambda r: f"{r['rss_open']:.0f}")
    line("before scrolling", lambda r: f"{r['rss_before_scroll']:.0f}")
    line("after scrolling to the end", lambda r: f"{r['rss_after_scroll']:.0f}")
    line("peak (VmHWM)", lambda r: f"{r['rss_peak']:.0f}")


def benchmark(args: argparse.Namespace, cache: Path) -> None:
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    generated, measured = {}, {}
    for size in sizes:
        home, generated[size] = database_for(size, args.regenerate, cache)
        print(f"measuring {label(size)} …", flush=True)
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(home), str(args.runs)],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        )
        measured[size] = json.loads(child.stdout.splitlines()[-1])
    report(sizes, generated, measured, args.runs)
    if args.sync_runs:
        sync(args.accounts, args.sync_runs, args.delay, args.history, args.replies)
    print(f"({os.cpu_count()} CPU cores, SQLite {sqlite3.sqlite_version})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10k,100k,1M", help="comments in the workspace, e.g. 10k,100k,1M")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per figure, after one warm-up")
    parser.add_argument("--regenerate", action="store_true", help="build the cached data folders again")
    parser.add_argument("--sync-runs", type=int, default=3, help="0: no sync benchmark")
    parser.add_argument("--accounts", type=int, default=20, help="Mastodon servers and accounts to sync")
    parser.add_argument("--delay", type=float, default=0.3, help="seconds each server takes per request")
    parser.add_argument("--history", type=int, default=0, help="mentions each account synced before the runs")
    parser.add_argument("--replies", type=int, default=1, help="how many of the 5 new mentions answer our post")
    parser.add_argument("--tiny", action="store_true", help="5k comments, 3 accounts: seconds, for the tests")
    parser.add_argument("--generate", nargs=2, help=argparse.SUPPRESS)  # in a child process: size, folder
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)  # in a child process: folder, runs
    args = parser.parse_args()
    if args.generate:
        return generate(int(args.generate[0]), Path(args.generate[1]))
    if args.measure:
        return print(json.dumps(measure(Path(args.measure[0]), int(args.measure[1]))))
    if args.tiny:  # tiny defaults; figures given on the command line still count
        parser.set_defaults(sizes="5k", runs=2, sync_runs=1, accounts=3, delay=0.05)
        args = parser.parse_args()
        with tempfile.TemporaryDirectory(prefix="kurzdraht-bench-inbox-") as scratch:  # not kept: seconds to build
            return benchmark(args, Path(scratch))
    return benchmark(args, CACHE)


if __name__ == "__main__":
    main()
