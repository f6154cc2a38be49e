"""Settings: declared once, typed, saved atomically, bad values fall back to defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.settings import SETTINGS, Settings


def test_defaults_then_saved_values_survive_a_reload(tmp_path: Path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get("language") == "system" and settings.get("last_section") == "inbox"
    settings.set("language", "de")
    settings.set("last_section", "calendar")
    settings.save()
    again = Settings(path)
    assert (again.get("language"), again.get("last_section")) == ("de", "calendar")
    assert not list(tmp_path.glob(".settings-*"))  # no temporary file left behind


def test_bad_values_are_refused_or_ignored(tmp_path: Path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    with pytest.raises(ValueError):
        settings.set("language", "fr")
    with pytest.raises(TypeError):
        settings.set("last_section", 3)
    path.write_text(json.dumps({"language": "klingon", "last_section": ["x"]}))
    assert Settings(path).get("language") == "system"
    path.write_text("{not json")
    assert Settings(path).get("last_section") == "inbox"


def test_every_setting_has_a_translatable_label():
    assert all(setting.label and setting.display_label() for setting in SETTINGS.values())
