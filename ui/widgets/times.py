"""Times as people say them: "5 minutes ago", "vor 5 Minuten", then dates in the user's locale."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, QLocale, QObject


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


def local_date_time(moment: datetime) -> str:
    return QLocale().toString(local_qdatetime(moment), QLocale.FormatType.ShortFormat)
