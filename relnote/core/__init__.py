"""The notebook's logic. No Qt here."""
