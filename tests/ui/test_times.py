"""Dates and times follow the language chosen, everywhere the app shows them (one formatter)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale

from ui.widgets.times import date_text, local_date_time, relative_time, time_text


@pytest.fixture
def language(qapp):
    before = QLocale()

    def use(code: str) -> None:
        QLocale.setDefault(QLocale(code))

    yield use
    QLocale.setDefault(before)


def test_german_and_english_dates_and_times(language):
    language("de")
    assert date_text(date(2026, 12, 7)) == "07.12.2026"  # the whole year, not "07.12.26"
    assert time_text(time(9, 5)) == "09:05"
    language("en")
    assert date_text(date(2026, 12, 7)) == "12/7/2026"
    assert time_text(time(9, 5)) == "9:05\u202fAM" or time_text(time(9, 5)) == "9:05 AM"


def test_a_moment_is_shown_on_this_computers_clock_and_older_ones_by_date(language):
    language("de")
    moment = datetime(2026, 12, 7, 9, 5, tzinfo=timezone.utc)
    local = moment.astimezone()
    assert local_date_time(moment) == f"{local:%d.%m.%Y} {local:%H:%M}"
    assert relative_time(moment, now=moment + timedelta(days=8)) == local_date_time(moment)
