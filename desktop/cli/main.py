"""`kurzdraht`: with no command it opens the app; with one it runs headless on the same services.

Command groups live in their own modules and register themselves in COMMAND_MODULES, so later
features add a module rather than growing this file.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from desktop import APP_NAME, __version__
from desktop.cli.arguments import data_folder
from desktop.i18n import resolve_language, translate, use_language

COMMAND_MODULES = (
    "desktop.cli.accounts",
    "desktop.cli.apps",
    "desktop.cli.listing",
    "desktop.cli.publishing",
    "desktop.cli.insights",
    "desktop.cli.report",
    "desktop.cli.inbox",
    "desktop.cli.calendar",
    "desktop.cli.transfer",
    "desktop.cli.task",
    "desktop.cli.backup",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="kurzdraht",
        description=translate(
            "CLI", "Kurzdraht, the social media manager for social organisations. Without a command, the app opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help=translate("CLI", "use a sample workspace in a temporary folder")
    )
    parser.add_argument(
        "--home",
        metavar="FOLDER",
        type=data_folder,
        help=translate("CLI", "data folder to use (default: KURZDRAHT_HOME or the system's user data folder)"),
    )
    # For benchmarks and the packaged-app check: quit as soon as the window is shown.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=translate("CLI", "commands"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def global_options(argv: Sequence[str], check: bool = False) -> tuple[argparse.Namespace, list[str]]:
    """The options that apply before any command (and to the GUI), and the rest of argv. Checked only
    when `check` (for the GUI): a command's parser checks them in the user's language."""
    parser = argparse.ArgumentParser(prog="kurzdraht", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--home", type=data_folder if check else str)
    parser.add_argument("--exit-when-shown", action="store_true")
    return parser.parse_known_args(list(argv))


def _language_from_settings(home: str | None) -> str:
    from desktop.paths import data_paths
    from desktop.settings import Settings

    return resolve_language(Settings(data_paths(home).settings).get("language"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or a command; whatever fails ends in a plain message and an exit code, never a
    traceback: 1 for a refusal or failure, 2 for wrong usage (argparse's own)."""
    try:
        code = _main(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # inside the try: a reader that went away (`| head`) is noticed here
        return code
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        return 130  # as shells report Ctrl-C
    except Exception as error:  # noqa: BLE001 - the last resort: every failure becomes a message
        return report(error)


def _main(argv: list[str]) -> int:
    options, rest = global_options(argv)
    wants_help = any(arg in ("-h", "--help", "--version") for arg in argv)
    if not wants_help and not any(not arg.startswith("-") for arg in rest):
        # No command word, only global options: open the app (it parses nothing more, to start lean).
        from ui.app import run_gui

        return run_gui(*global_options(argv, check=True))
    use_language(_language_from_settings(options.home))
    args = build_parser().parse_args(argv)
    return asyncio.run(_run_command(args))


def _reader_gone() -> int:
    """Output was piped into a program that stopped reading (`| head -1`): stop quietly. As Python's
    documentation advises, stdout is pointed at devnull so the flush at exit cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 1


def report(error: BaseException) -> int:
    """Log the error (with its traceback when the log can say more than the message) and print the
    message; it points to the log file only when the details really are there. Returns exit code 1."""
    import logging

    from desktop.errors import has_details, plain_message, with_log_hint
    from desktop.logs import log_file

    where = None
    # Before the log is set up there is nowhere to write (and logging's fallback would print the
    # traceback on the terminal).
    if log_file() is not None:
        log = logging.getLogger("kurzdraht.cli")
        if has_details(error):
            log.error("command failed", exc_info=error)
            where = log_file()  # None if writing the traceback just failed (a full disk)
        else:
            log.info("command refused: %s", error)
    text = plain_message(error) if where is None else with_log_hint(plain_message(error), where)
    message = translate("CLI", "Error: %1").replace("%1", text)
    try:
        print(message, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass  # no terminal left to tell
    return 1


async def _run_command(args: argparse.Namespace) -> int:
    from desktop.app import Core
    from desktop.logs import demo_log_folder, setup_logging
    from desktop.paths import data_paths

    demo_home = None
    if args.demo:
        from desktop.demo import make_demo_home

        demo_home = make_demo_home()
    core = None
    try:
        paths = data_paths(demo_home or args.home)
        # The sample workspace is deleted at the end: its log is kept where a message can point to it.
        setup_logging(paths.logs if demo_home is None else demo_log_folder())
        core = Core(paths)
        if not getattr(args, "without_database", False):  # backup commands also work on a damaged file
            await core.aopen()
        if demo_home is not None:
            from desktop.demo import seed_demo

            await core.store.run(seed_demo)
        return await args.handler(core, args)
    finally:
        if core is not None:
            await core.aclose()
        if demo_home is not None:
            from desktop.demo import remove_demo_home

            remove_demo_home(demo_home)
