"""Organisations as the first-run guide and Settings store them: all or nothing, refusals in plain words."""

from __future__ import annotations

import re

import pytest

from conftest import run
from desktop.errors import KurzdrahtError


def stored(core) -> list[tuple[str, str, str]]:
    return [(o.name, o.colour, o.timezone) for o in run(core.accounts.organisations())]


def test_organisations_are_added_changed_and_may_swap_names(core):
    saved = run(
        core.accounts.save_organisations(
            [
                (None, "  Nachbarschaftszentrum   Lindenhof ", "#2F6F9F", "Europe/Berlin"),
                (None, "Jugendclub Funkenflug", "#b3451b", "Europe/Vienna"),
            ]
        )
    )
    assert stored(core) == [
        ("Jugendclub Funkenflug", "#b3451b", "Europe/Vienna"),
        ("Nachbarschaftszentrum Lindenhof", "#2f6f9f", "Europe/Berlin"),
    ]
    lindenhof, funkenflug = saved
    # The two names change places (and a colour): no clash on the way.
    run(
        core.accounts.save_organisations(
            [
                (lindenhof.id, funkenflug.name, "#2e7d32", lindenhof.timezone),
                (funkenflug.id, lindenhof.name, funkenflug.colour, funkenflug.timezone),
            ]
        )
    )
    assert stored(core) == [
        ("Jugendclub Funkenflug", "#2e7d32", "Europe/Berlin"),
        ("Nachbarschaftszentrum Lindenhof", "#b3451b", "Europe/Vienna"),
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ((None, "   ", "#2f6f9f", "Europe/Berlin"), "An organisation needs a name."),
        ((None, "x" * 81, "#2f6f9f", "Europe/Berlin"), "at most 80 characters"),
        ((None, "Lindenhof", "blau", "Europe/Berlin"), "blau is not a colour; a colour is written like #2f6f9f."),
        (
            (None, "Lindenhof", "#2f6f9f", "Berlin"),
            "Berlin is not a time zone; a time zone is written like Europe/Berlin.",
        ),
        ((None, "Lindenhof", "#2f6f9f", "../../etc/passwd"), "is not a time zone"),
        (
            (None, "jugendclub funkenflug", "#2f6f9f", "Europe/Berlin"),
            "There already is an organisation called Jugendclub Funkenflug.",
        ),
    ],
)
def test_a_bad_entry_is_refused_in_plain_words_and_nothing_changes(core, entry, message):
    run(core.accounts.save_organisations([(None, "Jugendclub Funkenflug", "#b3451b", "Europe/Vienna")]))
    before = stored(core)
    # A good row before the bad one is not stored either.
    with pytest.raises(KurzdrahtError, match=re.escape(message)):
        run(core.accounts.save_organisations([(None, "Stadtteilladen", "#7b3fa0", "Europe/Berlin"), entry]))
    assert stored(core) == before


def test_the_same_name_twice_is_refused(core):
    with pytest.raises(KurzdrahtError, match=re.escape("Lindenhof is there twice.")):
        run(
            core.accounts.save_organisations(
                [(None, "Lindenhof", "#2f6f9f", "Europe/Berlin"), (None, "lindenhof", "#b3451b", "Europe/Berlin")]
            )
        )
    assert stored(core) == []


def test_an_organisation_with_accounts_or_posts_stays(core):

    lindenhof, funkenflug, empty = run(
        core.accounts.save_organisations(
            [
                (None, "Lindenhof", "#2f6f9f", "Europe/Berlin"),
                (None, "Funkenflug", "#b3451b", "Europe/Berlin"),
                (None, "Stadtteilladen", "#7b3fa0", "Europe/Berlin"),
            ]
        )
    )
    run(core.accounts.add(lindenhof.id, "mastodon", "Lindenhof", "@lindenhof", "https://social.example"))
    run(core.drafts.save(funkenflug.id, "Sommerfest"))
    with pytest.raises(KurzdrahtError, match="Lindenhof still has accounts"):
        run(core.accounts.save_organisations([], removed=[lindenhof.id, empty.id]))
    with pytest.raises(KurzdrahtError, match="Funkenflug has posts"):
        run(core.accounts.save_organisations([], removed=[funkenflug.id]))
    assert [name for name, _, _ in stored(core)] == ["Funkenflug", "Lindenhof", "Stadtteilladen"]
    run(core.accounts.save_organisations([], removed=[empty.id]))
    assert [name for name, _, _ in stored(core)] == ["Funkenflug", "Lindenhof"]
