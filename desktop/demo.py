"""A sample workspace for looking around without any account: two organisations, accounts,
drafts, scheduled posts and comments. It lives in a temporary data folder and stores no secrets."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop.demo_insights import seed_insights
from desktop.inbox.search import next_free_id
from desktop.states import AccountStatus, AttemptState, PostState
from desktop.store.models import (
    Account,
    Comment,
    CommentTag,
    Organisation,
    Post,
    PostVariant,
    PublishAttempt,
    Schedule,
    Tag,
    database,
)

ORGANISATIONS = (
    ("Nachbarschaftszentrum Lindenhof", "#2f6f9f"),
    ("Jugendclub Funkenflug", "#c2571a"),
)
ACCOUNTS = (
    # organisation index, network, display name, handle, server
    (0, "mastodon", "Lindenhof auf Mastodon", "@lindenhof@social.example", "https://social.example"),
    (0, "bluesky", "Lindenhof auf Bluesky", "lindenhof.bsky.social", "https://bsky.social"),
    (0, "wordpress", "Lindenhof-Blog", "redaktion", "https://lindenhof.example"),
    (0, "facebook", "Nachbarschaftszentrum Lindenhof", "lindenhof.nbz", ""),
    (1, "instagram", "Funkenflug", "@funkenflug_jugendclub", ""),
    (1, "mastodon", "Funkenflug", "@funkenflug@social.example", "https://social.example"),
    (1, "bluesky", "Funkenflug", "funkenflug.bsky.social", "https://bsky.social"),
)
DRAFTS = (
    (
        0,
        "Am Samstag ist Repair-Café! Bringt kaputte Toaster, Lampen und Fahrräder mit – "
        "wir reparieren gemeinsam. 14–17 Uhr im Saal. #RepairCafe #Nachbarschaft",
        (0, 1, 3),
    ),
    (0, "Wir suchen Ehrenamtliche für die Hausaufgabenhilfe (Di + Do, 15–17 Uhr). Meldet euch!", (0, 2)),
    (1, "Open Stage im Funkenflug: Wer will auftreten? Anmeldung bis Freitag. 🎤", (4, 5, 6)),
)
SCHEDULED = (
    (0, 1, 9, "Heute Abend: Nachbarschaftsabend mit Suppe und Musik, ab 18 Uhr.", (0, 1, 3), PostState.SCHEDULED),
    (0, 3, 10, "Der Lindenhof-Garten braucht helfende Hände: Pflanzaktion am Sonntag.", (0, 2), PostState.SCHEDULED),
    (1, 2, 16, "Ferienprogramm: Graffiti-Workshop mit Lena – noch 4 Plätze frei!", (4, 6), PostState.SCHEDULED),
    (1, -2, 17, "Danke an alle, die beim Kicker-Turnier dabei waren! 🏆", (4, 5), PostState.PUBLISHED),
)
COMMENTS = (
    # account index, author, handle, text, hours ago, status, tags
    (
        0,
        "Maria K.",
        "@mariak@social.example",
        "Gibt es beim Repair-Café auch Hilfe für Nähmaschinen?",
        0.1,
        "open",
        ("question",),
    ),
    (
        4,
        "Jonas",
        "@jonas_b",
        "Könnt ihr mal einen Bandworkshop machen? Wir wären zu fünft dabei!",
        0.6,
        "open",
        ("suggestion",),
    ),
    (
        1,
        "Aylin",
        "aylin.bsky.social",
        "Super Aktion mit dem Garten, wir kommen mit den Kindern 🌱",
        1.5,
        "open",
        ("praise",),
    ),
    (
        3,
        "Peter Schmidt",
        "peter.schmidt",
        "Die Rampe am Eingang ist schon wieder zugeparkt. Rollstuhl kommt nicht durch.",
        3,
        "open",
        ("complaint",),
    ),
    (
        2,
        "Ingrid",
        "ingrid",
        "Danke für den Bericht über den Seniorentreff! Wann ist der nächste?",
        5,
        "open",
        ("question",),
    ),
    (
        5,
        "Sam",
        "@sam@social.example",
        "Are the workshops open to people who don't speak German yet?",
        8,
        "open",
        ("question",),
    ),
    (6, "Leo", "leo.bsky.social", "Open Stage war mega, bitte öfter!", 20, "done", ("praise",)),
    (
        0,
        "Familie Öztürk",
        "@oeztuerk@social.example",
        "Wir hätten gern mehr Plätze im Sprachcafé.",
        30,
        "open",
        ("suggestion",),
    ),
    (4, "Mila", "@mila.zeichnet", "Kann man beim Graffiti-Workshop auch ohne Erfahrung mitmachen?", 44, "done", ()),
)


def make_demo_home() -> Path:
    return Path(tempfile.mkdtemp(prefix="kurzdraht-demo-"))


def remove_demo_home(path: Path) -> None:
    if path.name.startswith("kurzdraht-demo-"):
        shutil.rmtree(path, ignore_errors=True)


def seed_demo(now: datetime | None = None) -> None:
    """Fill the open (empty) database with the sample workspace. Runs on the database thread."""
    now = now or datetime.now(timezone.utc)
    with database.atomic():
        organisations = [Organisation.create(name=name, colour=colour) for name, colour in ORGANISATIONS]
        accounts = [
            Account.create(
                organisation=organisations[org],
                network=network,
                display_name=name,
                handle=handle,
                server_url=server,
                status=AccountStatus.NOT_CONNECTED,
            )
            for org, network, name, handle, server in ACCOUNTS
        ]
        for age, (org, text, targets) in enumerate(DRAFTS):
            post = Post.create(
                organisation=organisations[org], text=text, updated_at=now - timedelta(hours=age * 5 + 1)
            )
            for index in targets:
                PostVariant.create(post=post, account=accounts[index])
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        for org, days, hour, text, targets, state in SCHEDULED:
            post = Post.create(organisation=organisations[org], text=text, state=state)
            Schedule.create(post=post, publish_at=midnight + timedelta(days=days, hours=hour - 1))
            for index in targets:
                PostVariant.create(post=post, account=accounts[index])
                if state == PostState.PUBLISHED:
                    PublishAttempt.create(
                        post=post,
                        account=accounts[index],
                        state=AttemptState.PUBLISHED,
                        idempotency_key=f"demo-{post.id}-{index}",
                        finished_at=midnight + timedelta(days=days, hours=hour - 1),
                    )
        tags = {t.name: t for t in Tag.select()}
        for number, (index, author, handle, text, hours, status, tag_names) in enumerate(COMMENTS):
            account = accounts[index]
            moment = now - timedelta(hours=hours)
            comment = Comment.create(
                id=next_free_id(moment),
                account=account,
                network=account.network,
                remote_id=f"demo-{number}",
                author_name=author,
                author_handle=handle,
                text=text,
                created_at=moment,
                status=status,
                done_at=now if status == "done" else None,
            )
            for name in tag_names:
                CommentTag.create(comment=comment, tag=tags[name])
        seed_insights(organisations[0].timezone, accounts, now)
