"""Relnote: a desktop notebook for the people you meet."""

__version__ = "0.1.0"
