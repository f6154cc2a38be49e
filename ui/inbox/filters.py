"""The row above the inbox list: search, and filters by state, network, organisation or account, tag
and time. It only builds an `InboxFilter`; the core does the finding."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.accounts import AccountInfo
from desktop.inbox.queries import InboxCounts, TagInfo
from desktop.inbox.search import InboxFilter
from desktop.networks import network_name
from ui.inbox.delegate import tag_label
from ui.widgets.icons import network_icon

# What the inbox shows until the user filters: the open comments of every account, at any time.
OPEN_COMMENTS = InboxFilter(status="open")

SEARCH_PAUSE_MS = 250
PERIODS = ("any", "today", "week", "month")


def period_start(period: str, now: datetime | None = None) -> datetime | None:
    local_now = (now or datetime.now(timezone.utc)).astimezone()
    midnight = datetime.combine(local_now.date(), time(), tzinfo=local_now.tzinfo)
    return {"today": midnight, "week": midnight - timedelta(days=6), "month": midnight - timedelta(days=29)}.get(period)


class FilterBar(QWidget):
    changed = Signal(object)  # InboxFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("inboxSearch")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("inboxStatus")
        self.network = QComboBox()
        self.network.setObjectName("inboxNetwork")
        self.where = QComboBox()
        self.where.setObjectName("inboxWhere")
        self.tag = QComboBox()
        self.tag.setObjectName("inboxTag")
        self.period = QComboBox()
        self.period.setObjectName("inboxPeriod")
        # The search on a row of its own, the filters below: both fit a narrow window.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        for combo in (self.status, self.network, self.where, self.tag, self.period):
            # Narrow windows still fit: each filter shows at least a few letters, more when there is room.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._emit)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _: self._pause.start())
        self.search.returnPressed.connect(self._emit)
        self._accounts: list[AccountInfo] = []
        self._tags: list[TagInfo] = []
        self._counts = InboxCounts(0, 0)
        self._filling = False
        self.current = OPEN_COMMENTS
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search comments and names (/)"))
        self.search.setAccessibleName(self.tr("Search comments and names"))
        self._filling = True
        status = self.status.currentData()
        self.status.clear()
        for key, label in (("open", self.tr("Open")), ("done", self.tr("Done")), ("all", self.tr("Open and done"))):
            self.status.addItem(label, key)
        self.status.setCurrentIndex(max(self.status.findData(status or "open"), 0))
        period = self.period.currentData()
        self.period.clear()
        for key, label in zip(
            PERIODS, (self.tr("Any time"), self.tr("Today"), self.tr("Last 7 days"), self.tr("Last 30 days"))
        ):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(max(self.period.findData(period or "any"), 0))
        self._filling = False
        self._fill_accounts()
        self._fill_tags()

    # -- what can be chosen ----------------------------------------------------------------------------
    def set_accounts(self, accounts: list[AccountInfo], counts: InboxCounts) -> None:
        self._accounts = accounts
        self._counts = counts
        self._fill_accounts()

    def set_tags(self, tags: list[TagInfo]) -> None:
        self._tags = tags
        self._fill_tags()

    def _fill_accounts(self) -> None:
        self._filling = True
        network, where = self.network.currentData(), self.where.currentData()
        self.network.clear()
        self.network.addItem(self.tr("All networks"), None)
        for key in sorted({a.network for a in self._accounts}, key=network_name):
            self.network.addItem(network_icon(key), network_name(key), key)
        self.where.clear()
        self.where.addItem(self.tr("All accounts"), None)
        organisations = sorted({(a.organisation_id, a.organisation) for a in self._accounts}, key=lambda o: o[1])
        for organisation_id, name in organisations:
            if len(organisations) > 1:
                self.where.addItem(self.tr("All of %1").replace("%1", name), ("organisation", organisation_id))
            for account in (a for a in self._accounts if a.organisation_id == organisation_id):
                open_count = self._counts.open_by_account.get(account.id, 0)
                label = account.display_name + (f" ({open_count})" if open_count else "")
                self.where.addItem(network_icon(account.network), label, ("account", account.id))
        self.network.setCurrentIndex(max(self.network.findData(network), 0))
        self.where.setCurrentIndex(max(self.where.findData(where), 0))
        self._filling = False

    def _fill_tags(self) -> None:
        self._filling = True
        tag = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for info in self._tags:
            self.tag.addItem("#" + tag_label(info.name), info.name)
        self.tag.setCurrentIndex(max(self.tag.findData(tag), 0))
        self._filling = False

    # -- the filter -------------------------------------------------------------------------------------
    def build(self) -> InboxFilter:
        status = self.status.currentData()
        where = self.where.currentData()
        network = self.network.currentData()
        return InboxFilter(
            search=self.search.text().strip(),
            status=None if status == "all" else status,
            networks=(network,) if network else (),
            organisation_id=where[1] if where and where[0] == "organisation" else None,
            account_ids=(where[1],) if where and where[0] == "account" else (),
            tag=self.tag.currentData(),
            since=period_start(self.period.currentData() or "any"),
        )

    def _emit(self, *_: object) -> None:
        if self._filling:
            return
        self._pause.stop()
        built = self.build()
        if built != self.current:
            self.current = built
            self.changed.emit(built)

    def show_status(self, status: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def refreshed(self) -> InboxFilter:
        """The filter again, with relative times ("today") counted from now."""
        self.current = self.build()
        return self.current

    @property
    def accounts(self) -> list[AccountInfo]:
        return self._accounts
