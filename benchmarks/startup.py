"""Start-up time: a whole `kurzdraht --demo` process, from start until the window is shown with
its first section's data, then exit; offscreen. Reports median, min and max of several runs and
the peak resident memory.

    python benchmarks/startup.py [--runs 11] [--baseline] [--tiny]

--baseline also times a bare PySide6 window with peewee, httpx and keyring imported, the floor
the issue names, on the same machine and in the same way. --tiny runs each once (after the warm-up):
the tests run it so that the benchmark keeps working, its figures are not meant to be read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = """
import sys, peewee, httpx, keyring
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def time_process(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one child process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as home:
        env["KURZDRAHT_HOME"] = home
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} failed with exit code {child.returncode}")
    return elapsed, usage.ru_maxrss


def report(name: str, command: list[str], runs: int) -> None:
    time_process(command)  # warm the file cache once
    times, peaks = zip(*(time_process(command) for _ in range(runs)))
    print(
        f"{name}: median {1000 * statistics.median(times):.0f} ms, min {1000 * min(times):.0f} ms, "
        f"max {1000 * max(times):.0f} ms over {runs} runs; peak RSS {max(peaks) / 1024:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--tiny", action="store_true", help="one run: seconds, for the tests")
    args = parser.parse_args()
    if args.tiny:  # tiny defaults; figures given on the command line still count
        parser.set_defaults(runs=1)
        args = parser.parse_args()
    report(
        "kurzdraht --demo, start to window shown with data",
        [sys.executable, "-m", "desktop", "--demo", "--exit-when-shown"],
        args.runs,
    )
    if args.baseline:
        report("bare PySide6 window + peewee, httpx, keyring", [sys.executable, "-c", BASELINE], args.runs)


if __name__ == "__main__":
    main()
