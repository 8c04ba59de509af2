"""The Qt binding must not corrupt reference counts: PySide6 6.12.0 does on Python 3.11 and aborts
Relnote after a while ("deallocating None"). This guards the version pin in pyproject.toml."""

import subprocess
import sys

STRESS = """
import sys
from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
class Empty(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 10
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None
model = Empty()
proxy = QSortFilterProxyModel()
proxy.setSourceModel(model)
edit = QLineEdit()
for _ in range(40000):
    proxy.data(proxy.index(1, 0))
    edit.validator()
    edit.isEnabled()
print("survived")
"""


def test_values_handed_back_by_qt_keep_their_reference_counts():
    result = subprocess.run([sys.executable, "-c", STRESS], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == "survived", result.stderr[-2000:]
