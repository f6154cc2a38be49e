"""`accounts list|add|remove|check|rename`: connected accounts from a terminal; `accounts add NETWORK` is\nmade from each network's declaration (its fields and sign-in, see `desktop.networks.plugin`)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence

from desktop.app import Core
from desktop.cli.arguments import not_empty, web_address
from desktop.cli.output import print_json, print_table
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks.plugin import BrowserStep, Field
from desktop.networks.registry import plugin_for, plugins


def register(commands: argparse._SubParsersAction) -> None:
    accounts = commands.add_parser("accounts", help=translate("CLI", "connected accounts"))
    account_commands = accounts.add_subparsers(dest="accounts_command", metavar="COMMAND", required=True)
    listing = account_commands.add_parser("list", help=translate("CLI", "list accounts"))
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    listing.set_defaults(handler=accounts_list)

    add = account_commands.add_parser("add", help=translate("CLI", "connect an account"))
    networks = add.add_subparsers(dest="network", metavar="NETWORK", required=True)
    for plugin in plugins().values():
        parser = networks.add_parser(plugin.key, help=translate("Networks", plugin.summary))
        for field in plugin.fields:
            if field.secret:
                parser.add_argument(
                    field.stdin_option,
                    dest=_stdin_dest(field),
                    action="store_true",
                    help=translate("Networks", field.help),
                )
                continue
            parser.add_argument(
                field.option,
                dest=field.key,
                required=field.required,
                metavar="URL" if field.address else "ACCOUNT" if field.account else None,
                type=web_address if field.address else not_empty,
                help=translate("Networks", field.help),
            )
        parser.add_argument(
            "--organisation",
            metavar="NAME",
            type=not_empty,
            help=translate("CLI", "the organisation the account belongs to"),
        )
        parser.add_argument("--name", type=not_empty, help=translate("CLI", "the name Kurzdraht shows for it"))
        parser.set_defaults(handler=accounts_add)

    remove = account_commands.add_parser("remove", help=translate("CLI", "remove an account and its saved login"))
    remove.add_argument(
        "name", metavar="NAME", type=not_empty, help=translate("CLI", "the account's name as `accounts list` shows it")
    )
    remove.set_defaults(handler=accounts_remove)

    check = account_commands.add_parser("check", help=translate("CLI", "test the connection of accounts"))
    check.add_argument("name", metavar="NAME", nargs="?", type=not_empty, help=translate("CLI", "only this account"))
    check.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    check.set_defaults(handler=accounts_check)

    rename = account_commands.add_parser("rename", help=translate("CLI", "change the name Kurzdraht shows"))
    rename.add_argument("name", metavar="NAME", type=not_empty)
    rename.add_argument("new_name", metavar="NEW_NAME", type=not_empty)
    rename.set_defaults(handler=accounts_rename)


async def accounts_list(core: Core, args: argparse.Namespace) -> int:
    accounts = await core.accounts.list()
    if args.json:
        print_json([a.to_json() for a in accounts])
        return 0
    if not accounts:
        print(translate("CLI", "No accounts yet. Connect one in Kurzdraht's Accounts section."))
        return 0
    print_table(
        [
            translate("CLI", "Name"),
            translate("CLI", "Network"),
            translate("CLI", "Handle"),
            translate("CLI", "Organisation"),
            translate("CLI", "Status"),
        ],
        [[a.display_name, a.network_name, a.handle, a.organisation, a.status_label] for a in accounts],
    )
    return 0


def read_secret(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    elif not sys.stdin.isatty():
        raise KurzdrahtError(
            translate("CLI", "No password given: use --password-stdin (or --token-stdin) to pass it on standard input.")
        )
    else:
        secret = getpass.getpass(prompt)
    if not secret.strip():
        raise KurzdrahtError(translate("CLI", "The password (or token) is empty. Nothing was changed."))
    return secret


async def organisation_for(core: Core, name: str | None) -> int:
    if name is not None:
        return await core.accounts.ensure_organisation(name)
    organisations = await core.accounts.organisations()
    if len(organisations) == 1:
        return organisations[0].id
    if not organisations:
        return await core.accounts.ensure_organisation(translate("Accounts", "My organisation"))
    raise KurzdrahtError(
        translate("CLI", "Please choose the organisation with --organisation: %1").replace(
            "%1", ", ".join(o.name for o in organisations)
        )
    )


def _stdin_dest(field: Field) -> str:
    return field.key + "_stdin"


async def accounts_add(core: Core, args: argparse.Namespace) -> int:
    plugin = plugin_for(args.network)
    organisation = await organisation_for(core, args.organisation)
    values = {}
    for field in plugin.fields:
        if not field.secret:
            values[field.key] = getattr(args, field.key) or ""
        elif getattr(args, _stdin_dest(field)) or field.required:
            values[field.key] = read_secret(getattr(args, _stdin_dest(field)), translate("Networks", field.prompt))
    account = await core.connections.sign_in(args.network, organisation, values, TerminalUser(), args.name or "")
    print(
        translate("CLI", "Connected %1 (%2, %3).")
        .replace("%1", account.display_name)
        .replace("%2", account.network_name)
        .replace("%3", account.handle)
    )
    return 0


class TerminalUser:
    """The person at the terminal during a sign-in."""

    async def open_browser(self, step: BrowserStep) -> None:
        import webbrowser

        print(translate("CLI", "Please approve Kurzdraht in your browser. If it does not open, visit:"))
        print(step.address, flush=True)
        webbrowser.open(step.address)

    async def pasted_address(self, step: BrowserStep) -> str:
        import asyncio

        print(
            translate("CLI", "After approving, copy the address your browser ended on and paste it here:"), flush=True
        )
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line.strip():
            raise KurzdrahtError(translate("CLI", "No address was pasted. Nothing was changed."))
        return line

    async def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str:
        raise KurzdrahtError(question + "\n" + "\n".join(f"  {key}  {label}" for key, label in options))


async def accounts_remove(core: Core, args: argparse.Namespace) -> int:
    account = await core.accounts.find(args.name)
    withdrawn = await core.connections.remove(account.id)
    print(translate("CLI", "Removed %1 and its saved login.").replace("%1", account.display_name))
    if not withdrawn:
        print(
            translate(
                "CLI", "Kurzdraht may still have access on %1: you can withdraw it in the account's settings there."
            ).replace("%1", account.network_name)
        )
    return 0


async def accounts_check(core: Core, args: argparse.Namespace) -> int:
    import asyncio

    accounts = [await core.accounts.find(args.name)] if args.name is not None else await core.accounts.list()
    results = await asyncio.gather(*(core.connections.check(a.id) for a in accounts))
    if args.json:
        print_json([{**r.account.to_json(), "message": r.message} for r in results])
    elif not results:
        print(translate("CLI", "No accounts yet. Connect one in Kurzdraht's Accounts section."))
    else:
        print_table(
            [
                translate("CLI", "Name"),
                translate("CLI", "Network"),
                translate("CLI", "Status"),
                translate("CLI", "Message"),
            ],
            [[r.account.display_name, r.account.network_name, r.account.status_label, r.message] for r in results],
        )
    return 0 if all(r.ok for r in results) else 1


async def accounts_rename(core: Core, args: argparse.Namespace) -> int:
    account = await core.accounts.find(args.name)
    await core.accounts.rename(account.id, args.new_name)
    print(
        translate("CLI", "Renamed %1 to %2.").replace("%1", account.display_name).replace("%2", args.new_name.strip())
    )
    return 0
