"""The distribution ships every package of the code base (a wheel built from the list in
pyproject.toml would otherwise silently lack a new folder), and no file hides a standard-library module."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_code_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {".".join(init.parent.relative_to(ROOT).parts)
               for top in ("desktop", "ui") for init in (ROOT / top).rglob("__init__.py")}
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def folders_put_on_the_module_path() -> list[Path]:
    """Running `python benchmarks/x.py` puts benchmarks/ first on sys.path, and so for scripts/; pytest
    puts every test folder that is no package there too (its default "prepend" import mode)."""
    tests = [folder for folder in [ROOT / "tests", *(ROOT / "tests").rglob("*")]
             if folder.is_dir() and not (folder / "__init__.py").exists() and "node_modules" not in folder.parts
             and folder.name != "__pycache__" and any(folder.glob("*.py"))]
    return [ROOT / "benchmarks", ROOT / "scripts", *tests]


def test_no_script_benchmark_or_test_file_hides_a_standard_library_module():
    # benchmarks/calendar.py once hid `calendar`, and three other benchmarks broke on import.
    hiding = [str(entry.relative_to(ROOT)) for folder in folders_put_on_the_module_path()
              for entry in folder.iterdir()
              if (entry.name if entry.is_dir() else entry.stem if entry.suffix == ".py" else "")
              in sys.stdlib_module_names]
    assert hiding == [], "rename these: they hide the standard library's modules of the same name"
