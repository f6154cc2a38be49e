"""Shared fixtures: each test gets its own data folder and keyring service name, offscreen Qt,
and a qasync loop so background jobs run while qtbot waits."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The networks' servers, started on 127.0.0.1 by fixtures (see tests/servers/).
pytest_plugins = (
    "servers.mastodon",
    "servers.wordpress",
    "servers.bluesky",
    "servers.faults",
    "servers.graph",
    "servers.threads",
    "servers.x",
    "servers.linkedin",
    "servers.youtube",
    "servers.webhook",
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder per test, in English unless a test says otherwise."""
    folder = tmp_path / "kurzdraht-home"
    monkeypatch.setenv("KURZDRAHT_HOME", str(folder))
    monkeypatch.setenv("LANGUAGE", "en")
    from desktop import i18n

    i18n.use_language("en")
    return folder


@pytest.fixture
def keyring_service() -> str:
    """A keyring service name of this test's own, so tests never see each other's (or a user's) secrets."""
    return f"Kurzdraht-test-{uuid.uuid4()}"


@pytest.fixture
def credentials(keyring_service: str):
    from desktop.credentials import CredentialStore

    return CredentialStore(keyring_service)


def require_keyring(store) -> None:
    """In CI the real Secret Service must be there (the test command starts it); elsewhere skip."""
    if not store.status().available:
        message = "no OS keyring backend: run the tests through scripts/test, which starts gnome-keyring"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def core(home: Path, credentials):
    from desktop.app import Core
    from desktop.paths import data_paths

    instance = Core(data_paths(home), credentials=credentials).open()
    yield instance
    instance.close()


def run(coroutine):
    """Run a core coroutine to completion from a plain (non-GUI) test."""
    return asyncio.run(coroutine)


def run_online(core, coroutine):
    """Run a coroutine that uses the network, closing the core's HTTP client on the same loop."""

    async def main():
        try:
            return await coroutine
        finally:
            await core.close_http()

    return asyncio.run(main())


def png_bytes(width: int = 4, height: int = 3, colour: str | tuple[int, int, int] = "#d03040") -> bytes:
    """A real PNG of one colour (the same bytes for the same arguments)."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def make_png(path: Path, width: int = 64, height: int = 48, colour: str = "#2f6f9f") -> Path:
    """A real PNG file of the given size."""
    path.write_bytes(png_bytes(width, height, colour))
    return path


def type_text(widget, text: str) -> None:
    """Type as a person does, one key event per character, also umlauts and emoji (which QTest's
    keyClicks cannot send: it maps characters to ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        key = Qt.Key.Key_Return if character == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character))


def run_in_loop(qtbot, coroutine, timeout: int = 5000):
    """Run a core coroutine on the GUI's loop from a GUI test, waiting as qtbot does."""
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


@pytest.fixture
def loop(qapp):
    """A qasync loop marked as running, so coroutines started by the GUI advance while qtbot waits."""
    import qasync

    from ui.app import use_plain_threads

    event_loop = qasync.QEventLoop(qapp, already_running=True)
    executor = use_plain_threads(event_loop)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [task for task in asyncio.all_tasks(event_loop) if not task.done()]
    for task in pending:
        task.cancel()
    executor.shutdown(wait=True)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


def settle(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel the background work still running at the end of a GUI test and let it end while the
    windows exist: else it fails once the data is closed and runs its handlers on deleted widgets
    during the next test."""
    import time

    from PySide6.QtCore import QCoreApplication

    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    deadline = time.monotonic() + 10
    while any(not task.done() for task in pending) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    stuck = [task for task in pending if not task.done()]
    assert not stuck, f"background work that did not end when cancelled: {stuck}"


@pytest.fixture
def start_gui(qapp, qtbot, loop, home: Path, keyring_service: str):
    """Start the app on the test's data folder; returns the KurzdrahtApp once its data is open."""
    from desktop.credentials import CredentialStore
    from ui.app import KurzdrahtApp

    sessions = []

    def start(demo: bool = False, wait: bool = True, guide: bool = False) -> KurzdrahtApp:
        # The first-run guide opens on an empty workspace; only the tests of the guide want it.
        session = KurzdrahtApp(
            qapp, home, demo=demo, credentials=CredentialStore(keyring_service), first_run_guide=guide
        )
        # At the end of a test nobody answers "quit anyway?" (a failed test may leave posts in flight).
        qtbot.addWidget(
            session.window,
            before_close_func=lambda window: (
                setattr(window, "confirm_quit", False),
                setattr(window, "quitting", True),
                session.jobs.close(),
                settle(loop),
            ),
        )
        sessions.append(session)
        session.start()
        if wait:
            qtbot.waitUntil(lambda: session.ready or session.error is not None, timeout=10_000)
            if session.error is None:
                qtbot.waitUntil(lambda: all(s.loaded for s in session.window.sections.values()), timeout=10_000)
        return session

    yield start
    for session in sessions:
        session.close()


def open_settings(session, qtbot, page: str = "general"):
    """File → Settings… (Ctrl+,), on `page`; returns the dialog once it shows its stored values."""
    session.window.settings_action.trigger()
    qtbot.waitUntil(lambda: session.settings_dialog is not None and session.settings_dialog.isVisible())
    dialog = session.settings_dialog
    dialog.show_page(page)
    qtbot.waitUntil(lambda: bool(dialog.rows.rows))  # loaded
    return dialog


def choose_language(session, qtbot, language: str) -> None:
    """Settings → General → Language, then OK, as a person switches the language."""
    dialog = open_settings(session, qtbot)
    dialog.general.language.setCurrentIndex(("system", "de", "en").index(language))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: session.settings_dialog is None, timeout=5000)
