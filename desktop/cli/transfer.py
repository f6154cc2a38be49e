"""`export-ics`, `import-csv` and `export-csv`: the schedule to and from other programs' files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime, timedelta

from desktop.app import Core
from desktop.cli.arguments import day, output_file
from desktop.cli.calendar import _day
from desktop.cli.output import print_table, shorten
from desktop.i18n import translate


def _range_options(parser: argparse.ArgumentParser, first: str, last: str) -> None:
    parser.add_argument("--from", dest="start", type=day, metavar="YYYY-MM-DD", help=first)
    parser.add_argument("--to", dest="end", type=day, metavar="YYYY-MM-DD", help=last)


def register(commands: argparse._SubParsersAction) -> None:
    ics = commands.add_parser(
        "export-ics",
        help=translate("CLI", "write the schedule to a calendar file (.ics) for Outlook, Thunderbird or a phone"),
    )
    ics.add_argument(
        "file", metavar="FILE", type=output_file, help=translate("CLI", "the .ics file to write (replaced in one step)")
    )
    _range_options(
        ics,
        translate("CLI", "first day (default: 30 days ago)"),
        translate("CLI", "last day (default: a year from today)"),
    )
    ics.set_defaults(handler=export_ics_file)

    importing = commands.add_parser(
        "import-csv",
        help=translate(
            "CLI",
            "schedule the posts of a spreadsheet (CSV with the columns date, time, accounts, text, image, "
            "alt text); nothing is imported while a row has a problem",
        ),
    )
    importing.add_argument("file", metavar="FILE", help=translate("CLI", "the CSV file (UTF-8, separated by ; or ,)"))
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("CLI", "only check the file and show what would be scheduled")
    )
    importing.set_defaults(handler=import_csv_file)

    exporting = commands.add_parser(
        "export-csv", help=translate("CLI", "write the schedule to a spreadsheet (CSV) that import-csv reads again")
    )
    exporting.add_argument("file", metavar="FILE", type=output_file, help=translate("CLI", "the CSV file to write"))
    _range_options(
        exporting,
        translate("CLI", "first day (default: from now; published posts are listed with their links)"),
        translate("CLI", "last day (default: a year from today)"),
    )
    exporting.set_defaults(handler=export_csv_file)


def _range(args: argparse.Namespace) -> tuple[datetime | None, datetime | None]:
    """The days given (the last one whole), in this computer's time; None leaves the export's default."""
    start = _day(args.start, datetime.min) if args.start is not None else None
    end = _day(args.end, datetime.min) + timedelta(days=1) if args.end is not None else None
    return start, end


async def export_ics_file(core: Core, args: argparse.Namespace) -> int:
    from desktop.scheduling.ics import export_ics

    start, end = _range(args)
    written = await export_ics(core.calendar, args.file, start, end)
    print(translate("CLI", "Posts written to %1: %2").replace("%1", args.file).replace("%2", str(written)))
    return 0


async def export_csv_file(core: Core, args: argparse.Namespace) -> int:
    from desktop.scheduling.csv_io import export_csv

    start, end = _range(args)
    written = await export_csv(core, args.file, start, end)
    print(translate("CLI", "Posts written to %1: %2").replace("%1", args.file).replace("%2", str(written)))
    return 0


def _progress_line() -> Callable[[int, int], None] | None:
    """How far a long import is, on one line of a terminal (not in a log or a pipe)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(
            "\r" + translate("CLI", "Scheduling posts: %1 of %2").replace("%1", str(done)).replace("%2", str(total)),
            end="\n" if done >= total else "",
            file=sys.stderr,
            flush=True,
        )

    return show


async def import_csv_file(core: Core, args: argparse.Namespace) -> int:
    from desktop.scheduling.csv_io import import_rows, line_message, preview

    checked = await preview(core, args.file)
    for row in checked.rows:
        for note in row.notes:
            print(line_message(row.line, translate("CLI", "Note: %1").replace("%1", note)), file=sys.stderr)
    if not checked.ready:
        for message in checked.messages():
            print(message, file=sys.stderr)
        if checked.bad_rows:
            print(
                translate(
                    "CLI",
                    "Nothing was imported. Rows with problems: %1 of %2. Please correct them and "
                    "import the file again.",
                )
                .replace("%1", str(len(checked.bad_rows)))
                .replace("%2", str(len(checked.rows))),
                file=sys.stderr,
            )
        return 1
    rows = checked.to_schedule
    ids = [None] * len(rows) if args.dry_run else await import_rows(core, checked, _progress_line())
    print_table(
        [translate("CLI", "No."), translate("CLI", "When"), translate("CLI", "Accounts"), translate("CLI", "Text")],
        [
            [
                str(post_id or "–"),
                f"{row.local_time:%Y-%m-%d %H:%M} ({row.timezone})",
                ", ".join(row.account_names),
                shorten(row.text),
            ]
            for post_id, row in zip(ids, rows)
        ],
    )
    if args.dry_run:
        print(
            translate("CLI", "Posts that would be scheduled: %1. Nothing was imported (--dry-run).").replace(
                "%1", str(len(rows))
            )
        )
    else:
        print(translate("CLI", "Posts scheduled: %1.").replace("%1", str(len(ids))))
    return 0
