"""A real X server (Xvfb) with a real tray host (trayer), for starting Relnote as a user does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

NEEDED = ("Xvfb", "trayer", "xdotool", "import")
from tests.screenshots import ARTIFACTS


def _missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


@pytest.fixture(scope="session")
def x_display():
    missing = _missing_tools()
    if missing:
        message = f"the end-to-end tests need {', '.join(missing)} (Debian: xvfb trayer xdotool imagemagick)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " — under CI they must run", pytrace=False)
        pytest.skip(message)
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        display = f":{reader.readline().strip()}"
    tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                             "--height", "28", "--SetDockType", "true", "--transparent", "false"],
                            env={**os.environ, "DISPLAY": display},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield display
    for process in (tray, server):
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


class DesktopSession:
    """Drives the real `relnote` program on the X display with xdotool."""

    def __init__(self, display: str, data_dir: Path):
        self.display = display
        self.data_dir = data_dir
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANGUAGE": "en",
                    "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "RELNOTE_DATA_DIR": str(data_dir)}
        self.env.pop("WAYLAND_DISPLAY", None)

    def relnote_command(self) -> list[str]:
        launcher = Path(sys.executable).parent / "relnote"
        return [str(launcher)] if launcher.exists() else [sys.executable, "-m", "relnote"]

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([*self.relnote_command(), "--data-dir", str(self.data_dir), *args], env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    @contextmanager
    def running(self, *args: str):
        """The program for the length of a `with` block; killed at the end if it is still there."""
        program = self.start(*args)
        try:
            yield program
        finally:
            if program.poll() is None:
                program.kill()
                program.wait()

    def quit_with_ctrl_q(self, program: subprocess.Popen, window: str) -> int:
        self.focus(window)
        self.keys("ctrl+q")
        return program.wait(timeout=30)

    def tool(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(list(args), env=self.env, capture_output=True, text=True, timeout=30)
        if check and result.returncode != 0:
            raise AssertionError(f"{args[0]} failed: {result.stderr}")
        return result.stdout

    def wait_for_window(self, title: str, timeout: float = 40.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.tool("xdotool", "search", "--onlyvisible", "--name", f"^{title}$", check=False).split()
            if found:
                return found[-1]
            time.sleep(0.25)
        raise AssertionError(f"no window titled {title!r} appeared within {timeout} s")

    def focus(self, window: str) -> None:
        self.tool("xdotool", "windowfocus", "--sync", window)

    def keys(self, *keys: str) -> None:
        self.tool("xdotool", "key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.tool("xdotool", "type", "--delay", "30", text)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / name
        self.tool("import", "-window", "root", str(target))
        return target

    def colours_in(self, image: Path) -> int:
        return int(self.tool("identify", "-format", "%k", str(image)).strip())


def wait_until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.25)
    raise AssertionError(f"gave up waiting: {what}")


@pytest.fixture
def desktop(x_display, tmp_path) -> DesktopSession:
    return DesktopSession(x_display, tmp_path / "notebook")


def tray_icons(session: DesktopSession) -> list[str]:
    """Names of the client windows embedded in trayer's panel, read from the X window tree."""
    tree = session.tool("xwininfo", "-root", "-tree").splitlines()
    icons, panel_depth = [], None
    for line in tree:
        depth = len(line) - len(line.lstrip())
        if '("panel" "trayer")' in line:
            panel_depth = depth
            continue
        if panel_depth is not None:
            if depth <= panel_depth and line.strip():
                panel_depth = None
            elif '": (' in line and '"' in line:
                icons.append(line.strip().split('"')[1])
    return icons
