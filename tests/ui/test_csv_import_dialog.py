"""The CSV import dialog as a person uses it: a file with one bad row shows that row in red with its
reason and Import stays off; once the file is corrected and checked again, Import schedules the posts;
a long import shows its progress and Cancel stops it, leaving none of its posts."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from conftest import make_png, require_keyring, run_in_loop
from desktop.store.models import Account, CsvImport, Organisation, Post
from ui.calendar.import_dialog import CsvImportDialog, ImportRowModel
from ui.jobs import JobRunner

NEXT_YEAR = datetime.now().year + 1


def write_plan(path: Path, second_account: str) -> Path:
    rows = [
        "Datum;Uhrzeit;Konten;Text;Bild;Alternativtext",
        f"15.06.{NEXT_YEAR};09:30;Lindenhof;Sommerfest im Hof 🌻;fest.png;Der Hof mit Lampions",
        f"02.11.{NEXT_YEAR};18:00;{second_account};Laternenumzug am Martinstag;;",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
    return path


def connect(core, server):
    async def go():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        token = server.create_user("lindenhof", "Lindenhof")
        return await core.connections.connect_mastodon_token(organisation, server.url, token)

    return go()


def test_a_bad_row_keeps_import_off_until_the_file_is_fixed(
    qtbot, loop, core, credentials, mastodon_server, tmp_path, monkeypatch
):
    require_keyring(credentials)
    run_in_loop(qtbot, connect(core, mastodon_server), timeout=20_000)
    make_png(tmp_path / "fest.png")
    plan = write_plan(tmp_path / "plan.csv", "Lindenhof-Blog")
    dialog = CsvImportDialog(core, JobRunner(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()

    # Choosing the file through the file dialog checks it in the background.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(plan), ""))
    dialog.choose_file()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)

    model = dialog.model
    assert model.rowCount() == 2
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["2", "3"]
    assert model.index(1, 2).data() == "Lindenhof-Blog"
    reason = model.index(1, ImportRowModel.PROBLEM).data()
    assert reason == "There is no account called “Lindenhof-Blog”."
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, ImportRowModel.PROBLEM).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, ImportRowModel.PROBLEM).data() == ""
    # (The English plural, "1 row has", comes from the catalogue like every plural; the count and the
    # sentence are the dialog's.)
    summary = dialog.summary.text()
    assert summary.startswith("1 row") and "nothing will be imported until they are fixed" in summary
    assert not dialog.import_button.isEnabled()

    # Corrected in Excel, checked again: everything is fine.
    write_plan(plan, "Lindenhof")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.summary.text().startswith("2 post") and dialog.summary.text().endswith("ready to schedule.")
    assert model.index(1, ImportRowModel.PROBLEM).data() == ""

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    posts = run_in_loop(qtbot, core.calendar.between(None, None))
    assert [p.post_id for p in posts] == imported.args[0] == dialog.post_ids
    assert [(p.publish_at, p.text, p.state) for p in posts] == [
        (datetime(NEXT_YEAR, 6, 15, 7, 30, tzinfo=timezone.utc), "Sommerfest im Hof 🌻", "scheduled"),
        (datetime(NEXT_YEAR, 11, 2, 17, 0, tzinfo=timezone.utc), "Laternenumzug am Martinstag", "scheduled"),
    ]
    first = run_in_loop(qtbot, core.drafts.load(posts[0].post_id)).content
    assert [a.alt_text for a in first.attachments] == ["Der Hof mit Lampions"]
    run_in_loop(qtbot, core.close_http())


def test_a_file_that_is_not_a_schedule_says_so(qtbot, loop, core, tmp_path):
    notes = tmp_path / "notizen.csv"
    notes.write_text("Name;Telefon\nAnna;0123\n", encoding="utf-8")
    dialog = CsvImportDialog(core, JobRunner(), None)
    qtbot.addWidget(dialog)

    dialog.load(notes)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)

    assert "must name the columns date, time, accounts and text" in dialog.summary.text()
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    dialog.load(tmp_path / "missing.csv")
    qtbot.waitUntil(lambda: "cannot be read" in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled() and dialog.check_button.isEnabled()


def test_a_running_import_shows_its_progress_and_cancel_takes_its_posts_away(qtbot, loop, core, tmp_path):
    def seed() -> None:
        organisation = Organisation.create(name="Lindenhof")
        Account.create(
            organisation=organisation,
            network="mastodon",
            display_name="Lindenhof",
            handle="@lindenhof@social.example",
            status="connected",
            credential_ref="lindenhof-test",
        )

    core.store.call(seed)
    rows = ["date;time;accounts;text"] + [
        f"{NEXT_YEAR}-03-01;{n // 60:02d}:{n % 60:02d};Lindenhof;Beitrag {n}" for n in range(1_400)
    ]
    plan = tmp_path / "plan.csv"
    plan.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    dialog = CsvImportDialog(core, JobRunner(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(plan)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    assert dialog.progress.isVisible() and dialog.progress.maximum() == 1_400
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.isEnabled() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "stopped" in dialog.summary.text(), timeout=20_000)
    assert dialog.summary.text() == "The import was stopped; none of its posts were scheduled."
    assert dialog.isVisible() and not dialog.progress.isVisible() and dialog.post_ids == []
    assert dialog.import_button.isEnabled()  # the file is still fine: it can be imported after all
    assert run_in_loop(qtbot, core.calendar.between(None, None)) == []
    assert core.store.call(lambda: (Post.select().count(), CsvImport.select().count())) == (0, 0)
