"""The first start: Relnote in three lines, and three ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout

from relnote.ui.secondary_text import quiet

START_EMPTY, IMPORT_FILE, TRY_SAMPLE = "empty", "import", "sample"


class WelcomeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Relnote"))
        self.choice = START_EMPTY
        title = QLabel(self.tr("Welcome to Relnote"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Relnote keeps the people you meet as relationships to grow, not names on a list.\n"
            "Note how you met, what matters to them and every moment you share.\n"
            "Each day, Today shows who is waiting to hear from you, and the evening asks for three thank-yous."))
        intro.setWordWrap(True)
        privacy = quiet(QLabel(self.tr("Everything stays on this computer.")))

        self.empty_button = QCommandLinkButton(self.tr("Start with an empty notebook"),
                                               self.tr("Add the first person you met: a name is enough."))
        self.import_button = QCommandLinkButton(self.tr("Import a file…"),
                                                self.tr("Contacts from Google, Outlook, LinkedIn, a spreadsheet or vCards."))
        self.sample_button = QCommandLinkButton(self.tr("Try it with sample data"),
                                                self.tr("Opens a separate sample notebook; yours stays empty."))
        for button, choice in ((self.empty_button, START_EMPTY), (self.import_button, IMPORT_FILE),
                               (self.sample_button, TRY_SAMPLE)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        self.empty_button.setDefault(True)
        # The platform style draws no focus on these: a frame shows which choice Enter will take.
        self.setStyleSheet("QCommandLinkButton:focus { border: 1px solid palette(highlight); border-radius: 4px; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(privacy)
        layout.addSpacing(12)
        for button in (self.empty_button, self.import_button, self.sample_button):
            layout.addWidget(button)
        self.setMinimumWidth(560)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
