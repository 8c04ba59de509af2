"""A date that may be left unset."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QHBoxLayout, QToolButton, QWidget

from relnote.core.local_days import EARLIEST_DAY, LATEST_DAY

_UNSET = QDate(EARLIEST_DAY).addDays(-1)  # the day before the first Relnote keeps stands for "no date"


class _DateEdit(QDateEdit):
    """While unset, the arrows and the calendar start from today, not from the unset marker's year 1899."""

    def focusNextPrevChild(self, next_child: bool) -> bool:
        # Unset, the field has no day/month/year sections for Tab to walk: it goes to the next field.
        if self.date() == _UNSET:
            return QWidget.focusNextPrevChild(self, next_child)
        return super().focusNextPrevChild(next_child)

    def stepBy(self, steps: int) -> None:
        if self.date() == _UNSET:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)


class _Calendar(QCalendarWidget):
    def __init__(self, edit: QDateEdit):
        super().__init__()
        self._edit = edit

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._edit.date() == _UNSET:
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class OptionalDateEdit(QWidget):
    date_changed = Signal()

    def __init__(self, parent=None, unset_text: str | None = None):
        """`unset_text` is shown while no date is chosen ("not set" unless said otherwise)."""
        super().__init__(parent)
        self.date_edit = _DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setCalendarWidget(_Calendar(self.date_edit))
        self.date_edit.setMinimumDate(_UNSET)
        self.date_edit.setMaximumDate(QDate(LATEST_DAY))
        self.date_edit.setSpecialValueText(unset_text or self.tr("not set"))
        self.date_edit.setDate(_UNSET)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None, notify=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.clear_button)
        self.date_edit.dateChanged.connect(self._changed)
        self._quiet = False
        self.clear_button.setEnabled(False)  # nothing to clear yet

    def setAccessibleName(self, name: str) -> None:
        """The name belongs to the date field itself, where assistive technology looks for it."""
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)

    def value(self) -> date | None:
        chosen = self.date_edit.date()
        return None if chosen == _UNSET else chosen.toPython()

    def set_value(self, value: date | None, notify: bool = False) -> None:
        self._quiet = not notify
        self.date_edit.setDate(QDate(value) if value else _UNSET)
        self._quiet = False
        self.clear_button.setEnabled(value is not None)

    def _changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        if not self._quiet:
            self.date_changed.emit()
