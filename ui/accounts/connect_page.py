"""One network's page in the Connect dialog, made from the network's declaration (`NetworkPlugin`):
its explanation, a labelled field for each thing to enter, and buttons that open pages at the network."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.accounts import AccountInfo
from desktop.i18n import translate
from desktop.networks.plugin import NetworkPlugin
from ui.widgets.untrusted import plain, rich


def labelled(form: QFormLayout, field: QWidget) -> QLabel:
    """Add a row whose label text is set later, in retranslate_ui."""
    label = plain(QLabel())
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def object_name(network: str, key: str) -> str:
    """`mastodon`, `create_password` → `mastodonCreatePassword` (what tests and accessibility tools find)."""
    return network + "".join(part[:1].upper() + part[1:] for part in key.split("_"))


class ConnectPage(QWidget):
    """The fields are also attributes named by their keys (`page.instance`), the buttons too."""

    def __init__(self, plugin: NetworkPlugin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plugin = plugin
        self.explanation = plain(QLabel())
        self.explanation.setWordWrap(True)
        if plugin.explanation_link:
            rich(self.explanation)  # a link to the network's settings, opened by open_link
        self.form = QFormLayout(self)
        self.form.addRow(self.explanation)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}  # fields that name another connected account
        self.wanted: dict[str, int] = {}  # what a reconnect chose in them, until the accounts are loaded
        self.buttons: dict[str, QPushButton] = {}
        for field in plugin.fields:
            if field.account:
                combo = QComboBox()
                combo.setObjectName(object_name(plugin.key, field.key))
                self.labels[field.key] = labelled(self.form, combo)
                self.choices[field.key] = combo
                setattr(self, field.key, combo)
                continue
            line = QLineEdit()
            line.setObjectName(object_name(plugin.key, field.key))
            line.setPlaceholderText(field.placeholder)
            if field.secret:
                line.setEchoMode(QLineEdit.EchoMode.Password)
            self.labels[field.key] = labelled(self.form, line)
            self.fields[field.key] = line
            setattr(self, field.key, line)
        self.set_up_app: QPushButton | None = None
        if plugin.app is not None:
            self.set_up_app = QPushButton()
            self.set_up_app.setObjectName(object_name(plugin.key, "set_up_app"))
            self.set_up_app.setAutoDefault(False)  # Enter connects, whichever button had the focus before
            self.app_label = plain(QLabel())
            self.app_label.setWordWrap(True)
            self.form.addRow(self.app_label)
            self.form.addRow("", self.set_up_app)
        for link in plugin.links:
            button = QPushButton()
            button.setObjectName(object_name(plugin.key, link.key))
            button.setAutoDefault(False)
            self.form.addRow("", button)
            self.buttons[link.key] = button
            setattr(self, link.key, button)

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            translate("Networks", self.plugin.explanation).replace("%1", self.plugin.explanation_link)
        )
        for field in self.plugin.fields:
            self.labels[field.key].setText(translate("Networks", field.label))
        for link in self.plugin.links:
            self.buttons[link.key].setText(translate("Networks", link.label))
        if self.set_up_app is not None and self.plugin.app is not None:
            name = self.plugin.app.name
            self.app_label.setText(
                self.tr("Signing in needs your organisation's own %1 app, set up once.").replace("%1", name)
            )
            self.set_up_app.setText(self.tr("Set up the %1 app…").replace("%1", name))

    def values(self) -> dict[str, str]:
        values = {key: line.text() for key, line in self.fields.items()}
        for key, combo in self.choices.items():
            values[key] = str(combo.currentData() or "")
        return values

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        """Offer the connected accounts each account field can name (the first one chosen)."""
        for field in self.plugin.fields:
            combo = self.choices.get(field.key)
            if combo is None:
                continue
            chosen = self.wanted.get(field.key, combo.currentData())
            combo.clear()
            matching = [a for a in accounts if a.network == field.account]
            for account in matching:
                combo.addItem(f"{account.display_name} ({account.handle})", account.id)
            combo.addItem(self.tr("None for now"), None)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)

    def prefill(self, account: AccountInfo) -> None:
        for field in self.plugin.fields:
            if field.prefill is not None and field.key in self.fields:
                self.fields[field.key].setText(field.prefill(account))
            if field.key in self.choices and isinstance(account.options.get(field.key), int):
                self.wanted[field.key] = int(account.options[field.key])  # type: ignore[arg-type]
                combo = self.choices[field.key]
                combo.setCurrentIndex(max(0, combo.findData(self.wanted[field.key])))
