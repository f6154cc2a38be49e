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
from desktop.errors import KurzdrahtError
from desktop.i18n import resolve_language, translate, use_language

COMMAND_MODULES = ("desktop.cli.accounts", "desktop.cli.listing", "desktop.cli.publishing", "desktop.cli.inbox",
                   "desktop.cli.calendar", "desktop.cli.transfer",
                   "desktop.cli.task", "desktop.cli.backup")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="kurzdraht",
        description=translate("CLI", "Kurzdraht, the social media manager for social organisations. "
                                     "Without a command, the app opens."),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help=translate("CLI", "use a sample workspace in a temporary folder"))
    parser.add_argument("--home", metavar="FOLDER",
                        help=translate("CLI", "data folder to use (default: KURZDRAHT_HOME or the "
                                              "system's user data folder)"))
    # For benchmarks and the packaged-app check: quit as soon as the window is shown.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=translate("CLI", "commands"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def global_options(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The options that apply before any command (and to the GUI), and the rest of argv."""
    parser = argparse.ArgumentParser(prog="kurzdraht", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--home")
    parser.add_argument("--exit-when-shown", action="store_true")
    return parser.parse_known_args(list(argv))


def _language_from_settings(home: str | None) -> str:
    from desktop.paths import data_paths
    from desktop.settings import Settings

    return resolve_language(Settings(data_paths(home).settings).get("language"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options, rest = global_options(argv)
    wants_help = any(arg in ("-h", "--help", "--version") for arg in argv)
    if not wants_help and not any(not arg.startswith("-") for arg in rest):
        # No command word, only global options: open the app (it parses nothing more, to start lean).
        from ui.app import run_gui

        return run_gui(options, rest)
    use_language(_language_from_settings(options.home))
    args = build_parser().parse_args(argv)
    try:
        return asyncio.run(_run_command(args))
    except KurzdrahtError as error:  # before the command ran: e.g. --home names a file
        print(translate("CLI", "Error: %1").replace("%1", str(error)), file=sys.stderr)
        return 1


async def _run_command(args: argparse.Namespace) -> int:
    from desktop.app import Core
    from desktop.logs import setup_logging

    demo_home = None
    if args.demo:
        from desktop.demo import make_demo_home

        demo_home = make_demo_home()
    core = Core.create(demo_home or args.home)
    setup_logging(core.paths.logs)
    try:
        if not getattr(args, "without_database", False):  # backup commands also work on a damaged file
            await core.aopen()
        if demo_home is not None:
            from desktop.demo import seed_demo

            await core.store.run(seed_demo)
        return await args.handler(core, args)
    except KurzdrahtError as error:
        print(translate("CLI", "Error: %1").replace("%1", str(error)), file=sys.stderr)
        return 1
    finally:
        await core.aclose()
        if demo_home is not None:
            from desktop.demo import remove_demo_home

            remove_demo_home(demo_home)
