"""Typing in the composer with 8 live counters: the wall time of one keystroke in the real window
(offscreen), with one account of each network ticked (Facebook, Instagram, X, Mastodon, Bluesky,
LinkedIn, YouTube, WordPress), so every counting rule runs on every keystroke, X's twitter-text
(the slowest) included. The composer counts once per keystroke (the checks reuse the counter panel's
counts). The issue's goal: under 16 ms per keystroke (one frame at 60 Hz).

    python benchmarks/composer_typing.py [--rounds 3] [--long 1500] [--typed 299] [--tiny]

A keystroke is a key press and a key release sent with QApplication.sendEvent, as a person's typing
arrives (one character each, umlauts and emoji too, like `type_text` in tests/conftest.py), then
QApplication.processEvents(): the time covers the edit, the synchronous recount and checks, the
repaint and whatever else was waiting (an autosave starting, a finished job's answer). The post
(~280 characters, with a link, umlauts and emoji) is typed into an empty editor ("short"), and at
the end of a text that already holds ~1,200 characters, so that it ends at about --long characters
("long"; X counting grows with the length). Prints median, p95 and max per keystroke over all
rounds; then how long one count takes per rule at the long length, and the first X count of a
fresh process with and without `desktop.text.counting.warm_up` first. --typed types only the post's
first characters; --tiny (seconds: the tests run it so that the benchmark keeps working) types 60 of
them once, into texts of up to 400 characters, and starts one fresh process for the first X count.

When the accounts load, the composer warms up X's counting library in a background job; the
benchmark waits until that is done, ticks the seven other accounts, then times ticking the X
account, as a user who opens the composer and then chooses accounts would see it.

The accounts are written straight into the database (no network is needed); their secrets go to an
in-memory keyring (benchmarks/memory_keyring.py), so the benchmark runs without a Secret Service.

Before timing, it types a few characters and stops (exit status 1) if references to None got lost
on the way: PySide6 6.12.0 with Python 3.11 does that on every Qt call that returns nothing, and
the app then aborts ("deallocating None") after a few hundred keystrokes (see
tests/ui/test_qt_binding.py and the PySide6 pin in pyproject.toml).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

# The networks a post can go to (YouTube only answers comments: the composer does not offer it).
NETWORKS = {  # network: (display name, handle, server)
    "facebook": ("Lindenhof auf Facebook", "lindenhof", ""),
    "instagram": ("Lindenhof auf Instagram", "@lindenhof", ""),
    "x": ("Lindenhof auf X", "@lindenhof", ""),
    "mastodon": ("Lindenhof auf Mastodon", "@lindenhof@social.example", "https://social.example"),
    "bluesky": ("Lindenhof auf Bluesky", "lindenhof.bsky.social", "https://bsky.social"),
    "linkedin": ("Lindenhof auf LinkedIn", "lindenhof", ""),
    "wordpress": ("Lindenhof-Blog", "redaktion", "https://lindenhof.example"),
}
POST = (
    "Kiezfest im Lindenhof am Samstag, 14. Juni, ab 14 Uhr! 🎪 Es gibt Kaffee und Kuchen, eine "
    "Tauschbörse für Bücher und Spielzeug, Musik von der Schülerband und eine Hüpfburg für die "
    "Kleinen. Wer einen Stand möchte, meldet sich bis Mittwoch: https://lindenhof.example/kiezfest "
    "Wir freuen uns auf euch! 💚"
)
EARLIER = (
    "Liebe Nachbarinnen und Nachbarn, der Sommer ist da und mit ihm unser Hoffest. Seit Wochen "
    "planen wir mit vielen Helferinnen und Helfern, räumen den Hof auf, streichen Bänke und "
    "sammeln Spenden für die Tombola. Ein großes Dankeschön an alle, die mitmachen! "
)
FIRST_X_COUNT = """
import sys, time
sys.path.insert(0, {root!r})
import desktop.networks.limits as limits, desktop.text.counting as counting
text, x = {text!r}, limits.DEFAULT_LIMITS["x"]
warm_up = 0.0
if {warm!r}:
    start = time.perf_counter(); counting.warm_up("x"); warm_up = time.perf_counter() - start
start = time.perf_counter(); counting.count(text, x); first = time.perf_counter() - start
start = time.perf_counter(); counting.count(text, x); second = time.perf_counter() - start
print(warm_up, first, second)
"""

CHECK_KEYSTROKES = 40  # typed before timing to see whether references to None get lost


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{1000 * seconds:.1f} ms"


def keystroke_summary(times: list[float]) -> str:
    return (
        f"median {ms(statistics.median(times))}, p95 {ms(percentile(times, 0.95))}, "
        f"max {ms(max(times))} over {len(times)} keystrokes"
    )


def add_accounts(home: Path, credentials) -> None:  # noqa: ANN001 - a CredentialStore
    from desktop.app import Core
    from desktop.paths import data_paths

    core = Core(data_paths(home), credentials).open()

    async def add() -> None:
        organisation = await core.accounts.ensure_organisation("Nachbarschaftszentrum Lindenhof")
        for network, (name, handle, server) in NETWORKS.items():
            await core.accounts.add(
                organisation,
                network,
                name,
                handle,
                server_url=server,
                secret='{"access_token": "benchmark"}',
                status="connected",
            )

    try:
        asyncio.run(add())
    finally:
        core.close()


def wait_until(condition, timeout: float = 10.0, what: str = "the composer did not get ready") -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"{what} in time")
        pause_event_loop(0.01)


def pause_event_loop(seconds: float) -> None:
    """Run Qt's event loop (and so the app's asyncio tasks) for `seconds`, as the app's own event loop
    waits: other Python threads run meanwhile. (QTest.qWait keeps the GIL while it waits, which slows
    the composer's background warm-up of twitter-text more than tenfold.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    pause = QEventLoop()
    QTimer.singleShot(round(1000 * seconds), pause.quit)
    pause.exec()


def x_warmed_up() -> bool:
    """Whether the composer's background job has finished loading twitter-text."""
    module = sys.modules.get("twitter_text")
    # A module is in sys.modules from the start of its import; `_initializing` is set until its end.
    return module is not None and not getattr(getattr(module, "__spec__", None), "_initializing", False)


def check_none_kept(before: int, keystrokes: int) -> None:
    """Stop with a clear message if typing loses references to None (a broken Qt binding)."""
    lost = (before - sys.getrefcount(None)) / keystrokes
    if lost >= 1:
        raise SystemExit(
            f"PySide6 lost {lost:.0f} references to None per keystroke (PySide6 "
            f"{importlib.import_module('PySide6').__version__}, Python {sys.version.split()[0]}): the app "
            "would abort with 'deallocating None' after a few hundred keystrokes, so no figures are "
            "reported. tests/ui/test_qt_binding.py checks for this; install a PySide6 version "
            "that the pin in pyproject.toml allows."
        )


def type_timed(widget, text: str) -> list[float]:  # noqa: ANN001 - the composer's text edit
    """Seconds per character: press and release handled, recount and repaint included."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    times = []
    for character in text:
        key = Qt.Key.Key_Return if character == "\n" else Qt.Key.Key_unknown
        press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, character)
        release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, character)
        start = time.perf_counter()
        QApplication.sendEvent(widget, press)
        QApplication.sendEvent(widget, release)
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return times


def time_gui(home: Path, credentials, rounds: int, long_length: int, post: str) -> None:  # noqa: ANN001
    import qasync
    from PySide6.QtWidgets import QApplication

    from ui.app import KurzdrahtApp, use_plain_threads

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(qapp, already_running=True)  # as the tests' `loop` fixture does
    executor = use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    session = KurzdrahtApp(qapp, home, credentials=credentials, first_run_guide=False)
    try:
        session.start()
        wait_until(lambda: session.ready and all(s.loaded for s in session.window.sections.values()))
        session.window.show_section("compose")
        editor = session.window.sections["compose"].editor
        wait_until(lambda: len(editor.picker.accounts) == len(NETWORKS))
        by_network = {a.network: a.id for a in editor.picker.accounts.values()}
        accounts_shown = time.perf_counter()
        wait_until(x_warmed_up, what="the composer did not load twitter_text (warm-up) after showing the accounts")
        warmed_after = time.perf_counter() - accounts_shown

        for network in NETWORKS:
            if network != "x":
                editor.picker.set_account_checked(by_network[network], True)
        qapp.processEvents()
        start = time.perf_counter()
        editor.picker.set_account_checked(by_network["x"], True)  # the first X count, twitter-text loaded
        qapp.processEvents()
        ticking_x = time.perf_counter() - start
        assert len(editor.counters.rows) == len(NETWORKS)

        text = editor.texts.main
        prefill = (EARLIER * (long_length // len(EARLIER) + 1))[: max(long_length - len(post), 0)]
        gc.collect()
        before = sys.getrefcount(None)
        type_timed(text, POST[:CHECK_KEYSTROKES])  # untimed: stops here if the binding loses references
        check_none_kept(before, CHECK_KEYSTROKES)

        short, long = [], []
        before = sys.getrefcount(None)
        for _ in range(rounds):
            text.setPlainText("")
            short += type_timed(text, post)
            text.setPlainText(prefill)
            text.moveCursor(text.textCursor().MoveOperation.End)
            long += type_timed(text, post)
        check_none_kept(before, len(short) + len(long))
        final = text.toPlainText()
        shown = {editor.counters.rows[by_network[n]].number.text() for n in ("x", "mastodon")}

        # The recount alone, as the composer runs it on each keystroke, at the long text's length.
        recount = []
        for _ in range(50):
            start = time.perf_counter()
            counted = editor.counters.update_counts(editor.texts.text_for)
            editor._update_checks(counted)  # noqa: SLF001 - the same calls the composer makes
            recount.append(time.perf_counter() - start)
        from desktop.text.counting import count

        per_rule = {}
        for network, account_id in by_network.items():
            limits = editor.counters.rows[account_id].limits
            samples = []
            for _ in range(50):
                start = time.perf_counter()
                count(final, limits)
                samples.append(time.perf_counter() - start)
            per_rule[network] = statistics.median(samples)
    finally:
        session.close()
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        deadline = time.monotonic() + 5
        while not all(task.done() for task in pending) and time.monotonic() < deadline:
            pause_event_loop(0.01)  # let them finish cancelling, rather than be destroyed pending at exit
        executor.shutdown(wait=True)
        asyncio.events._set_running_loop(None)  # noqa: SLF001 - undo `already_running`, as the fixture does
        asyncio.set_event_loop(None)

    print(f"typing into the composer, {len(NETWORKS)} accounts ticked ({', '.join(NETWORKS)}), {rounds} rounds:")
    print(f"  short text (0 → {len(post)} characters):    {keystroke_summary(short)}")
    print(f"  long text ({len(prefill)} → {len(final)} characters): {keystroke_summary(long)}   (goal: under 16 ms)")
    print(
        f"  of which the recount and checks alone at {len(final)} characters: "
        f"median {ms(statistics.median(recount))}; one count per rule: "
        + ", ".join(f"{n} {1000 * t:.2f}" for n, t in per_rule.items())
        + " ms"
    )
    print(
        f"  ticking the X account (7 others ticked; first X count in this process, twitter-text loaded "
        f"by the composer's warm-up {ms(warmed_after)} after the accounts showed): {ms(ticking_x)}"
    )
    print(f"  (counters at the end: {' and '.join(sorted(shown))}; no references to None lost)")


def time_first_x_count(runs: int) -> None:
    def child(warm: bool) -> list[float]:
        script = FIRST_X_COUNT.format(root=str(ROOT), text=POST, warm=warm)
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        return [float(v) for v in done.stdout.split()]

    cold = [child(False) for _ in range(runs)]
    warm = [child(True) for _ in range(runs)]
    median = lambda rows, column: statistics.median(r[column] for r in rows)  # noqa: E731
    print(f"first X count of a fresh process ({len(POST)} characters), median of {runs}:")
    print(f"  without warm-up: {ms(median(cold, 1))} (the next count: {ms(median(cold, 2))})")
    print(
        f"  after warm_up('x'), which took {ms(median(warm, 0))}: {ms(median(warm, 1))} "
        f"(the next count: {ms(median(warm, 2))})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3, help="times the post is typed, short and long each")
    parser.add_argument("--long", type=int, default=1500, help="characters of the long text at its end")
    parser.add_argument("--x-runs", type=int, default=5, help="fresh processes for the first X count")
    parser.add_argument("--typed", type=int, default=len(POST), help="characters of the post typed each time")
    parser.add_argument("--tiny", action="store_true", help="60 characters, 1 round: seconds, for the tests")
    args = parser.parse_args()
    if args.tiny:  # tiny defaults; figures given on the command line still count
        parser.set_defaults(rounds=1, long=400, x_runs=1, typed=60)
        args = parser.parse_args()
    if not 0 < args.typed <= len(POST):
        parser.error(f"--typed must be between 1 and {len(POST)}")

    from desktop.credentials import CredentialStore
    from memory_keyring import use_memory_keyring

    use_memory_keyring()
    credentials = CredentialStore("Kurzdraht-benchmark")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        os.environ["KURZDRAHT_HOME"] = str(home)
        add_accounts(home, credentials)
        time_gui(home, credentials, args.rounds, args.long, POST[: args.typed])
    time_first_x_count(args.x_runs)
    print(f"({os.cpu_count()} CPU cores)")


if __name__ == "__main__":
    main()
