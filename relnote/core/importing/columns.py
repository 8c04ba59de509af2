"""Columns recognised by their header, never by their position, in English and French."""

from __future__ import annotations

import re
import unicodedata

from relnote.core.exporting.columns import person_column_target, relnote_kind
from relnote.core.importing import targets as t
from relnote.core.importing.targets import ColumnTarget


def normalise_header(header: str) -> str:
    """'Tél. mobile' → 'telmobile', 'E-mail 2 - Value' → 'email2value'."""
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _aliases(target: str, *names: str, label: str = "") -> dict[str, ColumnTarget]:
    return {name: ColumnTarget(target, label=label) for name in names}


COMMON = {
    **_aliases(t.DISPLAY_NAME, "name", "fullname", "displayname", "nomcomplet", "contact"),
    **_aliases(t.FIRST_NAME, "firstname", "givenname", "prenom", "forename"),
    **_aliases(t.MIDDLE_NAME, "middlename", "additionalname", "deuxiemeprenom", "autresprenoms"),
    **_aliases(t.LAST_NAME, "lastname", "familyname", "surname", "nom", "nomdefamille"),
    **_aliases(t.NICKNAME, "nickname", "surnom"),
    **_aliases(t.ORGANISATION, "organisation", "organization", "organizationname", "organization1name",
               "company", "companyname", "employer", "societe", "entreprise", "organisme"),
    **_aliases(t.ROLE, "role", "jobtitle", "position", "title", "organizationtitle", "organization1title",
               "fonction", "poste", "profession", "metier"),
    **_aliases(t.EXTRA, "department", "organizationdepartment", "organization1department", "service",
               "departement", "referredby", "recommandepar", "anniversary", "spouse", "conjoint",
               "assistantsname", "manager", "managersname", "businesspostalcode", "homepostalcode",
               "businesscountryregion", "homecountryregion", "codepostalbureau", "paysregionbureau",
               "codepostaldomicile", "paysregiondomicile"),
    **_aliases(t.CITY, "city", "town", "ville", "address1city", "homecity", "businesscity", "othercity",
               "villebureau", "villedomicile", "villeautre", "localite"),
    **_aliases(t.ADDRESS, "address", "adresse", "address1formatted", "homeaddress", "businessaddress",
               "businessstreet", "homestreet", "ruebureau", "ruedomicile", "adressepostale"),
    **_aliases(t.EMAIL, "email", "emailaddress", "mail", "courriel", "adressemail", "adresseemail",
               "adressedemessagerie", "adressecourriel"),
    **_aliases(t.PHONE, "phone", "phonenumber", "telephone", "tel", "numerodetelephone", "primaryphone"),
    **_aliases(t.PHONE, "mobile", "mobilephone", "cellphone", "portable", "telmobile", "telephonemobile",
               "telephoneportable", label="mobile"),
    **_aliases(t.PHONE, "businessphone", "workphone", "business2phone", "businessphone2",
               "companymainphone", label="work"),
    **_aliases(t.PHONE, "homephone", "home2phone", "homephone2", label="home"),
    **_aliases(t.PHONE, "otherphone", "carphone", label="other"),
    **_aliases(t.PHONE, "telephonebureau", "telbureau", "telephonebureau2", label="bureau"),
    **_aliases(t.PHONE, "telephonedomicile", "teldomicile", "telephonedomicile2", label="domicile"),
    **_aliases(t.LINK, "website", "webpage", "url", "siteweb", "siteinternet", "pageweb", "web",
               "personalwebpage"),
    **_aliases(t.LINK, "linkedin", "linkedinurl", "profillinkedin", label="LinkedIn"),
    **_aliases(t.TAGS, "tags", "tag", "labels", "categories", "category", "etiquettes", "etiquette",
               "categorie", "groups", "groupmembership", "groupes", "motscles"),
    **_aliases(t.NOTES, "notes", "note", "comments", "comment", "commentaire", "commentaires", "remarques"),
    **_aliases(t.MET_ON, "meton", "datemet", "datewemet", "whenwemet", "firstmet", "connectedon",
               "datederencontre", "datedelarencontre", "rencontrele", "premiererencontre", "dateconnexion",
               "datedeconnexion", "connecteele", "connectele"),
    **_aliases(t.WHERE_WE_MET, "wherewemet", "metat", "lieuderencontre", "lieudelarencontre", "ourencontre",
               "rencontrea"),
    **_aliases(t.HOW_WE_MET, "howwemet", "commentonsestrencontres", "contexte", "contextedelarencontre"),
    **_aliases(t.WHAT_MATTERS, "whatmatterstothem", "whatmatters", "cequicompte", "cequiluiimporte",
               "cequiluitientacœur", "cequiluitientacoeur"),
    **_aliases(t.HOW_I_COULD_HELP, "howicouldhelp", "commentjepourraisaider", "commentaider"),
    **_aliases(t.BIRTHDAY, "birthday", "birthdate", "dateofbirth", "anniversaire", "datedenaissance"),
    **_aliases(t.IGNORE, "nameprefix", "namesuffix", "suffix", "initials", "fileas", "photo", "gender",
               "priority", "sensitivity", "private", "sexe", "priorite", "criterediffusion", "prive",
               "initiales", "suffixe", "civilite", "titre"),
}

PER_FORMAT = {
    t.OUTLOOK: {"title": ColumnTarget(t.IGNORE)},
    t.LINKEDIN: {"url": ColumnTarget(t.LINK, label="LinkedIn")},
    t.GOOGLE: {"name": ColumnTarget(t.DISPLAY_NAME)},
}

NUMBERED = (
    (re.compile(r"^email(\d+)(value|address)$"), t.EMAIL),
    (re.compile(r"^adressedemessagerie(\d+)$"), t.EMAIL),
    (re.compile(r"^email(\d+)(label|type)$"), t.EMAIL_LABEL),
    (re.compile(r"^phone(\d+)value$"), t.PHONE),
    (re.compile(r"^phone(\d+)(label|type)$"), t.PHONE_LABEL),
    (re.compile(r"^website(\d+)value$"), t.LINK),
    (re.compile(r"^website(\d+)(label|type)$"), t.LINK_LABEL),
    (re.compile(r"^address(\d+)formatted$"), t.ADDRESS),
    (re.compile(r"^address(\d+)city$"), t.CITY),
    (re.compile(r"^(relation|event|customfield)(\d+)value$"), t.EXTRA),
    # Relnote's CSV for spreadsheets, in English and in French: "E-mail 1", "Libellé e-mail 1"…
    (re.compile(r"^(?:email|courriel)(\d+)$"), t.EMAIL),
    (re.compile(r"^(?:email(\d+)label|libelleemail(\d+))$"), t.EMAIL_LABEL),
    (re.compile(r"^(?:phone|telephone)(\d+)$"), t.PHONE),
    (re.compile(r"^(?:phone(\d+)label|libelletelephone(\d+))$"), t.PHONE_LABEL),
    (re.compile(r"^(?:link|lien)(\d+)$"), t.LINK),
    (re.compile(r"^(?:link(\d+)label|libellelien(\d+))$"), t.LINK_LABEL),
)


def column_target(header: str, fmt: str, index: int) -> ColumnTarget:
    key = normalise_header(header)
    known = PER_FORMAT.get(fmt, {}).get(key) or COMMON.get(key)
    if known is not None:
        if known.target in t.VALUE_KINDS:  # a column of its own: its own group
            return ColumnTarget(known.target, 1000 + index, known.label)
        return known
    for pattern, target in NUMBERED:
        match = pattern.match(key)
        if match:
            number = next((group for group in match.groups() if group and group.isdigit()), "")
            return ColumnTarget(target, int(number) if number else 0)
    return ColumnTarget(t.IGNORE)


def map_columns(headers: list[str], fmt: str) -> list[ColumnTarget]:
    if fmt == t.RELNOTE:
        return [person_column_target(header) for header in headers]
    return [column_target(header, fmt, index) for index, header in enumerate(headers)]


def recognised_count(headers: list[str]) -> int:
    if relnote_kind(headers):
        return len(headers)
    return sum(1 for index, header in enumerate(headers)
               if column_target(header, t.SPREADSHEET, index).target != t.IGNORE)


def detect_format(headers: list[str]) -> str:
    keys = {normalise_header(header) for header in headers}
    if relnote_kind(headers):
        return t.RELNOTE
    if "connectedon" in keys or ({"firstname", "lastname", "position"} <= keys and "url" in keys):
        return t.LINKEDIN
    if keys & {"fileas", "labels", "organizationname", "groupmembership", "givenname", "familyname"} \
            or any(re.match(r"^(email|phone)\d+value$", key) for key in keys):
        return t.GOOGLE
    if keys & {"emailaddress", "email2address", "businessphone", "mobilephone", "adressedemessagerie",
               "telmobile", "telephonebureau", "categories", "categorie", "referredby"}:
        return t.OUTLOOK
    return t.SPREADSHEET


def has_a_name_column(mapping: list[ColumnTarget]) -> bool:
    names = {t.DISPLAY_NAME, t.FIRST_NAME, t.LAST_NAME, t.NICKNAME, t.MIDDLE_NAME}
    return any(column.target in names for column in mapping)
