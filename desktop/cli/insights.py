"""`insights`: the organisation's figures from the local database: followers per account, and the posts
shared most with how many people they reached at most (our followers and those of the people who shared)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from desktop.app import Core
from desktop.cli.arguments import day
from desktop.cli.output import print_json, print_table, shorten
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.insights import AnsweringReport
from desktop.insights.answering import duration_text

DEFAULT_DAYS = 30
TOP_POSTS = 5


def _number(value: int | None) -> str:
    return "–" if value is None else str(value)


def register(commands: argparse._SubParsersAction) -> None:
    insights = commands.add_parser(
        "insights", help=translate("CLI", "followers per account and their change (the last 30 days by default)")
    )
    insights.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    insights.add_argument("--from", dest="start", type=day, metavar="YYYY-MM-DD", help=translate("CLI", "first day"))
    insights.add_argument("--to", dest="end", type=day, metavar="YYYY-MM-DD", help=translate("CLI", "last day"))
    insights.set_defaults(handler=show_insights)


async def show_insights(core: Core, args: argparse.Namespace) -> int:
    end = date.fromisoformat(args.end) if args.end else date.today()
    start = date.fromisoformat(args.start) if args.start else end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise KurzdrahtError(translate("CLI", "--from is after --to."))
    series = await core.insights.followers(start, end)
    posts = await core.insights.posts(start, end)
    answering = await core.insights.answering(start, end)
    if args.json:
        print_json(
            {
                "from": start.isoformat(),
                "to": end.isoformat(),
                "followers": [s.to_json() for s in series],
                "posts": [p.to_json() for p in posts],
                "answering": answering.to_json(),
            }
        )
        return 0
    _print_answering(answering)
    if posts:
        print(translate("CLI", "Posts shared most:"))
        print_table(
            [
                translate("CLI", "Post"),
                translate("CLI", "Account"),
                translate("CLI", "Shares"),
                translate("CLI", "Likes"),
                translate("CLI", "Replies"),
                translate("CLI", "Seen by up to"),
            ],
            [
                [
                    shorten(p.text),
                    p.account_name,
                    _number(p.shares),
                    _number(p.likes),
                    _number(p.replies),
                    _number(p.reach),
                ]
                for p in posts[:TOP_POSTS]
            ],
        )
        print()
    if not series:
        print(
            translate(
                "CLI",
                "No follower figures from %1 to %2 yet. They are counted once a day when comments are fetched "
                "(the app, or `kurzdraht sync`).",
            )
            .replace("%1", start.isoformat())
            .replace("%2", end.isoformat())
        )
        return 0
    print_table(
        [
            translate("CLI", "Account"),
            translate("CLI", "Network"),
            translate("CLI", "Followers"),
            translate("CLI", "Change"),
            translate("CLI", "Days counted"),
        ],
        [
            [
                s.account_name,
                s.network_name,
                str(s.latest),
                "" if s.change is None else f"{s.change:+d}",
                str(len(s.days)),
            ]
            for s in series
        ],
    )
    return 0


def _print_answering(answering: AnsweringReport) -> None:
    total = answering.total
    if total.received:
        print(
            translate("CLI", "Comments: %1 received, %2 answered from Kurzdraht.")
            .replace("%1", str(total.received))
            .replace("%2", str(total.answered))
        )
        if total.answered:
            print(
                translate("CLI", "Half were answered within %1, nine in ten within %2.")
                .replace("%1", duration_text(total.median))
                .replace("%2", duration_text(total.p90))
            )
    waiting = sum(count for _, count in answering.open_by_age)
    if waiting:
        print(translate("CLI", "Open comments now: %1.").replace("%1", str(waiting)))
    if answering.suggestions:
        print(translate("CLI", "Suggestions in this period:"))
        for suggestion in answering.suggestions:
            print(f"  - {shorten(suggestion.text, 100)} ({suggestion.author_name}, {suggestion.account_name})")
    if total.received or waiting or answering.suggestions:
        print()
