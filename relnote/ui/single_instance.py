"""One Relnote per notebook: a second start asks the first to show itself, then leaves."""

from __future__ import annotations

import time

from PySide6.QtCore import QLockFile, QObject, Signal

from relnote.paths import NotebookPaths

SHOW_REQUEST = b"show\n"


def server_name(paths: NotebookPaths) -> str:
    import getpass
    import hashlib

    notebook = str(paths.data_dir.resolve()).encode()
    return f"relnote-{getpass.getuser()}-{hashlib.sha256(notebook).hexdigest()[:16]}"


class SingleInstance(QObject):
    """Holds the notebook's lock file (a crashed holder's lock is taken over) and a local socket.
    The socket may listen a moment after the lock is claimed: a second start keeps asking for a while."""

    show_requested = Signal()

    def __init__(self, paths: NotebookPaths, parent=None):
        super().__init__(parent)
        self._paths = paths
        self._lock = QLockFile(str(paths.data_dir / "relnote.lock"))
        self._lock.setStaleLockTime(0)  # only a dead holder makes the lock stale
        self._server = None

    def claim(self) -> bool:
        """True when this process is now the notebook's one instance; then call `listen()`."""
        return self._lock.tryLock(200)

    def listen(self) -> None:
        """Answer a second start's requests to show the window."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        name = server_name(self._paths)
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._server.listen(name)

    def ask_running_instance_to_show(self, timeout_s: float = 10.0) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            socket = QLocalSocket()
            socket.connectToServer(server_name(self._paths))
            if socket.waitForConnected(500):
                socket.write(SHOW_REQUEST)
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return True
            time.sleep(0.2)  # the first instance may still be starting
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection) -> None:
        if bytes(connection.readAll()).startswith(SHOW_REQUEST.strip()):
            self.show_requested.emit()
