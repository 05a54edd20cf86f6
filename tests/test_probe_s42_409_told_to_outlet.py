"""Probes (session 42, from heldout409's speaker misses): a first-person account under an "As told to <magazine>"
line, whose standfirst opens on the teller's changed name and age ("Tomas (not his real name), 44, from Braga, ...")
without saying "his account", is the teller's, sentence by sentence (with what a boss "wrote down and said" and what a
workmate who "called me" said, both told by the teller); and the magazine named on that line is the
page's outlet, not "As told to ...". Near miss: the same standfirst with no "As told to" line keeps the page's voice.
Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_STORY = """"The foreman kept the keys": a welder's year in Tyumen

{line}
Tomas (not his real name), 44, from Braga, Portugal, worked on pipeline sites in Tyumen from 2021 to 2024. We checked what he told us against his pay slips.

I went north in 2021 with my neighbour. The first year was fair and the pay came every Friday.

In 2023 a new foreman arrived. He took our passports to register us and kept them in his office. By winter I was owed for four months, about 300,000 rubles. I borrowed 20,000 rubles from the foreman to pay for food. He wrote it in a little book and said the interest was "eight percent a week, friend price".

Two men from my team signed army contracts. One of them, Rui, called me from Rostov in June. He said they were digging trenches under fire and that nobody was paid.

Editor's note: The company did not answer our questions.
"""
_LINE = "As told to Northern Lines Magazine \u00b7 3 March 2026"


def _by_opening() -> dict[str, tuple[str | None, str]]:
    a = analyse(_STORY.format(line=_LINE), {})
    src = {s.key: s for s in a.sources}
    return {c.text[:24]: ((src[c.source].canonical or src[c.source].wording) if c.source in src else None,
                          src[c.source].kind if c.source in src else "outlet") for c in a.claims}


def test_changed_name_and_age_under_an_as_told_to_line_name_the_teller() -> None:
    found = _by_opening()
    told = [v for k, v in found.items() if k.startswith(("He took our passports", "By winter I was owed", "I borrowed 20,000"))]
    assert len(told) == 3, found
    assert all(v == ("Tomas", "named_person") for v in told), told


def test_what_those_met_in_the_account_said_stays_the_tellers() -> None:
    found = _by_opening()
    told = [v for k, v in found.items() if k.startswith(("He wrote it in a little", "He said they were digg"))]
    assert len(told) == 2, found
    assert all(v == ("Tomas", "named_person") for v in told), told


def test_the_as_told_to_line_gives_the_outlet() -> None:
    a = analyse(_STORY.format(line=_LINE), {})
    assert a.meta.outlet == "Northern Lines Magazine"


def test_without_the_as_told_to_line_the_page_keeps_its_voice() -> None:
    a = analyse(_STORY.format(line="3 March 2026"), {})
    src = {s.key: s for s in a.sources}
    assert not any(c.source in src and (src[c.source].canonical or src[c.source].wording) == "Tomas"
                   and c.text.startswith("By winter") for c in a.claims)
