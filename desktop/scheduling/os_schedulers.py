"""The three OS schedulers that can run `publish-due`: a systemd user timer (Linux), a launchd agent (macOS)
and a Task Scheduler task (Windows). What each needs is built by pure functions, tested on every OS."""

from __future__ import annotations

import os
import plistlib
import subprocess
from dataclasses import replace
from pathlib import Path

from desktop.i18n import translate
from desktop.scheduling.task import (
    NOT_FOUND,
    PublishCommand,
    Runner,
    TaskResult,
    TaskStatus,
    installed_message,
    not_installed_message,
    not_running_message,
    removed_message,
    run_command,
    running_message,
    status_not_installed_message,
)

SYSTEMD_UNIT = "kurzdraht-publish"
LAUNCHD_LABEL = "org.kurzdraht.publish"
WINDOWS_TASK = "Kurzdraht\\Publish due posts"
WINDOWS_MAX_COMMAND = 261  # schtasks refuses a longer /TR


# -- Linux: a systemd user timer --------------------------------------------------------------------


def systemd_quote(word: str, *, expands_variables: bool = True) -> str:
    """One word for a unit file: systemd splits like a shell, and replaces %-specifiers (and $VARIABLES in
    ExecStart) itself, so those are doubled."""
    word = word.replace("%", "%%")
    if expands_variables:
        word = word.replace("$", "$$")
    if word and word.isascii() and all(c.isalnum() or c in "-_./:=@+," for c in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(command: PublishCommand) -> dict[str, str]:
    """The service that runs `publish-due` once and the timer that starts it every minute."""
    service = [
        "[Unit]",
        "Description=Kurzdraht: publish the scheduled posts that are due",
        "",
        "[Service]",
        "Type=oneshot",
        *(
            f"Environment={systemd_quote(f'{name}={value}', expands_variables=False)}"
            for name, value in command.environment
        ),
        "ExecStart=" + " ".join(systemd_quote(word) for word in command.argv),
        # A run stuck on a network must not block the following ones for ever.
        "TimeoutStartSec=15min",
    ]
    timer = [
        "[Unit]",
        "Description=Kurzdraht: publish scheduled posts every minute",
        "",
        "[Timer]",
        "OnCalendar=*-*-* *:*:00",
        "AccuracySec=10s",
        "Persistent=true",  # a minute missed while the computer slept runs right after waking
        "",
        "[Install]",
        "WantedBy=timers.target",
    ]
    return {f"{SYSTEMD_UNIT}.service": "\n".join(service) + "\n", f"{SYSTEMD_UNIT}.timer": "\n".join(timer) + "\n"}


class SystemdTimer:
    def __init__(self, runner: Runner = run_command, config_home: Path | None = None) -> None:
        configured = os.environ.get("XDG_CONFIG_HOME", "")
        base = config_home or (Path(configured) if os.path.isabs(configured) else Path.home() / ".config")
        self.folder = base / "systemd" / "user"
        self.runner = runner
        self.timer = f"{SYSTEMD_UNIT}.timer"

    @property
    def files(self) -> list[Path]:
        return [self.folder / f"{SYSTEMD_UNIT}.service", self.folder / self.timer]

    def _systemctl(self, *args: str) -> tuple[int, str]:
        return self.runner(["systemctl", "--user", *args])

    def install(self, command: PublishCommand) -> TaskResult:
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in systemd_units(command).items():
            (self.folder / name).write_text(text, encoding="utf-8")
        for args in (("daemon-reload",), ("enable", "--now", self.timer)):
            code, output = self._systemctl(*args)
            if code == NOT_FOUND:
                return TaskResult(
                    False,
                    translate(
                        "Task",
                        "systemd is not available here, so no timer could be set up. To publish scheduled "
                        "posts while the app is closed, add this line to your crontab (crontab -e):\n%1",
                    ).replace("%1", _cron_line(command)),
                )
            if code != 0:
                return TaskResult(
                    False,
                    translate(
                        "Task",
                        "The timer is saved in %1, but systemd could not start it: %2\nRun this command again "
                        "in your desktop session, or add this line to your crontab (crontab -e):\n%3",
                    )
                    .replace("%1", str(self.folder))
                    .replace("%2", output)
                    .replace("%3", _cron_line(command)),
                )
        return TaskResult(True, installed_message())

    def remove(self) -> TaskResult:
        if not any(path.exists() for path in self.files):
            return TaskResult(True, not_installed_message())
        code, output = self._systemctl("disable", "--now", self.timer)
        for path in [*self.files, self.folder / "timers.target.wants" / self.timer]:
            path.unlink(missing_ok=True)
        if code not in (0, NOT_FOUND):
            return TaskResult(
                True,
                translate(
                    "Task",
                    "The timer's files are removed, but systemd could not be told: %1\nThe timer stops at "
                    "your next login at the latest.",
                ).replace("%1", output),
            )
        if code == 0:
            self._systemctl("daemon-reload")
        return TaskResult(True, removed_message())

    def status(self) -> TaskStatus:
        where = str(self.files[1])
        if not all(path.exists() for path in self.files):
            return TaskStatus(False, False, status_not_installed_message(), where)
        code, output = self._systemctl("show", self.timer, "--property=ActiveState,LastTriggerUSec")
        if code != 0:
            return TaskStatus(
                True,
                None,
                translate("Task", "The timer is set up, but systemd could not be asked whether it runs: %1").replace(
                    "%1", output
                ),
                where,
            )
        values = dict(line.partition("=")[::2] for line in output.splitlines())
        last = values.get("LastTriggerUSec", "")
        if values.get("ActiveState") != "active":
            return TaskStatus(True, False, not_running_message(), where)
        return TaskStatus(True, True, running_message(last if last and last != "n/a" else None), where)


def _cron_line(command: PublishCommand) -> str:
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if bus.startswith("unix:path=/run/user/"):  # cron jobs lack it, and the keyring is reached over it
        command = replace(command, environment=(("DBUS_SESSION_BUS_ADDRESS", bus), *command.environment))
    return "* * * * * " + command.shell_line().replace("%", "\\%")  # cron reads % as a line break


# -- macOS: a launchd agent ---------------------------------------------------------------------------


def launchd_plist(command: PublishCommand) -> bytes:
    agent: dict[str, object] = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": list(command.argv),
        "StartInterval": 60,
        "RunAtLoad": True,
    }
    if command.environment:
        agent["EnvironmentVariables"] = dict(command.environment)
    return plistlib.dumps(agent)


class LaunchAgent:
    def __init__(self, runner: Runner = run_command, home: Path | None = None, uid: int | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        self.domain = f"gui/{uid if uid is not None else getattr(os, 'getuid', lambda: 0)()}"
        self.runner = runner

    def install(self, command: PublishCommand) -> TaskResult:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(launchd_plist(command))
        self.runner(["launchctl", "bootout", f"{self.domain}/{LAUNCHD_LABEL}"])  # an older one, if loaded
        code, output = self.runner(["launchctl", "bootstrap", self.domain, str(self.path)])
        if code != 0:
            return TaskResult(
                False,
                translate(
                    "Task",
                    "The task is saved in %1, but macOS could not start it: %2\nLog out and in again, "
                    "then run this command once more.",
                )
                .replace("%1", str(self.path))
                .replace("%2", output),
            )
        return TaskResult(True, installed_message())

    def remove(self) -> TaskResult:
        if not self.path.exists():
            return TaskResult(True, not_installed_message())
        self.runner(["launchctl", "bootout", f"{self.domain}/{LAUNCHD_LABEL}"])
        self.path.unlink()
        return TaskResult(True, removed_message())

    def status(self) -> TaskStatus:
        if not self.path.exists():
            return TaskStatus(False, False, status_not_installed_message(), str(self.path))
        code, output = self.runner(["launchctl", "print", f"{self.domain}/{LAUNCHD_LABEL}"])
        if code != 0:
            return TaskStatus(True, False, not_running_message(), str(self.path))
        values = {key.strip(): value.strip() for key, _, value in (line.partition("=") for line in output.splitlines())}
        last = (
            translate("Task", "%1 runs, the last one ended with code %2")
            .replace("%1", values.get("runs", "?"))
            .replace("%2", values.get("last exit code", "?"))
        )
        return TaskStatus(True, True, running_message(last if "runs" in values else None), str(self.path))


# -- Windows: a Task Scheduler task ---------------------------------------------------------------------


def windows_command_line(command: PublishCommand) -> str:
    """The /TR value. Task Scheduler splits it as programs' C runtime does, so the program is always
    quoted; variables can only be set through cmd, whose outer quotes it strips again."""
    line = " ".join([f'"{command.argv[0]}"', *(subprocess.list2cmdline([word]) for word in command.argv[1:])])
    if not command.environment:
        return line
    settings = "".join(f'set "{name}={value}"&& ' for name, value in command.environment)
    return f'cmd /c "{settings}{line}"'


def schtasks_create(command: PublishCommand) -> list[str]:
    return [
        "schtasks",
        "/Create",
        "/SC",
        "MINUTE",
        "/MO",
        "1",
        "/TN",
        WINDOWS_TASK,
        "/TR",
        windows_command_line(command),
        "/F",
    ]


class WindowsTask:
    def __init__(self, runner: Runner = run_command) -> None:
        self.runner = runner

    def install(self, command: PublishCommand) -> TaskResult:
        line = windows_command_line(command)
        if len(line) > WINDOWS_MAX_COMMAND:
            return TaskResult(
                False,
                translate(
                    "Task",
                    "The command is too long for the Windows Task Scheduler (%1 characters, at most %2). "
                    "Use a data folder with a shorter path.",
                )
                .replace("%1", str(len(line)))
                .replace("%2", str(WINDOWS_MAX_COMMAND)),
            )
        code, output = self.runner(schtasks_create(command))
        if code != 0:
            return TaskResult(False, translate("Task", "Windows could not set up the task: %1").replace("%1", output))
        return TaskResult(True, installed_message())

    def remove(self) -> TaskResult:
        if not self.status().installed:
            return TaskResult(True, not_installed_message())
        code, output = self.runner(["schtasks", "/Delete", "/TN", WINDOWS_TASK, "/F"])
        if code != 0:
            return TaskResult(False, translate("Task", "Windows could not remove the task: %1").replace("%1", output))
        return TaskResult(True, removed_message())

    def status(self) -> TaskStatus:
        code, output = self.runner(["schtasks", "/Query", "/TN", WINDOWS_TASK, "/V", "/FO", "LIST"])
        if code != 0:
            return TaskStatus(False, False, status_not_installed_message(), WINDOWS_TASK)
        values = {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in output.splitlines())}
        last = values.get("Last Run Time") or values.get("Letzte Laufzeit") or ""
        state = values.get("Scheduled Task State") or values.get("Status der geplanten Aufgabe") or ""
        if state in ("Disabled", "Deaktiviert"):
            return TaskStatus(True, False, not_running_message(), WINDOWS_TASK)
        never = not last or "1999" in last or last == "N/A"  # schtasks shows 1999-11-30 for "never"
        return TaskStatus(True, True, running_message(None if never else last), WINDOWS_TASK)
