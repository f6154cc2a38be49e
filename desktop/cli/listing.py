"""`drafts list` and `inbox`: what is stored, as a table or JSON."""

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

    inbox = commands.add_parser("inbox", help=translate("CLI", "comments, replies and mentions, newest first"))
    inbox.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    inbox.add_argument("--open", action="store_true", help=translate("CLI", "only comments not yet done"))
    inbox.add_argument("--limit", type=int, default=50, help=translate("CLI", "how many to show (default 50)"))
    inbox.set_defaults(handler=inbox_list)


async def drafts_list(core: Core, args: argparse.Namespace) -> int:
    drafts = await core.drafts.list()
    if args.json:
        print_json([d.to_json() for d in drafts])
        return 0
    if not drafts:
        print(translate("CLI", "No drafts yet."))
        return 0
    print_table(
        [translate("CLI", "No."), translate("CLI", "Organisation"), translate("CLI", "Networks"),
         translate("CLI", "Text")],
        [[str(d.id), d.organisation, ", ".join(d.networks), shorten(d.text)] for d in drafts],
    )
    return 0


async def inbox_list(core: Core, args: argparse.Namespace) -> int:
    page = await core.inbox.page(limit=max(1, args.limit), only_open=args.open)
    if args.json:
        print_json([c.to_json() for c in page.rows])
        return 0
    if not page.rows:
        print(translate("CLI", "The inbox is empty."))
        return 0
    done = translate("CLI", "done")
    print_table(
        [translate("CLI", "No."), translate("CLI", "When"), translate("CLI", "Account"),
         translate("CLI", "From"), translate("CLI", "Comment")],
        [[str(c.id) + (f" ({done})" if c.status == "done" else ""),
          c.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), c.account, c.author_name, shorten(c.text)]
         for c in page.rows],
    )
    return 0
