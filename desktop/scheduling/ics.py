"""The schedule as an iCalendar file (.ics) that Outlook, Thunderbird and phone calendars open or
subscribe to: one event per scheduled, missed, published or failed post.

Times are written in UTC ("…Z"), which every calendar reads and shows in its own time zone; a TZID
would need a VTIMEZONE block that older Outlook versions read wrongly. Each post keeps its UID across
exports, so a subscribed calendar updates the event instead of adding a second one. The events are
"free" time (TRANSP:TRANSPARENT): a post going out does not make anyone busy.

STATUS: published posts are CONFIRMED; scheduled, missed and failed ones TENTATIVE. A failed post is
not CANCELLED on purpose: several calendars hide or strike through cancelled events, and a failed
post is exactly the one someone has to look at (its summary says "failed").
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop import __version__
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.scheduling.calendar import CalendarService, ScheduledPost
from desktop.scheduling.exports import MOST_POSTS, account_line, default_range, links, write_atomically
from desktop.states import POST_NEEDS_ATTENTION, PostState

DURATION = timedelta(minutes=15)
SUMMARY_LENGTH = 70


def uid(post_id: int) -> str:
    return f"post-{post_id}@kurzdraht"


def _headline(post: ScheduledPost) -> str:
    lines = [line.strip() for line in (post.title or post.text).splitlines() if line.strip()]
    headline = " ".join(lines[0].split()) if lines else ""
    return headline if len(headline) <= SUMMARY_LENGTH else headline[: SUMMARY_LENGTH - 1] + "…"


def summary(post: ScheduledPost) -> str:
    """“Lindenhof: Flohmarkt im Hof”, with the state added where someone has to act."""
    text = f"{post.organisation}: {_headline(post)}"
    if post.state in POST_NEEDS_ATTENTION:
        text = translate("ScheduleExport", "%1 (%2)").replace("%1", text).replace("%2", post.state.label)
    return text


def description(post: ScheduledPost) -> str:
    """The whole text, then where it goes and how it went, one account a line."""
    parts = [post.text.strip()]
    if post.accounts:
        parts.append("\n".join(account_line(a) for a in post.accounts))
    parts.append(translate("ScheduleExport", "State: %1").replace("%1", post.state.label))
    return "\n\n".join(p for p in parts if p)


def status(post: ScheduledPost) -> str:
    return "CONFIRMED" if post.state == PostState.PUBLISHED else "TENTATIVE"


def build_calendar(posts: list[ScheduledPost], now: datetime) -> bytes:
    """The .ics file's bytes (CRLF lines, folded at 75 octets, as RFC 5545 wants)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//Kurzdraht//Kurzdraht {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")  # Outlook imports a calendar without METHOD as an invitation
    calendar.add("x-wr-calname", translate("ScheduleExport", "Kurzdraht posts"))
    stamp = now.astimezone(timezone.utc).replace(microsecond=0)
    for post in posts:
        event = Event()
        event.add("uid", uid(post.post_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", post.publish_at.astimezone(timezone.utc).replace(microsecond=0))
        event.add("duration", DURATION)
        event.add("summary", summary(post))
        event.add("description", description(post))
        event.add("status", status(post))
        event.add("transp", "TRANSPARENT")
        if post.networks:
            event.add("categories", [network_name(n) for n in post.networks])
        urls = links(post)
        if urls:
            event.add("url", urls[0])
        calendar.add_component(event)
    return calendar.to_ical()


async def export_ics(
    calendar: CalendarService,
    path: str | Path,
    start: datetime | None = None,
    end: datetime | None = None,
    now: datetime | None = None,
) -> int:
    """Write the posts between `start` and `end` (default: 30 days back to a year ahead) to `path`,
    replacing it in one step; returns how many events it holds."""
    now = now or datetime.now(timezone.utc)
    first, last = default_range(now)
    posts = await calendar.between(start or first, end or last, limit=MOST_POSTS)
    data = build_calendar(posts, now)
    await asyncio.to_thread(write_atomically, Path(path), data)
    return len(posts)
