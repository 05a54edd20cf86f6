"""Study 357: the menace of a penalty for not working (a contract not renewed for refusing, a fine for missing compulsory
community work, a household told to send a member or pay, a family's benefits cut if the worker leaves) is
intimidation; a report "alleging that" and an authority that acted because it "suspected" are hedged; a page's
announcement of the cases it sets out below and a host's caveat or turn to the next topic are no claims. Near misses
keep what they had. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators, pipeline
from labourlens.analyse.reader_signposts import signpost
from labourlens.analyse.talk_moves import talk_move

_THREAT = "intimidation_and_threats"


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "The nurses were warned that any contract would be terminated unless they went to the fields.",
    "Villagers said the commune had fined them 4,000 shillings each for missing Sunday-morning community work on paths.",
    "The council ordered each family to supply a worker for the plantation or pay 50 dollars.",
    "Herding families had to provide one member for the transfer scheme or lose their fodder subsidy.",
    "If they quit before the season ends, their household's farm subsidies are cut.",
])
def test_penalty_for_not_working_is_a_threat(text: str) -> None:
    assert _THREAT in _kinds(text)


@pytest.mark.parametrize("text", [
    "Her contract will not be renewed next year because the project ends.",
    "Each household may send a guest along to the training day.",
    "If workers leave before noon, the canteen closes early.",
])
def test_near_misses_carry_no_threat(text: str) -> None:
    assert _THREAT not in _kinds(text)


def _hedged(text: str, part: str) -> bool:
    r = pipeline.analyse(text)
    return next(bool(c.hedges) for c in r.claims if part in c.text)


def test_report_alleging_that_is_hedged() -> None:
    text = ("Pickers on the estates were not paid for months, the union said. In May a rights group published a report "
            "alleging that the estates kept the pickers' passports.")
    assert _hedged(text, "alleging that")


def test_report_that_found_is_not_hedged() -> None:
    text = ("Pickers on the estates were not paid for months, the union said. In May a rights group published a report "
            "showing that the estates kept the pickers' passports.")
    assert not _hedged(text, "showing that")


@pytest.mark.parametrize(("text", "quiet"), [
    ("We set out four cases below, with the workers' consent.", True),
    ("We summarise the testimonies below.", True),
    ("We describe the cases below, in which guards beat the men.", False),
    ("We set out below how the guards beat three workers.", False),
])
def test_announcement_of_cases_below(text: str, quiet: bool) -> None:
    assert signpost(text) is quiet


@pytest.mark.parametrize(("text", "move"), [
    ("HOST: Let's head to the buyers now.", True),
    ("HOST: That's secondhand, though.", True),
    ("HOST: One last thing: wages.", True),
    ("HOST: One last thing: did the guards beat them?", False),
    ("That is hearsay, but the guards beat him anyway.", False),
])
def test_host_caveats_and_turns(text: str, move: bool) -> None:
    assert talk_move(text) is move
