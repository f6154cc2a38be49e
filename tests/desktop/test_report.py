"""The monthly report as the board reads it: `kurzdraht report` writes a PDF of one or two pages from what
the sync, the replies and the tags left in the local database (a Mastodon test server stands in for the
network), read back with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from conftest import require_keyring, run, run_online
from inbox_helpers import found, mastodon_comment
from test_inbox_core import backdate

from desktop.drafts import DraftContent
from desktop.inbox.search import InboxFilter

ROOT = Path(__file__).resolve().parents[2]


def pdf_text(path: Path) -> str:
    """The PDF's text in reading order, each run of white space one space."""
    shown = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(shown.stdout.split())


def pdf_pages(path: Path) -> int:
    shown = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", shown.stdout, re.MULTILINE).group(1))


def kurzdraht_report(home: Path, keyring_service: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}
    env.pop("QT_QPA_PLATFORM", None)  # the command finds its way without a screen by itself
    return subprocess.run(
        [sys.executable, "-m", "desktop", "report", *args], capture_output=True, text=True, cwd=ROOT, env=env
    )


def this_month() -> tuple[str, datetime]:
    """The current month as YYYY-MM, and its start as a moment (the user's days are this computer's)."""
    today = date.today()
    start = datetime.combine(today.replace(day=1), time.min).astimezone()
    return f"{today:%Y-%m}", start.astimezone(timezone.utc)


@pytest.fixture(autouse=True)
def poppler() -> None:
    for tool in ("pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: scripts/test installs poppler-utils")


def test_a_month_with_followers_posts_answers_and_a_suggestion(
    core, credentials, mastodon_server, keyring_service, home, tmp_path
):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    anna = mastodon_server.create_user("anna", "Anna")
    ben = mastodon_server.create_user("ben", "Ben")
    month, month_start = this_month()
    now = datetime.now(timezone.utc)

    async def connect_and_publish():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        account = await core.connections.connect_mastodon_token(
            organisation, mastodon_server.url, token, name="Lindenhof"
        )
        remote = {}
        for text in ("Lesecafé am Donnerstag", "Sommerfest: wir suchen noch Helferinnen und Helfer"):
            draft = await core.drafts.write(DraftContent(organisation, text, (account.id,)))
            [attempt] = await core.outbox.drain(await core.outbox.publish(draft), timeout=30)
            assert attempt.state == "published", attempt.error
            remote[text.split()[0].rstrip(":")] = await core.store.run(lambda a=attempt: _remote_id(a.id))
        return remote

    remote = run_online(core, connect_and_publish())
    # The followers were counted two days ago (none yet), then Anna and Ben followed.
    core.inbox_sync.clock = lambda: now - timedelta(days=2)
    run_online(core, core.inbox_sync.sync())
    mastodon_server.follow("anna", "lindenhof")
    mastodon_server.follow("ben", "lindenhof")
    # The summer party is shared twice, the reading café once: the party comes first.
    mastodon_server.reblog("anna", remote["Sommerfest"])
    mastodon_server.reblog("ben", remote["Sommerfest"])
    mastodon_server.reblog("anna", remote["Lesecafé"])
    question = mastodon_comment(mastodon_server, anna, "@lindenhof Wann ist das Lesecafé offen?")
    backdate(mastodon_server, question, max(now - timedelta(hours=3), month_start + timedelta(minutes=1)))
    idea = mastodon_comment(mastodon_server, ben, "@lindenhof Macht doch einen Nähkurs für Jugendliche!")
    backdate(mastodon_server, idea, max(now - timedelta(hours=2), month_start + timedelta(minutes=2)))
    core.inbox_sync.clock = lambda: now
    run_online(core, core.inbox_sync.sync())

    rows = {r.remote_id: r for r in found(core, InboxFilter(), limit=100)}
    ids = run_online(core, core.replies.reply(rows[question].id, "Donnerstags ab 15 Uhr!"))
    ids += run_online(core, core.replies.reply(rows[idea].id, "Gute Idee, wir nehmen sie mit ins Team."))
    assert [a.state for a in run_online(core, core.outbox.drain(ids, 30))] == ["published", "published"]
    run_online(core, core.inbox.tag([rows[idea].id], "suggestion"))
    today = date.today()
    answering = run(core.insights.answering(today.replace(day=1), today))
    assert answering.total.answered == 2 and answering.total.median is not None

    out = tmp_path / "Monatsbericht.pdf"
    shown = kurzdraht_report(home, keyring_service, "--month", month, "--out", str(out))

    assert shown.returncode == 0, shown.stderr
    assert str(out) in shown.stdout and "page" in shown.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith((".pdf", ".part"))) == [out.name]
    pages = pdf_pages(out)
    assert 1 <= pages <= 2 and f"({pages} page" in shown.stdout
    text = pdf_text(out)
    assert "Lindenhof" in text and "Monthly report for" in text
    assert "Mastodon Lindenhof 2 +2" in text  # two followers now, two more than at the count before
    assert text.index("Sommerfest") < text.index("Lesecafé am Donnerstag")  # the most shared first
    from desktop.insights.report_text import Wording

    english = Wording("en")
    assert f"Half of them answered within (median) {english.duration(answering.total.median)}" in text
    assert "Macht doch einen Nähkurs für Jugendliche!" in text and "Ben" in text
    assert f"Page 1 of {pages}" in text and "Made with Kurzdraht" in text


def _remote_id(attempt_id: int) -> str:
    from desktop.store.models import PublishAttempt

    return PublishAttempt.get_by_id(attempt_id).remote_id


def test_in_german_many_suggestions_are_cut_to_fit_two_pages(
    core, credentials, mastodon_server, keyring_service, home, tmp_path
):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    people = [mastodon_server.create_user(f"person{i}", f"Person {i}") for i in range(14)]
    for i, person in enumerate(people):
        mastodon_comment(
            mastodon_server,
            person,
            f"@lindenhof Vorschlag {i}: " + "ein längerer Gedanke über das Nachbarschaftsfest und den Garten " * 5,
        )

    async def connect_and_sync():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token)
        await core.inbox_sync.sync()

    run_online(core, connect_and_sync())
    run_online(core, core.inbox.tag([r.id for r in found(core, InboxFilter(), limit=100)], "suggestion"))
    core.settings.set("language", "de")
    core.settings.save()
    month, _ = this_month()
    out = tmp_path / "bericht.pdf"

    shown = kurzdraht_report(home, keyring_service, "--month", month, "--out", str(out))

    assert shown.returncode == 0, shown.stderr
    assert "Bericht" in shown.stdout
    assert pdf_pages(out) <= 2
    text = pdf_text(out)
    from desktop.insights.report_text import Wording

    german = Wording("de")
    assert f"Monatsbericht für {german.month(date.today().replace(day=1))}" in text
    assert "Vorschläge für die Teambesprechung" in text and "Kommentare und Antworten" in text
    assert f"Erstellt mit Kurzdraht am {german.day(date.today())}" in text  # "7. Dezember 2026"
    assert "Erhaltene Kommentare 14" in text
    listed = len(re.findall(r"Vorschlag \d+:", text))
    assert 1 <= listed < 14
    assert f"und {14 - listed} weitere – siehe den Posteingang, gefiltert nach Vorschlag." in text
    assert "…" in text  # the long texts are shortened


def test_an_empty_month_says_how_the_figures_are_collected(home, keyring_service, tmp_path):
    out = tmp_path / "report.pdf"

    shown = kurzdraht_report(home, keyring_service, "--month", "2026-01", "--out", str(out))

    assert shown.returncode == 0, shown.stderr
    assert "no figures yet" in shown.stdout
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert "No figures for this month yet" in text and "January 2026" in text
    assert "kurzdraht sync" in text


def test_a_missing_folder_or_a_month_not_begun_is_refused_and_nothing_is_written(home, keyring_service, tmp_path):
    missing = tmp_path / "no such folder" / "report.pdf"
    shown = kurzdraht_report(home, keyring_service, "--out", str(missing))
    assert shown.returncode == 1
    assert f"The folder “{missing.parent}” does not exist" in shown.stderr
    assert not missing.parent.exists()

    out = tmp_path / "report.pdf"
    next_year = f"{date.today().year + 1}-01"
    shown = kurzdraht_report(home, keyring_service, "--month", next_year, "--out", str(out))
    assert shown.returncode == 1 and "has not begun yet" in shown.stderr
    shown = kurzdraht_report(home, keyring_service, "--month", "2026-13", "--out", str(out))
    assert shown.returncode == 2 and "is not a month like 2026-11" in shown.stderr
    assert [p for p in tmp_path.iterdir() if p != home] == []  # no report, no half-written file
