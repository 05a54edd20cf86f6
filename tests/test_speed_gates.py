"""The speed-ups of the pattern gates give exactly what the patterns give (hedges.Prefiltered tried at the
places where a match can start, gated.Gated searching lower-cased text case-sensitively)."""

from __future__ import annotations

import random
import re

from labourlens.analyse import hedges
from labourlens.analyse.gated import Gated
from labourlens.analyse.hedges import Prefiltered

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


def test_gated_case_insensitive_search_is_the_pattern_search() -> None:
    sources = [r"\b(?:passports?|curfew|beaten|locked|debts?|wages|fees)\b",
               r"(?:^\W*(?:first|second),?\s+|\b(?:should|must) )(?:fund|check|audit)\b",
               r"\b(?:did|has) not (?:yet )?(?:respond|reply)(?P<to> to (?:requests|emails))?"]
    texts = ["Their PASSPORTS were held.", "a curfew", "Fees and debts", "lockedin", "no such words", "Beaten.",
             "First, FUND legal aid", "Buyers Must Audit suppliers", "The firm DID NOT respond to requests.",
             "Ølstrup Ltd did not reply", "ſhould check", "the \u212aelvin wages"]  # non-ASCII: the pattern itself
    for source in sources:
        g = Gated(source, re.IGNORECASE)
        for text in texts + _texts(150) + [t.upper() for t in _texts(50)]:
            for pos in (0, 4):
                assert _key(g.search(text, pos)) == _key(g.pattern.search(text, pos)), (source, text, pos)
        assert g.folded not in (None, False)  # the case-sensitive scan was used


def test_gated_keeps_the_pattern_when_it_cannot_be_folded() -> None:
    g = Gated(r"\b(?:Kim|Lee) (?-i:said)", re.IGNORECASE)  # an inline flag: lower-casing would change it
    assert _key(g.search("KIM said so")) == _key(g.pattern.search("KIM said so"))
    assert g.search("kim SAID so") is None and g.folded is False
