"""The knowledge files read as their authors meant: YAML 1.1 turns bare words such as
no, yes, on and off into booleans, which silently drops them from word lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

KNOWLEDGE = Path(__file__).resolve().parents[1] / "src" / "labourlens" / "knowledge"


def _booleans_in_word_lists(value: Any, path: str) -> list[str]:
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool):
                found.append(f"{path}: key {key!r}")
            found += _booleans_in_word_lists(item, f"{path}/{key}")
    elif isinstance(value, list):
        if any(isinstance(i, str) for i in value):
            found += [f"{path}: {i!r}" for i in value if isinstance(i, bool)]
        for item in value:
            found += _booleans_in_word_lists(item, path)
    return found


@pytest.mark.parametrize("path", sorted(KNOWLEDGE.glob("*.yaml")), ids=lambda p: p.name)
def test_no_word_is_read_as_a_boolean(path: Path) -> None:
    assert _booleans_in_word_lists(yaml.safe_load(path.read_text(encoding="utf-8")), path.name) == []


def test_no_is_a_negator() -> None:
    from labourlens.analyse import indicators

    assert not indicators.match("No worker was beaten at the site.").hits
    assert indicators.match("Workers were beaten at the site.").hits
