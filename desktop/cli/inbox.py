"""`sync`, `inbox`, `reply` and `done`: the inbox from the command line."""

from __future__ import annotations

import argparse
import sys

from desktop.app import Core
from desktop.cli.arguments import MOST_ROWS, MOST_SECONDS, count, not_empty, record_number, seconds
from desktop.cli.output import print_json, print_table, shorten
from desktop.i18n import translate
from desktop.inbox.search import InboxFilter


def register(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser("sync", help=translate("CLI", "fetch new comments for all accounts"))
    sync.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    sync.set_defaults(handler=sync_now)

    inbox = commands.add_parser("inbox", help=translate("CLI", "comments, replies and mentions, newest first"))
    inbox.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    inbox.add_argument("--open", action="store_true", help=translate("CLI", "only comments not yet done"))
    inbox.add_argument(
        "--search",
        metavar="WORDS",
        type=not_empty,
        help=translate("CLI", "only comments with these words (a word also finds longer words that start with it)"),
    )
    inbox.add_argument("--tag", metavar="TAG", type=not_empty, help=translate("CLI", "only comments with this tag"))
    inbox.add_argument(
        "--limit", type=count(MOST_ROWS), default=50, help=translate("CLI", "how many to show (default 50)")
    )
    inbox.set_defaults(handler=inbox_list)

    reply = commands.add_parser("reply", help=translate("CLI", "answer a comment (through the outbox)"))
    reply.add_argument(
        "id", type=record_number, metavar="ID", help=translate("CLI", "the comment's number from `inbox`")
    )
    reply.add_argument("text", metavar="TEXT", help=translate("CLI", "the reply, or - to read it from standard input"))
    reply.add_argument("--keep-open", action="store_true", help=translate("CLI", "do not mark the comment done"))
    reply.add_argument(
        "--wait",
        type=seconds(MOST_SECONDS),
        default=120.0,
        metavar="SECONDS",
        help=translate("CLI", "how long to keep trying before leaving it to the outbox (default 120)"),
    )
    reply.set_defaults(handler=reply_now)

    done = commands.add_parser("done", help=translate("CLI", "mark comments done"))
    done.add_argument(
        "ids", type=record_number, nargs="+", metavar="ID", help=translate("CLI", "the comments' numbers")
    )
    done.add_argument("--undo", action="store_true", help=translate("CLI", "mark them open again"))
    done.set_defaults(handler=mark_done)


async def sync_now(core: Core, args: argparse.Namespace) -> int:
    result = await core.inbox_sync.sync()
    if args.json:
        print_json([a.to_json() for a in result.accounts])
    elif not result.accounts:
        print(translate("CLI", "No connected accounts to fetch comments from."))
    for account in result.accounts if not args.json else ():
        name = f"{account.account_name} ({account.network})"
        if account.ok:
            print(translate("CLI", "%1: %2 new").replace("%1", name).replace("%2", str(len(account.new_ids))))
        else:
            print(translate("CLI", "%1: %2").replace("%1", name).replace("%2", account.error))
    return 1 if result.needs_you else 0  # accounts that only wait (rate limit, offline) are no failure


async def inbox_list(core: Core, args: argparse.Namespace) -> int:
    search = InboxFilter(search=args.search or "", status="open" if args.open else None, tag=args.tag)
    page = await core.inbox.page(search, limit=args.limit)
    if args.json:
        print_json([c.to_json() for c in page.rows])
        return 0
    if not page.rows:
        print(
            translate("CLI", "No comments found.")
            if args.search or args.tag or args.open
            else translate("CLI", "The inbox is empty.")
        )
        return 0
    done = translate("CLI", "done")
    print_table(
        [
            translate("CLI", "No."),
            translate("CLI", "When"),
            translate("CLI", "Account"),
            translate("CLI", "From"),
            translate("CLI", "Comment"),
        ],
        [
            [
                str(c.id) + (f" ({done})" if c.status == "done" else ""),
                c.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                c.account,
                c.author_name,
                shorten(c.text),
            ]
            for c in page.rows
        ],
    )
    return 0


async def reply_now(core: Core, args: argparse.Namespace) -> int:
    from desktop.cli.publishing import send_and_report

    text = sys.stdin.read() if args.text == "-" else args.text
    ids = await core.replies.reply(args.id, text, mark_done=not args.keep_open)
    return await send_and_report(core, ids, args.wait)


async def mark_done(core: Core, args: argparse.Namespace) -> int:
    changed = await core.inbox.set_done(args.ids, done=not args.undo)
    message = (
        translate("CLI", "Comments marked open again: %1")
        if args.undo
        else translate("CLI", "Comments marked done: %1")
    )
    print(message.replace("%1", str(changed)))
    return 0
