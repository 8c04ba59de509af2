from tests.ui.conftest import drive_dialog, english_locale, open_window  # noqa: F401  (shared fixtures)
