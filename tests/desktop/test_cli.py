"""The command line on the same services: listings as tables and JSON, version and help."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def kurzdraht(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_version_and_help():
    result = kurzdraht("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Kurzdraht {__version__}"
    result = kurzdraht("--help")
    assert result.returncode == 0
    for command in ("accounts", "drafts", "inbox", "--demo"):
        assert command in result.stdout


def test_the_installed_console_script_runs_the_same_cli():
    script = shutil.which("kurzdraht", path=str(Path(sys.executable).parent))
    assert script, "the kurzdraht console script is not installed in this environment"
    result = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == f"Kurzdraht {__version__}"


def test_an_empty_workspace_lists_nothing_in_plain_words(home: Path):
    assert (
        kurzdraht("accounts", "list").stdout.strip() == "No accounts yet. Connect one in Kurzdraht's Accounts section."
    )
    assert kurzdraht("drafts", "list").stdout.strip() == "No drafts yet."
    assert kurzdraht("inbox").stdout.strip() == "The inbox is empty."
    assert json.loads(kurzdraht("accounts", "list", "--json").stdout) == []
    assert (home / "kurzdraht.sqlite3").exists()


def test_listings_show_what_is_stored(home: Path):
    from desktop.app import Core
    from tests.conftest import run

    core = Core.create(home).open()
    org = run(core.accounts.ensure_organisation("Nachbarschaftszentrum Lindenhof"))
    account = run(
        core.accounts.add(org, "mastodon", "Lindenhof", "@lindenhof@social.example", "https://social.example")
    )
    run(core.drafts.save(org, "Repair-Café am Samstag – bringt kaputte Toaster mit!", (account,)))
    core.close()

    accounts = json.loads(kurzdraht("accounts", "list", "--json").stdout)
    assert accounts == [
        {
            "id": account,
            "name": "Lindenhof",
            "network": "mastodon",
            "handle": "@lindenhof@social.example",
            "server_url": "https://social.example",
            "organisation": "Nachbarschaftszentrum Lindenhof",
            "status": "not_connected",
            "login_expires_at": None,
        }
    ]
    table = kurzdraht("accounts", "list").stdout.splitlines()
    assert table[0].split() == ["Name", "Network", "Handle", "Organisation", "Status"]
    assert "Lindenhof" in table[1] and "Mastodon" in table[1] and "not connected" in table[1]
    drafts = json.loads(kurzdraht("drafts", "list", "--json").stdout)
    assert [(d["text"], d["networks"]) for d in drafts] == [
        ("Repair-Café am Samstag – bringt kaputte Toaster mit!", ["mastodon"])
    ]


def test_the_demo_workspace_is_temporary(home: Path):
    result = kurzdraht("--demo", "inbox", "--json", "--open")
    comments = json.loads(result.stdout)
    assert len(comments) == 7 and all(c["status"] == "open" for c in comments)
    assert comments[0]["author"] == "Maria K."
    assert not (home / "kurzdraht.sqlite3").exists()  # the user's own data folder was not touched


def test_a_wrong_command_is_a_usage_error():
    result = kurzdraht("accounts", "fly")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
