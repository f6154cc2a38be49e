"""A network is one module: adding one under `desktop/networks/` (here the made-up "Rundbrief" from
tests/desktop/networks/plugins/) makes it appear in `accounts add`, in the Connect dialog, in Accounts
and in publishing, without a change to any other file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import desktop.networks
from conftest import require_keyring
from desktop.networks.registry import plugins

ROOT = Path(__file__).resolve().parents[3]
PLUGINS = Path(__file__).parent / "plugins"

# The CLI exactly as installed, with the folder holding rundbrief.py added to desktop.networks.
_CLI_WITH_PLUGIN = (
    "import sys, desktop.networks; desktop.networks.__path__.append(sys.argv.pop(1)); "
    "from desktop.cli.main import main; sys.exit(main())"
)


def kurzdraht(*args: str, stdin: str = "", service: str = "kurzdraht-test") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CLI_WITH_PLUGIN, str(PLUGINS), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service},
        timeout=120,
    )


@pytest.fixture
def rundbrief(monkeypatch):
    """The plug-in in this process (for the dialog)."""
    monkeypatch.setattr(desktop.networks, "__path__", [*desktop.networks.__path__, str(PLUGINS)])
    plugins.cache_clear()
    yield plugins()["rundbrief"]
    monkeypatch.undo()
    plugins.cache_clear()


def test_a_new_network_module_is_offered_by_accounts_add():
    overview = kurzdraht("accounts", "add", "--help")
    assert overview.returncode == 0, overview.stderr
    assert "rundbrief" in overview.stdout and "a Rundbrief newsletter list (with an API token)" in overview.stdout
    assert all(network in overview.stdout for network in ("mastodon", "bluesky", "wordpress"))

    own = kurzdraht("accounts", "add", "rundbrief", "--help")
    assert own.returncode == 0, own.stderr
    for option, help_text in (
        ("--server URL", "the Rundbrief server"),
        ("--list LIST", "the list's short name"),
        ("--token-stdin", "read the API token from standard input"),
    ):
        assert option in own.stdout and help_text in own.stdout

    missing = kurzdraht("accounts", "add", "rundbrief", "--server", "rundbrief.example")
    assert missing.returncode == 2 and "--list" in missing.stderr  # a required field is a required option


def test_the_new_network_connects_lists_and_publishes_from_the_cli(credentials, keyring_service):
    require_keyring(credentials)
    refused = kurzdraht(
        "accounts",
        "add",
        "rundbrief",
        "--server",
        "rundbrief.example",
        "--list",
        "lindenhof",
        "--token-stdin",
        stdin="wrong\n",
        service=keyring_service,
    )
    assert refused.returncode == 1 and "did not accept this API token" in refused.stderr

    added = kurzdraht(
        "accounts",
        "add",
        "rundbrief",
        "--server",
        "rundbrief.example",
        "--list",
        "lindenhof",
        "--token-stdin",
        "--organisation",
        "Lindenhof",
        stdin="rb-token\n",
        service=keyring_service,
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Connected Rundbrief lindenhof (Rundbrief, @lindenhof)."
    [account] = json.loads(kurzdraht("accounts", "list", "--json", service=keyring_service).stdout)
    assert (account["network"], account["status"]) == ("rundbrief", "connected")

    posted = kurzdraht("post", "--to", "Rundbrief lindenhof", "Sommerfest am Samstag", service=keyring_service)
    assert posted.returncode == 0, posted.stderr
    assert "https://rundbrief.example/lindenhof/" in posted.stdout


def test_a_new_network_module_has_its_page_in_the_connect_dialog(rundbrief, start_gui, qtbot, credentials):
    require_keyring(credentials)
    from ui.accounts.connect_dialog import ConnectDialog

    session = start_gui()
    session.window.show()
    session.window.show_section("accounts")
    section = session.window.sections["accounts"]
    qtbot.mouseClick(section.empty.button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(ConnectDialog)
    index = dialog.network.findData("rundbrief")
    assert index >= 0 and dialog.network.itemText(index) == "Rundbrief"
    dialog.network.setCurrentIndex(index)
    page = dialog.pages["rundbrief"]
    assert page.isVisible()
    assert page.explanation.text() == "Paste the API token from Rundbrief's settings."
    assert [page.labels[key].text() for key in ("server", "list", "token")] == [
        "Rundbrief server:",
        "Mailing list:",
        "API token:",
    ]
    assert page.fields["server"].placeholderText() == "rundbrief.example"
    dialog.organisation.setEditText("Jugendclub Funkenflug")
    qtbot.keyClicks(page.fields["server"], "rundbrief.example")
    qtbot.keyClicks(page.fields["list"], "funkenflug")
    qtbot.keyClicks(page.fields["token"], "rb-token")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    account = section.model.rows[0]
    assert (account.network, account.display_name, account.network_name) == (
        "rundbrief",
        "Rundbrief funkenflug",
        "Rundbrief",
    )
    assert account.limits == rundbrief.limits  # the module's own limits reach the composer


def test_a_network_module_that_fails_to_load_leaves_the_others_working(monkeypatch, caplog):
    monkeypatch.setattr(
        desktop.networks, "__path__", [*desktop.networks.__path__, str(PLUGINS.parent / "plugins_broken")]
    )
    plugins.cache_clear()
    try:
        found = plugins()
    finally:
        monkeypatch.undo()
        plugins.cache_clear()
    assert {"mastodon", "bluesky", "wordpress", "facebook", "instagram", "threads"} <= set(found)
    assert "kaputt" not in found and "the network module kaputt could not be loaded" in caplog.text
