"""The organisations one works for, one row each: name, colour (the calendar's chips) and time zone (when
"9:00" is). Used by the first-run guide and the Settings dialog; the core checks and stores them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QTimeZone, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import Qt

from desktop.accounts import ORGANISATION_NAME_LENGTH, OrganisationInfo

# Colours a new organisation gets, one after the other: apart from each other, and dark enough for white
# text on a calendar chip (WCAG AA, 4.5:1).
NEW_COLOURS = ("#2f6f9f", "#b3451b", "#2e7d32", "#7b3fa0", "#8a5a00", "#00717a")


def system_timezone() -> str:
    """The computer's time zone as a name like Europe/Berlin (Qt knows Windows' own names too)."""
    zone = QTimeZone.systemTimeZoneId().data().decode("ascii", "replace")
    return zone if zone in timezones() else "Europe/Berlin"


@cache
def timezones() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    # The legacy aliases (e.g. "CET", "US/Pacific") would only make the list longer.
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))))


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class OrganisationRow:
    """The widgets of one organisation; `organisation_id` is None for one not stored yet."""

    def __init__(self, owner: "OrganisationRows", organisation: OrganisationInfo | None, colour: str) -> None:
        self.organisation_id = organisation.id if organisation else None
        self.name = QLineEdit(organisation.name if organisation else "")
        self.name.setObjectName("organisationName")
        self.name.setMaxLength(ORGANISATION_NAME_LENGTH)
        self.colour = organisation.colour if organisation else colour
        self.colour_button = QToolButton()
        self.colour_button.setObjectName("organisationColour")
        self.colour_button.clicked.connect(lambda: owner.choose_colour(self))
        self.timezone = QComboBox()
        self.timezone.setObjectName("organisationTimezone")
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(timezones())
        completer = self.timezone.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Berlin" finds Europe/Berlin
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.setCurrentText(organisation.timezone if organisation else system_timezone())
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("organisationRemove")
        self.remove_button.setText("✕")
        self.remove_button.clicked.connect(lambda: owner.remove_row(self))
        self.widgets: tuple[QWidget, ...] = (self.name, self.colour_button, self.timezone, self.remove_button)
        self.show_colour()

    def show_colour(self) -> None:
        self.colour_button.setIcon(swatch(self.colour, 20))

    def values(self) -> tuple[int | None, str, str, str]:
        return self.organisation_id, self.name.text(), self.colour, self.timezone.currentText()


class OrganisationRows(QWidget):
    """Editable rows, one per organisation, and "Add another organisation"; `changes()` says what to store."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OrganisationRow] = []
        self.removed: list[int] = []  # stored organisations whose row was removed
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)
        self.headers = [QLabel(), QLabel(), QLabel()]
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        self.add_button = QPushButton()
        self.add_button.setObjectName("organisationAdd")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for header, text in zip(self.headers, (self.tr("Name"), self.tr("Colour"), self.tr("Time zone")), strict=True):
            header.setText(text)
        self.add_button.setText(self.tr("Add another organisation"))
        for row in self.rows:
            self._name_row(row)

    def _name_row(self, row: OrganisationRow) -> None:
        number = self.rows.index(row) + 1
        row.name.setPlaceholderText(self.tr("e.g. Nachbarschaftszentrum Lindenhof"))
        row.name.setAccessibleName(self.tr("Name of organisation %1").replace("%1", str(number)))
        row.colour_button.setAccessibleName(self.tr("Colour of organisation %1").replace("%1", str(number)))
        row.colour_button.setToolTip(self.tr("The colour of its posts in the calendar"))
        row.timezone.setAccessibleName(self.tr("Time zone of organisation %1").replace("%1", str(number)))
        row.timezone.setToolTip(self.tr("Its posts are scheduled in this time zone"))
        row.remove_button.setAccessibleName(self.tr("Remove organisation %1").replace("%1", str(number)))
        row.remove_button.setToolTip(self.tr("Remove this organisation"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_organisations(self, organisations: list[OrganisationInfo]) -> None:
        for row in list(self.rows):
            self._take(row)
        self.removed = []
        for organisation in organisations:
            self.add_row(organisation)
        if not self.rows:
            self.add_row()

    def add_row(self, organisation: OrganisationInfo | None = None, focus: bool = False) -> OrganisationRow:
        used = {row.colour for row in self.rows}
        colour = next((c for c in NEW_COLOURS if c not in used), NEW_COLOURS[len(self.rows) % len(NEW_COLOURS)])
        row = OrganisationRow(self, organisation, colour)
        line = self.grid.rowCount()
        for column, widget in enumerate(row.widgets):
            self.grid.addWidget(widget, line, column)
            widget.show()  # now, not later by the layout, so that it can take the focus at once
        self.rows.append(row)
        # Tab order follows when widgets joined the window: "Add another organisation" joins again, after
        # the new row (QWidget.setTabOrder() cannot move it there while the rows are all the window has).
        self.add_button.setParent(None)
        self.add_button.setParent(self)
        self.layout().addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.show()
        row.name.textChanged.connect(self.changed)
        row.timezone.currentTextChanged.connect(self.changed)
        self._name_row(row)
        self._removable()
        if focus:
            row.name.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: OrganisationRow) -> None:
        if row.organisation_id is not None:
            self.removed.append(row.organisation_id)
        self._take(row)
        for other in self.rows:
            self._name_row(other)
        self._removable()
        if self.rows:
            self.rows[-1].name.setFocus()
        self.changed.emit()

    def _take(self, row: OrganisationRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def _removable(self) -> None:
        for row in self.rows:
            row.remove_button.setEnabled(len(self.rows) > 1)  # one organisation at least

    def choose_colour(self, row: OrganisationRow) -> None:
        chosen = QColorDialog.getColor(QColor(row.colour), self, self.tr("Colour of %1").replace("%1", row.name.text()))
        if chosen.isValid():
            row.colour = chosen.name()
            row.show_colour()
            self.changed.emit()

    def entered(self) -> list[tuple[int | None, str, str, str]]:
        """What the rows say: (id or None, name, colour, time zone), rows left empty left out."""
        return [row.values() for row in self.rows if row.name.text().strip() or row.organisation_id is not None]

    def changed_from(self, organisations: list[OrganisationInfo]) -> bool:
        """Whether the rows say something else than `organisations` (as stored): there is something to store."""
        stored = [(o.id, o.name, o.colour, o.timezone) for o in organisations]
        return self.entered() != stored or bool(self.removed)

    def has_name(self) -> bool:
        return any(row.name.text().strip() for row in self.rows)
