"""The journey: people at each stage, who moved forward lately, and where clients came from."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar

from relnote.core import journey as journey_words
from relnote.core.journey import ClientOrigin, Journey
from relnote.core.vocabulary import STAGES
from relnote.ui.formatting import number
from relnote.ui.labels import stage_label
from relnote.ui.secondary_text import quiet_label
from relnote.ui.widgets.section import Section

ORIGINS_SHOWN = 6


def _shown_origins(origins: list[ClientOrigin]) -> tuple[list[ClientOrigin], list[ClientOrigin]]:
    """Every way of first contact, and the introducers who brought the most clients, up to
    ORIGINS_SHOWN lines; the other introductions are summed up in one line."""
    ways = sum(1 for origin in origins if origin.how != journey_words.INTRODUCED)
    introductions = [origin for origin in origins if origin.how == journey_words.INTRODUCED]
    room = max(0, ORIGINS_SHOWN - ways)
    kept = {origin.introducer_id for origin in introductions[:room]}
    shown = [origin for origin in origins if origin.how != journey_words.INTRODUCED or origin.introducer_id in kept]
    return shown, introductions[room:]


class JourneyCard(Section):
    def __init__(self, parent=None):
        super().__init__(self.tr("The journey"), parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.stage_counts: dict[str, QLabel] = {}
        self.stage_bars: dict[str, QProgressBar] = {}
        for row, stage in enumerate(STAGES):
            count = QLabel()
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(8)
            grid.addWidget(QLabel(stage_label(stage)), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(count, row, 2)
            self.stage_counts[stage], self.stage_bars[stage] = count, bar
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.forward_label = QLabel()
        self.forward_label.setWordWrap(True)
        self.body.addWidget(self.forward_label)
        self.origins_title = QLabel(self.tr("Where clients came from"))
        font = self.origins_title.font()
        font.setBold(True)
        self.origins_title.setFont(font)
        self.origins_label = quiet_label()
        self.body.addWidget(self.origins_title)
        self.body.addWidget(self.origins_label)

    def show_journey(self, journey: Journey) -> None:
        peak = max(1, *journey.at_stage.values())
        for stage in STAGES:
            self.stage_counts[stage].setText(number(journey.at_stage[stage]))
            self.stage_bars[stage].setRange(0, peak)
            self.stage_bars[stage].setValue(journey.at_stage[stage])
        text = self.tr("%Ln person(s) moved forward in the last 90 days", "", journey.moved_forward)
        if journey.moved_forward_to:
            reached = ", ".join(f"{stage_label(stage)} {number(journey.moved_forward_to[stage])}" for stage in STAGES
                                if stage in journey.moved_forward_to)
            text += " (" + reached + ")"
        self.forward_label.setText(text)
        shown, rest = _shown_origins(journey.client_origins)
        lines = [self.origin_words(origin) for origin in shown]
        if rest:
            lines.append(self.tr("… and %Ln more client(s), each from another introduction", "",
                                 sum(origin.count for origin in rest)))
        self.origins_label.setText("\n".join(lines) if lines else self.tr("No clients yet."))

    def origin_words(self, origin: ClientOrigin) -> str:
        if origin.how == journey_words.INTRODUCED:
            how = self.tr("introduced by %1").replace("%1", origin.introducer_name)
        elif origin.how == journey_words.THEY_REACHED_OUT:
            how = self.tr("they reached out first")
        elif origin.how == journey_words.I_REACHED_OUT:
            how = self.tr("I reached out first")
        elif origin.how == journey_words.BOTH_REACHED_OUT:
            how = self.tr("we reached out to each other")
        else:
            how = self.tr("no moment logged yet")
        return f"{number(origin.count)} · {how}"
