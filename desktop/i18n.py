"""Translation for the core and the CLI: the same Qt .qm catalogues the GUI uses.

Strings are marked with `translate("Context", "Text")` so that pyside6-lupdate collects them.
In the GUI the QApplication's translators answer; headless, a QTranslator of our own does.
"""

from __future__ import annotations

import locale
import os
from typing import Any

LANGUAGES = ("de", "en")
_headless_translator: Any = None
_language = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for translation where it is defined; translate it where it is shown."""
    return text


def system_language() -> str:
    """The OS language if we ship it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else "en"
    try:
        code = (locale.getlocale()[0] or "en")[:2].lower()
    except ValueError:
        code = "en"
    if code == "en" and os.name == "nt":  # Windows reports its UI language only through Qt
        try:
            from PySide6.QtCore import QLocale

            code = QLocale.system().name()[:2].lower()
        except ImportError:
            pass
    return code if code in LANGUAGES else "en"


def resolve_language(setting: str) -> str:
    """The language to use for a setting of "system", "de" or "en"."""
    return setting if setting in LANGUAGES else system_language()


def catalogue_path(language: str) -> str:
    from desktop.paths import resources_dir

    return str(resources_dir() / "translations" / f"kurzdraht_{language}.qm")


def current_language() -> str:
    return _language


def use_language(language: str) -> None:
    """Load the catalogue for headless use (CLI); the GUI installs its own translators."""
    global _headless_translator, _language
    _language = language
    _headless_translator = None
    if language == "en":
        return
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if translator.load(catalogue_path(language)):
        _headless_translator = translator


def set_gui_language(language: str) -> None:
    """Called by the GUI after installing its translators, so core strings follow."""
    global _headless_translator, _language
    _language = language
    _headless_translator = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text`; `%n` is replaced by n for plural forms."""
    if _headless_translator is not None:
        result = _headless_translator.translate(context, text, disambiguation, n) or text
    else:
        result = _qt_translate(context, text, disambiguation, n)
    return result.replace("%n", str(n)) if n >= 0 else result


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    import sys

    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return text
    return qtcore.QCoreApplication.translate(context, text, disambiguation, n)
