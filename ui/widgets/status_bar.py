"""The status bar: whether the computer is online, and whether background work is running."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ui.widgets.untrusted import plain

ONLINE, OFFLINE, UNKNOWN = "online", "offline", "unknown"


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.online_state = UNKNOWN
        self._jobs_running = 0
        self._job_label = ""
        self.job_text = plain(QLabel())
        self.job_text.setObjectName("jobStatus")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy indicator
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.online = plain(QLabel())
        self.online.setObjectName("onlineStatus")
        self.addPermanentWidget(self.job_text)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.online)
        self._network = None
        self.retranslate_ui()
        # QtNetwork's reachability backend loads after the window is shown, to keep start-up lean.
        QTimer.singleShot(0, self._watch_network)

    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            self.set_online_state(UNKNOWN)
            return
        self._network = QNetworkInformation.instance()
        self._network.reachabilityChanged.connect(self._reachability_changed)
        self._reachability_changed(self._network.reachability())

    def _reachability_changed(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        reach = QNetworkInformation.Reachability
        if reachability == reach.Online:
            self.set_online_state(ONLINE)
        elif reachability in (reach.Disconnected, reach.Local, reach.Site):
            self.set_online_state(OFFLINE)
        else:
            self.set_online_state(UNKNOWN)

    def set_online_state(self, state: str) -> None:
        self.online_state = state
        self.retranslate_ui()

    def set_jobs(self, running: int, label: str) -> None:
        self._jobs_running = running
        self._job_label = label
        self.busy.setVisible(running > 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            ONLINE: self.tr("● Online"),
            OFFLINE: self.tr("○ Offline: drafts are saved; publishing waits for the connection"),
            UNKNOWN: self.tr("Online status unknown"),
        }
        self.online.setText(texts[self.online_state])
        if self._jobs_running == 0:
            self.job_text.setText("")
        elif self._jobs_running == 1:
            self.job_text.setText(self._job_label)
        else:
            self.job_text.setText(self.tr("%1 and %n more", "", self._jobs_running - 1).replace("%1", self._job_label))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
