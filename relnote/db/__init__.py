"""Storage: peewee on SQLite. No Qt here."""
