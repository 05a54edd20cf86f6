"""Probes (study-295b): wording the indicator lexicon lacked: people sold, passed on or inherited like property and
people who "belong" to a master's family; a debt kept in the owner's book and a debt book never shown (deception); a radio room
locked and calls home only in secret; armed men guarding a site; families of deserters fined; runaways arrested;
leave at an officer's discretion. And the same words where they tell no such thing: goods sold or inherited, a
gang one belongs to, a book in a school, leave in a law. Mini-texts are invented."""

import pytest

from labourlens.analyse import indicators


def _ids(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("Two of the girls were sold to a new master in the next valley.", "abuse_of_vulnerability"),
    ("The boy had been traded by one family to another when he was nine.", "abuse_of_vulnerability"),
    ("She said she was passed from one master to the next for cash.", "abuse_of_vulnerability"),
    ("When the old man died, his son inherited them along with the wells.", "abuse_of_vulnerability"),
    ("He told us that we belonged to his family and always would.", "abuse_of_vulnerability"),
    ("Rice, soap, the bus fare: all of it goes in his book, and the sum only grows.", "debt_bondage"),
    ("We owe him, he says, but he has never let us see the ledger.", "deception"),
    ("The skipper padlocked the radio cabin after we left port.", "isolation"),
    ("My cousin can only phone us while her employer is asleep.", "isolation"),
    ("Armed men, two of them in fatigues, stand guard at the quarry gate day and night.", "intimidation_and_threats"),
    ("Parents of deserters were fined and their stalls were shut.", "intimidation_and_threats"),
    ("Conscripts who absconded were arrested at the checkpoints.", "intimidation_and_threats"),
    ("Home leave came once a year at the officer's discretion.", "restriction_of_movement"),
])
def test_cue_found(text: str, indicator: str) -> None:
    assert indicator in _ids(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The cattle were sold to a new owner at the market in Kayes.", "abuse_of_vulnerability"),
    ("She inherited the land and the herd from her uncle.", "abuse_of_vulnerability"),
    ("The drivers said they belonged to a union in Bamako.", "abuse_of_vulnerability"),
    ("Every pupil's mark goes in the school book at the end of term.", "debt_bondage"),
    ("Under the act, annual leave is granted at the employer's discretion.", "restriction_of_movement"),
])
def test_cue_not_found(text: str, indicator: str) -> None:
    assert indicator not in _ids(text)
