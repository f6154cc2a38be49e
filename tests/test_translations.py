"""German and English ship together: every visible string has a German translation, and the
compiled catalogues match their sources."""

from __future__ import annotations

import re

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _collect_into(tmp_path: Path, language: str) -> Path:
    """Run lupdate over the current code into a copy of the committed catalogue."""
    copy = tmp_path / f"kurzdraht_{language}.ts"
    shutil.copy(FOLDER / f"kurzdraht_{language}.ts", copy)
    translations.collect(copy, language)
    return copy


def test_every_visible_string_has_a_german_translation(tmp_path: Path):
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(_collect_into(tmp_path, "de"))
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(translation.itertext()).strip())
    ]
    assert not missing, (
        "strings missing from resources/translations/kurzdraht_de.ts; run "
        "`python scripts/translations.py` and translate them:\n" + "\n".join(missing)
    )


def test_german_speaks_to_the_user_as_du():
    """One person reads Kurzdraht: "du", "dein", never the plural "ihr/euch/euer" (nor "Sie")."""
    plural = re.compile(r"\b(euch|euer|eure|euren|eurem|eurer|eures|habt|seid|Ihnen|Ihre[mnrs]?)\b")
    found = [
        f"{context}: {''.join(translation.itertext())!r}"
        for context, _, translation in _messages(FOLDER / "kurzdraht_de.ts")
        if plural.search("".join(translation.itertext()))
    ]
    assert not found, "\n".join(found)


def test_english_plurals_have_both_forms(tmp_path: Path):
    for context, source, translation in _messages(_collect_into(tmp_path, "en")):
        if "%n" in source:
            forms = [form.text for form in translation.iter("numerusform")]
            assert len(forms) == 2 and all(forms), f"{context}: {source!r}"


def test_the_shipped_catalogues_are_compiled_from_the_sources(tmp_path: Path):
    for language in ("de", "en"):
        compiled = tmp_path / f"{language}.qm"
        translations.compile_catalogue(FOLDER / f"kurzdraht_{language}.ts", compiled)
        assert compiled.read_bytes() == (FOLDER / f"kurzdraht_{language}.qm").read_bytes(), (
            f"kurzdraht_{language}.qm is stale; run `python scripts/translations.py release`"
        )


def test_the_cli_speaks_german_when_the_system_does(home: Path):
    import os

    env = {**os.environ, "LANGUAGE": "de_DE", "LANG": "de_DE.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "list"], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Noch keine Konten" in result.stdout
