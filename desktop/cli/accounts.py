"""`accounts list|add|remove|check|rename`: connecting Mastodon, Bluesky and WordPress from a terminal."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.app import Core
from desktop.cli.arguments import not_empty, web_address
from desktop.cli.output import print_json, print_table
from desktop.errors import KurzdrahtError
from desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    accounts = commands.add_parser("accounts", help=translate("CLI", "connected accounts"))
    account_commands = accounts.add_subparsers(dest="accounts_command", metavar="COMMAND", required=True)
    listing = account_commands.add_parser("list", help=translate("CLI", "list accounts"))
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    listing.set_defaults(handler=accounts_list)

    add = account_commands.add_parser("add", help=translate("CLI", "connect an account"))
    networks = add.add_subparsers(dest="network", metavar="NETWORK", required=True)
    mastodon = networks.add_parser(
        "mastodon", help=translate("CLI", "a Mastodon account (signs in through the browser unless a token is given)")
    )
    mastodon.add_argument(
        "--instance",
        required=True,
        metavar="URL",
        type=web_address,
        help=translate("CLI", "the Mastodon server, e.g. social.example"),
    )
    mastodon.add_argument(
        "--token-stdin", action="store_true", help=translate("CLI", "read an access token from standard input instead")
    )
    bluesky = networks.add_parser("bluesky", help=translate("CLI", "a Bluesky account (with an app password)"))
    bluesky.add_argument("--handle", required=True, type=not_empty, help=translate("CLI", "e.g. name.bsky.social"))
    bluesky.add_argument(
        "--service",
        metavar="URL",
        type=web_address,
        help=translate("CLI", "the account's server (default: bsky.social)"),
    )
    bluesky.add_argument(
        "--password-stdin", action="store_true", help=translate("CLI", "read the app password from standard input")
    )
    wordpress = networks.add_parser(
        "wordpress", help=translate("CLI", "a WordPress blog (with an Application Password)")
    )
    wordpress.add_argument(
        "--site", required=True, metavar="URL", type=web_address, help=translate("CLI", "the blog's address")
    )
    wordpress.add_argument("--user", required=True, type=not_empty, help=translate("CLI", "your WordPress user name"))
    wordpress.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("CLI", "read the Application Password from standard input"),
    )
    for parser in (mastodon, bluesky, wordpress):
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


async def accounts_add(core: Core, args: argparse.Namespace) -> int:
    organisation = await organisation_for(core, args.organisation)
    if args.network == "mastodon":
        if args.token_stdin:
            account = await core.connections.connect_mastodon_token(
                organisation, args.instance, read_secret(True, ""), args.name or ""
            )
        else:
            account = await _mastodon_browser_sign_in(core, organisation, args)
    elif args.network == "bluesky":
        password = read_secret(args.password_stdin, translate("CLI", "App password: "))
        account = await core.connections.connect_bluesky(
            organisation, args.handle, password, args.service or "", args.name or ""
        )
    else:
        password = read_secret(args.password_stdin, translate("CLI", "Application Password: "))
        account = await core.connections.connect_wordpress(
            organisation, args.site, args.user, password, args.name or ""
        )
    print(
        translate("CLI", "Connected %1 (%2, %3).")
        .replace("%1", account.display_name)
        .replace("%2", account.network_name)
        .replace("%3", account.handle)
    )
    return 0


async def _mastodon_browser_sign_in(core: Core, organisation: int, args: argparse.Namespace):
    import webbrowser

    from desktop.networks.base import Secret

    login = core.connections.mastodon_login(args.instance)
    try:
        address = await login.start()
        print(translate("CLI", "Please approve Kurzdraht in your browser. If it does not open, visit:"))
        print(address, flush=True)
        webbrowser.open(address)
        secret: Secret = await login.finish()
    finally:
        await login.cancel()
    return await core.connections.connect("mastodon", organisation, login.server_url, secret, args.name or "")


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
