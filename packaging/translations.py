"""Relnote's translations: `update` regenerates the .ts sources, `build` compiles the .qm files.

    python packaging/translations.py update   # after changing visible strings, then translate the .ts
    python packaging/translations.py build    # done by the package build (packaging/hatch_build.py)
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "relnote" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"fr": [], "en": ["-pluralonly"]}
# Source strings mark English plurals with "(s)"; these words change more than that.
IRREGULAR = {"person(s)": ("person", "people"), "day(s)": ("day", "days")}


def _qt_tool(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / name)


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"relnote_{language}.ts" for language in LANGUAGES]


def update() -> None:
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    for language, options in LANGUAGES.items():
        target = TRANSLATIONS / f"relnote_{language}.ts"
        subprocess.run([_qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *options,
                        "-target-language", language, *sources, "-ts", str(target.relative_to(ROOT))],
                       check=True, cwd=ROOT)
    fill_english_plurals()


def english_forms(source: str) -> tuple[str, str]:
    singular, plural = source, source
    for marked, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(marked, one), plural.replace(marked, many)
    return re.sub(r"\(s\)", "", singular), re.sub(r"\(s\)", "s", plural)


def fill_english_plurals() -> None:
    """English needs only its plural forms; they are derived from the "(s)" marks of the sources."""
    path = TRANSLATIONS / "relnote_en.ts"
    tree = ElementTree.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        forms[0].text, forms[1].text = english_forms(message.find("source").text)
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def build() -> list[Path]:
    built = []
    for source in ts_files():
        target = source.with_suffix(".qm")
        subprocess.run([_qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[command]()
