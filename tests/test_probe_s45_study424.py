"""Probes for the forty-fifth session's study of a held-out set on bonded labour at brick kilns, farms and looms in
South Asia (``heldout424``): the shapes it showed that other reports share. Every text here is invented (people,
firms and figures); places are real."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, lexicon_indicators, speaker

# ---------------------------------------------------------------- an interview that names the agent, never "workers"

INTERVIEW = (
    "RIVER POST | Interview\n\n"
    "Kiln workers from Sambalpur go south with their families every winter. Meera Panda, a geographer, has visited them "
    "near Warangal for three seasons.\n\n"
    "River Post: Who keeps the accounts?\n\n"
    "Meera Panda: The jamadar pays a lump sum before the trip. Later the jamadar says what is left after the "
    "advance and the food, and often nothing is left.\n\n"
    "River Post: Can they call home?\n\n"
    "Meera Panda: The sardar's mobile is the only phone at the camp, and they hear from home only through him.\n"
)


def test_an_interview_about_a_kiln_agent_is_read_though_it_never_says_workers() -> None:
    a = analyse(INTERVIEW, META)
    texts = " ".join(c.text for c in a.claims)
    assert "only phone" in texts
    assert speaker(INTERVIEW, "only phone", META)[:2] == ("Meera Panda", "named_person")


def test_a_title_sardar_is_no_labour_agent() -> None:
    text = ("Sardar Inderjit Singh opened the new library in Ludhiana on Sunday.\n\n"
            "He said the old building was damp and the roof leaked for years.\n")
    assert analyse(text, META).claims == []


# ---------------------------------------------------------------- ration, Aadhaar and CNIC cards held by the agent


@pytest.mark.parametrize("sentence", [
    "The contractor has our wages and our ration cards.",
    "The landlord keeps their CNICs in a tin box.",
    "Inspectors found the Aadhaar cards of 14 weavers locked in the owner's almirah.",
])
def test_cards_a_family_lives_by_held_by_the_agent_or_owner(sentence: str) -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The agent helped the families apply for ration cards.",
    "Each weaver has an Aadhaar card linked to a bank account.",
    "The families showed us their ration cards.",
])
def test_cards_named_without_anyone_holding_them(sentence: str) -> None:
    assert "retention_of_identity_documents" not in lexicon_indicators(sentence)


# ---------------------------------------------------------------- chained in a shed


def test_a_man_chained_in_a_cattle_shed() -> None:
    found = lexicon_indicators("The landlord's guards caught the boy and chained him in the cattle shed overnight.")
    assert {"physical_and_sexual_violence", "restriction_of_movement"} <= found


def test_a_man_shackled_in_a_hut() -> None:
    assert "restriction_of_movement" in lexicon_indicators("The kamdar shackled the boys in a hut for three days.")


@pytest.mark.parametrize("sentence", [
    "The dogs were chained in the yard at night.",
    "The boat was chained to the jetty.",
    "Police shackled the suspects in the van.",
])
def test_chains_on_animals_boats_and_suspects_are_no_abuse(sentence: str) -> None:
    assert "physical_and_sexual_violence" not in lexicon_indicators(sentence)


# ---------------------------------------------------------------- a guest who shares the host's family name

PODCAST = (
    "CANAL VOICES - episode 9: \"Paddy and debt\"\n"
    "Transcript. Broadcast on 4 May 2026.\n\n"
    "HOST (MIRA BHATTI): Welcome. Our reporter Tomas Reyes went to farms near Multan.\n\n"
    "TOMAS REYES (REPORTER): Ghulam Nabi Bhatti is 58. He lives near the canal.\n\n"
    "GHULAM NABI BHATTI: My father took a loan from the landlord. I ploughed his fields for 30 years and was never "
    "paid in cash.\n\n"
    "GHULAM NABI BHATTI: The landlord's men beat me when I asked to leave.\n\n"
    "BHATTI: Thank you for listening.\n"
)


def test_a_guest_who_shares_the_hosts_family_name_is_not_the_host() -> None:
    assert speaker(PODCAST, "never paid in cash", META)[:2] == ("Ghulam Nabi Bhatti", "named_person")
    assert speaker(PODCAST, "beat me", META)[:2] == ("Ghulam Nabi Bhatti", "named_person")


def test_the_hosts_own_label_is_still_the_house() -> None:
    from labourlens.analyse.house_roles import house_voice

    house = frozenset({"mira", "bhatti", "mira bhatti"})
    assert house_voice("MIRA BHATTI", house)
    assert house_voice("BHATTI", house)
    assert not house_voice("GHULAM NABI BHATTI", house)
    assert house_voice("TOMAS REYES", frozenset({"reyes"}))  # only the family name known: as before


# ---------------------------------------------------------------- "No member of the association ..." as the subject


def test_a_subject_no_member_of_a_body_denies_the_cue_farther_back() -> None:
    from labourlens.analyse import indicators as lexicon

    m = lexicon.match("No member of the federation holds the passport of any worker.", 0)
    assert not m.hits and {h.indicator for h in m.negated} == {"retention_of_identity_documents"}


@pytest.mark.parametrize("sentence", [
    "No member of the team said that the boss kept their passports.",
    "No matter what, the owner keeps their passports.",
    "None of the workers had their passports; the agency kept them all.",
])
def test_no_subject_denial_across_a_clause_or_a_comma(sentence: str) -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(sentence)


def test_a_no_subject_with_a_reporting_verb_of_its_own_is_left_to_the_finding_rules() -> None:
    assert "physical_and_sexual_violence" in lexicon_indicators("None of the 30 cooks reported physical violence by managers.")


# ---------------------------------------------------------------- carpet towns, Terai kiln towns, hill districts


def test_places_of_south_asian_kiln_and_loom_reports() -> None:
    text = ("Loom owners in Aurai and Gopiganj kept the weavers' pay for months. Moulders at a kiln near Kalaiya and "
            "another outside Simara came from Rolpa and Rukum; others were found at kilns in Yadadri Bhuvanagiri after "
            "leaving Khariar block.")
    found = {(p.name, p.country) for p in analyse(text, META).places}
    names = {n for n, _ in found}
    assert {"Aurai", "Gopiganj", "Kalaiya", "Simara", "Rolpa", "Rukum", "Yadadri Bhuvanagiri", "Khariar"} <= names
    assert ("Kalaiya", "NP") in found and ("Aurai", "IN") in found
