"""What a packager or a desktop sees: valid desktop entry and metainfo, a wheel, a one-folder app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def need(tool: str) -> str:
    found = shutil.which(tool) or (str(Path(sys.executable).parent / tool)
                                   if (Path(sys.executable).parent / tool).exists() else None)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is needed under CI", pytrace=False)
        pytest.skip(f"{tool} is not installed")
    return found


def test_desktop_entry_is_valid():
    result = subprocess.run([need("desktop-file-validate"), str(PACKAGING / "relnote.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_appstream_metainfo_is_valid():
    result = subprocess.run([need("appstreamcli"), "validate", "--no-net",
                             str(PACKAGING / "io.github.relnote.Relnote.metainfo.xml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_exist_at_every_size():
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "relnote.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / "relnote.svg").exists()


def test_wheel_carries_translations_icons_and_the_launcher(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheel = next(tmp_path.glob("relnote-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "relnote/resources/translations/relnote_fr.qm" in names
    assert "relnote/resources/translations/relnote_en.qm" in names
    assert "relnote/resources/icons/relnote.svg" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "relnote = relnote.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_one_folder_app_builds_starts_and_prints_its_version(tmp_path):
    pyinstaller = need("pyinstaller")
    subprocess.run([sys.executable, str(PACKAGING / "translations.py"), "build"], check=True)
    subprocess.run([pyinstaller, "--noconfirm", "--log-level", "ERROR", str(PACKAGING / "relnote.spec"),
                    "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build")],
                   check=True, capture_output=True, timeout=900)
    app = tmp_path / "dist" / "relnote" / "relnote"
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("Relnote ")

    data = tmp_path / "notebook"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    program = subprocess.Popen([str(app), "--data-dir", str(data)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        log = data / "logs" / "relnote.log"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (log.exists() and " started on " in log.read_text()):
            assert program.poll() is None, program.stderr.read().decode()
            time.sleep(0.25)
        assert " started on " in log.read_text()
    finally:
        program.terminate()
        program.wait(timeout=30)
