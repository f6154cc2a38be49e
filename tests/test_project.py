"""The distribution ships every package of the code base (a wheel built from the list in
pyproject.toml would otherwise silently lack a new folder), no file hides a standard-library module, and
the code passes ruff (lint and format) and mypy with the configuration in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_code_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("desktop", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def folders_put_on_the_module_path() -> list[Path]:
    """Running `python benchmarks/x.py` puts benchmarks/ first on sys.path, and so for scripts/; pytest
    puts every test folder that is no package there too (its default "prepend" import mode)."""
    tests = [
        folder
        for folder in [ROOT / "tests", *(ROOT / "tests").rglob("*")]
        if folder.is_dir()
        and not (folder / "__init__.py").exists()
        and "node_modules" not in folder.parts
        and folder.name != "__pycache__"
        and any(folder.glob("*.py"))
    ]
    return [ROOT / "benchmarks", ROOT / "scripts", *tests]


def test_no_script_benchmark_or_test_file_hides_a_standard_library_module():
    # benchmarks/calendar.py once hid `calendar`, and three other benchmarks broke on import.
    hiding = [
        str(entry.relative_to(ROOT))
        for folder in folders_put_on_the_module_path()
        for entry in folder.iterdir()
        if (entry.name if entry.is_dir() else entry.stem if entry.suffix == ".py" else "") in sys.stdlib_module_names
    ]
    assert hiding == [], "rename these: they hide the standard library's modules of the same name"


# The connection indicator of the status bar has its own words for the computer's connection.
OWN_WORDS = {
    "ui/widgets/status_bar.py": {"offline", "unknown"},
    "desktop/networks/youtube.py": {"offline"},  # Google's `access_type=offline` (a refresh token)
}


def bare_state_strings(path: Path, root: Path = ROOT) -> list[str]:
    """String literals that spell a state, status or error kind (rather than naming the member of
    `desktop.states`); "post" and "reply" only where compared or passed as a kind, as they are also
    the words of the networks' wire formats and of the CLI's commands. Dict keys are field names."""
    import ast

    from desktop.states import AccountStatus, AttemptState, ErrorKind, PostKind, PostState

    words = {m.value for enum in (PostState, AttemptState, ErrorKind, AccountStatus) for m in enum if m.value}
    words |= {PostKind.IMPORTING.value}
    words -= OWN_WORDS.get(path.relative_to(root).as_posix(), set())
    kinds = {m.value for m in PostKind}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    keys = {id(k) for node in ast.walk(tree) if isinstance(node, ast.Dict) for k in node.keys if k is not None}
    compared: set[int] = set()
    for node in ast.walk(tree):
        operands = (
            [node.left, *node.comparators]
            if isinstance(node, ast.Compare)
            else [k.value for k in node.keywords if k.arg == "kind"]
            if isinstance(node, ast.Call)
            else []
        )
        for operand in operands:
            compared |= {id(n) for n in ast.walk(operand)}
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in keys
            and (node.value in words or node.value in kinds and id(node) in compared)
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value!r}")
    return found


def test_states_are_compared_as_members_of_desktop_states_never_as_bare_strings():
    # The composer once kept its own copy of a post's states and disagreed with the outbox.
    defined_in = {ROOT / "desktop" / "states.py"}
    found = [
        line
        for top in ("desktop", "ui")
        for path in sorted((ROOT / top).rglob("*.py"))
        if path not in defined_in
        for line in bare_state_strings(path)
    ]
    assert found == [], "use the members of desktop.states (PostState, AttemptState, …) instead:\n" + "\n".join(found)


def test_the_check_for_bare_state_strings_finds_them(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'if post.state in ("draft", "failed") and post.kind == "reply":\n'
        '    payload = {"scheduled": True, "reply": post.kind}\n'
        '    attempt = Attempt(state="pending", kind="importing")\n',
        encoding="utf-8",
    )
    found = [line.rsplit(" ", 1)[1] for line in bare_state_strings(sample, tmp_path)]
    assert sorted(found) == sorted(["'draft'", "'failed'", "'reply'", "'pending'", "'importing'"])


# Everything of ours that is Python; ruff's rules and mypy's settings are in pyproject.toml.
LINTED = ("desktop", "ui", "tests", "benchmarks", "scripts")


def run_tool(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """A tool of the test environment (`python -m ruff`, `python -m mypy`), not one found on PATH."""
    return subprocess.run([sys.executable, "-m", *arguments], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing_to_fix():
    result = run_tool("ruff", "check", "--output-format", "concise", *LINTED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted_as_ruff_formats_it():
    result = run_tool("ruff", "format", "--check", "--output-format", "concise", *LINTED)
    assert result.returncode == 0, "run `ruff format` on these files:\n" + result.stdout + result.stderr


def test_mypy_finds_no_type_error_in_desktop():
    result = run_tool("mypy", "desktop")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checks_find_the_mistakes_they_are_there_for(tmp_path: Path):
    # A rule set that selected nothing, or a mypy that checked nothing, would pass the tests above too.
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import asyncio\n"
        "import os\n\n\n"
        "async def start(work) -> list:\n"
        "    asyncio.create_task(work())\n"
        "    later = []\n"
        "    for step in range(3):\n"
        "        later.append(lambda: step)\n"
        "    return later\n\n\n"
        "def count() -> int:\n"
        '    return "three"\n',
        encoding="utf-8",
    )
    config = str(ROOT / "pyproject.toml")
    lint = run_tool("ruff", "check", "--config", config, "--output-format", "concise", str(sample), cwd=tmp_path)
    found = {line.split(": ", 1)[1].split(" ", 1)[0] for line in lint.stdout.splitlines() if "sample.py:" in line}
    assert found == {"F401", "RUF006", "B023"}, lint.stdout + lint.stderr
    types = run_tool("mypy", "--config-file", config, str(sample), cwd=tmp_path)
    assert types.returncode == 1 and 'Incompatible return value type (got "str", expected "int")' in types.stdout, (
        types.stdout + types.stderr
    )
