"""Stable keys stored in the notebook. The interface translates them; never store shown text."""

STAGES = ("new", "acquaintance", "relationship", "potential_client", "client", "partner")

MOMENT_KINDS = (
    "met", "coffee", "call", "video", "email", "message", "event",
    "help_given", "help_received", "introduction", "other",
)

INITIATORS = ("me", "them", "both")

CONTACT_KINDS = ("email", "phone", "link")
