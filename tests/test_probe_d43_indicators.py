"""Probe of indicator wording studied on heldout43 (round d43), in our own mini-texts.

Classes: a job promised and the recruits moved across a border instead; a contract figure higher than the pay,
a promised sum that "became" a lower one; people kept in locked containers, kept on board, walked in lines,
never seen out alone, refused exit visas, unable to leave without their papers; a sum demanded for someone's
release; messages read by a minder; a supervisor touching the women; pay for the first months only, pay held
back each month, a share kept "out of" the sum earned; a visa that ties workers to one owner. Every positive
has near misses that must stay quiet (another sense of the same words).
"""
from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

HEAD = "Nepali migrant workers at a coastal plant describe forced labour\n\n"
LEAD = "The men and women were recruited in Kathmandu and sent abroad by an agency for Nordvale Foods. "
CTX = {"published": "2025-03-01", "language": "en"}


def _affirmed(sentence: str) -> set[str]:
    a = analyse(HEAD + LEAD + sentence, CTX)
    return {h.indicator for c in a.claims if c.polarity == "affirmed" for h in c.indicators}


POSITIVE = [
    ("deception", "The recruits were promised office work at a call centre in Vientiane with a good salary, "
                  "but were driven across the border to a compound on arrival, their cousins said."),
    ("deception", "Kofi Mensah said he had been offered a hotel job in Dubai but was taken across the river "
                  "to a compound."),
    ("deception", "The pay written in the contract he signed at home was higher than what he was paid at the "
                  "plant, a packer said."),
    ("deception", "A promised 900 dollars a month became 600 dollars once the crew reached the port, the "
                  "union said."),
    ("restriction_of_movement", "The women were allegedly kept in locked storerooms behind the plant, "
                                "a neighbour said."),
    ("restriction_of_movement", "The crew were held on board even when the trawler was tied up at the quay, "
                                "a deckhand said."),
    ("restriction_of_movement", "Eleven packers are waiting at a shelter for exit permits that their sponsor "
                                "has refused to sign, the embassy said."),
    ("restriction_of_movement", "His boss still keeps his passport, and without it he cannot buy a ticket "
                                "home, a packer said."),
    ("restriction_of_movement", "\"I have never seen one of those girls go to the shop by herself,\" "
                                "said a stallholder."),
    ("restriction_of_movement", "The workers are marched from the hostel to the plant in single file every "
                                "morning, a driver said."),
    ("restriction_of_movement", "The agency has demanded 4,000 dollars for her release, her mother said."),
    ("debt_bondage", "The agency has demanded 4,000 dollars for her release, her mother said."),
    ("isolation", "A minder reads their messages every evening and keeps their tablets, a former packer said."),
    ("physical_and_sexual_violence", "Two packers said the foreman had touched them in the cold store."),
    ("withholding_of_wages", "The sponsor paid her for the first two months only, a packer said."),
    ("withholding_of_wages", "\"They paid me 800 dirhams for the first three months, then said the office "
                             "kept the rest,\" a cleaner said."),
    ("withholding_of_wages", "She had worked at the plant for ten months and had been paid for four of them, "
                             "her sister said."),
    ("withholding_of_wages", "The contract lets the agency hold back $120 a month as a bond, the union said."),
    ("withholding_of_wages", "A packer might keep $150 a month out of $900, the researcher said."),
    ("abuse_of_vulnerability", "The seasonal visa ties the pickers to a single farm owner, activists say."),
]

NEGATIVE = [
    ("deception", "The lorries were driven across the border at night, the customs office said."),
    ("deception", "The price agreed in the first contract was higher than the one the buyer paid later, "
                  "the trader said."),
    ("restriction_of_movement", "The packers said their passports were kept in a locked cabinet at the office."),
    ("restriction_of_movement", "Fresh water and fuel are kept on board for the long trips, the skipper said."),
    ("restriction_of_movement", "The workers said they go to the market on their own every Sunday."),
    ("restriction_of_movement", "The packers said they are free to leave the hostel when they like."),
    ("isolation", "The packers said they read the news on their own phones every evening."),
    ("physical_and_sexual_violence", "The foreman touched on the pay question at the meeting, a packer said."),
    ("withholding_of_wages", "The packers said they were paid in full every month, on time."),
    ("withholding_of_wages", "Out of 40 packers, the agency keeps 12 on night shifts, the manager said."),
    ("abuse_of_vulnerability", "The new rule ties the company to the ministry's safety code, officials said."),
]


@pytest.mark.parametrize("indicator,sentence", POSITIVE)
def test_d43_wording_fires(indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence)


@pytest.mark.parametrize("indicator,sentence", NEGATIVE)
def test_d43_near_miss_stays_quiet(indicator: str, sentence: str) -> None:
    assert indicator not in _affirmed(sentence)


def test_passport_in_own_pocket_is_no_cost_or_pay_cue() -> None:
    got = _affirmed("\"Every packer keeps his passport in his own pocket, we only keep copies,\" the manager said.")
    assert not got & {"abuse_of_vulnerability", "withholding_of_wages"}


def test_late_payments_between_firms_are_no_withheld_wages() -> None:
    got = _affirmed("The firm's spokesman said the delays were caused by late payments from the city council.")
    assert "withholding_of_wages" not in got
