"""`schedule-task install|remove|status`: let the OS run `publish-due` every minute, so scheduled posts go
out while the app is closed.

Exit codes: install 0 when the OS scheduler runs the task, 1 when it could not be started (the files
stay, and the message says what to do instead); remove 0 when nothing is left to run; status 0 only
when the task is set up and the scheduler confirms it is active, else 1.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from desktop.app import Core
from desktop.i18n import translate
from desktop.scheduling.task import publish_command, scheduled_task


def register(commands: argparse._SubParsersAction) -> None:
    task = commands.add_parser(
        "schedule-task",
        help=translate("CLI", "let the system publish scheduled posts every minute, even when the app is closed"),
    )
    actions = task.add_subparsers(dest="action", metavar="ACTION", required=True, title=translate("CLI", "actions"))
    actions.add_parser(
        "install",
        help=translate(
            "CLI", "set up the system's task scheduler to run publish-due every minute for this data folder"
        ),
    ).set_defaults(handler=install_task)
    actions.add_parser("remove", help=translate("CLI", "remove that task again")).set_defaults(handler=remove_task)
    actions.add_parser(
        "status", help=translate("CLI", "whether the task is set up, and when it last ran")
    ).set_defaults(handler=task_status)


async def install_task(core: Core, args: argparse.Namespace) -> int:
    if args.demo:
        print(
            translate("CLI", "The sample workspace is deleted when this command ends, so no task is set up for it."),
            file=sys.stderr,
        )
        return 1
    command = publish_command(core.paths.root)
    result = await asyncio.to_thread(scheduled_task().install, command)
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


async def remove_task(core: Core, args: argparse.Namespace) -> int:
    result = await asyncio.to_thread(scheduled_task().remove)
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


async def task_status(core: Core, args: argparse.Namespace) -> int:
    status = await asyncio.to_thread(scheduled_task().status)
    print(status.message)
    if status.installed:
        print(translate("CLI", "Where: %1").replace("%1", status.where))
    return 0 if status.installed and status.running else 1
