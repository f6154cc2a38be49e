"""`report`: the monthly report for the board and funders as a PDF (the last complete month by default)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from desktop.app import Core
from desktop.cli.arguments import FIRST_YEAR, LAST_YEAR
from desktop.i18n import translate
from desktop.insights.report import ensure_gui_application, last_complete_month


def month(text: str) -> date:
    """A month like 2026-11 (its first day)."""
    try:
        first = datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        first = None
    if first is None or not FIRST_YEAR <= first.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(translate("CLI", "“%1” is not a month like 2026-11.").replace("%1", text))
    return first


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report",
        help=translate(
            "CLI", "the monthly report for the board and funders as a PDF (the last complete month by default)"
        ),
    )
    report.add_argument("--month", type=month, metavar="YYYY-MM", help=translate("CLI", "the month to report on"))
    report.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help=translate("CLI", "the PDF file to write")
    )
    report.set_defaults(handler=write_report)


async def write_report(core: Core, args: argparse.Namespace) -> int:
    ensure_gui_application()  # Qt's PDF writer needs one; headless it draws on the offscreen platform
    written = await core.insights.monthly_report(args.month or last_complete_month(date.today()), args.out)
    text = (
        translate("CLI", "Wrote the report (1 page) to %1")
        if written.pages == 1
        else translate("CLI", "Wrote the report (%2 pages) to %1").replace("%2", str(written.pages))
    )
    print(text.replace("%1", str(written.path)))
    if written.empty:
        print(translate("CLI", "The month has no figures yet; the report says how they are collected."))
    return 0
