"""Cheap tests put in front of costly patterns (SP3) never skip a match, and the rewritten scans find
exactly what the plain patterns found: the meta-sentence word test, the bare-surname string search,
money's first-character look-aheads, the sentence boundary look-ahead, the plural-subject verb test
and the memo of indicator alternatives."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from labourlens.analyse import claims, entities, indicators, mention_shapes, money, sentences

ROOT = Path(__file__).resolve().parents[1]

# invented sentences (fictional people and firms) with the shapes the gated patterns look for
_SENTENCES = [
    "The worker, who asked not to be named for fear of reprisals, said the gate was locked at night.",
    "A spokesman for Harlow Seafoods declined to comment on the allegations.",
    "Tarn Logistics did not immediately respond to a request for comment.",
    "The foreman could not be reached for comment on Friday.",
    "Names have been changed for their safety.",
    "This article was updated on Tuesday to correct the name of the port.",
    "The interview was edited for length and clarity.",
    "Translated from Korean by our staff.",
    "Content warning: this report describes violence against workers.",
    "She spoke to Border Ledger from Vladivostok last week.",
    "They talked with us by phone from a dormitory near the plant.",
    "He spoke on condition of anonymity because he still works at the yard.",
    "The managers ASKED NOT TO BE NAMED.",
    "Workers were paid 500 yuan a month and could not leave the compound.",
    "aſked not to be named, a welder said the pay was late.",  # long s: matched case-insensitively
    "The \u212aorean welder DECLINED TO COMMENT.",  # Kelvin sign for K
    "İn a statement the firm declined to be identified.",
    "Our members who have worked beside the crew report that the dormitory has no heating.",
    "Border officials now believe the permits were forged.",
    "Several returnees told us the brokers kept their passports.",
    "Lee Min-ho said the brokers kept the passports. Lee said, later, that he had left.",
    "Pak told the reporter that the shifts ran to midnight; said Pak's colleague, nothing changed.",
    "Mr. Oduya, who runs the hostel, said Oduya\u2019s guests were all welders. Oduya added nothing.",
]


def _texts() -> list[str]:
    files = sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt")) + sorted((ROOT / "samples").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    if not texts:
        pytest.skip("no documents in tests/gold/docs or samples")
    return texts


def _lines() -> list[str]:
    lines = [s.text for t in _texts() for s in sentences.split(t)]
    rnd = random.Random(5)
    varied = []
    for ln in lines[:1500] + _SENTENCES:
        words = ln.split()
        rnd.shuffle(words)
        varied.append(" ".join(words))
        varied.append(ln.upper())
        varied.append(ln.swapcase())
    return lines + _SENTENCES + varied


def test_meta_word_test_never_skips_a_meta_sentence() -> None:
    matched = 0
    for text in _lines():
        if claims._META.search(text):
            matched += 1
            assert claims._meta_possible(text), text
    assert matched >= 12  # the invented sentences alone have that many
    assert not claims._meta_possible("Workers were paid 500 yuan a month and could not leave.")


def test_meta_sentences_are_still_not_claims() -> None:
    assert claims._is_meta("A spokesman for Harlow Seafoods declined to comment.")
    assert claims._is_meta("Names have been changed for their safety.")
    assert not claims._is_meta("Workers were paid 500 yuan a month and could not leave the compound.")


def _bare_reference(text: str, keys: tuple[str, ...]) -> list[tuple[int, int, str]]:
    pat = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b"
                     r"(?=[ \t]*(?:,|said|says|told|added|explained|who|\u2019s|'s))")
    return [(m.start(1), m.end(1), m.group(1)) for m in pat.finditer(text)]


def test_bare_surnames_found_as_the_pattern_found_them() -> None:
    rnd = random.Random(11)
    names = ["Kim", "Kimura", "Pak", "Lee", "Sun-hee", "O'Brien", "Le", "Ri", "Anna", "Ann", "Oduya", "\u00c9va"]
    pieces = [" said", " says", ", ", " told", "'s", "\u2019s", " who", " went", "-", "x", " ", "\t", ".", "said",
              "\n", "\u00e9", "_"]
    found = 0
    for _ in range(4000):
        keys = tuple(sorted(set(rnd.sample(names, rnd.randint(1, 5))), key=len, reverse=True))
        text = "".join(rnd.choice(names + pieces + pieces) for _ in range(rnd.randint(0, 30)))
        got = list(entities._bare_names(text, keys))
        assert got == _bare_reference(text, keys), (text, keys)
        found += len(got)
    assert found > 100
    for text in _SENTENCES:
        assert list(entities._bare_names(text, ("Oduya", "Pak", "Lee"))) == _bare_reference(text, ("Oduya", "Pak", "Lee"))


def test_later_bare_surname_is_still_a_person() -> None:
    text = "Anna Kowalczyk, a welder, said the pay was late. Kowalczyk said she left in May."
    people = [(e.text, e.name) for e in entities.find(text) if e.type == "person"]
    assert ("Kowalczyk", "Anna Kowalczyk") in people


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_first_character_lookahead_changes_no_match(flags: int) -> None:
    rnd = random.Random(3)
    pools = [["yuan", "won", "wons", "USD", "US dollars", "rubles", "\u20ac", "$", "Rs", "rupee"],
             ["a", "ab", "abc", "b", "kelvin", "sun", "\u017fun"]]
    chars = "aAbBcCkK\u212asS\u017fiI\u0130\u0131uUnN$\u20ac \t-dDeErRoOwWlLpP"
    for items in pools:
        plain_re = re.compile("(?:" + money._alt(items) + ")", flags)
        guarded = re.compile(money._lead(items) + "(?:" + money._alt(items) + ")", flags)
        for _ in range(3000):
            s = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 12)))
            pos = rnd.randint(0, len(s))
            a, b = plain_re.match(s, pos), guarded.match(s, pos)
            assert (a and a.span()) == (b and b.span()), (items, s, pos)
    assert money._lead(["a", " b"]) == ""  # an item may start with a space (read as any white space)


def test_money_amounts_still_found() -> None:
    text = "Each worker was paid 3,500 yuan (about $480) a month, while brokers took US$1,200 from every recruit."
    found = [(a.text, a.currency) for a in money.find(text, None)]
    assert ("3,500 yuan", "CNY") in found
    assert any(t.startswith("US$1,200") and c == "USD" for t, c in found)


def test_sentence_boundary_lookahead_changes_no_match() -> None:
    plain_re = re.compile(sentences._BOUNDARY.pattern.removeprefix("(?=[.…!?])"))
    assert plain_re.pattern != sentences._BOUNDARY.pattern
    for text in _texts() + _SENTENCES:
        assert [m.span(3) for m in plain_re.finditer(text)] == [m.span(3) for m in sentences._BOUNDARY.finditer(text)]


def test_plural_subject_verbs_are_in_every_match() -> None:
    matched = 0
    for text in _lines():
        m = mention_shapes._PLURAL_REPORT.match(text)
        if m is not None:
            matched += 1
            assert any(v in text for v in mention_shapes._PLURAL_VERBS), text
    assert matched >= 2
    found = mention_shapes.plural_subject_mention("Border officials now believe the permits were forged.")
    assert found is not None and found.wording == "Border officials"


def test_memo_of_alternatives_gives_the_ids_of_a_fresh_expansion() -> None:
    c = indicators._compiled()[0]
    fresh = indicators._Compiled()
    for spec in ["passport*|identity document*|(travel|work) papers", "not (be )?paid|unpaid wage*",
                 "passport*|identity document*|(travel|work) papers"]:
        first = c.alternatives(spec)
        assert c.alternatives(spec) == first
        ids = fresh.alternatives(spec)
        assert [fresh.alts[a] for a in ids] == [fresh.alts[a] for a in fresh.alternatives(spec)]
        # the same words give the same matcher keys in both lexicons
        keys = [[fresh.matcher_keys[m] for m in fresh.alts[a]] for a in ids]
        assert keys == [[c.matcher_keys[m] for m in c.alts[a]] for a in first]
