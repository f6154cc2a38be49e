"""`apps set|list|remove`: the organisation's own developer apps (Meta, Threads), through which their
networks sign in. The app ID is kept in the database, the secret only in the keyring."""

from __future__ import annotations

import argparse

from desktop.app import Core
from desktop.cli.accounts import organisation_for, read_secret
from desktop.cli.arguments import not_empty, web_address
from desktop.cli.output import print_json, print_table
from desktop.i18n import translate
from desktop.networks.plugin import RedirectKind
from desktop.networks.registry import app_kind, app_kinds


def register(commands: argparse._SubParsersAction) -> None:
    apps = commands.add_parser(
        "apps", help=translate("CLI", "your organisation's developer apps (for Facebook, Instagram, Threads, X, …)")
    )
    app_commands = apps.add_subparsers(dest="apps_command", metavar="COMMAND", required=True)
    kinds = app_kinds()

    set_app = app_commands.add_parser("set", help=translate("CLI", "add or replace an app's ID and secret"))
    set_kinds = set_app.add_subparsers(dest="kind", metavar="APP", required=True)
    for kind in kinds.values():
        parser = set_kinds.add_parser(
            kind.key,
            help=translate("CLI", "the %1 app (for %2)").replace("%1", kind.name).replace("%2", _networks(kind)),
        )
        # Networks call it the app ID (Meta) or the client ID (X, LinkedIn, Google): both are accepted.
        parser.add_argument(
            "--app-id",
            "--client-id",
            dest="app_id",
            required=True,
            metavar="ID",
            type=not_empty,
            help=translate("CLI", "the app's ID (also called client ID)"),
        )
        if kind.needs_secret:
            parser.add_argument(
                "--app-secret-stdin",
                "--client-secret-stdin",
                dest="app_secret_stdin",
                action="store_true",
                help=translate("CLI", "read the app secret (client secret) from standard input"),
            )
        if kind.redirect == RedirectKind.REGISTERED:
            parser.add_argument(
                "--redirect-uri",
                required=True,
                metavar="URL",
                type=web_address,
                help=translate("CLI", "the https address registered as the app's redirect callback"),
            )
        elif kind.redirect == RedirectKind.EITHER:
            parser.add_argument(
                "--redirect-uri",
                metavar="URL",
                help=translate(
                    "CLI",
                    "the https address registered as the app's redirect (without it: this computer, %1, which the "
                    "network must have enabled for the app)",
                ).replace("%1", kind.loopback_redirect),
            )
        else:
            parser.add_argument(
                "--redirect-uri",
                metavar="URL",
                help=translate("CLI", "another address on this computer registered as callback (default: %1)").replace(
                    "%1", kind.loopback_redirect
                ),
            )
        _organisation_option(parser)
        parser.set_defaults(handler=apps_set)

    listing = app_commands.add_parser("list", help=translate("CLI", "list the apps Kurzdraht knows"))
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    listing.set_defaults(handler=apps_list)

    remove = app_commands.add_parser("remove", help=translate("CLI", "forget an app and its secret"))
    remove.add_argument("kind", metavar="APP", choices=tuple(kinds), help=" | ".join(kinds))
    _organisation_option(remove)
    remove.set_defaults(handler=apps_remove)


def _networks(kind) -> str:  # noqa: ANN001 - a DeveloperAppKind
    from desktop.networks import network_name

    return ", ".join(network_name(n) for n in kind.networks)


def _organisation_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--organisation", metavar="NAME", type=not_empty, help=translate("CLI", "the organisation the app belongs to")
    )


async def apps_set(core: Core, args: argparse.Namespace) -> int:
    organisation = await organisation_for(core, args.organisation)
    secret = ""
    if app_kind(args.kind).needs_secret:
        secret = read_secret(args.app_secret_stdin, translate("CLI", "App secret: "))
    app = await core.apps.set(args.kind, organisation, args.app_id, secret, getattr(args, "redirect_uri", "") or "")
    print(
        translate("CLI", "Saved the %1 app %2 for %3.")
        .replace("%1", app.kind_name)
        .replace("%2", app.app_id)
        .replace("%3", app.organisation)
    )
    return 0


async def apps_list(core: Core, args: argparse.Namespace) -> int:
    apps = await core.apps.list()
    if args.json:
        print_json([a.to_json() for a in apps])
        return 0
    if not apps:
        print(translate("CLI", "No developer apps yet. Add one with `kurzdraht apps set`."))
        return 0
    print_table(
        [
            translate("CLI", "App"),
            translate("CLI", "Organisation"),
            translate("CLI", "App ID"),
            translate("CLI", "Redirect"),
        ],
        [[a.kind_name, a.organisation, a.app_id, a.redirect_uri] for a in apps],
    )
    return 0


async def apps_remove(core: Core, args: argparse.Namespace) -> int:
    from desktop.errors import KurzdrahtError

    organisation = await organisation_for(core, args.organisation)
    if not await core.apps.remove(args.kind, organisation):
        raise KurzdrahtError(translate("CLI", "There is no %1 app for this organisation.").replace("%1", args.kind))
    print(translate("CLI", "Removed the %1 app and its secret.").replace("%1", args.kind))
    return 0
