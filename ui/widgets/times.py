"""Times as people say them: "5 minutes ago", "vor 5 Minuten", then dates in the user's locale."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def relative_time(moment: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("Time", "just now")
    minutes = int(seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("Time", "%n minute(s) ago", None, minutes)
    hours = minutes // 60
    if hours < 24:
        return QCoreApplication.translate("Time", "%n hour(s) ago", None, hours)
    days = hours // 24
    if days < 7:
        return QCoreApplication.translate("Time", "%n day(s) ago", None, days)
    return local_date_time(moment)


def local_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the computer's time zone."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def local_date_time(moment: datetime) -> str:
    return QLocale().toString(local_qdatetime(moment), QLocale.FormatType.ShortFormat)
