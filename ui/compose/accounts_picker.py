"""The accounts to post to, grouped by organisation; ticking an organisation ticks all its accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.accounts import AccountInfo
from desktop.networks.registry import comments_only
from ui.widgets.icons import network_icon
from ui.widgets.untrusted import tooltip_text

ACCOUNT_ID = Qt.ItemDataRole.UserRole


class AccountPicker(QTreeWidget):
    """A few dozen accounts at most: a tree widget with check boxes is the plain fit here."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountPicker")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        # A long name loses its middle, not its network; the tooltip has it whole.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.accounts: dict[int, AccountInfo] = {}
        self._items: dict[int, QTreeWidgetItem] = {}
        self._quiet = False
        self.itemChanged.connect(self._changed)

    def set_accounts(self, accounts: list[AccountInfo], avatars: dict[int, QIcon] | None = None) -> None:
        chosen = set(self.selected_ids())
        self._quiet = True
        self.clear()
        self.accounts = {a.id: a for a in accounts}
        self._items = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for account in sorted(accounts, key=lambda a: (a.organisation.casefold(), a.display_name.casefold())):
            group = groups.get(account.organisation)
            if group is None:
                group = QTreeWidgetItem(self, [account.organisation])
                group.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                )
                group.setToolTip(
                    0, tooltip_text(self.tr("Tick to post to every account of %1").replace("%1", account.organisation))
                )
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[account.organisation] = group
            item = QTreeWidgetItem(group, [f"{account.display_name}  ·  {account.network_name}"])
            item.setData(0, ACCOUNT_ID, account.id)
            item.setIcon(0, (avatars or {}).get(account.id) or network_icon(account.network))
            if account.network in comments_only():  # shown greyed, without a check box (YouTube)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                note = self.tr("%1 only answers comments (in the Inbox); Kurzdraht cannot make posts there.")
                item.setToolTip(0, tooltip_text(note.replace("%1", account.network_name)))
                self._items[account.id] = item
                continue
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if account.id in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(
                0,
                tooltip_text(
                    f"{account.display_name} · {account.network_name}\n{account.handle} – {account.status_label}"
                ),
            )
            self._items[account.id] = item
        self.expandAll()
        self._quiet = False

    def selected_ids(self) -> tuple[int, ...]:
        return tuple(
            account_id for account_id, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked
        )

    def selected(self) -> list[AccountInfo]:
        return [self.accounts[i] for i in self.selected_ids()]

    def set_selected(self, account_ids: tuple[int, ...]) -> None:
        self._quiet = True
        for account_id, item in self._items.items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Checked if account_id in account_ids else Qt.CheckState.Unchecked)
        self._quiet = False
        self.selection_changed.emit()

    def set_account_checked(self, account_id: int, checked: bool) -> None:
        """What a click on the account's check box does (also for tests and keyboard users)."""
        self._items[account_id].setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def organisation_item(self, name: str) -> QTreeWidgetItem | None:
        for row in range(self.topLevelItemCount()):
            if self.topLevelItem(row).text(0) == name:
                return self.topLevelItem(row)
        return None

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._quiet and item.data(0, ACCOUNT_ID) is not None:
            self.selection_changed.emit()
