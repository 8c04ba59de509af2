"""Each kind of file people bring, imported as they would expect."""

from __future__ import annotations

from datetime import date

import pytest

from relnote.core.importing import import_file, inspect_file
from tests.import_export_support import FIXTURES, NOW, labelled, profiles, values


def test_google_current_layout(notebook):
    source = inspect_file(FIXTURES / "google_contacts.csv")
    assert (source.format, source.encoding, source.delimiter) == ("google", "utf-8-sig", ",")

    summary = import_file(FIXTURES / "google_contacts.csv", NOW)

    assert summary.added == 3
    people = profiles()
    claire = people["Claire Martin"]
    assert (claire.organisation, claire.role, claire.city) == ("Atelier Lumière", "Photographe", "Paris")
    assert labelled(claire.emails) == [("Work", "claire@atelier-lumiere.fr"), ("Home", "claire.martin@gmail.com")]
    assert values(claire.phones) == ["+33 6 12 34 56 78", "+33 6 98 76 54 32"]
    assert values(claire.links) == ["https://atelier-lumiere.fr"]
    assert claire.tags == ["Clients"]  # "* myContacts" and "* starred" are Google's own labels
    assert claire.notes.startswith("Met at the coworking breakfast, loves film cameras")
    assert "Birthday: 1985-03-12" in claire.notes
    assert "12 rue des Arts\n75011 Paris\nFrance" in claire.notes
    assert "Birthday: --07-21" in people["Karim Benali"].notes
    assert people["Karim Benali"].tags == ["Coworking"]
    assert people["Hélène Marie Dubois"].notes == "Coach, loves hiking"


def test_google_older_layout(notebook):
    assert inspect_file(FIXTURES / "google_contacts_older.csv").format == "google"

    import_file(FIXTURES / "google_contacts_older.csv", NOW)

    sofia = profiles()["Sofia Moreau"]
    assert (sofia.organisation, sofia.role, sofia.city) == ("Moreau Conseil", "Formatrice", "Lyon")
    assert labelled(sofia.emails) == [("Work", "sofia@moreau-conseil.fr"), ("Other", "sofia.moreau@free.fr")]
    assert sofia.tags == ["Trainers", "Workshops"]
    assert sofia.notes.startswith("Runs workshops on pricing.\nPrefers calls after 10am.")
    assert profiles()["Jean-Baptiste Roux"].organisation == "Boulangerie Roux"


def test_outlook_com_with_month_first_dates(notebook):
    assert inspect_file(FIXTURES / "outlook_com.csv").format == "outlook"

    import_file(FIXTURES / "outlook_com.csv", NOW)

    thomas = profiles()["Thomas Girard"]
    assert values(thomas.emails) == ["thomas.girard@outlook.com", "t.girard@girard-archi.fr"]
    assert labelled(thomas.phones) == [("work", "+33 1 42 00 11 22"), ("mobile", "+33 6 20 30 40 50")]
    assert (thomas.organisation, thomas.role, thomas.city) == ("Girard Architecture", "Architecte", "Nantes")
    assert "Birthday: 1982-03-14" in thomas.notes
    assert "Mr." not in thomas.notes  # Outlook's Title is a courtesy title, not a job
    assert profiles()["Amélie Laurent"].city == "Bordeaux"


def test_outlook_desktop_in_french(notebook):
    source = inspect_file(FIXTURES / "outlook_desktop_fr.csv")
    assert (source.format, source.encoding, source.delimiter) == ("outlook", "cp1252", ";")

    import_file(FIXTURES / "outlook_desktop_fr.csv", NOW)

    elodie = profiles()["Élodie Perrin"]
    assert (elodie.organisation, elodie.role, elodie.city) == ("Perrin & Associés", "Avocate", "Nantes")
    assert labelled(elodie.phones) == [("bureau", "02 40 00 00 00"), ("mobile", "06 01 02 03 04")]
    assert values(elodie.emails) == ["elodie.perrin@perrin-avocats.fr"]
    assert elodie.tags == ["Clients", "Réseau"]
    assert "Anniversaire: 1975-06-21" in elodie.notes
    assert "Recommandé par: Thomas Girard" in elodie.notes
    assert "Normale" not in elodie.notes and "Féminin" not in elodie.notes
    francois = profiles()["François Lefèvre"]
    assert "0/0/00" not in francois.notes and "Anniversaire" not in francois.notes


def test_linkedin_connections_with_preamble(notebook):
    source = inspect_file(FIXTURES / "linkedin_connections.csv")
    assert (source.format, source.header_line) == ("linkedin", 4)

    summary = import_file(FIXTURES / "linkedin_connections.csv", NOW)

    assert summary.added == 3
    nadia = profiles()["Nadia Chevalier"]
    assert nadia.met_on == date(2025, 12, 7)
    assert nadia.where_we_met == "LinkedIn"
    assert labelled(nadia.links) == [("LinkedIn", "https://www.linkedin.com/in/nadia-chevalier")]
    assert nadia.emails == []
    assert profiles()["Marc Olivier"].organisation == "Olivier, Fils & Cie"
    assert profiles()["Inès Haddad"].met_on == date(2019, 9, 1)


def test_linkedin_without_preamble_or_url(notebook):
    import_file(FIXTURES / "linkedin_no_preamble.csv", NOW)

    people = profiles()
    assert people["Paul Mercier"].met_on == date(2023, 3, 15)
    assert people["Paul Mercier"].links == []
    assert values(people["Julie Bernard"].emails) == ["julie.bernard@proton.me"]


def test_french_excel_semicolons_with_commas_in_notes(notebook):
    source = inspect_file(FIXTURES / "excel_fr.csv")
    assert (source.format, source.encoding, source.delimiter) == ("spreadsheet", "cp1252", ";")

    summary = import_file(FIXTURES / "excel_fr.csv", NOW)

    assert summary.added == 3  # the empty ";;;" row is not a person
    helene = profiles()["Hélène Garnier"]
    assert helene.notes == "Rencontrée au salon du mariage, très sympa, à relancer en janvier"
    assert helene.met_on == date(2025, 12, 7)
    assert helene.tags == ["mariages", "traiteur"]
    assert (helene.organisation, helene.role, helene.city) == ("Garnier Traiteur", "Gérante", "Rennes")
    assert profiles()["Lucas Petit"].met_on == date(2024, 2, 3)  # 3/2/2024, day first
    assert profiles()["Chloé Faure"].met_on is None


def test_utf16_tab_separated(notebook):
    source = inspect_file(FIXTURES / "utf16_unicode_text.txt")
    assert (source.encoding, source.delimiter) == ("utf-16", "\t")

    import_file(FIXTURES / "utf16_unicode_text.txt", NOW)

    people = profiles()
    assert set(people) == {"Yūki Tanaka", "Zoë Łukasiewicz", "Мария Иванова"}
    assert people["Zoë Łukasiewicz"].tags == ["events", "photo"]
    assert people["Yūki Tanaka"].organisation == "Tanaka Design"


def test_apple_vcard_with_labels_folded_lines_and_a_group(notebook):
    summary = import_file(FIXTURES / "apple_contacts.vcf", NOW)

    assert (summary.added, summary.not_people) == (2, 1)  # the "Photographers" group is no person
    camille = profiles()["Camille Rousseau"]
    assert (camille.organisation, camille.role, camille.city) == ("Rousseau Événements", "Cheffe de projet", "Lyon")
    assert labelled(camille.phones) == [("mobile", "+33 6 33 44 55 66"), ("Studio", "+33 1 44 55 66 77")]
    assert labelled(camille.emails) == [("work", "camille@rousseau-evenements.fr"),
                                        ("home", "camille.rousseau@icloud.com")]
    assert labelled(camille.links) == [("homepage", "https://rousseau-evenements.fr")]
    assert camille.tags == ["Events", "Lyon"]
    assert camille.notes.startswith(
        "Met at the Lyon wedding fair, stand 42.\nWants photos of the spring gala; budget to confirmed in March.")
    assert "Birthday: --05-09" in camille.notes  # Apple's 1604 means "no year"
    assert "Birthday: 1990-01-15" in profiles()["Bao Nguyen"].notes


@pytest.mark.parametrize("name", ["google_contacts.csv", "excel_fr.csv", "apple_contacts.vcf"])
def test_importing_the_same_file_twice_adds_nobody(notebook, name):
    first = import_file(FIXTURES / name, NOW)
    again = import_file(FIXTURES / name, NOW)

    assert again.added == 0
    assert again.merged == first.added
    assert len(profiles()) == first.added


def test_a_shop_with_no_one_named_comes_in_under_its_organisation(notebook, tmp_path):
    google = tmp_path / "contacts.csv"
    google.write_text("First Name,Last Name,Organization Name,E-mail 1 - Value\n"
                      ",,Boulangerie L'Épi d'Or,contact@epidor.fr\n"
                      "Claire,Martin,Atelier Lumière,claire@atelier-lumiere.fr\n", encoding="utf-8")
    vcard = tmp_path / "shop.vcf"
    vcard.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nORG:Imprimerie Nantaise\r\n"
                     "TEL:02 40 00 00 00\r\nEND:VCARD\r\n", encoding="utf-8")

    assert import_file(google, NOW).added == 2
    assert import_file(vcard, NOW).added == 1
    shop = profiles()["Boulangerie L'Épi d'Or"]
    assert shop.organisation == "Boulangerie L'Épi d'Or" and values(shop.emails) == ["contact@epidor.fr"]
    assert profiles()["Imprimerie Nantaise"].organisation == "Imprimerie Nantaise"
