"""One live counter per chosen account, by that network's own rules; red with the reason when over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.accounts import AccountInfo
from desktop.text.counting import Count, count
from ui.widgets.icons import network_icon
from ui.widgets.untrusted import plain
from ui.widgets.colours import Tone, colour, text_style

SLOW_RULES = ("x",)
SLOW_TEXT = 600  # characters; below this every counter follows each keystroke
SLOW_DELAY_MS = 150


class CounterRow:
    def __init__(self, layout: QGridLayout, row: int, account: AccountInfo) -> None:
        self.account = account
        self.limits = account.limits  # read once: counting runs on every keystroke
        self.icon = QLabel()
        self.icon.setPixmap(network_icon(account.network).pixmap(16, 16))
        self.name = plain(QLabel(account.display_name))
        self.number = plain(QLabel())
        self.number.setObjectName("counterNumber")
        self.reason = plain(QLabel())
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
            self.number.setText(
                QCoreApplication.translate("CounterPanel", "%1 characters").replace("%1", str(result.used))
            )
        else:
            self.number.setText(f"{result.used} / {result.limit}")
        tone = Tone.ERROR if result.over else (Tone.WARNING if (result.remaining or 1) <= 20 else None)
        shade = colour(tone) if tone else ""
        self.number.setStyleSheet(f"color: {shade}; font-weight: bold;" if shade else "")
        self.reason.setText(result.reason)
        self.reason.setStyleSheet(text_style(Tone.ERROR) if result.over else "")

    def remove(self) -> None:
        for widget in (self.icon, self.name, self.number, self.reason):
            widget.deleteLater()


class CounterPanel(QWidget):
    recounted = Signal()  # the slow rows have caught up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterPanel")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(3, 1)
        self.rows: dict[int, CounterRow] = {}
        self._text_for = lambda network: ""
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SLOW_DELAY_MS)
        self._later.timeout.connect(self._count_slow_rows)

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        if [a.id for a in accounts] == list(self.rows) and all(self.rows[a.id].account == a for a in accounts):
            return
        for row in self.rows.values():
            row.remove()
        self.rows = {a.id: CounterRow(self.grid, index, a) for index, a in enumerate(accounts)}

    def update_counts(self, text_for_network) -> dict[int, Count]:  # noqa: ANN001 - a callable(str) -> str
        """Count every row now, except X's rule on a long text: it takes milliseconds per thousand
        characters, so it follows a moment after typing pauses (showing the last count until then)."""
        results = {}
        self._text_for = text_for_network
        for account_id, row in self.rows.items():
            text = text_for_network(row.account.network)
            if row.limits.counting in SLOW_RULES and len(text) > SLOW_TEXT and row.count is not None:
                self._later.start()
                results[account_id] = row.count
                continue
            results[account_id] = count(text, row.limits)
            row.show(results[account_id])
        return results

    def _count_slow_rows(self) -> None:
        for row in self.rows.values():
            if row.limits.counting in SLOW_RULES:
                row.show(count(self._text_for(row.account.network), row.limits))
        self.recounted.emit()

    def stop_timers(self) -> None:
        self._later.stop()

    def current(self) -> dict[int, Count]:
        return {account_id: row.count for account_id, row in self.rows.items() if row.count is not None}
