"""Counting rules for every network and their default limits, checked against the networks' published
examples (twitter-text's conformance suite for X) and with properties that must hold for any text."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from twitter_text import parse_tweet

from desktop.networks import NETWORKS
from desktop.networks.base import Limits
from desktop.networks.bluesky import LIMITS as BLUESKY_CLIENT_LIMITS
from desktop.networks.limits import DEFAULT_LIMITS, limits_for, limits_to_json
from desktop.networks.wordpress import LIMITS as WORDPRESS_CLIENT_LIMITS
from desktop.text import counting
from desktop.text.counting import count

ROOT = Path(__file__).resolve().parents[2]
X = DEFAULT_LIMITS["x"]
INSTAGRAM = DEFAULT_LIMITS["instagram"]
BLUESKY = DEFAULT_LIMITS["bluesky"]
FAMILY = "👨‍👩‍👧"  # one grapheme: man, ZWJ, woman, ZWJ, girl (18 bytes)


# -- X (twitter-text) ------------------------------------------------------------------------------


# Lengths from twitter-text's conformance suite (conformance/validate.yml: "lengths" and
# "WeightedTweetsWithDiscountedEmojiCounterTest").
@pytest.mark.parametrize(
    "text, weighted",
    [
        ("This is a test.", 15),
        ("http://test.com", 23),
        ("https://test.com", 23),
        ("test.com", 23),  # an address without http:// is a link as well
        ("Test https://test.com test https://test.com test.com test", 86),
        ("Hi http://test.co", 26),
        ("https://www.twitter.com/aloha " * 10, 240),
        ("😷👾😡🔥💩", 10),  # emoji count 2
        ("🙋🏽👨‍🎤", 4),  # an emoji with skin tone or ZWJ is still one emoji, counting 2
        ("1\u20e3", 2),  # keycap sequence
        ("H\U0001f431☺" + "👨‍👩‍👧‍👦", 7),
    ],
)
def test_x_counts_like_the_twitter_text_conformance_suite(text, weighted):
    assert count(text, X).used == weighted


def test_x_allows_280_weighted_characters():
    assert not count("a" * 280, X).over
    over = count("a" * 281, X)
    assert over.over and over.remaining == -1 and "1 characters too long for X" in over.reason
    # CJK characters count 2: 140 fit, 141 do not.
    assert count("の" * 140, X).used == 280 and not count("の" * 140, X).over
    assert count("の" * 141, X).over
    assert not count("\U0001f431" * 140, X).over and count("\U0001f431" * 141, X).over


def test_x_conformance_tweets_at_and_over_the_limit():
    quote = (
        "A lie gets halfway around the world before the truth has a chance to get its pants on. "
        "Winston Churchill (1874-1965) http://bit.ly/dJpywL"
    )
    assert not count(quote, X).over
    assert count(quote + " " + quote, X).over
    assert count(quote.replace("on. ", "on.\n") + " " + quote, X).over


def test_x_long_links_count_23_and_premium_accounts_get_their_own_limit():
    link = "https://example.org/" + "sehr-lange-adresse/" * 30
    assert count(link, X).used == 23
    premium = limits_for("x", {"max_characters": 25_000})
    assert not count("a" * 281, premium).over
    assert count("a" * 25_001, premium).over


def test_x_refuses_invisible_characters_but_not_an_empty_text():
    result = count("Hallo\ufeff Nachbarschaft", X)
    assert result.over and "invisible character" in result.reason
    assert not count("", X).over and count("", X).used == 0


X_PIECES = [
    "a",
    "ä",
    " ",
    "\n",
    "の",
    "😀",
    "👨‍👩‍👧",
    "🇩🇪",
    "#Kiez",
    "@anna",
    "https://example.org/seite",
    "kiez.de",
    "e\u0301",
    "\u200d",
    "\ufeff",
    "Straße",
]


@given(st.lists(st.sampled_from(X_PIECES), max_size=160))
def test_x_accepts_exactly_the_texts_twitter_text_calls_valid(pieces):
    text = "".join(pieces)
    result = count(text, X)
    parsed = parse_tweet(text)
    assert result.used == parsed.weightedLength
    if text:
        assert result.over == (not parsed.valid)


# -- Instagram -------------------------------------------------------------------------------------


def test_instagram_caption_is_2200_characters():
    assert not count("ä" * 2200, INSTAGRAM).over
    assert count("ä" * 2201, INSTAGRAM).over
    assert count(FAMILY * 2200, INSTAGRAM).used == 2200  # a family emoji is one character


def test_instagram_allows_five_hashtags_and_says_how_many_there_are():
    five = "Sommerfest im Hof! " + " ".join(f"#tag{i}" for i in range(5))
    assert not count(five, INSTAGRAM).over
    six = five + " #Nachbarschaft"
    result = count(six, INSTAGRAM)
    assert result.over and "6 hashtags" in result.reason and "5" in result.reason


def test_instagram_hashtags_in_links_and_words_do_not_count():
    text = "C# und F# lernen: https://kiez.example/kurs#anmeldung " + " ".join(f"#t{i}" for i in range(5))
    assert not count(text, INSTAGRAM).over


@given(st.integers(min_value=0, max_value=12), st.lists(st.sampled_from(["Hof", "ä", "😀", "C#", "2024"]), max_size=20))
def test_instagram_flags_exactly_the_captions_with_more_than_five_hashtags(tags, words):
    text = " ".join(words + [f"#Tag{i}" for i in range(tags)])
    assert count(text, INSTAGRAM).over == (tags > 5)


# -- networks counted as plain text ------------------------------------------------------------------


@pytest.mark.parametrize("network, limit", [("facebook", 63_206), ("linkedin", 3_000), ("youtube", 10_000)])
def test_plain_networks_count_characters_up_to_their_limit(network, limit):
    limits = DEFAULT_LIMITS[network]
    assert limits.counting == "plain"
    assert count("a" * limit, limits).used == limit and not count("a" * limit, limits).over
    over = count("a" * (limit + 1), limits)
    assert over.over and over.reason.startswith("1 characters too long")


@given(st.text(max_size=60), st.integers(min_value=0, max_value=50))
def test_plain_is_over_exactly_when_more_characters_than_the_limit(text, limit):
    result = count(text, Limits(counting="plain", max_characters=limit))
    assert result.over == (result.used > limit)
    assert result.remaining == limit - result.used


# -- Bluesky -------------------------------------------------------------------------------------

# Each piece is exactly one grapheme, and no two of them merge into one.
CLUSTERS = {"a": 1, "ä": 2, "e\u0301": 3, "日": 3, "🇩🇪": 8, FAMILY: 18, "👩🏽‍🚒": 15}


@given(st.lists(st.sampled_from(sorted(CLUSTERS)), max_size=340))
def test_bluesky_never_accepts_more_than_300_graphemes_or_3000_bytes(clusters):
    text = "".join(clusters)
    assert len(text.encode()) == sum(CLUSTERS[c] for c in clusters)
    result = count(text, BLUESKY)
    assert result.used == len(clusters)
    assert (not result.over) == (len(clusters) <= 300 and len(text.encode()) <= 3000)


# -- default limits --------------------------------------------------------------------------------


def test_every_network_has_default_limits_with_a_known_rule():
    assert set(DEFAULT_LIMITS) == set(NETWORKS)
    for network, limits in DEFAULT_LIMITS.items():
        assert limits.counting in counting._RULES, network
        assert limits_for(network) == limits
    assert BLUESKY_CLIENT_LIMITS is DEFAULT_LIMITS["bluesky"]
    assert WORDPRESS_CLIENT_LIMITS is DEFAULT_LIMITS["wordpress"]


def test_stored_values_replace_the_defaults_and_broken_ones_are_ignored():
    stored = {
        "max_characters": 11_000,
        "image_types": ["image/png"],
        "max_images": "vier",
        "max_alt_text": -5,
        "has_title": 1,
        "from_a_later_version": True,
    }
    limits = limits_for("mastodon", stored)
    assert limits.max_characters == 11_000 and limits.image_types == ("image/png",)
    assert limits.max_images == 4 and limits.max_alt_text == 1_500 and limits.has_title is False
    assert limits_for("pixelfed").max_characters is None  # a network this version does not know


FIELD_VALUES = {
    "counting": st.sampled_from(["plain", "mastodon", "bluesky", "instagram", "x"]),
    "max_characters": st.none() | st.integers(min_value=0, max_value=100_000),
    "max_bytes": st.none() | st.integers(min_value=0, max_value=100_000),
    "url_weight": st.none() | st.integers(min_value=0, max_value=100),
    "max_images": st.integers(min_value=0, max_value=20),
    "max_image_bytes": st.none() | st.integers(min_value=0, max_value=10**9),
    "image_types": st.lists(st.sampled_from(["image/jpeg", "image/png", "image/gif", "image/webp"]), max_size=4).map(
        tuple
    ),
    "max_alt_text": st.none() | st.integers(min_value=0, max_value=5_000),
    "has_title": st.booleans(),
    "requires_image": st.booleans(),
    "images_from_web": st.booleans(),
    "min_aspect": st.none() | st.floats(min_value=0.1, max_value=10),
    "max_aspect": st.none() | st.floats(min_value=0.1, max_value=10),
    "min_image_width": st.none() | st.integers(min_value=0, max_value=10_000),
    "max_image_width": st.none() | st.integers(min_value=0, max_value=10_000),
    "price_per_post": st.none() | st.floats(min_value=0, max_value=10),
    "price_with_link": st.none() | st.floats(min_value=0, max_value=10),
}


def test_the_round_trip_strategy_covers_every_field():
    assert set(FIELD_VALUES) == {f.name for f in fields(Limits)}


@given(st.sampled_from(sorted(NETWORKS)), st.builds(Limits, **FIELD_VALUES))
def test_limits_survive_a_json_round_trip(network, limits):
    values = limits_to_json(limits)
    assert json.loads(json.dumps(values)) == values  # plain JSON values: lists, not tuples
    assert limits_for(network, json.loads(json.dumps(values))) == limits
    only_changes = json.loads(json.dumps(limits_to_json(limits, network)))
    assert limits_for(network, only_changes) == limits
    assert set(only_changes) <= {f.name for f in fields(Limits)}


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@given(
    st.sampled_from(sorted(NETWORKS)),
    st.dictionaries(st.sampled_from([f.name for f in fields(Limits)] + ["other"]), JSON),
)
def test_any_stored_json_gives_usable_limits(network, stored):
    limits = limits_for(network, stored)
    assert isinstance(limits.counting, str) and isinstance(limits.max_images, int)
    assert all(isinstance(t, str) for t in limits.image_types)
    count("Hallo 😀 https://example.org", limits)


# -- start-up --------------------------------------------------------------------------------------


def test_counting_loads_neither_httpx_nor_twitter_text_until_an_x_text_is_counted():
    script = (
        "import sys\n"
        "import desktop.networks.limits, desktop.text.counting as c\n"
        "assert 'httpx' not in sys.modules and 'twitter_text' not in sys.modules, 'loaded at start'\n"
        "c.count('Hallo', desktop.networks.limits.DEFAULT_LIMITS['mastodon'])\n"
        "assert 'twitter_text' not in sys.modules, 'loaded by another rule'\n"
        "c.warm_up('x')\n"
        "assert 'twitter_text' in sys.modules, 'not loaded by warm_up'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
