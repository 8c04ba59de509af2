"""Taking everything out of the notebook: CSV (people, moments, journal, follow-ups), vCard, iCalendar."""
