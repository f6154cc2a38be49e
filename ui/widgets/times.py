"""Times as people say them: "5 minutes ago", "vor 5 Minuten", then dates in the user's language. Every date
and time the app shows goes through here, so that they all follow the language chosen (QLocale's default,
set with it): "07.12.2026 10:49" in German, "12/7/2026 10:49 AM" in English."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime


class RelativeTime(QObject):
    """The words for "how long ago". A QObject so that lupdate sees its plurals (it reads numerus forms
    from tr() calls, not from QCoreApplication.translate)."""

    def text(self, moment: datetime, now: datetime) -> str:
        seconds = (now - moment).total_seconds()
        if seconds < 60:
            return self.tr("just now")
        minutes = int(seconds // 60)
        if minutes < 60:
            return self.tr("%n minute(s) ago", "", minutes)
        hours = minutes // 60
        if hours < 24:
            return self.tr("%n hour(s) ago", "", hours)
        days = hours // 24
        if days < 7:
            return self.tr("%n day(s) ago", "", days)
        return local_date_time(moment)


_WORDS = RelativeTime()


def relative_time(moment: datetime, now: datetime | None = None) -> str:
    return _WORDS.text(moment, now or datetime.now(timezone.utc))


def local_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the computer's time zone."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def date_format() -> str:
    """Qt's format of a day in the language's short form, with the whole year (for date fields too)."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def time_format() -> str:
    """Qt's format of a time of day in the language (24 hours in German, AM/PM in English)."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def date_text(day: date) -> str:
    """A day in the language's short form, with the whole year (a two-digit one reads like a day)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def time_text(moment: time) -> str:
    """A time of day as the language writes it."""
    return QLocale().toString(QTime(moment.hour, moment.minute), time_format())


def local_date_time(moment: datetime) -> str:
    """An aware moment on this computer's clock: its date and time."""
    local = moment.astimezone()
    return f"{date_text(local.date())} {time_text(local.time())}"
