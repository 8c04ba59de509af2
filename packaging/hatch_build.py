"""Compiles the translations while Relnote is built, so every install carries its .qm files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        script = Path(self.root) / "packaging" / "translations.py"
        spec = importlib.util.spec_from_file_location("relnote_translations", script)
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        translations.build()  # resources/ (with the fresh .qm files) is force-included as relnote/resources
