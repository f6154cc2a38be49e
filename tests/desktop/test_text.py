"""Counting and rich-text rules, checked against the networks' own published examples."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, strategies as st

from desktop.errors import KurzdrahtError
from desktop.networks.base import Limits
from desktop.networks.bluesky import LIMITS as BLUESKY, record_key
from desktop.networks.oauth import Pkce
from desktop.networks.urls import server_url
from desktop.text.counting import count, graphemes
from desktop.text.facets import find_spans
from desktop.text.html import html_to_text, text_to_paragraphs

MASTODON = Limits(counting="mastodon", max_characters=500, url_weight=23)


def test_bluesky_facets_match_the_protocol_documentation_example():
    # The example from the AT Protocol's "Links, mentions, and rich text" guide.
    text = "✨ example mentioning @atproto.com to share the URL 👨‍❤️‍👨 https://en.wikipedia.org/wiki/CBOR."
    spans = [(s.kind, s.value, s.byte_start, s.byte_end) for s in find_spans(text)]
    assert spans == [("mention", "atproto.com", 23, 35), ("link", "https://en.wikipedia.org/wiki/CBOR", 74, 108)]


def test_hashtags_skip_numbers_and_stay_out_of_links():
    text = "Sommerfest #Nachbarschaft! Infos: https://lindenhof.example/fest#top #2024 #Plätzchen"
    tags = [s.value for s in find_spans(text) if s.kind == "tag"]
    assert tags == ["Nachbarschaft", "Plätzchen"]
    tag = next(s for s in find_spans(text) if s.value == "Plätzchen")
    assert text.encode()[tag.byte_start : tag.byte_end].decode() == "#Plätzchen"


def test_graphemes_count_what_a_person_sees():
    assert graphemes("Kaffee") == 6
    assert graphemes("Cafe\u0301") == 4  # e + combining accent
    assert graphemes("👨‍👩‍👧 ä") == 3


def test_mastodon_counts_links_as_23_and_remote_mentions_by_their_name():
    link = "https://example.org/" + "a" * 200
    assert count(link, MASTODON).used == 23
    assert count("@anna@very.long.server.example hallo", MASTODON).used == len("@anna hallo")
    over = count("x" * 501, MASTODON)
    assert over.over and "1" in over.reason and over.remaining == -1
    assert not count("ü" * 500, MASTODON).over


def test_bluesky_limit_is_300_graphemes_and_3000_bytes():
    assert not count("ä" * 300, BLUESKY).over
    assert count("ä" * 301, BLUESKY).over
    family = "👨‍👩‍👧‍👦"  # one grapheme, 25 bytes
    assert count(family * 120, BLUESKY).used == 120
    assert count(family * 121, BLUESKY).over  # 3025 bytes


@given(st.text(max_size=400))
def test_counts_never_go_negative_and_flag_exactly_the_texts_over_the_limit(text):
    result = count(text, BLUESKY)
    assert result.used >= 0
    assert result.over == (result.used > 300 or len(text.encode()) > 3000)


def test_pkce_challenge_matches_rfc_7636_appendix_b():
    pkce = Pkce.from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    assert pkce.challenge == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert Pkce.create().verifier != Pkce.create().verifier


def test_record_keys_are_stable_valid_tids():
    moment = datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc)
    key = record_key("attempt-1", moment)
    assert key == record_key("attempt-1", moment)
    assert key != record_key("attempt-2", moment)
    assert len(key) == 13 and key[0] in "234567abcdefghij"
    assert set(key) <= set("234567abcdefghijklmnopqrstuvwxyz")


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("social.example", "https://social.example"),
        ("https://Social.Example/", "https://social.example"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.0.0.1/blog/", "http://127.0.0.1/blog"),
    ],
)
def test_server_addresses_are_completed(typed, expected):
    assert server_url(typed) == expected


@pytest.mark.parametrize(
    "typed", ["http://blog.example", "ftp://blog.example", "", "no host://", "http://localhost/blog"]
)
def test_unencrypted_or_broken_addresses_are_refused(typed):
    with pytest.raises(KurzdrahtError):
        server_url(typed)


def test_html_and_text_conversions():
    status = (
        '<p>Danke <span class="h-card"><a href="https://x.example/@anna">@<span>anna</span></a></span>!</p>'
        '<p>Mehr: <a href="https://x.example/info"><span class="invisible">https://</span>'
        '<span class="">x.example/info</span><span class="invisible"></span></a><br>Gruß</p>'
    )
    assert html_to_text(status) == "Danke @anna!\n\nMehr: x.example/info\nGruß"
    assert (
        text_to_paragraphs("Erster <Absatz>\nZeile\n\nZweiter")
        == "<p>Erster &lt;Absatz&gt;<br />\nZeile</p>\n\n<p>Zweiter</p>"
    )


@given(
    st.lists(
        st.sampled_from(
            [
                "Grüße ",
                "👨‍👩‍👧 ",
                "e\u0301 ",
                "#Kiez ",
                "@anna.test ",
                "https://x.example/ä ",
                "(",
                ")",
                "\n",
                "#2024 ",
                "Straße",
            ]
        ),
        max_size=30,
    )
)
def test_every_facet_points_at_exactly_its_text_in_utf8(parts):
    text = "".join(parts)
    encoded = text.encode("utf-8")
    for span in find_spans(text):
        covered = encoded[span.byte_start : span.byte_end].decode("utf-8")
        expected = {"link": span.value, "mention": "@" + span.value, "tag": "#" + span.value}[span.kind]
        assert covered == expected
