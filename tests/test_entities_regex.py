"""The scan patterns of entities and outlets are written for speed (the word boundary after
the first character); they must find exactly what their plain formulations find."""

from __future__ import annotations

import random
import re

import pytest

from labourlens import knowledge
from labourlens.analyse import entities, outlets

PIECES = ["Kim Chol-su", "Mr. Pak", "Dr Lee Min Ho", "Professor Anna Berg", "Ministry of Labour", "said",
          "Kestrel Ridge Trading Co., Ltd.", "the Dandong Hongda Company", "Federal Service for Migration", "of",
          "x-Kim", "a.Kim", "_Mr", "Prof", "Professor", "3M Group", "Yalu Pearl Aquatic Products", "Пак", "김철수",
          "Sen. Ho", "bin", "U.N.", "Association of Miners", "Song Hye Rim", "Park Ji-won", "-Lee", "9Dr", "\n",
          ",", ".", "—", "(", ")", "and", "Judge Ray Tull", "Col. Amos Reed", "workers", "Ma", "Ri Son Gwon"]


def _text(rng: random.Random) -> str:
    seps = [" ", " ", " ", "", "\t", "-", ".", "\n", "_"]
    return "".join(rng.choice(PIECES) + rng.choice(seps) for _ in range(rng.randrange(4, 16)))


def _plain_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    lex = entities._lexicon()
    title = entities._TITLE
    cap = entities._CAP
    data = knowledge.load("organisations.yaml") or {}
    prefixes = [str(p) for ps in (data.get("prefixes") or {}).values() for p in ps]
    heads = [re.escape(p) for p in sorted(prefixes, key=lambda x: -len(x))]
    pairs = [
        (entities._KOREAN_NAME, re.compile(
            r"\b([A-Z][a-z]{0,4})[ \t]+([A-Z][a-z]+-[a-z]+|[A-Z][a-z]{1,5}[ \t]+[A-Z][a-z]{1,5}(?![\w-]))")),
        (entities._WORD_START, re.compile(r"(?<![\w.])[A-Z0-9][^\W_]*")),
        (entities._TITLED, re.compile(rf"\b{title}\.?[ \t]+((?:{cap}[ \t]+){{0,2}}{cap}(?:-[a-z]+)?)")),
        (outlets._START, re.compile(r"(?<![\w.])[A-Z0-9\u0400-\u042F\uac00-\ud7af\u4e00-\u9fff][^\W_]*")),
        (lex.suffix_re, re.compile(lex.suffix_re.pattern.replace(
            r"(?P<name>[A-Z0-9](?<![\w-].)[\w'\u2019&-]*[ \t]+(?:(?:of|and|for|&|de)[ \t]+)?"
            r"(?:[A-Z0-9][\w'\u2019&-]*[ \t]+(?:(?:of|and|for|&|de)[ \t]+)?){0,4}",
            r"(?<![\w-])(?P<name>(?:[A-Z0-9][\w'\u2019&-]*[ \t]+(?:(?:of|and|for|&|de)[ \t]+)?){1,5}"))),
    ]
    assert heads
    if heads:
        plain_head = r"\b(?P<head>" + "|".join(heads) + ")"
        fast_head = "(?P<head>" + entities._word_alternation(heads) + ")"
        assert lex.prefix_re.pattern.startswith(fast_head)
        pairs.append((lex.prefix_re, re.compile(plain_head + lex.prefix_re.pattern[len(fast_head):])))
    return pairs


def test_the_plain_suffix_pattern_differs_from_the_fast_one() -> None:
    fast, plain = _plain_patterns()[4]
    assert fast.pattern != plain.pattern  # the replacement above did apply


@pytest.mark.parametrize("seed", range(4))
def test_fast_patterns_find_what_plain_ones_find(seed: int) -> None:
    rng = random.Random(seed)
    texts = [_text(rng) for _ in range(300)]
    total = 0
    for fast, plain in _plain_patterns():
        for t in texts:
            for pos in (0, 1, 5):
                got = [(m.span(), m.groups()) for m in fast.finditer(t, pos)]
                want = [(m.span(), m.groups()) for m in plain.finditer(t, pos)]
                assert got == want, (plain.pattern[:60], t)
                total += len(got)
    assert total > 1000
