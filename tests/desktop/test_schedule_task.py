"""`schedule-task`: the systemd user timer set up for real on this machine (in a scratch home), the
command it runs really publishing, and the launchd and Task Scheduler entries built for other systems."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.scheduling.os_schedulers import (
    LaunchAgent,
    SystemdTimer,
    WindowsTask,
    launchd_plist,
    schtasks_create,
    windows_command_line,
)
from desktop.scheduling.task import KEYRING_ENV, publish_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def user_home(tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch login: HOME and XDG_CONFIG_HOME here, and no session bus, so no real systemd is touched."""
    folder = tmp_path / "login"
    (tmp_path / "runtime").mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    return folder


def kurzdraht(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def read_unit(path: Path) -> configparser.ConfigParser:
    unit = configparser.ConfigParser(interpolation=None, strict=True)
    unit.optionxform = str  # systemd's keys are case-sensitive
    unit.read_string(path.read_text(encoding="utf-8"))
    return unit


class RecordingSystem:
    """An OS scheduler that answers every command with the given output, and remembers what it was asked."""

    def __init__(self, output: str = "") -> None:
        self.output = output
        self.commands: list[list[str]] = []

    def __call__(self, argv) -> tuple[int, str]:
        self.commands.append(list(argv))
        return 0, self.output


def test_install_writes_a_timer_that_runs_publish_due_and_remove_deletes_it(
    user_home: Path, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keyring_service: str
):
    data = tmp_path / "Vereinsdaten Jörg Müller"
    monkeypatch.setenv("KURZDRAHT_HOME", str(data))
    monkeypatch.setenv(KEYRING_ENV, keyring_service)
    units = user_home / "config" / "systemd" / "user"

    status = kurzdraht("schedule-task", "status")
    assert status.returncode == 1 and status.stdout.startswith("Not set up:")

    installed = kurzdraht("schedule-task", "install")
    service, timer = read_unit(units / "kurzdraht-publish.service"), read_unit(units / "kurzdraht-publish.timer")
    assert service["Service"]["Type"] == "oneshot"
    command = shlex.split(service["Service"]["ExecStart"])
    assert command == [sys.executable, "-m", "desktop", "--home", str(data), "publish-due"]
    assert shlex.split(service["Service"]["Environment"]) == [f"{KEYRING_ENV}={keyring_service}"]
    assert timer["Timer"]["OnCalendar"] == "*-*-* *:*:00"  # every minute
    assert timer["Timer"]["Persistent"] == "true" and timer["Timer"]["AccuracySec"] == "10s"
    assert timer["Install"]["WantedBy"] == "timers.target"
    # No user systemd can be reached from the scratch login: the files stay and the user learns what to do.
    assert installed.returncode == 1, installed.stdout
    assert "crontab -e" in installed.stderr
    assert shlex.join(command) in installed.stderr
    status = kurzdraht("schedule-task", "status")
    assert status.returncode == 1
    assert status.stdout.startswith("The timer is set up, but systemd could not be asked whether it runs")
    assert str(units / "kurzdraht-publish.timer") in status.stdout

    removed = kurzdraht("schedule-task", "remove")
    assert removed.returncode == 0, removed.stderr
    assert list(units.iterdir()) == []
    assert kurzdraht("schedule-task", "status").stdout.startswith("Not set up:")
    assert (
        kurzdraht("schedule-task", "remove").stdout.strip()
        == "The scheduled task was not set up, so there is nothing to remove."
    )


def test_the_timers_command_publishes_from_the_data_folder_in_a_bare_environment(
    user_home: Path, tmp_path: Path, keyring_service: str
):
    data = tmp_path / "Vereinsdaten Jörg Müller"
    SystemdTimer(RecordingSystem()).install(publish_command(data, environ={KEYRING_ENV: keyring_service}))
    service = read_unit(user_home / "config" / "systemd" / "user" / "kurzdraht-publish.service")["Service"]
    # As systemd starts it: its own working directory, no KURZDRAHT_HOME, only the unit's variables.
    environment = dict(word.split("=", 1) for word in shlex.split(service["Environment"]))
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(user_home), **environment}
    result = subprocess.run(
        shlex.split(service["ExecStart"]), capture_output=True, text=True, cwd=tmp_path, env=bare, timeout=120
    )
    assert (result.returncode, result.stdout.strip()) == (0, "Nothing is due."), result.stderr
    assert (data / "kurzdraht.sqlite3").exists()


def test_with_a_working_systemd_install_enables_the_timer_and_remove_disables_it(user_home: Path, tmp_path: Path):
    system = RecordingSystem()
    timer = SystemdTimer(system)
    result = timer.install(publish_command(tmp_path / "daten", environ={}))
    assert result.ok
    assert result.message == "Kurzdraht now publishes scheduled posts every minute, even when the app is closed."
    assert system.commands == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", "kurzdraht-publish.timer"],
    ]
    assert "Environment" not in read_unit(timer.files[0])["Service"]

    system.output = "ActiveState=active\nLastTriggerUSec=Mon 2026-03-02 09:41:00 CET"
    status = timer.status()
    assert (status.installed, status.running) == (True, True)
    assert status.message.endswith("Last run: Mon 2026-03-02 09:41:00 CET")
    system.output = "ActiveState=active\nLastTriggerUSec=n/a"
    assert timer.status().message.endswith("It has not run yet.")

    system.commands.clear()
    assert timer.remove().ok
    assert system.commands == [
        ["systemctl", "--user", "disable", "--now", "kurzdraht-publish.timer"],
        ["systemctl", "--user", "daemon-reload"],
    ]
    assert not any(path.exists() for path in timer.files)


def test_without_systemd_install_says_to_use_cron(user_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    # Cron starts jobs without the session's bus, which the keyring needs.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    timer = SystemdTimer()
    result = timer.install(publish_command(tmp_path / "daten", environ={}))
    assert not result.ok
    assert result.message.startswith("systemd is not available here")
    assert result.message.endswith(
        "\n* * * * * DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus "
        f"{sys.executable} -m desktop --home {tmp_path / 'daten'} publish-due"
    )
    assert all(path.exists() for path in timer.files)
    assert timer.remove().message == "Kurzdraht no longer publishes scheduled posts while the app is closed."


def test_the_default_data_folder_needs_no_home_option():
    command = publish_command(
        "/home/jana/.local/share/Kurzdraht",
        default_root="/home/jana/.local/share/Kurzdraht",
        executable="/opt/kurzdraht/kurzdraht",
        frozen=True,
        environ={},
        system="Linux",
    )
    assert command.argv == ("/opt/kurzdraht/kurzdraht", "publish-due") and command.environment == ()


def test_the_sample_workspace_gets_no_task(user_home: Path):
    result = kurzdraht("--demo", "schedule-task", "install")
    assert result.returncode == 1 and "sample workspace" in result.stderr
    assert not (user_home / "config" / "systemd").exists()


MAC_DATA = "/Users/jörg müller/Library/Application Support/Kurzdraht Büro"
MAC_APP = "/Applications/Kurzdraht Büro.app/Contents/MacOS/kurzdraht"


def test_the_launchd_agent_runs_the_app_every_minute(tmp_path: Path):
    command = publish_command(
        MAC_DATA,
        default_root="/Users/jörg müller/Library/Application Support/Kurzdraht",
        executable=MAC_APP,
        frozen=True,
        environ={KEYRING_ENV: "Kurzdraht Verein"},
        system="Darwin",
    )
    agent = plistlib.loads(launchd_plist(command))
    assert agent == {
        "Label": "org.kurzdraht.publish",
        "ProgramArguments": [MAC_APP, "--home", MAC_DATA, "publish-due"],
        "StartInterval": 60,
        "RunAtLoad": True,
        "EnvironmentVariables": {KEYRING_ENV: "Kurzdraht Verein"},
    }

    system = RecordingSystem()
    launch_agent = LaunchAgent(system, home=tmp_path, uid=501)
    assert launch_agent.install(command).ok
    plist = tmp_path / "Library" / "LaunchAgents" / "org.kurzdraht.publish.plist"
    assert plistlib.loads(plist.read_bytes()) == agent
    assert system.commands == [
        ["launchctl", "bootout", "gui/501/org.kurzdraht.publish"],
        ["launchctl", "bootstrap", "gui/501", str(plist)],
    ]
    system.output = "org.kurzdraht.publish = {\n\truns = 3\n\tlast exit code = 0\n}"
    assert launch_agent.status().message.endswith("Last run: 3 runs, the last one ended with code 0")
    assert launch_agent.remove().ok and not plist.exists()
    assert not launch_agent.status().installed


WINDOWS_PYTHON = r"C:\Program Files\Python 3.12\python.exe"
WINDOWS_DATA = r"C:\Users\Jörg Müller\Vereinsdaten Büro"


def test_the_windows_task_quotes_paths_with_spaces_and_umlauts():
    command = publish_command(
        WINDOWS_DATA,
        default_root=r"C:\Users\Jörg Müller\AppData\Roaming\Kurzdraht",
        executable=WINDOWS_PYTHON,
        frozen=False,
        environ={},
        system="Windows",
    )
    run = rf'"{WINDOWS_PYTHON}" -m desktop --home "{WINDOWS_DATA}" publish-due'
    assert schtasks_create(command) == [
        "schtasks",
        "/Create",
        "/SC",
        "MINUTE",
        "/MO",
        "1",
        "/TN",
        "Kurzdraht\\Publish due posts",
        "/TR",
        run,
        "/F",
    ]
    # On its way to schtasks, Python escapes the inner quotes as the C runtime expects.
    assert (
        rf'/TR "\"{WINDOWS_PYTHON}\" -m desktop --home \"{WINDOWS_DATA}\" publish-due" /F'
        in subprocess.list2cmdline(schtasks_create(command))
    )

    with_keyring = publish_command(
        WINDOWS_DATA,
        default_root=WINDOWS_DATA,
        executable=r"C:\Kurzdraht\kurzdraht.exe",
        frozen=True,
        environ={KEYRING_ENV: "Kurzdraht Verein"},
        system="Windows",
    )
    assert (
        windows_command_line(with_keyring)
        == r'cmd /c "set "KURZDRAHT_KEYRING_SERVICE=Kurzdraht Verein"&& "C:\Kurzdraht\kurzdraht.exe" publish-due"'
    )
    same_folder_other_case = publish_command(
        WINDOWS_DATA.upper(),
        default_root=WINDOWS_DATA,
        executable=WINDOWS_PYTHON,
        frozen=False,
        environ={},
        system="Windows",
    )
    assert "--home" not in same_folder_other_case.argv


def test_the_windows_task_is_created_queried_and_deleted_with_schtasks():
    system = RecordingSystem(
        "Folder: \\Kurzdraht\nTaskName: \\Kurzdraht\\Publish due posts\n"
        "Last Run Time: 02.03.2026 09:41:00\nScheduled Task State: Enabled"
    )
    task = WindowsTask(system)
    command = publish_command(
        WINDOWS_DATA, default_root=WINDOWS_DATA, executable=WINDOWS_PYTHON, frozen=False, environ={}, system="Windows"
    )
    assert task.install(command).ok and system.commands[-1] == schtasks_create(command)
    status = task.status()
    assert (status.installed, status.running) == (True, True)
    assert status.message.endswith("Last run: 02.03.2026 09:41:00")
    assert task.remove().ok
    assert system.commands[-1] == ["schtasks", "/Delete", "/TN", "Kurzdraht\\Publish due posts", "/F"]

    deep = publish_command(
        "C:\\" + "\\".join(["Sehr langer Ordnername"] * 12),
        default_root=WINDOWS_DATA,
        executable=WINDOWS_PYTHON,
        frozen=False,
        environ={},
        system="Windows",
    )
    system.commands.clear()
    result = task.install(deep)
    assert not result.ok and "too long for the Windows Task Scheduler" in result.message
    assert system.commands == []
