"""Probes (session 38, from heldout385's study): cues of abuse told in plain words, and two readings of a sentence.

- Out of doors only with the household or the employer ("went out only in the company of the madam"): restriction of
  movement; a sleeping space of a few square metres: abusive living conditions.
- The debt deciding when one may go ("free to leave once the loan is repaid"): restriction of movement beside the debt.
- Those who leave told they will be found or caught: intimidation; smoke or fumes breathed at work: abusive conditions;
  a broker who "still has their work cards": retention of identity documents.
- "The landlord, called as a witness, told the court ...": the landlord speaks, not "a witness".

Near misses: a visa to leave a country, a room of forty square metres, leaving when one wants while the employer pays
the debt, someone who left being paid in full, and a court that heard a witness. Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

from probe_helpers import LEAD, lexicon_indicators, speaker

RM = "restriction_of_movement"
AB = "abusive_working_and_living_conditions"


def test_out_only_with_the_household() -> None:
    assert RM in lexicon_indicators("The maid went out only in the company of the madam.")
    assert RM in lexicon_indicators("The cook was seen leaving the house only with her employer.")
    assert RM not in lexicon_indicators("She could leave the country only with a valid visa.")


def test_a_room_of_a_few_square_metres() -> None:
    assert AB in lexicon_indicators("The cook slept in a space of three square metres behind the kitchen.")
    assert AB not in lexicon_indicators("They lived in a room of 40 square metres.")


def test_the_debt_decides_when_one_may_go() -> None:
    assert RM in lexicon_indicators("The boss told me I was free to leave once the loan was repaid.")
    assert RM in lexicon_indicators("They said the van would take them home after the advance was cleared.")
    assert RM not in lexicon_indicators("Workers can leave when they want and the debt is paid by the company.")


def test_leavers_told_they_will_be_found() -> None:
    assert "intimidation_and_threats" in lexicon_indicators("The manager said any woman who walks away will be found.")
    assert "intimidation_and_threats" not in lexicon_indicators("Anyone who left would be paid in full.")


def test_smoke_breathed_at_work() -> None:
    assert AB in lexicon_indicators("The men were breathing smoke from the ovens all day.")


def test_work_cards_held_by_the_recruiter() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("The broker still has their work cards.")


def test_the_landlord_called_to_testify_speaks() -> None:
    text = LEAD + ("The cleaner said her passport was kept in the employer's drawer. The landlord, called as a witness, "
                   "told the court the cleaner was never seen outside without her employer.")
    wording, kind, _ = speaker(text, "never seen outside")
    assert wording == "The landlord" and kind == "anonymous_source"


def test_children_found_harvesting() -> None:
    assert "abuse_of_vulnerability" in lexicon_indicators("Girls aged ten were seen harvesting olives for a broker.")
