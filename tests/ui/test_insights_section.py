"""The Insights section as a person uses it: Ctrl+5 opens it on the sample workspace's figures; the
period buttons change what the chart and the tables show; the follower lines group per organisation;
the posts are best first and sort by any figure; the answering page names the suggestions; a new
workspace says what to do first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from conftest import run_in_loop
from ui.inbox.model import CommentRole
from ui.insights.tables import ROW_ROLE


def open_insights(session, qtbot):
    window = session.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_section().key == "insights")
    insights = window.sections["insights"]
    qtbot.waitUntil(lambda: insights.overview is not None and insights.answering is not None)
    return insights


def test_the_sample_workspace_shows_followers_posts_and_answering(start_gui, qtbot):
    session = start_gui(demo=True)
    insights = open_insights(session, qtbot)
    assert insights.stack.currentWidget() is insights.tabs

    followers = insights.followers_page
    accounts_with_followers = 6  # the blog has none
    qtbot.waitUntil(lambda: len(followers.chart.series_names()) == accounts_with_followers)
    assert followers.model.rowCount() == accounts_with_followers
    month = insights.overview
    assert (month.end - month.start).days == 29

    qtbot.mouseClick(insights.findChild(type(insights.report_button), "period_year"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: insights.overview is not month and insights.overview.start == date.today() - timedelta(days=364)
    )
    year = insights.overview
    assert len(year.posts) > len(month.posts)
    # Over a year the followers grew: each account's change is positive.
    assert all(series.change and series.change > 0 for series in year.followers)

    followers.grouping.setCurrentIndex(followers.grouping.findData("organisation"))
    assert sorted(followers.chart.series_names()) == ["Jugendclub Funkenflug", "Nachbarschaftszentrum Lindenhof"]

    insights.tabs.setCurrentWidget(insights.posts_page)
    table = insights.posts_page.table
    shares = [table.model().index(row, 3).data(ROW_ROLE).shares for row in range(table.model().rowCount())]
    known = [count for count in shares if count is not None]
    # Most shares first; posts on a network that does not count shares (Instagram) come last.
    assert shares == known + [None] * (len(shares) - len(known)) and known == sorted(known, reverse=True)
    assert known[0] > 0
    assert insights.posts_page.reach.text()  # the first post is selected and its reach explained
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # likes: the core sorts all of them

    def likes() -> list[int]:
        return [table.model().index(row, 5).data(ROW_ROLE).likes for row in range(table.model().rowCount())]

    qtbot.waitUntil(lambda: likes() == sorted(likes(), reverse=True) and len(likes()) == len(shares))

    insights.tabs.setCurrentWidget(insights.answering_page)
    answering = insights.answering_page
    assert "answered" in answering.summary.text()
    suggestions = [answering.suggestions.item(i).text() for i in range(answering.suggestions.count())]
    assert any("Kochabend" in text for text in suggestions)


def test_a_new_workspace_says_what_to_do_first(start_gui, qtbot):
    session = start_gui()
    insights = open_insights(session, qtbot)
    assert insights.stack.currentWidget() is insights.empty
    qtbot.mouseClick(insights.empty.button, Qt.MouseButton.LeftButton)
    assert session.window.current_section().key == "accounts"


def test_the_period_chosen_is_shown_again_next_time(start_gui, qtbot):
    session = start_gui()
    insights = open_insights(session, qtbot)
    qtbot.mouseClick(insights.findChild(type(insights.report_button), "period_week"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: insights.overview.start == date.today() - timedelta(days=6))
    session.window.close()  # saves the window's layout and settings, as quitting does
    session.close()

    again = start_gui()
    insights = again.window.sections["insights"]
    qtbot.waitUntil(lambda: insights.overview is not None)
    assert insights.period == "week" and insights.overview.start == date.today() - timedelta(days=6)


def test_the_monthly_report_is_saved_where_the_user_chose(start_gui, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    session = start_gui(demo=True)
    insights = open_insights(session, qtbot)
    chosen = tmp_path / "Bericht.pdf"
    offered = []

    def save_dialog(parent, caption, suggested, filters):
        offered.append(suggested)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(insights.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bericht.pdf" in session.window.statusBar().currentMessage(), timeout=10_000)
    last_month = (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    assert offered[0].endswith(f"{last_month}.pdf")  # the last complete month, offered by name
    assert chosen.read_bytes().startswith(b"%PDF")


def test_posts_are_read_page_by_page_while_scrolling(start_gui, qtbot, monkeypatch):
    import ui.insights.pages
    import ui.insights.view

    for module in (ui.insights.pages, ui.insights.view):
        monkeypatch.setattr(module, "POST_PAGE", 10)
    session = start_gui(demo=True)
    insights = open_insights(session, qtbot)
    insights.choose_period("year")
    qtbot.waitUntil(lambda: insights.overview.start == date.today() - timedelta(days=364))
    insights.tabs.setCurrentWidget(insights.posts_page)
    model, table = insights.posts_page.model, insights.posts_page.table
    total = insights.overview.posts_total
    assert total > 20 and model.rowCount() == 10
    while model.rowCount() < total:
        count = model.rowCount()
        table.scrollToBottom()
        qtbot.waitUntil(lambda count=count: model.rowCount() > count)
    assert len({row.attempt_id for row in model.rows}) == total  # each post once
    assert "posts in this period" in insights.posts_page.count.text()


def test_a_comment_tagged_in_the_inbox_shows_when_coming_back(start_gui, qtbot):
    session = start_gui(demo=True)
    insights = open_insights(session, qtbot)
    before = len(insights.answering.suggestions)
    window = session.window
    window.show_section("inbox")
    inbox = window.sections["inbox"]
    rows = [inbox.model.index(i, 0).data(CommentRole) for i in range(inbox.model.rowCount())]
    sam = next(row for row in rows if row is not None and row.author_name == "Sam")  # a question, not yet a suggestion
    run_in_loop(qtbot, session.core.inbox.tag([sam.id], "suggestion"))
    window.show_section("insights")
    qtbot.waitUntil(lambda: len(insights.answering.suggestions) == before + 1)
