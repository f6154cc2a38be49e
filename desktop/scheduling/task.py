"""Registering `publish-due` with the OS task scheduler, so scheduled posts go out while the app is closed.

This module holds the command to run and what the user reads; `os_schedulers` holds the systemd timer
(Linux), the launchd agent (macOS) and the Task Scheduler task (Windows). The OS tools run through a
`Runner`, which tests replace to see what would run where a tool is missing.
"""

from __future__ import annotations

import os
import platform
import shlex
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.scheduling.os_schedulers import LaunchAgent, SystemdTimer, WindowsTask

Runner = Callable[[Sequence[str]], tuple[int, str]]
KEYRING_ENV = "KURZDRAHT_KEYRING_SERVICE"
NOT_FOUND = 127  # the code a shell gives for a missing program


@dataclass(frozen=True)
class PublishCommand:
    """What the scheduler runs: program and arguments, and the environment variables it needs."""

    argv: tuple[str, ...]
    environment: tuple[tuple[str, str], ...] = ()

    def shell_line(self) -> str:
        """The command as a POSIX shell (and cron) reads it."""
        return shlex.join([f"{name}={value}" for name, value in self.environment] + list(self.argv))


@dataclass(frozen=True)
class TaskResult:
    ok: bool
    message: str


@dataclass(frozen=True)
class TaskStatus:
    installed: bool
    running: bool | None  # None: the scheduler could not be asked
    message: str
    where: str = ""  # the file or task name, for people who want to look themselves


def run_command(argv: Sequence[str]) -> tuple[int, str]:
    """Run an OS tool and return its exit code and output; a missing tool answers 127."""
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            timeout=60,
            errors="replace",
            encoding="oem" if os.name == "nt" else None,
        )
    except FileNotFoundError:
        return NOT_FOUND, translate("Task", "%1 was not found.").replace("%1", argv[0])
    except (OSError, subprocess.TimeoutExpired) as error:
        return 126, str(error)
    return done.returncode, (done.stdout + done.stderr).strip()


def default_data_root() -> Path:
    """The data folder Kurzdraht uses when neither --home nor KURZDRAHT_HOME says otherwise."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Kurzdraht", appauthor=False, roaming=True)).expanduser().resolve()


def publish_command(
    data_root: str | os.PathLike[str],
    *,
    default_root: str | os.PathLike[str] | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
    environ: Mapping[str, str] | None = None,
    system: str | None = None,
) -> PublishCommand:
    """`publish-due` for this installation and data folder; the arguments default to the running process."""
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    environ = os.environ if environ is None else environ
    system = system or platform.system()
    argv = [executable] if frozen else [_windowless(executable) if system == "Windows" else executable, "-m", "desktop"]
    default = default_data_root() if default_root is None else default_root
    if not _same_folder(str(data_root), str(default), system):
        argv += ["--home", str(data_root)]  # a global option: it goes before the command word
    argv.append("publish-due")
    environment = ((KEYRING_ENV, environ[KEYRING_ENV]),) if environ.get(KEYRING_ENV) else ()
    return PublishCommand(tuple(argv), environment)


def _windowless(executable: str) -> str:
    """pythonw.exe instead of python.exe, so no console window opens every minute."""
    path = PureWindowsPath(executable)
    quiet = path.with_name("pythonw.exe")
    return str(quiet) if path.name.lower() == "python.exe" and Path(quiet).exists() else executable


def _same_folder(one: str, other: str, system: str) -> bool:
    return one.casefold() == other.casefold() if system in ("Windows", "Darwin") else one == other


def scheduled_task(system: str | None = None, runner: Runner = run_command) -> SystemdTimer | LaunchAgent | WindowsTask:
    """The scheduler of this (or the named) OS; anything neither Windows nor macOS is treated as systemd."""
    from desktop.scheduling.os_schedulers import LaunchAgent, SystemdTimer, WindowsTask

    system = system or platform.system()
    if system == "Windows":
        return WindowsTask(runner)
    if system == "Darwin":
        return LaunchAgent(runner)
    return SystemdTimer(runner)


# -- What the user reads --------------------------------------------------------------------------------


def installed_message() -> str:
    return translate("Task", "Kurzdraht now publishes scheduled posts every minute, even when the app is closed.")


def removed_message() -> str:
    return translate("Task", "Kurzdraht no longer publishes scheduled posts while the app is closed.")


def not_installed_message() -> str:
    return translate("Task", "The scheduled task was not set up, so there is nothing to remove.")


def status_not_installed_message() -> str:
    return translate(
        "Task",
        "Not set up: scheduled posts go out only while Kurzdraht is open. "
        "“kurzdraht schedule-task install” changes that.",
    )


def not_running_message() -> str:
    return translate(
        "Task", "The scheduled task is set up but not active. Run “kurzdraht schedule-task install” again."
    )


def running_message(last_run: str | None) -> str:
    text = (
        translate("Task", "Set up: Kurzdraht publishes scheduled posts every minute, even when the app is closed.")
        + " "
    )
    if last_run is None:
        return text + translate("Task", "It has not run yet.")
    return text + translate("Task", "Last run: %1").replace("%1", last_run)
