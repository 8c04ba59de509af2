"""Scrolling a long timeline holds a bounded window of pages: older pages come in at the bottom, the
ones far above are let go and read again on the way back up, without the rows on screen moving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from relnote.core.settings_store import GROUP_BY_DAY
from relnote.ui.models.timeline_model import EVENT_ROLE, IS_HEADER_ROLE, TimelineModel
from relnote.ui.pages.timeline_page import TimelinePage
from tests.ui.test_timeline_page import PARIS, three_weeks  # noqa: F401 — the fixture

PAGE, WINDOW = 5, 3


def key(index):
    return ("header", index.data()) if index.data(IS_HEADER_ROLE) else index.data(EVENT_ROLE).cursor


def keys(model):
    return [key(model.index(row, 0)) for row in range(model.rowCount())]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr("relnote.ui.models.timeline_model.PAGE_SIZE", PAGE)
    monkeypatch.setattr("relnote.ui.models.timeline_model.WINDOW_PAGES", WINDOW)


def whole_stream() -> list:
    """Every row, read with nothing let go."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("relnote.ui.models.timeline_model.WINDOW_PAGES", 10**6)
        model = TimelineModel(grouping=GROUP_BY_DAY, tz=PARIS)
        model.reload()
        while model.canFetchMore():
            model.fetchMore()
        return keys(model)


def assert_a_slice_of(window: list, stream: list) -> int:
    start = stream.index(window[0])
    assert window == stream[start:start + len(window)]
    return start


def test_the_window_slides_down_to_the_end_and_back_up_to_the_newest(three_weeks, small_pages, qtmodeltester):
    stream = whole_stream()  # 44 events and their day headers, read with everything kept
    model = TimelineModel(grouping=GROUP_BY_DAY, tz=PARIS)
    model.reload()
    qtmodeltester.check(model, force_py=True)  # and it watches every change that follows
    most_rows = 0
    while model.canFetchMore():
        model.fetchMore()
        assert_a_slice_of(keys(model), stream)
        most_rows = max(most_rows, model.rowCount())
    assert keys(model)[-1] == stream[-1]
    assert model.loaded_events() <= PAGE * WINDOW and model.read_events() == 44
    assert most_rows < len(stream) / 2
    assert model.can_fetch_newer()

    while model.can_fetch_newer():
        model.fetch_newer()
        assert_a_slice_of(keys(model), stream)
    assert keys(model) == stream[:model.rowCount()]  # the same headers as the first time
    assert model.canFetchMore()  # and the older pages can be read again


def test_scrolling_the_page_keeps_the_rows_on_screen_in_place(three_weeks, small_pages, qtbot):
    page = TimelinePage(tz=PARIS)
    qtbot.addWidget(page)
    page.resize(700, 400)
    page.show()
    qtbot.waitExposed(page)
    view, model = page.view, page.model
    bar = view.verticalScrollBar()

    def top_row():
        return key(view.indexAt(QPoint(20, 4)))

    while model.canFetchMore():
        bar.setValue(bar.maximum() - view.viewport().height())  # reading near the bottom
        qtbot.wait(1)
        before = top_row()
        model.fetchMore()  # as the view does when the bottom is reached; a page above may go
        qtbot.wait(1)
        assert top_row() == before
    assert model.rowCount() < len(whole_stream())

    for _ in range(40):  # the user scrolls back to the top
        bar.setValue(0)
        qtbot.wait(1)
        if not model.can_fetch_newer() and bar.value() == 0:
            break
    assert not model.can_fetch_newer()
    assert top_row() == ("header", "Sunday, 21 January 2024")


def test_a_long_moment_wraps_taller_in_a_narrower_window(notebook, qtbot):
    from datetime import datetime

    from relnote.core import moments, people

    anne = people.add_person("Anne Morel", datetime(2024, 1, 1))
    moments.log_moment(datetime(2024, 1, 2, 9), [anne], "coffee", "me", "A long talk about " + "light and framing, " * 12,
                       datetime(2024, 1, 2, 9))
    page = TimelinePage(tz=PARIS)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    event = next(page.model.index(row, 0) for row in range(page.model.rowCount())
                 if not page.model.index(row, 0).data(IS_HEADER_ROLE))
    wide = page.view.visualRect(event).height()
    page.resize(520, 600)
    qtbot.waitUntil(lambda: page.view.visualRect(event).height() > wide, timeout=3000)
    page.resize(1200, 600)
    qtbot.waitUntil(lambda: page.view.visualRect(event).height() == wide, timeout=3000)
