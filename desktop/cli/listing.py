"""`accounts list`, `drafts list` and `inbox`: what is stored, as a table or JSON."""

from __future__ import annotations

import argparse

from desktop.app import Core
from desktop.cli.output import print_json, print_table, shorten
from desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    accounts = commands.add_parser("accounts", help=translate("CLI", "connected accounts"))
    account_commands = accounts.add_subparsers(dest="accounts_command", metavar="COMMAND", required=True)
    listing = account_commands.add_parser("list", help=translate("CLI", "list accounts"))
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    listing.set_defaults(handler=accounts_list)

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


async def accounts_list(core: Core, args: argparse.Namespace) -> int:
    accounts = await core.accounts.list()
    if args.json:
        print_json([a.to_json() for a in accounts])
        return 0
    if not accounts:
        print(translate("CLI", "No accounts yet. Connect one in Kurzdraht's Accounts section."))
        return 0
    print_table(
        [translate("CLI", "Name"), translate("CLI", "Network"), translate("CLI", "Handle"),
         translate("CLI", "Organisation"), translate("CLI", "Status")],
        [[a.display_name, a.network_name, a.handle, a.organisation, a.status_label] for a in accounts],
    )
    return 0


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
