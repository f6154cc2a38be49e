"""Posting slots per organisation: the regular times it posts at. "Add to queue" in the composer then
takes the next free one."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import OrganisationInfo
from desktop.app import Core
from desktop.scheduling.slots import Slot
from ui.jobs import JobRunner, user_message
from ui.widgets.untrusted import plain
from ui.widgets.times import time_text
from ui.widgets.times import time_format


def slot_label(slot: Slot) -> str:
    locale = QLocale()
    return f"{locale.dayName(slot.weekday + 1)} {time_text(slot.time)}"


class PostingSlotsDialog(QDialog):
    def __init__(self, core: Core, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postingSlotsDialog")
        self.setWindowTitle(self.tr("Posting slots"))
        self.core = core
        self.jobs = jobs
        self.slots: dict[int, list[Slot]] = {}
        self.organisation = QComboBox()
        self.organisation.currentIndexChanged.connect(self._show)
        # A handful of fixed entries per organisation, not growing data: a list widget is enough.
        self.list = QListWidget()
        self.list.setObjectName("slotList")
        self.weekday = QComboBox()
        self.weekday.setObjectName("slotWeekday")
        for day in range(7):
            self.weekday.addItem(QLocale().dayName(day + 1), day)
        self.time = QTimeEdit(QTime(9, 30))
        self.time.setObjectName("slotTime")
        self.time.setDisplayFormat(time_format())
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addSlot")
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeSlot")
        remove.clicked.connect(self.remove)
        self.message = plain(QLabel())
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.weekday)
        row.addWidget(self.time)
        row.addWidget(add)
        row.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = plain(
            QLabel(
                self.tr(
                    "Posts added to the queue go out at the next free one of these times "
                    "(in the organisation's time zone)."
                )
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.organisation)
        layout.addWidget(self.list, 1)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.list.setAccessibleName(self.tr("Posting slots"))
        self.weekday.setAccessibleName(self.tr("Day of the week"))
        self.time.setAccessibleName(self.tr("Time"))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.jobs.start(
            self.tr("Loading posting slots"),
            self._load(),
            on_done=self._loaded,
            on_error=lambda e: self.message.setText(user_message(e)),
            quiet=True,
        )

    async def _load(self) -> tuple[list[OrganisationInfo], dict[int, list[Slot]]]:
        organisations = await self.core.accounts.organisations()
        return organisations, {o.id: await self.core.slots.list(o.id) for o in organisations}

    def _loaded(self, data: tuple[list[OrganisationInfo], dict[int, list[Slot]]]) -> None:
        organisations, self.slots = data
        for organisation in organisations:
            self.organisation.addItem(f"{organisation.name} ({organisation.timezone})", organisation.id)
        if not organisations:
            self.message.setText(self.tr("Connect an account first: slots belong to its organisation."))

    def current(self) -> int | None:
        return self.organisation.currentData()

    def _show(self) -> None:
        self.list.clear()
        for slot in self.slots.get(self.current() or 0, []):
            item = QListWidgetItem(slot_label(slot))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.list.addItem(item)

    def add(self) -> None:
        organisation = self.current()
        if organisation is None:
            return
        moment = self.time.time()
        slot = Slot(self.weekday.currentData(), moment.hour() * 60 + moment.minute())
        self.slots[organisation] = sorted(set(self.slots.get(organisation, [])) | {slot})
        self._show()

    def remove(self) -> None:
        organisation, item = self.current(), self.list.currentItem()
        if organisation is None or item is None:
            return
        slot = item.data(Qt.ItemDataRole.UserRole)
        self.slots[organisation] = [s for s in self.slots.get(organisation, []) if s != slot]
        self._show()

    def save(self) -> None:
        async def store() -> None:
            for organisation, slots in self.slots.items():
                await self.core.slots.replace(organisation, slots)

        self.jobs.start(
            self.tr("Saving posting slots"),
            store(),
            on_done=lambda _: self.accept(),
            on_error=lambda e: self.message.setText(user_message(e)),
        )
