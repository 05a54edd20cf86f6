"""The gazetteer build script (``scripts/build_gazetteer.py``) loaded as a module, for the tests that check the
shipped place files are what it builds. Skips the test when the script is not shipped."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"


def load_build_script() -> ModuleType:
    """``scripts/build_gazetteer.py`` as a module (the test is skipped when the script is absent)."""
    if not SCRIPT.is_file():
        pytest.skip("scripts/build_gazetteer.py is not shipped here")
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
