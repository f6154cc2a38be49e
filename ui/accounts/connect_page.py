"""One network's page in the Connect dialog, made from the network's declaration (`NetworkPlugin`):
its explanation, a labelled field for each thing to enter, and buttons that open pages at the network."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

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
        self.buttons: dict[str, QPushButton] = {}
        for field in plugin.fields:
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
            self.app_label = plain(QLabel())
            self.app_label.setWordWrap(True)
            self.form.addRow(self.app_label)
            self.form.addRow("", self.set_up_app)
        for link in plugin.links:
            button = QPushButton()
            button.setObjectName(object_name(plugin.key, link.key))
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
        return {key: line.text() for key, line in self.fields.items()}

    def prefill(self, account: AccountInfo) -> None:
        for field in self.plugin.fields:
            if field.prefill is not None:
                self.fields[field.key].setText(field.prefill(account))
