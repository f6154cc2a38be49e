"""Refresh the translation sources and compile them: python scripts/translations.py [update|release|all]

update: collect every tr()/translate() string from desktop/ and ui/ into resources/translations/*.ts
release: compile the .ts files into the .qm catalogues the app loads
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("desktop", "ui") for p in (ROOT / folder).rglob("*.py"))


def collect(target: Path, language: str) -> None:
    """Merge every string in the code into the catalogue `target` (lupdate)."""
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            *sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def compile_catalogue(source: Path, target: Path) -> None:
    """Compile a .ts catalogue into the .qm the app loads (lrelease)."""
    subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True)


def update() -> None:
    for language in LANGUAGES:
        collect(FOLDER / f"kurzdraht_{language}.ts", language)


def release() -> None:
    for language in LANGUAGES:
        source = FOLDER / f"kurzdraht_{language}.ts"
        compile_catalogue(source, source.with_suffix(".qm"))


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "all"
    if action in ("update", "all"):
        update()
    if action in ("release", "all"):
        release()
