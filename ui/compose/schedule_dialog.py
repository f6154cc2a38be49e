"""Choosing when a post goes out, in the organisation's time zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui.widgets.untrusted import plain
from ui.widgets.times import date_format, time_format


class ScheduleDialog(QDialog):
    def __init__(self, timezone: str, current: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.timezone = timezone
        zone = ZoneInfo(timezone)
        now = datetime.now(zone)
        start = (
            current.astimezone(zone)
            if current
            else (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        )
        self.when = QDateTimeEdit()
        self.when.setObjectName("scheduleWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(f"{date_format()} {time_format()}")
        self.when.setMinimumDateTime(_qt(now.replace(second=0, microsecond=0)))
        self.when.setDateTime(_qt(start))
        self.zone_label = plain(QLabel(self.tr("Time zone: %1").replace("%1", timezone)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Publish on:"), self.when)
        layout.addRow("", self.zone_label)
        layout.addRow(buttons)
        self.setWindowTitle(self.tr("Schedule the post"))

    def local_time(self) -> datetime:
        """The chosen wall-clock time, without a zone (it is the organisation's)."""
        value = self.when.dateTime()
        date, time = value.date(), value.time()
        return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
