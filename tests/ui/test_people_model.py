from datetime import timedelta

from relnote.core import moments, people
from relnote.core.clock import utc_now
from relnote.db.database import database
from relnote.ui.models import people_model
from relnote.ui.models.people_model import PeopleModel


def test_people_model_passes_the_model_tester_while_paging(notebook, qtmodeltester, monkeypatch):
    monkeypatch.setattr(people_model, "PAGE_SIZE", 7)
    now = utc_now()
    for number in range(30):
        person = people.add_person(f"Person {number:02d}", now, organisation="Atelier" if number % 2 else "")
        if number % 3 == 0:
            moments.log_moment(now - timedelta(days=number), [person], "call", "me", "", now)
    model = PeopleModel()
    model.reload()
    assert model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 30
    qtmodeltester.check(model, force_py=True)


def test_people_model_holds_only_the_first_page_of_a_long_list(notebook):
    now = utc_now()
    rows = [(f"Person {number:05d}", now, now) for number in range(5000)]
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO person (display_name, created_at, updated_at) VALUES (?, ?, ?)", rows)
    model = PeopleModel()
    model.reload()
    assert model.total() == 5000
    assert model.rowCount() == people_model.PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 2 * people_model.PAGE_SIZE


def test_the_count_under_the_list_groups_thousands_as_the_language_does(notebook, qtbot):
    from PySide6.QtCore import QLocale

    from relnote.ui.pages.people_list_panel import PeopleListPanel

    now = utc_now()
    with database.atomic():
        database.cursor().executemany("INSERT INTO person (display_name, created_at, updated_at) VALUES (?, ?, ?)",
                                      [(f"Person {number:05d}", now, now) for number in range(1234)])
    panel = PeopleListPanel()
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.count_label.text() == "1,234 people"
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        panel.reload()
        assert panel.count_label.text().replace("\u202f", " ").replace("\u00a0", " ").startswith("1 234 ")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
