"""`labourlens eval` reads a first-level region named with or without its level word as one place: gold "Mary"
(level admin1) is the "Mary Region" the extractor reports, as FORMAT.md has "Liaoning Province" = "Liaoning"."""

from __future__ import annotations

import json
from pathlib import Path

from labourlens.evaluate import evaluate


def _gold(tmp_path: Path, text: str, places: list[dict[str, str]]) -> Path:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    rec = {"id": "doc", "text_path": "doc.txt", "meta": {"published": "2024-10-01", "language": "en"}, "places": places,
           "claims": [], "indicators": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def test_a_region_without_its_level_word_matches(tmp_path: Path) -> None:
    path = _gold(tmp_path, "Wheat prices rose in Mary region of Turkmenistan this week.\n",
                 [{"name": "Mary", "country": "TM", "level": "admin1"}, {"name": "Turkmenistan", "country": "TM",
                                                                      "level": "country"}])
    places = evaluate(path).to_json()["places"]
    assert places["fn"] == 0 and places["fp"] == 0


def test_a_city_named_like_a_region_is_not_the_region(tmp_path: Path) -> None:  # control: the level must be admin1
    path = _gold(tmp_path, "Wheat prices rose in Mary region of Turkmenistan this week.\n",
                 [{"name": "Mary", "country": "TM", "level": "city"}, {"name": "Turkmenistan", "country": "TM",
                                                                    "level": "country"}])
    places = evaluate(path).to_json()["places"]
    assert places["fn"] == 1
