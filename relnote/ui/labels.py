"""Translated words for the notebook's stable keys (stages, kinds of moment, initiators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from relnote.core.contact_values import NOT_A_LINK, NOT_A_PHONE, NOT_AN_EMAIL


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def stage_label(key: str) -> str:
    return {
        "new": _t("New"),
        "acquaintance": _t("Acquaintance"),
        "relationship": _t("Relationship"),
        "potential_client": _t("Potential client"),
        "client": _t("Client"),
        "partner": _t("Partner"),
    }.get(key, key)


def moment_kind_label(key: str) -> str:
    return {
        "met": _t("Met in person"),
        "coffee": _t("Coffee or meal"),
        "call": _t("Call"),
        "video": _t("Video call"),
        "email": _t("E-mail"),
        "message": _t("Message"),
        "event": _t("Event"),
        "help_given": _t("Help given"),
        "help_received": _t("Help received"),
        "introduction": _t("Introduction made"),
        "other": _t("Other"),
    }.get(key, key)


def initiator_label(key: str) -> str:
    return {
        "me": _t("I did"),
        "them": _t("They did"),
        "both": _t("Both of us"),
    }.get(key, key)


def initiator_phrase(key: str) -> str:
    """Who reached out, as a moment's detail line says it."""
    return {
        "me": _t("I reached out"),
        "them": _t("they reached out"),
        "both": _t("we both reached out"),
    }.get(key, key)


def contact_labels(kind: str) -> list[tuple[str, str]]:
    """Suggested labels for e-mails, phones and links, as (key kept in the notebook, words shown); the
    user may type any other. Keys stay English, so exports and other languages understand them."""
    if kind == "email":
        keys = ["work", "personal", "other"]
    elif kind == "phone":
        keys = ["mobile", "work", "home", "other"]
    else:
        keys = ["LinkedIn", "website", "portfolio", "other"]
    words = {"work": _t("work"), "personal": _t("personal"), "other": _t("other"), "mobile": _t("mobile"),
             "home": _t("home"), "LinkedIn": "LinkedIn", "website": _t("website"), "portfolio": _t("portfolio")}
    return [(key, words[key]) for key in keys]


def contact_problem_text(problem: str) -> str:
    return {
        NOT_AN_EMAIL: _t("This does not look like an e-mail address (name@example.org). It is kept as typed."),
        NOT_A_PHONE: _t("This does not look like a phone number. It is kept as typed."),
        NOT_A_LINK: _t("This does not look like a web address (example.org/page). It is kept as typed."),
    }.get(problem, problem)
