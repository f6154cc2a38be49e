"""One live counter per chosen account, by that network's own rules; red with the reason when over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.accounts import AccountInfo
from desktop.text.counting import Count, count
from ui.widgets.icons import network_icon


class CounterRow:
    def __init__(self, layout: QGridLayout, row: int, account: AccountInfo) -> None:
        self.account = account
        self.limits = account.limits  # read once: counting runs on every keystroke
        self.icon = QLabel()
        self.icon.setPixmap(network_icon(account.network).pixmap(16, 16))
        self.name = QLabel(account.display_name)
        self.number = QLabel()
        self.number.setObjectName("counterNumber")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("counterReason")
        layout.addWidget(self.icon, row, 0)
        layout.addWidget(self.name, row, 1)
        layout.addWidget(self.number, row, 2)
        layout.addWidget(self.reason, row, 3)
        self.count: Count | None = None

    def show(self, result: Count) -> None:
        if result == self.count:
            return  # most keystrokes change nothing visible but the numbers
        self.count = result
        if result.limit is None:
            self.number.setText(QCoreApplication.translate("CounterPanel", "%1 characters").replace(
                "%1", str(result.used)))
        else:
            self.number.setText(f"{result.used} / {result.limit}")
        colour = "#b3261e" if result.over else ("#8a5a00" if (result.remaining or 1) <= 20 else "")
        self.number.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.reason.setText(result.reason)
        self.reason.setStyleSheet("color: #b3261e;" if result.over else "")

    def remove(self) -> None:
        for widget in (self.icon, self.name, self.number, self.reason):
            widget.deleteLater()


class CounterPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterPanel")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(3, 1)
        self.rows: dict[int, CounterRow] = {}

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        if [a.id for a in accounts] == list(self.rows) and all(
                self.rows[a.id].account == a for a in accounts):
            return
        for row in self.rows.values():
            row.remove()
        self.rows = {a.id: CounterRow(self.grid, index, a) for index, a in enumerate(accounts)}

    def update_counts(self, text_for_network) -> dict[int, Count]:  # noqa: ANN001 - a callable(str) -> str
        results = {}
        for account_id, row in self.rows.items():
            results[account_id] = count(text_for_network(row.account.network), row.limits)
            row.show(results[account_id])
        return results

    def over(self) -> list[AccountInfo]:
        return [row.account for row in self.rows.values() if row.count is not None and row.count.over]
