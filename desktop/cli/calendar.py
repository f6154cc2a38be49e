"""`publish-due` and `calendar`: what is planned, and sending what is due (for the system's scheduler)."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timedelta

from desktop.app import Core
from desktop.cli.arguments import MOST_SECONDS, day, seconds
from desktop.cli.output import print_json, print_table, shorten
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.scheduling.scheduler import to_local


def register(commands: argparse._SubParsersAction) -> None:
    due = commands.add_parser(
        "publish-due",
        help=translate(
            "CLI", "publish the scheduled posts whose time has come, then exit (for the system's task scheduler)"
        ),
    )
    due.add_argument(
        "--wait",
        type=seconds(MOST_SECONDS),
        default=60.0,
        metavar="SECONDS",
        help=translate("CLI", "how long to keep retrying before leaving posts in the outbox (default 60)"),
    )
    due.set_defaults(handler=publish_due)

    calendar = commands.add_parser("calendar", help=translate("CLI", "scheduled and published posts"))
    calendar.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    calendar.add_argument(
        "--from", dest="start", type=day, metavar="YYYY-MM-DD", help=translate("CLI", "first day (default: today)")
    )
    calendar.add_argument(
        "--to",
        dest="end",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("CLI", "last day (default: two weeks from the first)"),
    )
    calendar.set_defaults(handler=calendar_list)


async def publish_due(core: Core, args: argparse.Namespace) -> int:
    from desktop.cli.publishing import send_and_report

    # Each run is a new chance, as the app's start is: what waited for a connection is tried now.
    await core.outbox.connection_back()
    started = await core.outbox.send_due()
    code = await send_and_report(core, [a.id for a in started], args.wait)
    missed = await core.schedules.missed()
    if missed:
        print(
            translate(
                "CLI",
                "Missed (their time passed while the computer was off): %1. Open Kurzdraht to "
                "publish or reschedule them.",
            ).replace("%1", ", ".join(str(m) for m in missed))
        )
    if not started and not missed:
        print(translate("CLI", "Nothing is due."))
    return code


def _day(text: str | None, default: datetime) -> datetime:
    """The start of a day given as checked text (`arguments.day`), or `default` when none was given."""
    if text is None:
        return default
    try:
        return datetime.combine(datetime.strptime(text, "%Y-%m-%d").date(), time()).astimezone()
    except ValueError:
        raise KurzdrahtError(translate("CLI", "“%1” is not a date like 2026-12-24.").replace("%1", text)) from None


async def calendar_list(core: Core, args: argparse.Namespace) -> int:
    today = datetime.combine(datetime.now().date(), time()).astimezone()
    start = _day(args.start, today)
    end = _day(args.end, start + timedelta(days=13)) + timedelta(days=1)
    posts = await core.calendar.between(start, end)
    if args.json:
        print_json([p.to_json() for p in posts])
        return 0
    if not posts:
        print(translate("CLI", "Nothing planned or published in this period."))
        return 0
    print_table(
        [
            translate("CLI", "No."),
            translate("CLI", "When"),
            translate("CLI", "State"),
            translate("CLI", "Organisation"),
            translate("CLI", "Networks"),
            translate("CLI", "Text"),
        ],
        [
            [
                str(p.post_id),
                to_local(p.publish_at, p.timezone).strftime("%Y-%m-%d %H:%M"),
                p.state,
                p.organisation,
                ", ".join(network_name(n) for n in p.networks),
                shorten(p.title or p.text),
            ]
            for p in posts
        ],
    )
    return 0
