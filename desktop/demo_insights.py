"""The sample workspace's figures for Insights: a year of daily follower counts (a few days missing,
as when the computer was off), published posts with likes, shares and reach through shares, and
answered comments with their answering times. Made up, but the same every time (a fixed seed)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.inbox.search import next_free_id
from desktop.states import AttemptState, PostKind, PostState
from desktop.store.models import Account, Comment, CommentTag, FollowerCount, Post, PostFigures, PublishAttempt, Tag

DAYS = 400
# Followers a year ago and how many join on an ordinary day, per demo account (in ACCOUNTS' order).
AUDIENCE = ((410, 0.45), (120, 0.6), (0, 0.0), (380, 0.3), (520, 0.9), (90, 0.2), (60, 0.35))
PAST_POSTS = (
    "Wir suchen eine Köchin oder einen Koch für das Sommerfest – bitte teilen! 🍲",
    "Neue Öffnungszeiten der Kleiderkammer: Mo–Do 10–16 Uhr.",
    "Rückblick: 60 Nachbarinnen und Nachbarn beim Lichterfest. Danke!",
    "Stellenanzeige: Wir suchen eine Sozialarbeiterin (20 Std.) für den Jugendclub.",
    "Sprachcafé jetzt auch samstags – alle Sprachen willkommen.",
    "Repair-Café-Bilanz 2026: 212 Dinge repariert statt weggeworfen ♻️",
    "Ferienfahrt an die Ostsee: noch 3 Plätze frei!",
    "Der Mittagstisch braucht Verstärkung in der Küche – wer hat Zeit?",
)
ANSWERED = (
    # account index, author, handle, text, days ago, minutes until our answer, tags
    (0, "Heike", "@heike@social.example", "Kann ich Kleidung auch abends abgeben?", 3, 95, ("question",)),
    (4, "Tarek", "@tarek.k", "Macht doch mal einen Kochabend mit Rezepten aus aller Welt!", 9, 260, ("suggestion",)),
    (3, "Gisela M.", "gisela.m", "Der Aufzug ist seit Tagen kaputt.", 12, 45, ("complaint",)),
    (1, "Ben", "ben.bsky.social", "Tolles Lichterfest!", 15, 30, ("praise",)),
    (5, "Noor", "@noor@social.example", "Ein Mädchen-Fußballtraining wäre super.", 24, 1300, ("suggestion",)),
    (0, "Klaus", "@klaus@social.example", "Wann ist das nächste Repair-Café?", 33, 20, ("question",)),
    (6, "Pia", "pia.bsky.social", "Bitte mehr Workshops am Wochenende.", 48, 600, ("suggestion",)),
)


def seed_insights(organisation_zone: str, accounts: list[Account], now: datetime) -> None:
    """Add the figures to the sample workspace (inside its transaction)."""
    dice = random.Random(20261207)
    zone = ZoneInfo(organisation_zone)
    today = now.astimezone(zone).date()
    for account, (start, growth) in zip(accounts, AUDIENCE):
        if not start:
            continue  # a blog has no followers
        followers = float(start)
        rows = []
        for age in range(DAYS, -1, -1):
            followers += max(dice.gauss(growth, 1.2), -2)
            if dice.random() < 0.06:
                continue  # the office computer was off that day
            day = (today - timedelta(days=age)).isoformat()
            rows.append({"account": account, "day": day, "followers": int(followers), "taken_at": now})
        FollowerCount.insert_many(rows).execute()
    for number, text in enumerate(PAST_POSTS):
        published = now - timedelta(days=3 + number * 41 % 300, hours=number)
        organisation = accounts[0].organisation if number % 3 else accounts[4].organisation
        post = Post.create(
            organisation=organisation,
            text=text,
            state=PostState.PUBLISHED,
            published_at=published,
            updated_at=published,
        )
        for index, account in enumerate(accounts):
            if account.organisation_id != organisation.id or account.network == "wordpress":
                continue
            attempt = PublishAttempt.create(
                post=post,
                account=account,
                state=AttemptState.PUBLISHED,
                idempotency_key=f"demo-past-{post.id}-{index}",
                remote_id=f"demo-past-{post.id}-{index}",
                finished_at=published,
            )
            # Instagram does not count shares; Facebook does, but does not say who shared.
            shares = None if account.network == "instagram" else dice.randint(0, 14 if "suchen" in text else 5)
            people = shares if account.network in ("mastodon", "bluesky") else None
            PostFigures.create(
                attempt=attempt,
                likes=(shares or 0) * 3 + dice.randint(0, 20),
                shares=shares,
                replies=dice.randint(0, 6),
                impressions=dice.randint(300, 2500) if account.network in ("facebook", "instagram") else None,
                sharers=people,
                sharer_followers=sum(dice.randint(40, 900) for _ in range(people)) if people else None,
                fetched_at=now,
            )
    tags = {t.name: t for t in Tag.select()}
    for number, (index, author, handle, text, days, minutes, tag_names) in enumerate(ANSWERED):
        account = accounts[index]
        moment = now - timedelta(days=days, hours=number)
        comment = Comment.create(
            id=next_free_id(moment),
            account=account,
            network=account.network,
            remote_id=f"demo-answered-{number}",
            author_name=author,
            author_handle=handle,
            text=text,
            created_at=moment,
            status="done",
            done_at=moment + timedelta(minutes=minutes),
        )
        for name in tag_names:
            CommentTag.create(comment=comment, tag=tags[name])
        reply = Post.create(
            organisation=account.organisation,
            text="Danke für deine Nachricht!",
            kind=PostKind.REPLY,
            reply_to=comment.id,
            state=PostState.PUBLISHED,
            published_at=moment + timedelta(minutes=minutes),
        )
        PublishAttempt.create(
            post=reply,
            account=account,
            state=AttemptState.PUBLISHED,
            idempotency_key=f"demo-reply-{number}",
            remote_id=f"demo-reply-{number}",
            finished_at=moment + timedelta(minutes=minutes),
        )
