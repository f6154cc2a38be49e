"""What the monthly report says, as simple HTML for QTextDocument: the month's figures in the words,
numbers, dates and durations of the app's language."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.insights.answering import duration_text
from desktop.networks import network_name

if TYPE_CHECKING:
    from desktop.insights.answering import Answering
    from desktop.insights.posts import PostResult
    from desktop.insights.report import MonthlyFigures

POST_LETTERS = 110
SUGGESTION_LETTERS = 260
CELL_PADDING = 10  # dots: nearly a millimetre
ACCENT = "#2f6f9f"
GREY = "#5f6b76"
LINE = "#c9d3dc"
# Qt's rich text knows only a few CSS properties. Its margins count in a screen's pixels (1/96 inch),
# cell padding and borders in the PDF's dots (1/300 inch).
STYLE = f"""
h1 {{ font-size: 19pt; font-weight: 600; color: {ACCENT}; margin: 0; }}
h2 {{ font-size: 12.5pt; font-weight: 600; color: {ACCENT}; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 0; margin-bottom: 3px; }}
.subtitle {{ font-size: 12pt; color: {GREY}; margin-bottom: 2px; }}
.note {{ font-size: 8pt; color: {GREY}; margin-top: 3px; }}
.small {{ font-size: 8pt; color: {GREY}; }}
table {{ border-collapse: collapse; }}
th {{ background-color: #eaf1f7; font-weight: 600; text-align: left; }}
td {{ border-bottom: 3px solid {LINE}; vertical-align: top; }}
td.n, th.n {{ text-align: right; }}
tr.total td {{ font-weight: 600; border-bottom: 0; }}
tr.group td {{ font-weight: 600; color: {ACCENT}; border-bottom: 0; }}
"""
# Pictographs, their variation selector and joiner: the report's fonts would print a box for them.
EMOJI = re.compile("[\U0001f000-\U0001faff\ufe0f\u200d]")
DAY_FORMATS = {"de": "d. MMMM yyyy", "en": "d MMMM yyyy"}


def shortened(text: str, letters: int) -> str:
    """One line of at most `letters`, cut at a word and marked with an ellipsis; the @names a comment
    starts with (whom it was written to) are left out, and so are emoji (the PDF's fonts have none)."""
    words = " ".join(EMOJI.sub("", text).split())
    without_names = re.sub(r"^(@\S+\s+)+", "", words)
    words = without_names or words
    if len(words) <= letters:
        return words
    cut = words[: letters - 1]
    if " " in cut[letters // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + " …"


class Wording:
    """Numbers, dates and durations as the language writes them (1.234 and 7. Dezember 2026 in German)."""

    def __init__(self, language: str) -> None:
        from PySide6.QtCore import QLocale

        self.language = language if language in DAY_FORMATS else "en"
        if self.language == "de":
            self.locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
        else:
            self.locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def change(self, value: int | None) -> str:
        if value is None:
            return "–"
        if value == 0:
            return "±0"
        return ("+" if value > 0 else "−") + self.number(abs(value))

    def day(self, value: date) -> str:
        from PySide6.QtCore import QDate

        return self.locale.toString(QDate(value.year, value.month, value.day), DAY_FORMATS[self.language])

    def month(self, first: date) -> str:
        from PySide6.QtCore import QDate

        return self.locale.toString(QDate(first.year, first.month, 1), "MMMM yyyy")

    def duration(self, wait: timedelta | None) -> str:
        return duration_text(wait)

    def heading(self, figures: MonthlyFigures) -> str:
        return " · ".join(figures.organisations) or "Kurzdraht"

    def subtitle(self, figures: MonthlyFigures) -> str:
        text = translate("Report", "Monthly report for %1").replace("%1", self.month(figures.month))
        if figures.today <= figures.last_day:
            text += " " + translate("Report", "(up to %1)").replace("%1", self.day(figures.today))
        return text

    def title(self, figures: MonthlyFigures) -> str:
        return f"{self.heading(figures)} – {self.subtitle(figures)}"

    def made_with(self, figures: MonthlyFigures) -> str:
        return translate("Report", "Made with Kurzdraht on %1").replace("%1", self.day(figures.today))

    def page_of(self, page: int, pages: int) -> str:
        return translate("Report", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))


def report_html(figures: MonthlyFigures, wording: Wording, most_suggestions: int) -> str:
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>{escape(wording.heading(figures))}</h1>",
        f"<p class='subtitle'>{escape(wording.subtitle(figures))}</p>",
    ]
    if figures.empty:
        parts.append(_empty_month(figures, wording))
    else:
        parts += [
            _followers(figures, wording),
            _posts(figures, wording),
            _answering(figures, wording),
            _suggestions(figures, wording, most_suggestions),
        ]
    parts.append("</body></html>")
    return "".join(parts)


def _table(headers: list[tuple[str, bool]], rows: list[tuple[list[str], str]], first_width: int = 0) -> str:
    """A table over the page's width; (heading, is a number) per column, (cells, row class) per row, the
    first column `first_width` per cent wide (0: as its text needs). Cells are HTML already."""
    width = f" width='{first_width}%'" if first_width else ""
    head = "".join(
        f"<th class='{'n' if numeric else ''}'{'' if i else width}>{escape(text)}</th>"
        for i, (text, numeric) in enumerate(headers)
    )
    body = "".join(
        f"<tr class='{kind}'><td colspan='{len(headers)}'>{cells[0]}</td></tr>"
        if kind == "group"  # a heading over the rows below it
        else f"<tr class='{kind}'>"
        + "".join(f"<td class='{'n' if numeric else ''}'>{cell}</td>" for cell, (_, numeric) in zip(cells, headers))
        + "</tr>"
        for cells, kind in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='{CELL_PADDING}'><tr>{head}</tr>{body}</table>"


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _note(text: str) -> str:
    return f"<p class='note'>{escape(text)}</p>"


def _empty_month(figures: MonthlyFigures, wording: Wording) -> str:
    return (
        _heading(translate("Report", "No figures for this month yet"))
        + "<p>"
        + escape(
            translate(
                "Report",
                "Kurzdraht has no figures for %1: no followers were counted, no post was published through "
                "Kurzdraht and no comment arrived.",
            ).replace("%1", wording.month(figures.month))
        )
        + "</p><p>"
        + escape(
            translate(
                "Report",
                "The figures are collected while Kurzdraht fetches comments (in the app, or with "
                "“kurzdraht sync”): the followers once a day, the likes and shares of posts published "
                "through Kurzdraht during their first 30 days. Comments and answers come from the Inbox, "
                "suggestions are the comments tagged “suggestion” there. Open Kurzdraht regularly and next "
                "month's report fills itself.",
            )
        )
        + "</p>"
    )


def _followers(figures: MonthlyFigures, wording: Wording) -> str:
    parts = [_heading(translate("Report", "Followers"))]
    if not figures.followers:
        parts.append(
            _note(
                translate(
                    "Report",
                    "No followers were counted this month. Kurzdraht counts them once a day while it fetches comments.",
                )
            )
        )
        return "".join(parts)
    several = len({a.organisation for a in figures.followers}) > 1
    headers = [
        (translate("Report", "Network"), False),
        (translate("Report", "Account"), False),
        (translate("Report", "Followers"), True),
        (translate("Report", "Change in the month"), True),
    ]
    rows: list[tuple[list[str], str]] = []
    organisation = None
    for a in figures.followers:
        if several and a.organisation != organisation:
            rows.append(([escape(a.organisation)], "group"))
        organisation = a.organisation
        rows.append(
            (
                [escape(a.network_name), escape(a.account_name), wording.number(a.followers), wording.change(a.change)],
                "",
            )
        )
    if len(figures.followers) > 1:
        changes = [a.change for a in figures.followers if a.change is not None]
        total = wording.number(sum(a.followers for a in figures.followers))
        rows.append(
            (
                [
                    escape(translate("Report", "All accounts")),
                    "",
                    total,
                    wording.change(sum(changes) if changes else None),
                ],
                "total",
            )
        )
    parts.append(
        _table(headers, rows)
        + _note(
            translate(
                "Report",
                "Followers at the last count of the month; the change since the last count before it. "
                "Someone who follows several accounts is counted on each.",
            )
        )
    )
    return "".join(parts)


def _reach_counted(post: PostResult, wording: Wording) -> str:
    """How the "seen by" figure was counted, under the post."""
    if post.reach is None:
        return translate("Report", "Seen by: not known (the account's followers were never counted).")
    explained = post.reach_counted()
    return (
        translate("Report", "Seen by up to %1: %2")
        .replace("%1", wording.number(post.reach))
        .replace("%2", explained or "")
        .rstrip(": ")
    )


def _posts(figures: MonthlyFigures, wording: Wording) -> str:
    parts = [_heading(translate("Report", "The posts shared most"))]
    if not figures.posts:
        parts.append(
            _note(
                translate(
                    "Report",
                    "No post was published through Kurzdraht this month, or its figures were not fetched yet.",
                )
            )
        )
        return "".join(parts)
    headers = [
        (translate("Report", "Post"), False),
        (translate("Report", "Shares"), True),
        (translate("Report", "Likes"), True),
        (translate("Report", "Replies"), True),
        (translate("Report", "Seen by up to"), True),
    ]
    rows = []
    for post in figures.posts:
        where = (
            f"{wording.day(post.published_at.astimezone().date())} · {network_name(post.network)} · {post.account_name}"
        )
        cells = [
            f"{escape(shortened(post.text, POST_LETTERS))}<br/><span class='small'>{escape(where)}<br/>"
            f"{escape(_reach_counted(post, wording))}</span>",
            _count(post.shares, wording),
            _count(post.likes, wording),
            _count(post.replies, wording),
            _count(post.reach, wording),
        ]
        rows.append((cells, ""))
    parts.append(
        _table(headers, rows, first_width=55)
        + _note(
            translate(
                "Report",
                "Seen by: at most this many people could see the post in their timeline — the account's "
                "followers on the day plus the followers of those who shared it (people who follow several "
                "are counted more than once).",
            )
        )
    )
    return "".join(parts)


def _count(value: int | None, wording: Wording) -> str:
    return "–" if value is None else wording.number(value)


def _answering(figures: MonthlyFigures, wording: Wording) -> str:
    report = figures.answering
    parts = [_heading(translate("Report", "Comments and answers"))]
    if not report.total.received:
        parts.append(_note(translate("Report", "No comments arrived this month.")))
        return "".join(parts)
    total = report.total
    lines = [
        (translate("Report", "Comments received"), wording.number(total.received)),
        (translate("Report", "Answered through Kurzdraht"), wording.number(total.answered)),
        (translate("Report", "Half of them answered within (median)"), wording.duration(total.median)),
        (translate("Report", "Nine in ten answered within (90th percentile)"), wording.duration(total.p90)),
    ]
    parts.append(
        f"<table cellspacing='0' cellpadding='{CELL_PADDING}'>"
        + "".join(
            f"<tr><td>{escape(label)}</td><td class='n'><b>{escape(value)}</b></td></tr>" for label, value in lines
        )
        + "</table>"
    )
    if len(report.accounts) > 1:
        headers = [
            (translate("Report", "Account"), False),
            (translate("Report", "Received"), True),
            (translate("Report", "Answered"), True),
            (translate("Report", "Median"), True),
            (translate("Report", "90th percentile"), True),
        ]
        rows = [
            (
                [
                    f"{escape(a.account_name)} <span class='small'>({escape(a.network_name)})</span>",
                    *_answer_cells(a.figures, wording),
                ],
                "",
            )
            for a in report.accounts
        ]
        parts.append("<p></p>" + _table(headers, rows))
    parts.append(
        _note(
            translate(
                "Report",
                "Time from a comment's arrival to the first reply sent through Kurzdraht; replies written on a "
                "network's own site are not seen.",
            )
        )
    )
    return "".join(parts)


def _answer_cells(figures: Answering, wording: Wording) -> list[str]:
    return [
        wording.number(figures.received),
        wording.number(figures.answered),
        escape(wording.duration(figures.median)),
        escape(wording.duration(figures.p90)),
    ]


def _suggestions(figures: MonthlyFigures, wording: Wording, most: int) -> str:
    suggestions = figures.answering.suggestions
    heading = translate("Report", "Suggestions for the team meeting")
    parts = [_heading(heading)]
    if not suggestions:
        parts.append(
            _note(
                translate(
                    "Report",
                    "No comment of this month is tagged “suggestion”. Tag one in the Inbox and it appears here.",
                )
            )
        )
        return "".join(parts)
    headers = [
        (translate("Report", "From"), False),
        (translate("Report", "Suggestion"), False),
    ]
    rows = []
    for s in suggestions[:most]:
        where = f"{wording.day(s.received_at.astimezone().date())} · {network_name(s.network)} · {s.account_name}"
        rows.append(
            (
                [
                    f"<b>{escape(s.author_name)}</b><br/><span class='small'>{escape(where)}</span>",
                    escape(shortened(s.text, SUGGESTION_LETTERS)),
                ],
                "",
            )
        )
    parts.append(_table(headers, rows, first_width=30))
    rest = len(suggestions) - most
    if rest > 0:
        more = (
            translate("Report", "and 1 more — see the Inbox filtered by Suggestion.")
            if rest == 1
            else translate("Report", "and %1 more — see the Inbox filtered by Suggestion.").replace(
                "%1", wording.number(rest)
            )
        )
        parts.append(f"<p>{escape(more)}</p>")
    return "".join(parts)
