"""The Insights charts (QtCharts): followers over time as lines, answering times per week and tags per
month as bars. They follow the window's palette (light or dark) and name themselves for screen readers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy

from desktop.insights import FollowerLine


# Okabe and Ito's eight colours, told apart also by people with colour blindness (and not repeated
# after five lines, as the chart themes' own are).
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")


def _colour(index: int) -> QColor:
    return QColor(COLOURS[index % len(COLOURS)])


def _ms(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp() * 1000


class ChartView(QChartView):
    """A chart view that starts empty and is refilled with `show_*`."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, so its description can be read
        self._new_chart()

    def _new_chart(self) -> QChart:
        old = self.chart()
        chart = QChart()
        dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # switching period must be instant
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def show_lines(self, lines: Sequence[FollowerLine], start: date, end: date) -> None:
        """One line per account or group, over the period's days; a day without a figure is left out."""
        chart = self._new_chart()
        axis_x = QDateTimeAxis()
        axis_x.setFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        axis_x.setRange(
            datetime.combine(start, time.min),
            datetime.combine(end, time.max),
        )
        axis_x.setTickCount(min(max((end - start).days + 1, 2), 7))
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        if len(lines) > 3:  # a row of many names at the bottom would cut each short
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setShowToolTips(True)  # a name still cut short shows whole on hover
        low, high = None, None
        for index, line in enumerate(lines):
            series = QLineSeries()
            series.setName(line.label)
            pen = QPen(_colour(index))
            pen.setWidthF(2.0)
            series.setPen(pen)
            series.setPointsVisible(len(line.days) < 60)
            series.append([QPointF(_ms(day), count) for day, count in line.days])  # at once: one call, not one a day
            if line.days:
                counts = [count for _, count in line.days]
                low = min(counts) if low is None else min(low, *counts)
                high = max(counts) if high is None else max(high, *counts)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        if low is not None and high is not None:
            margin = max((high - low) // 10, 1)
            axis_y.setRange(max(low - margin, 0), high + margin)
            axis_y.applyNiceNumbers()

    def show_bars(
        self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], stacked: bool, unit: str = ""
    ) -> None:
        """Bars per category: one set per name (stacked: on top of each other, e.g. tags per month)."""
        chart = self._new_chart()
        series = QStackedBarSeries() if stacked else QBarSeries()
        top = 0.0
        for index, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(_colour(index))
            bar_set.setBorderColor(_colour(index))
            bar_set.append(list(values))
            series.append(bar_set)
            top = max(top, max(values, default=0.0))
        if stacked:
            top = max((sum(values[i] for _, values in sets) for i in range(len(categories))), default=0.0)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(categories))
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, max(top, 1.0))
        axis_y.applyNiceNumbers()
        if unit:
            axis_y.setTitleText(unit)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(len(sets) > 1)

    def series_names(self) -> list[str]:
        return [s.name() for s in self.chart().series()] if self.chart() else []
