"""The PyInstaller one-folder build starts and finds its resources, keyring backends and CLI.

Slow: it builds packaging/kurzdraht.spec once per run (module-scoped fixture) into a tmp folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "kurzdraht.spec"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120
EXE_NAME = "kurzdraht.exe" if sys.platform == "win32" else "kurzdraht"


def _report(what: str, result: subprocess.CompletedProcess[str]) -> str:
    return (
        f"{what} exited with {result.returncode}\n"
        f"--- stdout ---\n{result.stdout[-8000:]}\n--- stderr ---\n{result.stderr[-8000:]}"
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the spec once; returns dist/kurzdraht."""
    try:
        import PyInstaller  # noqa: F401  (part of the test extras: missing means a broken setup)
    except ImportError as error:
        pytest.fail(f"PyInstaller is not installed ({error}); install the test extras: pip install -e .[test]")
    out = tmp_path_factory.mktemp("pyinstaller")
    # Run from the tmp folder so the spec is shown not to depend on the current directory.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
        ],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, _report("PyInstaller", result)
    folder = out / "dist" / "kurzdraht"
    assert (folder / EXE_NAME).is_file(), f"no {EXE_NAME} in {folder}\n" + _report("PyInstaller", result)
    return folder


def _run(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["KURZDRAHT_HOME"] = str(tmp_path / "home")
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the checkout
    return subprocess.run(
        [str(bundle / EXE_NAME), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=RUN_TIMEOUT,
    )


def _data_root(bundle: Path) -> Path:
    """sys._MEIPASS of a one-folder build: _internal/ since PyInstaller 6, the folder itself before."""
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def test_bundle_contains_resources_and_keyring_metadata(bundle: Path) -> None:
    root = _data_root(bundle)
    for relative in (
        "resources/translations/kurzdraht_de.qm",
        "resources/translations/kurzdraht_en.qm",
        "resources/icons/kurzdraht.svg",
        "resources/kurzdraht.desktop",
    ):
        assert (root / relative).is_file(), f"{relative} missing from the bundle in {root}"
    # Without these Qt plugins every .svg icon in the app is silently blank.
    for plugin in ("qsvg", "qsvgicon"):
        assert any(root.rglob(f"*{plugin}.*")), f"Qt plugin {plugin} missing from the bundle in {root}"
    entry_points = list(root.glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points, f"keyring metadata missing from {root}: no backends would be found"
    assert "keyring.backends" in entry_points[0].read_text(encoding="utf-8")


def test_built_app_opens_demo_window(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "--demo", "--exit-when-shown")
    assert result.returncode == 0 and "shown after" in result.stdout, _report(
        "kurzdraht --demo --exit-when-shown", result
    )


def test_built_app_version(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "--version")
    assert result.returncode == 0 and "Kurzdraht " in result.stdout, _report("kurzdraht --version", result)


def test_built_app_cli_lists_demo_accounts(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "--demo", "accounts", "list", "--json")
    assert result.returncode == 0, _report("kurzdraht --demo accounts list --json", result)
    try:
        accounts = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        pytest.fail(f"output is not JSON ({error})\n" + _report("kurzdraht --demo accounts list --json", result))
    assert isinstance(accounts, list) and len(accounts) == 7, _report("kurzdraht --demo accounts list --json", result)


def test_built_app_loads_the_network_clients(bundle: Path, tmp_path: Path) -> None:
    # Nothing listens on port 9 here: the WordPress client is loaded, tries, and says so plainly.
    result = subprocess.run(
        [
            str(bundle / "kurzdraht"),
            "--home",
            str(tmp_path / "home"),
            "accounts",
            "add",
            "wordpress",
            "--site",
            "http://127.0.0.1:9",
            "--user",
            "redaktion",
            "--password-stdin",
        ],
        input="abcd abcd abcd abcd\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": "Kurzdraht-packaging-test"},
    )
    assert result.returncode == 1 and "Could not reach WordPress" in result.stderr, _report(
        "kurzdraht accounts add wordpress", result
    )


def test_built_app_finds_every_network_module(bundle: Path, tmp_path: Path) -> None:
    # The networks are found by looking through desktop/networks/: that must work inside the bundle too.
    result = _run(bundle, tmp_path, "accounts", "add", "--help")
    assert result.returncode == 0, _report("kurzdraht accounts add --help", result)
    for network in ("mastodon", "bluesky", "wordpress", "facebook", "instagram", "threads"):
        assert network in result.stdout, _report("kurzdraht accounts add --help", result)
