"""The code base stays linted (ruff) and typed (mypy): `make test` fails otherwise."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    which = shutil.which(name)
    if which is None:
        pytest.skip(f"{name} is not installed; install the test extras")
    return which


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "src", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_modules_stay_small() -> None:
    """One module per stage or rule family: none grows to 600 lines (split a family into its own module)."""
    big = {str(p.relative_to(ROOT)): n for p in (ROOT / "src").rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 600}
    assert not big, big
