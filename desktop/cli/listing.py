"""`drafts list`: the saved drafts, as a table or JSON."""

from __future__ import annotations

import argparse

from desktop.app import Core
from desktop.cli.output import print_json, print_table, shorten
from desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    drafts = commands.add_parser("drafts", help=translate("CLI", "saved drafts"))
    draft_commands = drafts.add_subparsers(dest="drafts_command", metavar="COMMAND", required=True)
    listing = draft_commands.add_parser("list", help=translate("CLI", "list drafts, newest first"))
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    listing.set_defaults(handler=drafts_list)


async def drafts_list(core: Core, args: argparse.Namespace) -> int:
    drafts = await core.drafts.list()
    if args.json:
        print_json([d.to_json() for d in drafts])
        return 0
    if not drafts:
        print(translate("CLI", "No drafts yet."))
        return 0
    print_table(
        [
            translate("CLI", "No."),
            translate("CLI", "Organisation"),
            translate("CLI", "Networks"),
            translate("CLI", "Text"),
        ],
        [[str(d.id), d.organisation, ", ".join(d.networks), shorten(d.text)] for d in drafts],
    )
    return 0
