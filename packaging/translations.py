"""Relnote's translations: `update` regenerates the .ts sources, `build` compiles the .qm files.

    python packaging/translations.py update   # after changing visible strings, then translate the .ts
    python packaging/translations.py build    # done by the package build (packaging/hatch_build.py)
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "relnote" / "ui", ROOT / "relnote" / "commands", ROOT / "relnote" / "cli.py")
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"fr": [], "en": ["-pluralonly"]}
# Source strings mark English plurals with "(s)"; these words change more than that.
IRREGULAR = {"person(s)": ("person", "people"), "day(s)": ("day", "days"), "entry(s)": ("entry", "entries"),
             "story(s)": ("story", "stories")}


def _qt_tool(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / name)


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"relnote_{language}.ts" for language in LANGUAGES]


def wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module functions like `def _t(text): return QCoreApplication.translate("Labels", text)`."""
    wrappers = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and len(node.body) == 1
                and isinstance(node.body[0], ast.Return) and isinstance(node.body[0].value, ast.Call)):
            continue
        call = node.body[0].value
        if (isinstance(call.func, ast.Attribute) and call.func.attr == "translate" and len(call.args) == 2
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            wrappers[node.name] = call.args[0].value
    return wrappers


def imported_wrappers(tree: ast.Module, wrappers_of: dict[str, dict[str, str]]) -> dict[str, str]:
    """Wrappers imported from another of the sources: `from relnote.commands.words import tr`."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in wrappers_of:
            for alias in node.names:
                if alias.name in wrappers_of[node.module]:
                    found[alias.asname or alias.name] = wrappers_of[node.module][alias.name]
    return found


def readable_by_lupdate(source: str, wrappers_of: dict[str, dict[str, str]] | None = None) -> str:
    """The source as lupdate can read it: `_t("New")` spelled `QCoreApplication.translate("Labels", "New")`,
    and the count of `translate(context, text, "", count)` written as a number, or lupdate misses the plural.
    `wrappers_of` gives the wrappers of other modules by module name, for those imported here."""
    tree = ast.parse(source)
    wrappers = {**imported_wrappers(tree, wrappers_of or {}), **wrapper_contexts(tree)}
    data = source.encode()
    line_starts = [0]
    for line in data.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    edits = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in wrappers:
            start = line_starts[node.func.lineno - 1] + node.func.col_offset
            end = line_starts[node.func.end_lineno - 1] + node.func.end_col_offset + 1  # the name and its "("
            edits.append((start, end, f'QCoreApplication.translate("{wrappers[node.func.id]}", '))
        elif (isinstance(node.func, ast.Attribute) and node.func.attr == "translate" and len(node.args) == 4
              and not isinstance(node.args[3], ast.Constant)):
            count = node.args[3]
            edits.append((line_starts[count.lineno - 1] + count.col_offset,
                          line_starts[count.end_lineno - 1] + count.end_col_offset, "1"))
    for start, end, replacement in sorted(edits, reverse=True):
        data = data[:start] + replacement.encode() + data[end:]
    return data.decode()


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def extract(target: Path, language: str, options: list[str] = ()) -> None:
    """Run lupdate over the window's and the terminal's sources, made readable by lupdate, into `target`."""
    paths = sorted(path for source in SOURCES for path in (source.rglob("*.py") if source.is_dir() else [source]))
    texts = {path: path.read_text(encoding="utf-8") for path in paths}
    wrappers_of = {module_name(path): wrapper_contexts(ast.parse(text)) for path, text in texts.items()}
    with tempfile.TemporaryDirectory() as folder:
        sources = []
        for path, text in texts.items():
            copy = Path(folder) / path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(readable_by_lupdate(text, wrappers_of), encoding="utf-8")
            sources.append(str(copy))
        subprocess.run([_qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *options,
                        "-target-language", language, *sources, "-ts", str(target)], check=True)


def update() -> None:
    for language, options in LANGUAGES.items():
        extract(TRANSLATIONS / f"relnote_{language}.ts", language, options)
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
