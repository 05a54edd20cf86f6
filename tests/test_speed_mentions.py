"""The speed gates of the speaker finders give the same answers as the full patterns."""

from __future__ import annotations

import re

import pytest

from compile_spy import patterns_compiled
from labourlens.analyse import mentions, speakers
from labourlens.analyse.hedges import plain
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speaker_lexicon import (
    INVERTED_WORDS,
    MIDDLE_WORDS,
    TRAIL_DELIMS,
    _lex,
    last_inner_quote,
    speech_first_words,
    trailing_start,
)

# written for these tests: fictional people, companies and places
SENTENCES = [
    '"We slept in a shipping container all winter," said Ortun Vell, a former welder.',
    '"The gate was locked at night," a crane operator told the Harbour Ledger.',
    "The crew worked fourteen hours a day, the foreman at Brightpeak Timber said on Monday.",
    "Wages were held back for months, according to a broker in Vladivostok.",
    "Nobody was allowed to leave the compound.",
    "The contract, signed in March, lists a monthly wage of 400 dollars.",
    'Lisa Marrow, a researcher at the Coastal Labour Desk, said: "They live like prisoners."',
    '"Nobody complained," he added. "Everyone was afraid."',
    "The workers, the source said, had borrowed money for their postings.",
    "Kestrel Fishing Co. denied the allegations in a statement.",
    'The men earned almost nothing, one driver recalled, "not even enough for soap."',
    "The dormitory had no heating - a former cook, who asked not to be named, said.",
    'A guard confiscated the passports, she said, adding that "nobody could go home."',
    "Three welders, who left the yard in 2022, told reporters they were beaten.",
    '"We had no choice"',
    "",
    '""',
    "Workers at the site said nothing about the wages!",
    "The inspector — a man in his fifties — wrote that the dormitory was overcrowded.",
    "“They took our phones,” says Dara Quill, a seamstress, “and we never saw them again.”",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_bounded_searches_find_what_the_full_searches_find(text: str) -> None:
    lex = _lex()
    t = plain(text)
    q = last_inner_quote(t)
    for rx, start in ((lex.inverted_re, q - 1), (lex.trailing_appos_re, q - 1), (lex.trailing_verb_re, q)):
        full, bounded = rx.search(t), rx.search(t, max(0, start))
        assert (full and full.span()) == (bounded and bounded.span())
    full_trailing = lex.trailing_re.search(t)
    fast = mentions._search_trailing(lex, t)
    assert (full_trailing and full_trailing.span()) == (fast and fast.span())


@pytest.mark.parametrize("text", SENTENCES)
def test_word_gates_never_skip_a_match(text: str) -> None:
    lex = _lex()
    t = plain(text)
    words = set(re.findall(r"[a-z]+", t.lower()))
    if lex.inverted_re.search(t):
        assert not words.isdisjoint(INVERTED_WORDS)
    if lex.middle_re.search(t):
        assert "," in t and not words.isdisjoint(MIDDLE_WORDS)
    if lex.trailing_appos_re.search(t):
        assert t.count(",") >= 2 and not words.isdisjoint(speech_first_words())
    if lex.trailing_re.search(t):
        assert any(c in t for c in TRAIL_DELIMS)


def test_gated_patterns_still_match_their_shapes() -> None:
    lex = _lex()
    assert lex.inverted_re.search(plain('"The gate was locked," said a former cook.'))
    assert lex.middle_re.search("The men, the foreman said, were never paid.")
    assert lex.trailing_appos_re.search("The men were never paid, Ortun Vell, a former welder, said.")
    assert not lex.inverted_re.search("The gate was locked at night.")


def testlast_inner_quote() -> None:
    assert last_inner_quote("No quotation here.") == -1
    assert last_inner_quote('"Paid late," he said.') == 11
    assert last_inner_quote('He said: "never."') == 9  # the closing mark does not count
    assert last_inner_quote('He said: "never."  ') == 9


def test_speakers_found_with_the_gates() -> None:
    m = find_mention('"We slept in a shipping container all winter," said Ortun Vell, a former welder.')
    assert m is not None and m.wording.startswith("Ortun Vell")
    m = find_mention("The crew worked fourteen hours a day, the foreman at Brightpeak Timber said on Monday.")
    assert m is not None and "foreman" in m.wording
    assert find_mention("Nobody was allowed to leave the compound.") is None


def test_org_nouns_match_the_lexicon_loop() -> None:
    lex = _lex()
    single, multi = speakers._org_nouns()
    for chunk in ("Harbour Labour Office", "Ortun Vell", "Brightpeak Timber Company", "Migrant Workers Centre",
                  "Dara Quill", "The Coastal Labour Desk", "Ministry of Labour"):
        low = chunk.lower()
        lowwords = {w.lower() for w in re.findall(r"[A-Za-z]+", chunk)}
        loop = any((phrase in low if " " in phrase else phrase in lowwords) for phrase, kind in lex.nouns
                   if kind != "anonymous_source" or phrase in speakers._ORGISH_ANON)
        assert loop == (not lowwords.isdisjoint(single) or multi.search(low) is not None)


def test_no_pattern_compiled_after_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in SENTENCES:
        find_mention(text)
    compiled = patterns_compiled(monkeypatch, lambda: [find_mention(text) for text in SENTENCES])
    assert compiled == []


def test_trailing_start() -> None:
    assert trailing_start("The company denied the allegations.") is None  # no delimiter: no trailing speaker
    assert trailing_start("Wages were late, the foreman said.") == 0
    assert trailing_start('"Wages were late," the foreman said.') == 17
