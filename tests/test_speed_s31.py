"""The speed round s31: the literal gate of a gated pattern tested inline, the capital-letter test of the law and
organisation names read at C speed on ASCII text, the model's word pairs spelled out only where the first word can
start one, and the cue readings of an indicator the sentence lacks skipped. Each answers exactly as before (no timed
test)."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from labourlens.analyse import cue_readings, indicator_model, indicators
from labourlens.analyse.gated import Folded, Gated
from labourlens.analyse.law_names import has_capital
from labourlens.model import IndicatorHit

ROOT = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    files = sorted(ROOT.glob("samples/*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))[:15]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    out = [s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    return out + ["", "a", "A", "ſtate", "İstanbul workers", "ǅemal said", "ϒ", "the Forced Labour Act",
                  "Ünal Öztürk, a welder, SAID", "no capital here at all", "x\u00c9"]


@pytest.mark.parametrize("text", _sentences()[:400] + _sentences()[-11:])
def test_has_capital_is_any_isupper(text: str) -> None:
    assert has_capital(text) == any(c.isupper() for c in text)
    assert has_capital(text[1:]) == any(c.isupper() for c in text[1:])


_SOURCES = [
    (r"\b(?:forum|thread|topic|replies|reply|posted|members?)\b", re.IGNORECASE),
    (r"\b(?:passports?|documents?)\s+(?:were|was)\s+(?:taken|kept)\b", re.IGNORECASE),
    (r"(?P<n>[A-Z][a-z]+)\s+(?:said|told)\b", 0),
    (r"^\W*(?:Reminder|Note)\b", 0),
    (r"\bunt(?:il|il\s+the)\b", re.IGNORECASE),
]


@pytest.mark.parametrize("source,flags", _SOURCES)
def test_gated_search_match_and_found_give_the_patterns_answers(source: str, flags: int) -> None:
    gated, plain = Gated(source, flags), re.compile(source, flags)
    folded = Folded(source, flags | re.IGNORECASE)
    plain_i = re.compile(source, flags | re.IGNORECASE)
    for text in _sentences() + ["Posted by lao_wu in the FORUM thread", "Until the ſtate paid", "Kim said so"]:
        for pos in (0, 3):
            a, b = gated.search(text, pos), plain.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = gated.match(text, pos), plain.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        assert folded.found(text) == (plain_i.search(text) is not None)


def _reference_features(text: str, model: indicator_model.Model) -> dict[str, tuple[float, int, int]]:
    """The features as computed before s31 (every word pair spelled out)."""
    stop = model.stop_words
    tokens = [(w, m.start(), m.end()) for m in indicator_model.TOKEN_RE.finditer(text)
              if (w := m.group().lower()) not in stop]
    counts: dict[str, tuple[int, int, int]] = {}
    grams = tokens + [(f"{a[0]} {b[0]}", a[1], b[2]) for a, b in zip(tokens, tokens[1:], strict=False)]
    for term, start, end in grams:
        if term not in model.idf:
            continue
        seen = counts.get(term)
        counts[term] = (seen[0] + 1, seen[1], seen[2]) if seen else (1, start, end)
    values = {term: ((1.0 + math.log(n)) * model.idf[term], s, e) for term, (n, s, e) in counts.items()}
    norm = math.sqrt(sum(v * v for v, _, _ in values.values()))
    return {term: (v / norm, s, e) for term, (v, s, e) in values.items()} if norm else {}


def test_every_word_pair_of_the_model_starts_with_one_of_its_pair_firsts() -> None:
    model = indicator_model.load_model()
    firsts = indicator_model.pair_firsts(model)
    pairs = [t for t in model.idf if " " in t]
    assert pairs, "the model has word pairs"
    assert all(t.split(" ", 1)[0] in firsts for t in pairs)
    assert not any(" " in w for w in firsts)


def test_features_are_the_same_as_with_every_pair_spelled_out() -> None:
    model = indicator_model.load_model()
    for text in _sentences()[:600]:
        got = indicator_model.features(text, model)
        want = _reference_features(text, model)
        assert list(got.items()) == list(want.items())  # the same terms in the same order, the same floats


def _reference_reread(text: str, hits: list[IndicatorHit], offset: int = 0) -> list[IndicatorHit]:
    """cue_readings.reread as before s31 (every reading tried on every hit)."""
    if not hits:
        return hits
    for r in cue_readings._readings():
        if not any(h.indicator == r.source and r.cue.search(h.cue) for h in hits):
            continue
        if not any(p.search(text) for p in r.when):
            continue
        spans = [m.span() for p in r.when for m in p.finditer(text)] if r.target is None else []
        have = {h.indicator for h in hits}
        kept: list[IndicatorHit] = []
        for h in hits:
            if r.target is None and not any(s < h.end - offset and h.start - offset < e for s, e in spans):
                kept.append(h)
                continue
            if h.indicator == r.source and r.cue.search(h.cue):
                if r.target is not None and r.target not in have:
                    kept.append(IndicatorHit(r.target, f"{h.rule}>{r.name}", h.start, h.end, h.cue))
                    have.add(r.target)
                continue
            kept.append(h)
        hits = kept
    return hits


def test_cue_readings_reread_as_without_the_skip() -> None:
    readings = cue_readings._readings()
    texts = _sentences()[:800]
    tried = 0
    for text in texts:
        hits = indicators.match(text).hits
        # and every reading's own indicator on the sentence's hits' cues (so that each reading is tried somewhere)
        extra = [IndicatorHit(r.source, "probe", h.start, h.end, h.cue) for r in readings for h in hits[:1]]
        for given in (hits, hits + extra[:6], extra):
            if not given:
                continue
            tried += 1
            assert cue_readings.reread(text, list(given)) == _reference_reread(text, list(given))
    assert tried > 50
