"""Installing the German or English catalogues (ours and Qt's own) and switching at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n import catalogue_path, set_gui_language


class Translators:
    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def uninstall(self) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []

    def apply(self, language: str) -> None:
        """Use `language` ("de" or "en"); widgets re-translate on the LanguageChange event."""
        self.uninstall()
        ours = QTranslator(self.app)
        if ours.load(catalogue_path(language)):
            self._installed.append(ours)
        qt_own = QTranslator(self.app)
        if language != "en" and qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt_own)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
        set_gui_language(language)
