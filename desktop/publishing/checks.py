"""What is wrong with a post for each of its accounts, before anything is sent: length by the
network's own rules, number and kind of images, descriptions (alt text). The composer shows these
live; publishing refuses while a blocking one remains."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.accounts import AccountInfo
from desktop.drafts import DraftContent
from desktop.i18n import translate
from desktop.states import AccountStatus
from desktop.networks.registry import comments_only, connectable
from desktop.networks.base import Limits
from desktop.publishing.media import aspect_problem
from desktop.text.counting import Count, count


@dataclass(frozen=True)
class Problem:
    account_id: int | None
    message: str
    blocking: bool = True


def _shape_message(shape: str, number: int, limits: Limits) -> str:
    if shape == "small":
        text = translate("Checks", "Image %1 is too small here (at least %2 pixels wide).").replace(
            "%2", str(limits.min_image_width)
        )
    else:
        text = translate(
            "Checks",
            "Image %1 is too %2 here (from 4:5 upright to 1.91:1 wide): add borders or crop it with the "
            "buttons beside the image.",
        ).replace("%2", translate("Checks", "tall") if shape == "tall" else translate("Checks", "wide"))
    return text.replace("%1", str(number))


def aspect_range(accounts: list[AccountInfo]) -> tuple[float, float] | None:
    """The narrowest aspect range the chosen accounts allow (for the image cards' "fit" buttons)."""
    lows = [a.limits.min_aspect for a in accounts if a.limits.min_aspect is not None]
    highs = [a.limits.max_aspect for a in accounts if a.limits.max_aspect is not None]
    if not lows and not highs:
        return None
    return (max(lows) if lows else 0.01, min(highs) if highs else 100.0)


_LINK = re.compile(r"https?://|\bwww\.", re.IGNORECASE)


def _price(text: str, limits: Limits, network: str) -> str:
    """What the network charges for this post, where it charges (X), in the words shown below the text."""
    if limits.price_per_post is None:
        return ""
    if limits.price_with_link is not None and _LINK.search(text):
        text = translate("Checks", "%2 charges your organisation $%1 for this post, as it has a link.")
        return text.replace("%1", f"{limits.price_with_link:.2f}").replace("%2", network)
    text = translate("Checks", "%2 charges your organisation $%1 for this post.")
    return text.replace("%1", f"{limits.price_per_post:.3f}").replace("%2", network)


def _named(account: AccountInfo, message: str) -> str:
    return f"{account.display_name} ({account.network_name}): {message}"


def check_post(
    content: DraftContent, accounts: list[AccountInfo], counted: dict[int, Count] | None = None, reply: bool = False
) -> list[Problem]:
    """`counted` may hold the counts already made (the composer counts on every keystroke anyway);
    `reply`: an answer to a comment (text only, wherever a post needs an image)."""
    problems: list[Problem] = []
    targets = [a for a in accounts if a.id in content.account_ids]
    if not targets:
        problems.append(Problem(None, translate("Checks", "Please choose at least one account to post to.")))
    for account in targets:
        text = content.text_for(account.network)
        limits = account.limits
        if not text.strip() and not content.attachments:
            problems.append(Problem(account.id, _named(account, translate("Checks", "There is nothing to post yet."))))
        if account.network not in connectable():
            problems.append(
                Problem(account.id, _named(account, translate("Checks", "Kurzdraht cannot post to this network yet.")))
            )
            continue
        if not reply and account.network in comments_only():
            message = translate("Checks", "%1 only lets Kurzdraht answer comments, not make posts.")
            problems.append(Problem(account.id, _named(account, message.replace("%1", account.network_name))))
            continue
        if not account.has_credentials:
            # An account that was never connected (the sample workspace's, one made by an import) is
            # connected, not "re"connected.
            never = account.status == AccountStatus.NOT_CONNECTED
            problems.append(
                Problem(
                    account.id,
                    _named(
                        account,
                        translate("Checks", "This account is not connected yet. Please connect it in Accounts.")
                        if never
                        else translate("Checks", "This account is not connected. Please reconnect it in Accounts."),
                    ),
                )
            )
        if limits.requires_image and not content.attachments and not reply:
            problems.append(
                Problem(
                    account.id,
                    _named(
                        account,
                        translate("Checks", "%1 needs an image with every post.").replace("%1", account.network_name),
                    ),
                )
            )
        if limits.images_from_web and content.attachments and not account.options.get("images_via"):
            problems.append(
                Problem(
                    account.id,
                    _named(
                        account,
                        translate(
                            "Checks",
                            "%1 fetches images from the web: choose the WordPress blog that puts them there "
                            "(Accounts → Images via…).",
                        ).replace("%1", account.network_name),
                    ),
                )
            )
        result = (counted or {}).get(account.id) or count(text, limits)
        price = _price(text, limits, account.network_name)
        if price:
            problems.append(Problem(account.id, _named(account, price), blocking=False))
        if result.over:
            problems.append(Problem(account.id, _named(account, result.reason)))
        if len(content.attachments) > limits.max_images:
            problems.append(
                Problem(
                    account.id,
                    _named(
                        account,
                        translate("Checks", "Only %1 images can go with one post here; remove %2.")
                        .replace("%1", str(limits.max_images))
                        .replace("%2", str(len(content.attachments) - limits.max_images)),
                    ),
                )
            )
        for number, item in enumerate(content.attachments, start=1):
            shape = aspect_problem(item.width, item.height, limits)
            if shape:
                problems.append(Problem(account.id, _named(account, _shape_message(shape, number, limits))))
            if limits.max_alt_text is not None and len(item.alt_text) > limits.max_alt_text:
                problems.append(
                    Problem(
                        account.id,
                        _named(
                            account,
                            translate("Checks", "The description of image %1 is too long (at most %2 characters).")
                            .replace("%1", str(number))
                            .replace("%2", str(limits.max_alt_text)),
                        ),
                    )
                )
    for number, item in enumerate(content.attachments, start=1):
        if targets and not item.alt_text.strip():
            problems.append(
                Problem(
                    None,
                    translate("Checks", "Image %1 has no description. People who cannot see it rely on one.").replace(
                        "%1", str(number)
                    ),
                    blocking=False,
                )
            )
    return problems
