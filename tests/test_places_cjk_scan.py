"""Korean and Chinese place names are found by their first character (Gazetteer.cjk_names) with
exactly the matches of one large alternation of every name, longest first."""

from __future__ import annotations

import random
import re

from labourlens.analyse import gazetteer, places


def _alternation(g: gazetteer.Gazetteer, text: str) -> list[tuple[int, int, str]]:
    names = sorted(g.cjk, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(n) for n in names))
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]


def test_same_matches_as_the_alternation_on_random_mixtures() -> None:
    g = gazetteer.get()
    names = sorted(g.cjk)
    rng = random.Random(5)
    fillers = [" ", "의", "에서", "시", "도", "a", "k", "n", "r", "・", "省", "\n", "3"]
    for _ in range(400):
        parts = [rng.choice(names)[: rng.randint(1, 8)] if rng.random() < 0.6 else rng.choice(fillers)
                 for _ in range(rng.randint(0, 14))]
        text = "".join(parts)
        assert g.cjk_names(text) == _alternation(g, text), text


def test_longest_name_wins_and_matches_do_not_overlap() -> None:
    g = gazetteer.get()
    long_names = [n for n in g.cjk if any(m != n and n.startswith(m) for m in g.cjk)][:20]
    assert long_names, "the gazetteer has Korean or Chinese names that extend shorter ones"
    for name in long_names:
        text = f"노동자들은 {name}에서 일했다. {name}"
        found = g.cjk_names(text)
        assert [f[2] for f in found][:1] == [name]
        assert all(a[1] <= b[0] for a, b in zip(found, found[1:], strict=False))


def test_korean_names_become_place_mentions() -> None:
    text = "The workers were sent to 단둥 and later to 블라디보스토크, a source said."
    found = [(m.text, m.country) for m in places.find(text)]
    assert ("단둥", "CN") in found
    assert ("블라디보스토크", "RU") in found


def test_no_cjk_no_scan() -> None:
    assert gazetteer.get().cjk_names("North Korean workers in Dandong") == []
