"""Probes (session 40, from heldout396's amount misses): the leone was redenominated, so "new leones" are SLE and
"old leones" SLL, like the ouguiya; and a rate written in words ("S$1 bought about 40 pesos", "12 birr per HK$1")
counts against one unit of a currency that nobody paid: the unit is no amount, the sum it bought is. Near misses: a
dollar a day and a bare leone sum keep their readings. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse


def _amounts(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(a.text, a.currency, a.value) for a in analyse(text, {}).amounts if a.kind == "money"]


def test_new_and_old_leones() -> None:
    found = _amounts("In Freetown the agent asked Fatmata for 30,000 new leones (roughly US$1,300) before she flew out.")
    assert found[0][:2] == ("30,000 new leones", "SLE")
    found = _amounts("In Freetown the recruiter took 6 million old leones from each woman in Sierra Leone.")
    assert ("6 million old leones", "SLL", 6_000_000.0) in found


def test_a_rate_in_words_counts_against_no_amount() -> None:
    found = _amounts("At the counters in Hong Kong, HK$1 bought about 7.1 pesos this week.")
    assert [t for t, _, _ in found] == ["7.1 pesos"]
    found = _amounts("Senders in Singapore got roughly 40.5 pesos per S$1 on the apps.")
    assert [t for t, _, _ in found] == ["40.5 pesos"]


def test_near_misses_keep_their_amounts() -> None:
    found = _amounts("The agency in Jakarta paid her $1 a day and kept the rest of her wage.")
    assert [t for t, _, _ in found] == ["$1"]
    found = _amounts("In Freetown the course costs 2,000 leones in Sierra Leone.")
    assert found and found[0][1] == "SLE"
