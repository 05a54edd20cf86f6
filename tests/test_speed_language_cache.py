"""The decompressed copy of the language model in the cache folder gives the identifier the shipped
model gives, is made atomically on first use, is skipped when the cache is off and is made again
when broken."""

from __future__ import annotations

from pathlib import Path

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
    second = language._cached_identifier()  # reads it
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
