"""The first-run guide and the Settings dialog: how long each takes to show, and storing organisations.

    python benchmarks/first_run.py [--runs 21] [--tiny]

A real app (`KurzdrahtApp`) on the sample workspace, offscreen, on the qasync loop as the app runs it.
Timed: making the first-run guide and showing it until Qt has painted it (`FirstRunGuide` with the
workspace's organisations; then each of its four pages); making and showing the Settings dialog on its
first page and on each other page; storing two organisations through the core
(`AccountService.save_organisations`, one transaction, as the guide's Next and the dialog's OK do).
Median and max of --runs after a warm-up. --tiny: 3 runs (the tests run it so that it keeps working).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def figure(label: str, times: list[float]) -> str:
    return f"{label}: median {1000 * statistics.median(times):.1f} ms, max {1000 * max(times):.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--tiny", action="store_true")
    options = parser.parse_args()
    runs = 3 if options.tiny else options.runs

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.demo import make_demo_home, remove_demo_home
    from ui.app import KurzdrahtApp, use_plain_threads

    qapp = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(qapp)
    use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    home = make_demo_home()
    session = KurzdrahtApp(qapp, home, demo=True)
    lines: list[str] = []

    def painted(widget) -> None:  # noqa: ANN001
        # Painted now, without processEvents(): called inside this coroutine, it could run another task's
        # next step (a background job's answer arriving), which asyncio refuses while this task runs; that
        # task would never run again, and closing the app waits for it (a hang seen once in CI).
        widget.repaint()

    async def measure() -> None:
        from ui.guide import FirstRunGuide
        from ui.settings.dialog import SettingsDialog

        organisations = await session.core.accounts.organisations()
        accounts = await session.core.accounts.list()
        guide_times, page_times, settings_times, settings_page_times, store_times = [], [], [], [], []
        for run in range(runs + 1):  # the first is the warm-up
            started = time.perf_counter()
            guide = FirstRunGuide(session.core, session.jobs, session.events, organisations, accounts, session.window)
            guide.show()
            painted(guide)
            shown = time.perf_counter() - started
            pages = []
            for _ in range(3):
                started = time.perf_counter()
                guide.next()
                painted(guide)
                pages.append(time.perf_counter() - started)
            guide.done(0)
            guide.deleteLater()

            started = time.perf_counter()
            dialog = SettingsDialog(session.core, session.jobs, session.events, "general", session.window)
            dialog.show()
            painted(dialog)
            opened = time.perf_counter() - started
            switched = []
            for page in [p.key for p in dialog.pages][1:]:
                started = time.perf_counter()
                dialog.show_page(page)
                painted(dialog)
                switched.append(time.perf_counter() - started)
            dialog.done(0)
            dialog.deleteLater()

            names = [
                (None, f"Benchmark {run} A", "#2f6f9f", "Europe/Berlin"),
                (None, f"Benchmark {run} B", "#b3451b", "Europe/Berlin"),
            ]
            started = time.perf_counter()
            stored = await session.core.accounts.save_organisations(names)
            store_times.append(time.perf_counter() - started)
            await session.core.accounts.save_organisations([], [o.id for o in stored])
            if run:
                guide_times.append(shown)
                page_times.extend(pages)
                settings_times.append(opened)
                settings_page_times.extend(switched)
        lines.append(figure("first-run guide made and shown", guide_times))
        lines.append(figure("guide: the next page shown", page_times))
        lines.append(figure("Settings made and shown", settings_times))
        lines.append(figure("Settings: another page shown", settings_page_times))
        lines.append(figure("two organisations stored", store_times[1:]))

    def start() -> None:
        if not session.ready or not all(s.loaded for s in session.window.sections.values()):
            QTimer.singleShot(20, start)
            return
        task = asyncio.ensure_future(measure())
        task.add_done_callback(lambda _: qapp.quit())

    session.start()
    QTimer.singleShot(0, start)
    # A benchmark that cannot finish says so and ends, instead of waiting for ever.
    QTimer.singleShot(
        240_000, lambda: (print("did not finish within 4 minutes", file=sys.stderr, flush=True), os._exit(1))
    )
    with loop:
        loop.run_forever()
        loop.run_until_complete(session.aclose())
    remove_demo_home(home)
    print(f"times in ms over {runs} runs after a warm-up, sample workspace, offscreen")
    for line in lines:
        print("  " + line)
    return 0 if len(lines) == 5 else 1


if __name__ == "__main__":
    sys.exit(main())
