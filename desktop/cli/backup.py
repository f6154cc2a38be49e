"""`backup list|create|restore`: the data file's backups. These commands work on a damaged data file
too, so they do not open the database first (restore opens the restored file at the end)."""

from __future__ import annotations

import argparse

from desktop.app import Core
from desktop.cli.output import print_json, print_table
from desktop.errors import KurzdrahtError
from desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help=translate("CLI", "back up and restore your data"))
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="COMMAND", required=True)
    listing = backup_commands.add_parser("list", help=translate("CLI", "list the backups, newest first, each checked"))
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    listing.set_defaults(handler=backup_list, without_database=True)
    create = backup_commands.add_parser("create", help=translate("CLI", "back up the data now"))
    create.set_defaults(handler=backup_create, without_database=True)
    restore = backup_commands.add_parser(
        "restore",
        help=translate("CLI", "replace the data by a backup (the current data is kept in the backups folder)"),
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("name", nargs="?", metavar="NAME", help=translate("CLI", "the backup's name, as listed"))
    which.add_argument(
        "--latest", action="store_true", help=translate("CLI", "the newest backup that passes its check")
    )
    restore.set_defaults(handler=backup_restore, without_database=True)


async def backup_list(core: Core, args: argparse.Namespace) -> int:
    backups = await core.backups.list()
    if args.json:
        print_json([b.to_json() for b in backups])
        return 0
    if not backups:
        print(translate("CLI", "No backups yet in %1.").replace("%1", str(core.paths.backups)))
        return 0
    print_table(
        [
            translate("CLI", "Name"),
            translate("CLI", "Made"),
            translate("CLI", "Kind"),
            translate("CLI", "Size"),
            translate("CLI", "Check"),
        ],
        [
            [
                b.name,
                b.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                b.kind_label(),
                b.size_label(),
                b.check_label(),
            ]
            for b in backups
        ],
    )
    return 0


async def backup_create(core: Core, args: argparse.Namespace) -> int:
    backup = await core.backups.create()
    print(
        translate("CLI", "Backup made and checked: %1 (%2).")
        .replace("%1", str(backup.path))
        .replace("%2", backup.size_label())
    )
    return 0


async def backup_restore(core: Core, args: argparse.Namespace) -> int:
    if not args.latest and not args.name:
        raise KurzdrahtError(translate("CLI", "Name a backup, or give --latest."))
    restored = await core.backups.restore(None if args.latest else args.name)
    print(
        translate("CLI", "Restored your data from %1 (made %2).")
        .replace("%1", restored.backup.name)
        .replace("%2", restored.backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))
    )
    if restored.previous is not None:
        print(translate("CLI", "The data it replaced is kept as %1.").replace("%1", str(restored.previous)))
    return 0
