"""`labourlens eval` hands the extractor what ingest hands it: the reader's findings on an
HTML page (site name, title), with the gold's inputs (published, language) first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from labourlens.evaluate import evaluate, extractor_inputs, read_document
from labourlens.model import Analysis, DocMeta

PAGE = """<!doctype html><html><head><title>Fishery hires crews | Amber Coast Herald</title>
<meta property="og:site_name" content="Amber Coast Herald">
<meta property="article:published_time" content="2024-03-02">
</head><body><article><h1>Fishery hires crews</h1>
<p>A fictional fishery in Klaipeda hired forty deckhands this spring, the company said on Monday.
The deckhands work on trawlers in the Baltic Sea and return to port every ten days.</p>
<p>The company said wages rose by six percent this year.</p></article></body></html>"""


def _gold(tmp_path: Path, meta: dict[str, Any]) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.html").write_text(PAGE, encoding="utf-8")
    record = {"id": "page", "text_path": "docs/page.html", "meta": meta, "places": [], "amounts": [],
              "durations": [], "claims": [], "not_claims": [], "unverified": [], "indicators": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_the_extractor_sees_the_readers_site_name(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def spy(text: str, meta: dict[str, Any]) -> Analysis:
        seen.append(dict(meta))
        return Analysis(meta=DocMeta())

    evaluate(_gold(tmp_path, {"outlet": "Amber Coast Herald", "published": "2024-03-05", "language": "en"}), spy)
    assert seen[0]["outlet"] == "Amber Coast Herald"
    assert seen[0]["published"] == "2024-03-05"  # the gold's input wins over the page's date
    assert seen[0]["language"] == "en"


def test_gold_inputs_left_empty_fall_back_to_what_the_reader_found(tmp_path: Path) -> None:
    captured = read_document(_gold(tmp_path, {}).parent / "docs" / "page.html")
    inputs = extractor_inputs({"published": None}, captured)
    assert inputs["published"] == captured.published
    assert inputs["outlet"] == captured.outlet == "Amber Coast Herald"


def test_the_full_pipeline_scores_the_site_name_as_the_outlet(tmp_path: Path) -> None:
    report = evaluate(_gold(tmp_path, {"outlet": "Amber Coast Herald", "published": "2024-03-05",
                                       "language": "en"}))
    assert report.to_json()["meta"]["acc"] == 1.0
