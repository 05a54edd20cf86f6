"""The speed-ups of the pattern gates give exactly what the patterns give (hedges.Prefiltered, hedges.needs_met
with a clause scanned by any_of, gated.Gated and hedges.Gate with clauses of many strings)."""

from __future__ import annotations

import random
import re

from labourlens.analyse import hedges
from labourlens.analyse.gated import Gated
from labourlens.analyse.hedges import SCAN_STRINGS, Gate, Prefiltered, any_of, literal_requirements, needs_met

_WORDS = ("den", "deny", "denied", "denies", "the", "foreman", "allegedly", "reportedly", "said", "kept", "passports",
          "workers", "never", "paid", "claims", "claimed", "were", "not", "dorm", "a", "an", "is", "was", "believed",
          "to", "be", "locked", "in", "at", "night", "apparently", "could", "verify", ",", ".", "denial", "dense")


def _texts(n: int = 400, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out = ["", "den den den den den den den den denied any wrongdoing", "denial after denial, dense fog, deny it"]
    for _ in range(n):
        out.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 40))))
    return out


def _key(m: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if m is None else (m.span(), m.groups())


def test_prefiltered_search_is_the_pattern_search_at_any_start() -> None:
    sources = [r"\b(?:den(?:y|ies|ied)\s+(?:any|all)\s+\w+|deni(?:al|als) of the)(?!\w)",
               r"\b(?:(?:is|was) believed to|reportedly|allegedly)(?!\w)",
               r"(?:the|a)\s+(?:foreman|workers)\s+(?P<v>said|claimed)"]
    for source in sources:
        pf = Prefiltered.compile(source)
        assert pf.starts is not None  # the scan for starts is used: the case under test
        for text in _texts():
            for pos in (0, 3, 17):
                assert _key(pf.search(text, pos)) == _key(pf.pattern.search(text, pos)), (source, text, pos)
            assert [m.span() for m in pf.finditer(text)] == [m.span() for m in pf.pattern.finditer(text)]


def test_prefiltered_finds_a_match_after_many_failed_prefix_places() -> None:
    pf = Prefiltered.compile(r"\bden(?:ied|ies) any\b")
    text = "den dense denial denies none, " * 6 + "but he denied any role"
    assert hedges._TRIES < 10  # more failed places than the ones tried one by one
    m = pf.search(text)
    assert m is not None and m.group(0) == "denied any"
    assert pf.search(text[:-20]) is None


def test_needs_met_with_a_scanned_clause_agrees_with_the_strings() -> None:
    strings = ("confiscat", "withh", "passport", "locked", "beaten", "debt", "curfew")
    scan = any_of(strings)
    assert scan is not None
    for text in _texts() + ["the passport office", "a curfew at ten", "nothing here", "DEBT"]:
        assert needs_met([scan], text) == needs_met([strings], text) == any(s in text for s in strings)
        assert needs_met([("the",), scan], text) == ("the" in text and any(s in text for s in strings))


def test_gated_patterns_with_many_required_strings_match_as_compiled() -> None:
    source = r"\b(?:passports?|curfew|beaten|locked|debts?|wages|fees)\b"
    g = Gated(source, re.IGNORECASE)
    assert any(not isinstance(c, tuple) for c in g.needs)  # the clause of many words is one scan
    texts = ["Their PASSPORTS were held.", "a curfew", "Fees and debts", "lockedin", "no such words", "Beaten."]
    for text in texts + _texts(100):
        assert _key(g.search(text)) == _key(g.pattern.search(text))
        assert g.findall(text) == g.pattern.findall(text)


def test_gate_converts_only_large_clauses_and_keeps_its_answers() -> None:
    source = r"^.{0,200}\b(?:alpha|bravo|charlie|delta|echo|foxtrot|golf)\b.{0,50}(?:x|y)"
    needs = literal_requirements(source)
    gate = Gate(re.compile(source), needs, False)
    assert sum(1 for c in gate.needs if isinstance(c, re.Pattern)) == sum(1 for c in needs if len(c) >= SCAN_STRINGS)
    for text in ["an echo x", "golf", "a delta y", "nothing", "charlie and x"] + _texts(100):
        assert gate.possible(text, text.lower()) == needs_met(needs, text)
        if not gate.possible(text, text.lower()):
            assert gate.pattern.search(text) is None
