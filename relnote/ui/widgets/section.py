"""A titled card used by Today and the Journal."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from relnote.ui.secondary_text import quiet_label

NO_BREAK_SPACE = "\u00a0"


class Section(QFrame):
    """A card with a bold title, optional widgets beside it, and a body layout (`self.body`)."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(title)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title_label, 1)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addLayout(self.header)
        layout.addLayout(self.body)


def phrases_label(phrases: list[str]) -> QLabel:
    """Secondary text of a few phrases ("every 30 days · no moment yet · due 2 years ago") that wraps
    between the phrases only, never inside one."""
    kept_whole = [phrase.replace(" ", NO_BREAK_SPACE) for phrase in phrases]
    return quiet_label((NO_BREAK_SPACE + "· ").join(kept_whole))


def link_button(text: str = "") -> QPushButton:
    """A flat button that reads like a link ("+ Add an e-mail", "Show 20 more"), framed while the
    keyboard is on it (the platform style draws no focus on flat buttons)."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setStyleSheet("QPushButton:focus { border: 1px solid palette(highlight); border-radius: 3px; }")
    return button


def page_title(text: str) -> QLabel:
    """The big title at the top of a page."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def scrolling_page(owner, content_layout) -> QWidget:
    """Lay `content_layout` out on `owner` inside a frameless scroll area with page margins."""
    content = QWidget()
    content_layout.setContentsMargins(20, 16, 20, 16)
    content.setLayout(content_layout)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return content
