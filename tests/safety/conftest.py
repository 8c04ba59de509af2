from tests.ui.conftest import drive_dialog, open_window  # noqa: F401  (shared fixtures)
