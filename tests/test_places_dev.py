"""places.v1 against the shared dev gold set (skipped when it is not there).

Scoring as in eval/FORMAT.md: (country, normalised name) pairs per document; names in
``optional_places`` are neither rewarded nor penalised."""

from __future__ import annotations

import json
import re

import pytest

from labourlens.analyse import places
from shared_paths import DEV_GOLD

GOLD = DEV_GOLD


def _norm(name: str) -> str:
    name = re.sub(r"\s+(province|provinces)$", "", name.strip().casefold())
    return " ".join(name.split())


def _docs() -> list[dict[str, object]]:
    if not GOLD.is_file():
        return []
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_dev_gold_places_f1() -> None:
    docs = _docs()
    if not docs:
        pytest.skip("shared dev gold set not available")
    tp = fp = fn = 0
    misses: list[str] = []
    for doc in docs:
        path = GOLD.parent / str(doc["text_path"])
        if path.suffix != ".txt":
            continue
        text = path.read_text(encoding="utf-8")
        gold = {(p["country"], _norm(p["name"])) for p in doc["places"]}  # type: ignore[attr-defined]
        optional = {_norm(n) for n in doc.get("optional_places") or []}  # type: ignore[attr-defined]
        pred = {(m.country, _norm(m.name)) for m in places.find(text, [])}
        pred = {p for p in pred if p in gold or p[1] not in optional}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        misses += [f"{doc['id']}: missing {g}" for g in gold - pred]
        misses += [f"{doc['id']}: extra {p}" for p in pred - gold]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= 0.99, misses
