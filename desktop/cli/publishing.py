"""`post` and `outbox`: publishing from a terminal through the same outbox as the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from desktop.app import Core
from desktop.cli.arguments import MOST_ROWS, MOST_SECONDS, count, local_time, seconds
from desktop.cli.output import print_json, print_table, shorten
from desktop.drafts import Attachment, DraftContent
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.publishing.checks import check_post
from desktop.publishing.outbox import AttemptInfo
from desktop.scheduling.scheduler import to_local, to_utc
from desktop.states import AttemptState


class _InOrder(argparse.Action):
    """Keeps --image and --alt in the order given, so each --alt belongs to the image before it."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        items = list(getattr(namespace, "media", None) or [])
        items.append((self.dest, values))
        namespace.media = items


def register(commands: argparse._SubParsersAction) -> None:
    post = commands.add_parser("post", help=translate("CLI", "publish a post now to one or more accounts"))
    post.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="ACCOUNT",
        required=True,
        help=translate("CLI", "an account's name as `accounts list` shows it (repeat for more)"),
    )
    post.add_argument(
        "--image",
        action=_InOrder,
        dest="image",
        metavar="PATH",
        help=translate("CLI", "attach an image (repeat for more)"),
    )
    post.add_argument(
        "--alt",
        action=_InOrder,
        dest="alt",
        metavar="TEXT",
        help=translate("CLI", "the description of the image before it, for people who cannot see it"),
    )
    post.add_argument("--title", default="", help=translate("CLI", "a title (for blogs)"))
    post.add_argument(
        "--wait",
        type=seconds(MOST_SECONDS),
        default=120.0,
        metavar="SECONDS",
        help=translate("CLI", "how long to keep retrying before leaving the post in the outbox (default 120)"),
    )
    post.add_argument(
        "--at",
        type=local_time,
        metavar='"YYYY-MM-DD HH:MM"',
        help=translate("CLI", "schedule it for this time (the organisation's local time) instead of publishing now"),
    )
    post.add_argument("text", metavar="TEXT", help=translate("CLI", "the text to post (- reads standard input)"))
    post.set_defaults(handler=post_now, media=[])

    outbox = commands.add_parser("outbox", help=translate("CLI", "posts waiting to be sent and recent results"))
    outbox.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    outbox.add_argument("--send", action="store_true", help=translate("CLI", "send what is due now before listing"))
    outbox.add_argument(
        "--limit", type=count(MOST_ROWS), default=50, help=translate("CLI", "how many to show (default 50)")
    )
    by_hand = outbox.add_mutually_exclusive_group()
    by_hand.add_argument(
        "--posted",
        type=count(10**12),
        metavar="NO",
        help=translate("CLI", "a post waiting for you (No. in the list) is posted by hand; give its --link"),
    )
    by_hand.add_argument(
        "--skip", type=count(10**12), metavar="NO", help=translate("CLI", "skip a post waiting for you")
    )
    outbox.add_argument("--link", default="", metavar="URL", help=translate("CLI", "the link of the post (--posted)"))
    outbox.set_defaults(handler=outbox_list)


def _pairs(parser_items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    images: list[list[str]] = []
    for kind, value in parser_items:
        if kind == "image":
            images.append([value, ""])
        elif not images:
            raise KurzdrahtError(translate("CLI", "--alt describes the image before it; give --image first."))
        else:
            images[-1][1] = value
    return [(path, alt) for path, alt in images]


async def post_now(core: Core, args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    local: datetime | None = args.at  # checked by `local_time`: never empty
    accounts = [await core.accounts.find(name) for name in args.to]
    unique = list({a.id: a for a in accounts}.values())
    attachments: list[Attachment] = []
    for path, alt in _pairs(args.media):
        attachments.append(await core.drafts.attach(path, alt))
    content = DraftContent(
        unique[0].organisation_id, text, tuple(a.id for a in unique), attachments=tuple(attachments), title=args.title
    )
    problems = check_post(content, await core.accounts.list())
    blocking = [p.message for p in problems if p.blocking]
    if blocking:
        _forget(attachments)
        raise KurzdrahtError("\n".join(blocking))
    for problem in problems:
        print(translate("CLI", "Note: %1").replace("%1", problem.message), file=sys.stderr)
    if local is not None:
        return await _schedule(core, content, local, attachments)
    draft = await core.drafts.write(content)
    ids = await core.outbox.publish(draft)
    return await send_and_report(core, ids, args.wait)


async def send_and_report(core: Core, attempt_ids: list[int], wait: float) -> int:
    """Send these attempts (retrying up to `wait` seconds), print one line per account; 1 unless all
    were published."""
    results = await core.outbox.drain(attempt_ids, timeout=wait) if attempt_ids else []
    for result in results:
        print(result_line(result))
    done = (AttemptState.PUBLISHED, AttemptState.WAITING_FOR_YOU)  # handed to a person: nothing failed
    return 0 if all(r.state in done for r in results) else 1


async def _schedule(core: Core, content: DraftContent, local: datetime, attachments: list[Attachment]) -> int:
    """Plan the post for `local` in its organisation's time zone; nothing is stored if the time has passed."""
    organisation = next(o for o in await core.accounts.organisations() if o.id == content.organisation_id)
    moment = to_utc(local, organisation.timezone)
    if moment <= datetime.now(timezone.utc):
        _forget(attachments)
        raise KurzdrahtError(translate("Scheduling", "This time has already passed. Please choose a later one."))
    draft = await core.drafts.write(content)
    try:
        await core.schedules.schedule(draft, moment, organisation.timezone)
    except KurzdrahtError:
        await core.drafts.delete(draft)
        raise
    print(
        translate("CLI", "Scheduled for %1 (%2).")
        .replace("%1", to_local(moment, organisation.timezone).strftime("%Y-%m-%d %H:%M"))
        .replace("%2", organisation.timezone)
    )
    return 0


def _forget(attachments: list[Attachment]) -> None:
    from pathlib import Path

    for item in attachments:
        Path(item.path).unlink(missing_ok=True)


def result_line(result: AttemptInfo) -> str:
    name = f"{result.account_name} ({result.network_name})"
    if result.state == AttemptState.PUBLISHED:
        return translate("CLI", "%1: published %2").replace("%1", name).replace("%2", result.remote_url)
    if result.final:
        return translate("CLI", "%1: failed: %2").replace("%1", name).replace("%2", result.error)
    if result.state == AttemptState.WAITING_FOR_YOU:
        return (
            translate(
                "CLI",
                "%1: waiting for you to post it by hand (No. %2). Then: kurzdraht outbox --posted %2 --link URL",
            )
            .replace("%1", name)
            .replace("%2", str(result.id))
        )
    return (
        translate("CLI", "%1: still in the outbox (%2). The app, or `kurzdraht outbox --send`, sends it later.")
        .replace("%1", name)
        .replace("%2", result.error or result.state_label)
    )


def _when(result: AttemptInfo) -> str:
    moment: datetime | None = result.finished_at or result.retry_at or result.created_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


async def outbox_list(core: Core, args: argparse.Namespace) -> int:
    if args.posted is not None:
        done = await core.outbox.confirm(args.posted, args.link)
        print(result_line(done))
        return 0
    if args.skip is not None:
        await core.outbox.cancel(args.skip)
        print(translate("CLI", "Skipped."))
        return 0
    if args.send:
        await core.outbox.connection_back()  # asked to send now: do not wait for the next try
        await core.outbox.send_due()
    attempts = await core.outbox.list(limit=args.limit)
    if args.json:
        print_json([a.to_json() for a in attempts])
        return 0
    if not attempts:
        print(translate("CLI", "The outbox is empty."))
        return 0
    print_table(
        [
            translate("CLI", "No."),
            translate("CLI", "State"),
            translate("CLI", "Account"),
            translate("CLI", "Tries"),
            translate("CLI", "When"),
            translate("CLI", "Post"),
        ],
        [
            [
                str(a.id),
                a.state_label,
                f"{a.account_name} ({a.network_name})",
                str(a.tries),
                _when(a),
                a.remote_url or shorten(a.error or a.text),
            ]
            for a in attempts
        ],
    )
    return 0
