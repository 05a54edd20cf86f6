"""Speed round of session 32: the fold-safe gate of a case-blind pattern with a letter outside ASCII ("Dáil" in the
parliamentary record's pattern) reads that letter as a string no fold-safe text holds, so the gate no longer
passes every report that has "il" in it; and the reading of a speaker phrase as a whole country's name is kept
per phrase. Both answer exactly as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from labourlens.analyse import debate_records, hedges, places, sentences, speaker_repairs
from labourlens.analyse.gated import Gated, lower

ROOT = Path(__file__).resolve().parents[1]

_BLOCKS = [*range(0x80, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)]  # Latin, Greek, Cyrillic letters


def _fold_safe_chars() -> str:
    """Every character a text that hedges.fold_safe admits may hold: ASCII, and the uncased rest."""
    return "".join(c for c in map(chr, range(0x110000)) if c.isascii() or c.lower() == c.upper())


def test_a_letter_absent_when_folded_matches_no_character_of_a_fold_safe_text() -> None:
    letters = [chr(c) for c in _BLOCKS if hedges.absent_when_folded(chr(c))]
    assert "á" in letters and "Á" in letters and "é" in letters
    allowed = _fold_safe_chars()
    for ch in letters:
        assert re.search(re.escape(ch), allowed, re.IGNORECASE) is None, f"{ch!r} matches a fold-safe character"
    # letters whose case partners are ASCII, or that ASCII letters match case-blind, are not absent
    for ch in ("ß", "ı", "ſ", "\u212a", "İ", "a", "1", "-"):
        assert not hedges.absent_when_folded(ch), ch


def test_the_parliamentary_record_gate_holds_the_whole_word_for_fold_safe_texts() -> None:
    gate = debate_records._RECORD
    assert isinstance(gate, Gated)
    assert gate.fold_needs is not None
    assert all("il" != s for clause in gate.fold_needs for s in clause), "a bare 'il' lets nearly every report through"
    assert any("d\u00e1il" in clause for clause in gate.fold_needs)
    assert not gate.possible("The workers said they were paid until April.")  # "il", no record
    assert gate.possible("The motion was debated on 3 May.")


def _texts() -> list[str]:
    docs = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(ROOT.glob("samples/*.txt"))]
    docs += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "tests/gold/docs").glob("*.txt"))[:20]]
    out = [d[:3000] for d in docs] + [s.text for d in docs for s in sentences.split(d)]
    return out + ["Speaking in the Dáil on Tuesday, the minister said", "DÁIL ÉIREANN debates", "In the DAIL, he said",
                  "The Dail debated it.", "In the Seanad, she said", "Oral Answers to Questions", "a ceiling until May",
                  "Hansard records it", "the dáil, in lower case", "Dáil"]


@pytest.mark.parametrize("pattern", [debate_records._RECORD])
def test_the_record_pattern_answers_as_the_plain_pattern(pattern: Gated) -> None:
    plain = re.compile(pattern.pattern.pattern, pattern.pattern.flags)
    for text in _texts():
        got, want = pattern.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span()), text
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert pattern.possible(text) or want is None, text
        assert lower(text) == text.lower()


def test_a_fold_gate_of_every_case_blind_pattern_with_letters_outside_ascii_is_exact() -> None:
    """The requirements for fold-safe texts of such patterns: every match of the pattern in a fold-safe text holds
    one string of each clause (read on report sentences)."""
    patterns = [r"\b(?:Dáil|Seanad|Hansard)\b", r"\bcafé\s+(?:owner|worker)s?\b", r"(?:naïve|über|São Paulo|Ñandú)",
                r"\b(?:Łódź|Gdańsk|Kraków)\b"]
    texts = _texts() + ["the Cafe owner", "the café owners", "Sao Paulo", "ÜBER alles", "lodz and gdansk"]
    for source in patterns:
        gate = Gated(source, re.IGNORECASE)
        plain = re.compile(source, re.IGNORECASE)
        for text in texts:
            if plain.search(text) is not None:
                assert gate.possible(text), (source, text)
            assert (gate.search(text) and gate.search(text).span()) == (  # type: ignore[union-attr]
                plain.search(text) and plain.search(text).span()), (source, text)  # type: ignore[union-attr]


@pytest.mark.parametrize("phrase", ["Angola", "Mongolia", "North Korea", "Huaxin Road & Bridge Angola", "Angola said",
                                    "The ministry", "Kim", "Russia", "Qatar", "Nepal"])
def test_the_whole_country_reading_is_the_place_finders(phrase: str) -> None:
    want = any(p.level == "country" and p.start == 0 and p.end == len(phrase) for p in places.find(phrase))
    assert speaker_repairs._whole_country(phrase) == want
    assert speaker_repairs._whole_country(phrase) == want  # (from the cache)
