"""Change or delete a moment logged before, from wherever it shows (a story, the timeline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QWidget

from relnote.core import moments
from relnote.ui.confirm import confirm_deletion
from relnote.ui.formatting import local_date_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("MomentEditing", text)


def change_moment(parent: QWidget, moment_id: int) -> bool:
    """The moment in the log dialog, filled in; True once the changes are saved."""
    from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog

    dialog = LogMomentDialog(parent, changing=moments.load_moment(moment_id))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    moments.update_moment(moment_id, dialog.happened_at_utc(), dialog.people.person_ids(), dialog.kind(),
                          dialog.initiated_by(), dialog.summary(), dialog.notes())
    return True


def delete_moment(parent: QWidget, moment_id: int) -> bool:
    """Asks first, naming the moment and its people; True once it is deleted."""
    moment = moments.load_moment(moment_id)
    names = QLocale().createSeparatedList([name for _, name in moment.people])
    what = moment.summary or _tr("(no summary)")
    details = QCoreApplication.translate("MomentEditing", "“%1”, %2, with %3. It leaves their story(s) for good.", "",
                                         len(moment.people)) \
        .replace("%1", what).replace("%2", local_date_time(moment.happened_at)).replace("%3", names)
    if not confirm_deletion(parent, _tr("Delete this moment"), _tr("Delete this moment?"), details,
                            _tr("Delete moment")):
        return False
    moments.delete_moment(moment_id)
    return True
