"""The decompressed copy of the language model in the cache folder gives the identifier the shipped
model gives, is made atomically on first use, maps its two large tables from disk instead of reading
them, is skipped when the cache is off, is made again when broken and replaces copies of other
models or formats once they are a day old."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from labourlens.analyse import language

langid = pytest.importorskip("py3langid.langid")

# invented lines: chrome, headlines and paragraphs in other languages, as the paragraph test sees them
_LINES = [
    "Share this: Facebook | X | WhatsApp | Email",
    "Finding 5. We found no evidence of physical violence.",
    "Die Arbeiter der Fabrik erhalten seit vier Monaten keinen Lohn.",
    "Les ouvriers du chantier n'ont pas été payés depuis mars.",
    "Los trabajadores no pueden salir del recinto sin permiso.",
    "Robotnicy mieszkają w kontenerach na placu budowy.",
    "Рабочие живут в контейнерах на стройке.",
]


@pytest.fixture(scope="module")
def shipped() -> object:
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def test_cached_model_classifies_as_the_shipped_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   shipped: object) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    first = language._cached_identifier()  # makes the copy
    assert first is not None
    copies = list(tmp_path.glob("langid-*.npz"))
    assert len(copies) == 1 and not list(tmp_path.glob(".langid-*"))  # no half-written file left
    assert sorted(p.name.split(".", 1)[1] for p in tmp_path.glob("langid-*")) == [
        "nextmove.npy", "npz", "ptc.npy"]
    second = language._cached_identifier()  # reads it
    assert isinstance(second.nb_ptc, np.memmap)  # type: ignore[attr-defined]  # mapped, not read
    assert isinstance(second.tk_nextmove, memoryview)  # type: ignore[attr-defined]
    for ident in (first, second):
        assert [ident.classify(t) for t in _LINES] == [shipped.classify(t) for t in _LINES]  # type: ignore[attr-defined]


def test_no_copy_when_the_cache_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", "off")
    assert language._model_cache_file() is None
    assert language._cached_identifier() is None


def test_broken_copy_is_removed_and_the_shipped_model_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    where = language._model_cache_file()
    assert where is not None
    where.write_bytes(b"not a model")
    assert language._cached_identifier() is None
    assert not where.exists()  # made again on the next start
    assert language._cached_identifier() is not None


def test_paragraph_languages_with_the_cached_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    language._identifier.cache_clear()
    try:
        text = ("Workers at the fictional Tarn plant said they had not been paid for four months.\n\n"
                "Die Arbeiter der Fabrik erhalten seit vier Monaten keinen Lohn und dürfen das Gelände nicht "
                "verlassen, sagte eine Quelle.")
        assert language.paragraph_languages(text, "en") == [(1, "de")]
    finally:
        language._identifier.cache_clear()


def test_a_truncated_table_is_removed_with_its_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    assert language._cached_identifier() is not None
    where = language._model_cache_file()
    assert where is not None
    table = language._large_files(where)["nextmove"]
    table.write_bytes(table.read_bytes()[:1000])
    assert language._cached_identifier() is None
    assert not where.exists() and not table.exists()
    again = language._cached_identifier()
    assert again is not None and again.classify(_LINES[2])[0] == "de"


def test_copies_of_other_models_go_once_a_day_old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    old, fresh = tmp_path / "langid-0123456789abcdef01234567.npz", tmp_path / "langid-fedcba9876543210fedcba98.ptc.npy"
    for path in (old, fresh):
        path.write_bytes(b"an earlier copy")
    day_ago = time.time() - 2 * 86_400
    os.utime(old, (day_ago, day_ago))
    assert language._cached_identifier() is not None
    assert not old.exists() and fresh.exists()  # another process may still use a copy written today
