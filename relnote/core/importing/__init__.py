"""Bringing people (and Relnote's own moments, journal and follow-ups) into the notebook from files.

`inspect_file` looks at a file, `scan_source` finds its problems and duplicates, `apply_import`
writes it all or nothing; `import_file` does it in one pass without a window. Names are loaded on
first use so that the exporter can share `targets` without an import cycle.
"""

from importlib import import_module

_PUBLIC = {
    "ADD": "duplicates", "CHOICES": "duplicates", "MERGE": "duplicates", "SKIP": "duplicates",
    "DuplicateMatch": "duplicates", "ImportCancelled": "errors", "ImportFileError": "errors",
    "InvalidRowsError": "errors", "RowProblem": "errors", "ImportSummary": "importer",
    "ScanReport": "importer", "apply_import": "importer", "import_file": "importer",
    "scan_source": "importer", "ImportSource": "source", "inspect_file": "source",
}
__all__ = list(_PUBLIC)


def __getattr__(name: str):
    if name not in _PUBLIC:
        raise AttributeError(name)
    return getattr(import_module(f"relnote.core.importing.{_PUBLIC[name]}"), name)
