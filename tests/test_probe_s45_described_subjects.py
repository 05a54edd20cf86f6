"""A person introduced by a description alone ("A man in his twenties from Cebu worked ...") and then "he said": the
pronoun is that person's (forty-fifth session, from the speaker errors left on the studied sets: case notes of
shelters and legal clinics give each interviewee so, and the pronouns went to nobody or to the case before).
Texts are invented."""

from __future__ import annotations

from probe_helpers import speaker, speakers_by_opening

META = {"published": "2025-06-10", "language": "en"}

CASES = (
    "MARIGOLD MIGRANT DESK\nCase notes, second quarter\n\n"
    "Case A. A man in his twenties from Cebu, Central Visayas, worked on a tuna longliner out of Kaohsiung for "
    "fourteen months. He said the captain kept every crew member's passport in the wheelhouse safe.\n\n"
    "Case B. A woman in her forties from Kollam worked as a cleaner in a Muscat villa. She said her employer paid "
    "her nothing for the last five months of her contract.\n\n"
    "Case C. A 19-year-old fisherman from Tegal was recruited by an agent in Pemalang. He said he was beaten by the "
    "bosun when he asked to go home.\n"
)


def test_each_described_person_speaks_for_their_case() -> None:
    got = speakers_by_opening(CASES, 25, META)
    assert got["He said the captain kept "] == ("A man in his twenties from Cebu", "anonymous_source")
    assert got["She said her employer pai"] == ("A woman in her forties from Kollam", "anonymous_source")
    assert got["He said he was beaten by "] == ("A 19-year-old fisherman from Tegal", "anonymous_source")


def test_the_cases_are_three_sources() -> None:
    keys = {speaker(CASES, frag, META)[2] for frag in ("captain kept", "paid her nothing", "beaten by the bosun")}
    assert len(keys) == 3


def test_a_pronoun_of_the_other_gender_is_not_the_described_person() -> None:
    text = ("Rosa Delgado, a lawyer at the fictional Harbour Rights Clinic, has taken on several crew cases. "
            "A man in his thirties from Iloilo worked on a squid jigger for two years. "
            "She said the agency had kept his passport and charged him a deposit of 40,000 pesos.")
    wording, kind, _ = speaker(text, "charged him a deposit", META)
    assert (wording, kind) != ("A man in his thirties from Iloilo", "anonymous_source")


def test_a_description_doing_something_else_gives_no_speaker() -> None:
    # "was injured" is no step of a life story that introduces a person to be heard
    text = ("Rosa Delgado, a lawyer at the fictional Harbour Rights Clinic, spoke to us in May. "
            "A worker was injured on the deck last year. She said the firm had not paid the worker his wages for months.")
    assert speaker(text, "not paid the worker", META)[:2] != ("A worker", "anonymous_source")
