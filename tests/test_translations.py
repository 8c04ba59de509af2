"""French is complete, faithful to its sources, up to date with the code, and reaches the real widgets."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from datetime import datetime
from pathlib import Path

import pytest
import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
FRENCH = TRANSLATIONS / "relnote_fr.ts"
ENGLISH = TRANSLATIONS / "relnote_en.ts"
SOURCES = sorted([*(ROOT / "relnote" / "ui").rglob("*.py"), *(ROOT / "relnote" / "commands").rglob("*.py"),
                  ROOT / "relnote" / "cli.py"])  # the window's words and the terminal's
QT_TOOLS = Path(PySide6.__file__).resolve().parent

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
FORBIDDEN = re.compile(r"prospect|\blead|cibl|target", re.IGNORECASE)
# French spacing uses U+00A0 throughout: before : ; ? ! » and after «.
ORDINARY_SPACE_BEFORE_SIGN = re.compile(r"[ \u202f][:;?!»]|«[ \u202f]")
MISSING_SPACE_BEFORE_SIGN = re.compile(r"[\w)»…%][?!;»]|[\w)»…%]:(?=\s|$)|«\S")


def messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    tree = ElementTree.parse(path)
    return [(context.find("name").text, message) for context in tree.iter("context")
            for message in context.iter("message")]


def forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def french() -> list[tuple[str, str, list[str], ElementTree.Element]]:
    return [(context, message.find("source").text, forms(message), message) for context, message in messages(FRENCH)]


def keys(path: Path) -> set[tuple[str, str]]:
    return {(context, message.find("source").text) for context, message in messages(path)}


def test_every_french_message_is_translated_and_finished():
    problems = []
    for context, source, texts, message in french():
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {message.find('translation').get('type')}")
        expected = 2 if message.get("numerus") == "yes" else 1
        if len(texts) != expected or not all(text.strip() for text in texts):
            problems.append(f"{context}: {source!r} needs {expected} non-empty form(s), has {texts!r}")
    assert len(french()) > 400
    assert not problems, "\n".join(problems)


SPELLED_ONE = re.compile(r"(\b|’)une?\b")


def test_translations_keep_placeholders_accelerators_tags_and_lines():
    problems = []
    for context, source, texts, message in french():
        for position, text in enumerate(texts):
            for what, pattern in (("placeholders", PLACEHOLDER), ("& accelerators", ACCELERATOR),
                                  ("HTML tags", HTML_TAG)):
                wanted, found = sorted(pattern.findall(source)), sorted(pattern.findall(text))
                spelled_one = position == 0 and "%n" not in text and SPELLED_ONE.search(text)
                if message.get("numerus") == "yes" and spelled_one:
                    wanted = [mark for mark in wanted if mark != "%n"]  # French's singular: "plus d’un an"
                if what == "HTML tags":
                    wanted, found = [tag.split()[0] for tag in wanted], [tag.split()[0] for tag in found]
                if wanted != found:
                    problems.append(f"{context}: {source!r} → {text!r}: {what} {wanted} became {found}")
            if source.count("\n") != text.count("\n"):
                problems.append(f"{context}: {source!r} → {text!r}: line breaks differ")
            if "…" in source and "…" not in text or "..." in text:
                problems.append(f"{context}: {source!r} → {text!r}: keep the single ellipsis character")
    assert not problems, "\n".join(problems)


def test_french_never_speaks_of_prospects_leads_or_targets():
    found = [f"{context}: {text!r}" for context, _, texts, _ in french() for text in texts if FORBIDDEN.search(text)]
    assert not found, "\n".join(found)


def test_english_never_speaks_of_prospects_leads_or_targets():
    found = [f"{context}: {message.findtext('source')!r}" for context, message in messages(FRENCH)
             if FORBIDDEN.search(message.findtext("source") or "")]
    assert found == []


def test_french_typography_uses_no_break_spaces():
    problems = []
    for context, source, texts, _ in french():
        for text in texts:
            if ORDINARY_SPACE_BEFORE_SIGN.search(text) or MISSING_SPACE_BEFORE_SIGN.search(
                    text.replace(";;", "").replace("(*)", "")):
                problems.append(f"{context}: {text!r}")
    assert not problems, "French wants U+00A0 before : ; ? ! » and after «:\n" + "\n".join(problems)


def test_english_plurals_are_filled_for_every_plural_message():
    plural = [(context, message) for context, message in messages(ENGLISH) if message.get("numerus") == "yes"]
    assert plural
    for context, message in plural:
        texts = forms(message)
        assert len(texts) == 2 and all(texts), f"{context}: {message.find('source').text!r}"
        assert "(s)" not in "".join(texts)


def lupdate_keys(tmp_path: Path, *options: str) -> set[tuple[str, str]]:
    target = tmp_path / "extracted.ts"
    sources = [str(path) for path in SOURCES]
    subprocess.run([str(QT_TOOLS / "lupdate"), "-silent", "-locations", "none", *options, *sources,
                    "-ts", str(target)], check=True, timeout=300)
    return keys(target)


def test_every_string_lupdate_finds_in_the_window_is_in_the_translations(tmp_path):
    extracted = lupdate_keys(tmp_path)
    assert len(extracted) > 400
    # English keeps only the plural messages: its other strings are the sources themselves.
    english_plurals = lupdate_keys(tmp_path, "-pluralonly")
    for path, wanted in ((FRENCH, extracted), (ENGLISH, english_plurals)):
        missing = sorted(wanted - keys(path))
        assert not missing, (f"{path.name} lacks strings the window shows; run "
                             f"`python packaging/translations.py update` and translate them:\n"
                             + "\n".join(f"{context}: {source!r}" for context, source in missing))


def translate_calls() -> set[tuple[str, str]]:
    """(context, text) of every `translate("Context", "text", …)` call, and of every literal passed to a helper
    like `def _t(text): return QCoreApplication.translate("Labels", text)` (defined in the module or imported
    from another), which lupdate alone cannot see."""
    trees = {".".join(path.relative_to(ROOT).with_suffix("").parts): ast.parse(path.read_text(encoding="utf-8"))
             for path in SOURCES}
    defined = {name: own_helpers(tree) for name, tree in trees.items()}
    found = set()
    for tree in trees.values():
        helpers = dict(own_helpers(tree))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in defined:
                helpers.update({alias.asname or alias.name: defined[node.module][alias.name]
                                for alias in node.names if alias.name in defined[node.module]})
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant)):
                continue
            if isinstance(call.func, ast.Name) and call.func.id in helpers and isinstance(call.args[0].value, str):
                found.add((helpers[call.func.id], call.args[0].value))
            elif (isinstance(call.func, ast.Attribute) and call.func.attr == "translate" and len(call.args) >= 2
                  and isinstance(call.args[1], ast.Constant) and isinstance(call.args[1].value, str)):
                found.add((call.args[0].value, call.args[1].value))
    return found


def own_helpers(tree: ast.Module) -> dict[str, str]:
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and len(call.args) >= 2
                        and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                        and call.args[1].id == node.args.args[0].arg):
                    helpers[node.name] = call.args[0].value
    return helpers


def test_strings_passed_to_translate_and_its_helpers_are_translated_too():
    calls = translate_calls()
    assert {("Labels", "Potential client"), ("Formatting", "%n day(s) ago"), ("Terminal", "Follow-ups due")} <= calls
    missing = sorted(calls - keys(FRENCH))
    assert not missing, "\n".join(f"{context}: {source!r}" for context, source in missing)


def test_every_count_is_a_plural_message_in_both_languages():
    for path in (FRENCH, ENGLISH):
        singular = [f"{context}: {message.find('source').text!r}" for context, message in messages(path)
                    if "%n" in message.find("source").text and message.get("numerus") != "yes"]
        assert not singular, f"{path.name}: these counts lost their plural forms:\n" + "\n".join(singular)
    english = keys(ENGLISH)
    counted = {(context, message.find("source").text) for context, message in messages(FRENCH)
               if message.get("numerus") == "yes"}
    assert counted <= english, sorted(counted - english)


@pytest.fixture
def french_window(qtbot, notebook, french):
    """The real main window with the compiled French translation installed, as a French user starts it."""
    from relnote.app import open_settings
    from relnote.ui.main_window import MainWindow

    window = MainWindow(open_settings(notebook))
    qtbot.addWidget(window)
    return window


def test_the_window_speaks_french_with_its_plurals(french_window):
    from relnote.core import people

    window = french_window
    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert sidebar == ["Aujourd’hui", "Personnes", "Fil du temps", "Journal"]
    assert [action.text() for action in window.menuBar().actions()] == ["&Carnet", "&Aller", "Ai&de"]
    panel = window.people_page.list_panel
    assert panel.search.placeholderText() == "Chercher par nom, organisation, e-mail ou étiquette"
    stages = [panel.stage_filter.itemText(row) for row in range(panel.stage_filter.count())]
    assert stages[0] == "Toutes les étapes" and "Client potentiel" in stages

    now = datetime(2025, 3, 14, 9, 30)
    people.add_person("Claire Martin", now, where_we_met="le petit-déjeuner du coworking")
    panel.reload()
    assert panel.count_label.text() == "1 personne"
    people.add_person("Malik Benali", now)
    people.add_person("Sophie Laurent", now)
    panel.reload()
    assert panel.count_label.text() == "3 personnes"


def test_counts_outside_widgets_take_french_plurals(french_window):
    from relnote.ui.formatting import relative_day

    now = datetime(2025, 3, 14, 12, 0)
    assert relative_day(datetime(2025, 3, 11, 12, 0), now) == "il y a 3 jours"
    assert relative_day(datetime(2025, 3, 13, 12, 0), now) == "hier"


def test_long_pasts_take_french_months_and_years(french_window):
    from relnote.ui.formatting import how_long_ago

    assert [how_long_ago(days) for days in (45, 70, 370, 500, 799)] == [
        "il y a 45 jours", "il y a 2 mois", "il y a 1 an", "il y a plus d’un an", "il y a plus de 2 ans"]


def test_contact_labels_are_shown_in_french_and_kept_in_english(french_window):
    """"travail" on screen, "work" in the notebook: exports and an English window understand it."""
    from relnote.core import people
    from relnote.core.people import ContactEntry

    now = datetime(2025, 3, 14, 9, 30)
    claire = people.add_person("Claire Martin", now)
    people.set_contact_points(claire, "email", [ContactEntry("Work", "claire@atelier.fr"),  # from Google
                                                ContactEntry("travail", "c.martin@atelier.fr"),  # typed before
                                                ContactEntry("Facturation", "compta@atelier.fr")], now)
    french_window.people_page.show_person(claire)
    emails = french_window.people_page.person_panel.profile.emails
    assert [row.label_combo.currentText() for row in emails._rows] == ["travail", "travail", "Facturation"]
    assert [entry.label for entry in emails.entries()] == ["work", "work", "Facturation"]


def test_french_lists_names_with_et_and_agrees_with_how_many(french_window, monkeypatch):
    from relnote.core import moments, people
    from relnote.ui import moment_editing

    now = datetime(2025, 3, 14, 9, 30)
    anne, bruno = people.add_person("Anne", now), people.add_person("Bruno", now)
    together = moments.log_moment(now, [anne, bruno], "coffee", "both", "Café", now)
    alone = moments.log_moment(now, [anne], "call", "me", "Appel", now)
    asked = []
    monkeypatch.setattr(moment_editing, "confirm_deletion", lambda *args: asked.append(args[3]) or False)
    moment_editing.delete_moment(french_window, together)
    moment_editing.delete_moment(french_window, alone)
    assert asked[0].endswith("avec Anne et Bruno. Il quittera leurs histoires pour de bon.")
    assert asked[1].endswith("avec Anne. Il quittera son histoire pour de bon.")


def test_a_french_export_is_named_in_french(french_window, qtbot, tmp_path):
    from relnote.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(french_window, folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text() == str(tmp_path / "relnote-personnes.csv")
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("follow-ups"))
    assert dialog.path_edit.text() == str(tmp_path / "relnote-relances.csv")


def test_backup_sizes_take_the_french_decimal_comma(french_window):
    from relnote.ui.widgets.backups_panel import size_words

    assert size_words(int(2.2 * 1024 * 1024)) == "2,2\u00a0Mo"
