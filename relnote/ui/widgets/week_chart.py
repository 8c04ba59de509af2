"""The last weeks drawn as grouped bars: new people, moments and gratitudes per week."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from relnote.core.activity import WeekActivity
from relnote.ui.formatting import number
from relnote.ui.secondary_text import SECONDARY_TEXT

SERIES = ("new_people", "moments", "gratitudes")


class WeekChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._weeks: list[WeekActivity] = []
        self.setMinimumSize(320, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("The last 12 weeks"))

    def series_names(self) -> list[str]:
        return [self.tr("New people"), self.tr("Moments"), self.tr("Gratitudes")]

    def set_weeks(self, weeks: list[WeekActivity]) -> None:
        self._weeks = list(weeks)
        totals = [sum(getattr(week, name) for week in weeks) for name in SERIES]
        self.setAccessibleDescription(self.tr("Over %1 weeks: %2 new people, %3 moments, %4 gratitudes")
                                      .replace("%1", str(len(weeks))).replace("%2", number(totals[0]))
                                      .replace("%3", number(totals[1])).replace("%4", number(totals[2])))
        self.update()

    def weeks(self) -> list[WeekActivity]:
        return list(self._weeks)

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def colours(self) -> list[QColor]:
        """Three colours from the palette: the highlight, and two turns of its hue."""
        base = self.palette().color(QPalette.ColorRole.Highlight)
        hue = max(base.hsvHue(), 0)
        saturation = max(base.hsvSaturation(), 90)
        return [base] + [QColor.fromHsv((hue + turn) % 360, saturation, max(base.value(), 150))
                         for turn in (180, 300)]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        colours = self.colours()

        x = 0.0
        for name, colour in zip(self.series_names(), colours):
            painter.fillRect(QRectF(x, (line - 10) / 2, 10, 10), colour)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x + 14, metrics.ascent()), name)
            x += 14 + metrics.horizontalAdvance(name) + 16

        if not self._weeks:
            return
        peak = max(1, *(getattr(week, name) for week in self._weeks for name in SERIES))
        axis_width = metrics.horizontalAdvance(number(peak)) + 6
        right_room = metrics.horizontalAdvance("00 Sept") / 2
        plot = QRectF(axis_width, line + 10, self.width() - axis_width - right_room, self.height() - 2 * line - 16)
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(90)
        painter.setPen(grid)
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        quiet = palette.color(SECONDARY_TEXT)
        painter.setPen(quiet)
        painter.drawText(QRectF(0, plot.top() - line / 2, axis_width - 4, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number(peak))
        painter.drawText(QRectF(0, plot.bottom() - line / 2, axis_width - 4, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")

        slot = plot.width() / len(self._weeks)
        bar = max(2.0, (slot - 6) / len(SERIES))
        label_every = 1 if slot > metrics.horizontalAdvance("00 Sept") + 6 else 2
        locale = QLocale()
        for position, week in enumerate(self._weeks):
            left = plot.left() + position * slot + (slot - bar * len(SERIES)) / 2
            for offset, (name, colour) in enumerate(zip(SERIES, colours)):
                value = getattr(week, name)
                height = plot.height() * value / peak
                if value:
                    painter.fillRect(QRectF(left + offset * bar, plot.bottom() - height, bar - 1, height), colour)
            if (len(self._weeks) - 1 - position) % label_every == 0:
                text = locale.toString(QDate(week.start.year, week.start.month, week.start.day), "d MMM")
                painter.setPen(quiet)
                painter.drawText(QRectF(plot.left() + position * slot - 10, plot.bottom() + 4, slot + 20, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.end()
