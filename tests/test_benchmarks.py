"""Every benchmark keeps working: each one, started as the README says plus `--tiny` (seconds, small
sizes, the same code paths), exits 0 and prints all its figures. The figures themselves are not judged
here (a loaded machine would make that flaky); that they are there means every measured path ran."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
README_COMMAND = re.compile(r"`python (benchmarks/[\w-]+\.py)([^`]*)`")
TIMEOUT = 300  # seconds; a tiny run takes a few, more on a loaded machine

NUMBER = r"\d+(?:\.\d+)?"
# What each benchmark prints: one pattern per figure line.
FIGURES = {
    "startup": [
        rf"kurzdraht --demo, start to window shown with data: median {NUMBER} ms, .* peak RSS {NUMBER} MB",
        rf"bare PySide6 window \+ peewee, httpx, keyring: median {NUMBER} ms",
    ],
    "publish": [
        rf"total \(publish \+ send to all\): +median {NUMBER} ms",
        rf"slowest single account: +median {NUMBER} ms",
        rf"sum of the single accounts: +median {NUMBER} ms",
        rf"total / slowest single: +median {NUMBER}, min {NUMBER}, max {NUMBER}",
        r"HTTP requests per publish to one account: \d+",
    ],
    "composer_typing": [
        rf"short text \(0 → 60 characters\): +median {NUMBER} ms, p95 {NUMBER} ms, max {NUMBER} ms over 60 keystrokes",
        rf"long text \(\d+ → \d+ characters\): median {NUMBER} ms, .* over 60 keystrokes",
        rf"the recount and checks alone at \d+ characters: median {NUMBER} ms; one count per rule: .*x {NUMBER}",
        rf"ticking the X account .*warm-up {NUMBER} ms after the accounts showed\): {NUMBER} ms",
        r"no references to None lost",
        rf"without warm-up: {NUMBER} ms \(the next count: {NUMBER} ms\)",
        rf"after warm_up\('x'\), which took {NUMBER} ms: {NUMBER} ms",
    ],
    "inbox": [
        rf"reload\(\) → first screen painted +{NUMBER}/{NUMBER}",
        r"comments painted on it +\d+",
        rf"Zwetschgendatschi \(rare\) +{NUMBER}/{NUMBER}",
        rf"Plät\* \(prefix\) +{NUMBER}/{NUMBER}",
        rf"open, Mastodon, last 7 days +{NUMBER}/{NUMBER}",
        rf"counters: counts\(\) +{NUMBER}/{NUMBER}",
        r"pages fetched / rows +[1-9]\d*/5000",  # scrolling fetched pages, to the last comment
        r"peak \(VmHWM\) +\d+",
        rf"together / slowest: +median {NUMBER}",
        r"HTTP requests per account sync: \d+-\d+",
    ],
    "calendar_views": [
        rf"month: refresh\(\), this month( +{NUMBER}){{6}} +\d+ \(\d+\)",
        rf"month: go_to\(busy month\)( +{NUMBER}){{6}} +\d+ \(\d+\)",
        rf"month: 12 × step\(1\) at once \(held PgDn\)( +{NUMBER}){{6}}",
        rf"week: go_to\(a week of the busy month\)( +{NUMBER}){{6}}",
        rf"database: calendar.missed\(\), 8 over \d+ days( +{NUMBER}){{3}}",
        r"start → first request +median +\d+",
        r"start → POST /api/v1/statuses +median +\d+",
        r"requests: .*POST /api/v1/statuses",
    ],
    "insights": [
        rf"first open: refresh\(\), 30 days \(once, cold\)( +{NUMBER}){{6}} +\d+, \d+",
        rf"period: 7 days( +{NUMBER}){{6}} +\d+, \d+",
        rf"period: 12 months( +{NUMBER}){{6}} +[1-9]\d*, [1-9]\d*",
        rf"period: custom, 2 years( +{NUMBER}){{6}} +[1-9]\d*, [1-9]\d*",
        rf"period: 12 months again \(kept\)( +{NUMBER}){{6}}",
        rf"grouping: each network \(12 months\)( +{NUMBER}){{6}}",
        rf"tab: posts \(12 months\)( +{NUMBER}){{6}}",
        rf"tab: answering \(12 months\)( +{NUMBER}){{6}}",
        rf"database: insights.overview, 12 months( +{NUMBER}){{3}} +– +[1-9]\d*",
        r"over the goal of 100 ms: ",
        r"first sync +1 +[1-9]\d* +(20 )*\d+ +\d+ +\d+ +\d+ ",
        r"5 minutes later +0 +0 +– +0 +0 +\d+ ",
        r"the next day +1 +\d+",
        r"follower requests per account and day: at most 1 ",
        r"ids per figures request: at most 20;",
    ],
    "first_run": [
        rf"first-run guide made and shown: median {NUMBER} ms, max {NUMBER} ms",
        rf"guide: the next page shown: median {NUMBER} ms",
        rf"Settings made and shown: median {NUMBER} ms",
        rf"Settings: another page shown: median {NUMBER} ms",
        rf"two organisations stored: median {NUMBER} ms",
    ],
    "csv_import": [
        r"rows: (\d+), imported: \1",
        rf"preview: {NUMBER} s, import: {NUMBER} s",
        r"longest stretch another writer was refused: \d+ ms",
        r"batches: [1-9]\d*, longest batch: \d+ ms, last step \(showing them all\): \d+ ms",
    ],
    # Here the figures are judged: they count mistakes, not milliseconds (only a machine so loaded that a
    # sender needs a minute for one post could change them).
    "soak": [
        r"soak: seed \d+, 300 posts over 1 days",
        r"events: .*app killed [1-9].*fault drop_after_commit [1-9].*offline stretches [1-9]",
        r"mastodon: \d+ sent \([1-9]\d* replies\), on the server \d+, duplicates 0, lost 0, late 0",
        r"bluesky: [1-9]\d* sent \(0 replies\), on the server \d+, duplicates 0, lost 0, late 0",
        r"wordpress: [1-9]\d* sent \(0 replies\), on the server \d+, duplicates 0, lost 0, late 0",
        r"seed \d+: all posts once, none lost, none late",
    ],
}


def readme_commands() -> dict[str, list[str]]:
    """Benchmark name → the arguments the README's developer section gives it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return {Path(path).stem: arguments.split() for path, arguments in README_COMMAND.findall(readme)}


def benchmark_scripts() -> set[str]:
    """The files in benchmarks/ that are run (the others are helpers they import)."""
    return {
        path.stem
        for path in BENCHMARKS.glob("*.py")
        if 'if __name__ == "__main__":' in path.read_text(encoding="utf-8")
    }


def test_the_readme_says_how_to_run_every_benchmark_and_each_one_is_checked_here():
    assert set(readme_commands()) == benchmark_scripts()
    assert set(FIGURES) == benchmark_scripts()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FIGURES))
def test_the_benchmark_runs_as_the_readme_says_and_prints_its_figures(name: str):
    command = [sys.executable, f"benchmarks/{name}.py", *readme_commands()[name], "--tiny"]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as stuck:  # say what it printed before it stopped moving
        printed = [
            part.decode(errors="replace") if isinstance(part, bytes) else part or ""
            for part in (stuck.stdout, stuck.stderr)
        ]
        pytest.fail(f"{' '.join(command)} did not end within {TIMEOUT} s:\n{printed[0][-2000:]}\n{printed[1][-4000:]}")

    assert done.returncode == 0, f"{' '.join(command)} exited with {done.returncode}:\n{done.stderr[-4000:]}"
    missing = [pattern for pattern in FIGURES[name] if not re.search(pattern, done.stdout)]
    assert missing == [], f"figures missing from the output of {' '.join(command)}:\n{done.stdout}"
