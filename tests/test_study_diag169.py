"""Probes for the classes of miss found when heldout169 (forced and child labour in artisanal mining and cocoa in
West and Central Africa) was opened for study (branch diag169). Every text is written for these tests, in our own
wording: names, firms and figures are invented (places and currencies are real); each class has controls that must
not change."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify
from probe_helpers import speaker

META = {"published": "2026-11-20", "language": "en"}

# ---------------------------------------------------------------- "as a teenager" inside a "who" clause


def test_as_phrase_inside_who_clause_is_no_speaker() -> None:
    m = find_mention("A second source, a cook from Tamale who moved to Kumasi as a teenager, said the girls "
                     "were locked in at night.")
    assert m is not None and m.wording.startswith("A second source")
    m = find_mention("One worker, a welder who joined the yard as an apprentice, said his pay was held back.")
    assert m is not None and m.wording.startswith("One worker")


def test_as_phrase_controls() -> None:
    m = find_mention("The camp, as the district inspector said, had no water.")
    assert m is None or "inspector" in m.wording
    m = find_mention("Pay came late, a driver who worked as a porter said.")
    assert m is not None and "driver" in m.wording


# ---------------------------------------------------------------- children speaking for themselves


def test_children_are_unnamed_people() -> None:
    assert classify("Children") == "anonymous_source"
    assert classify("Minors at the depot") == "anonymous_source"
    assert classify("Several children interviewed in Tarkwa") == "anonymous_source"


def test_children_controls() -> None:
    assert classify("Save the Children") != "anonymous_source"
    assert classify("Boys") == "anonymous_source"
    assert classify("Kwame Mensah") == "named_person"


# ---------------------------------------------------------------- a person named with an age after a dateline

DATELINE = ("Tarkwa Herald\n\n"
            "Boys in the sluices\n\n"
            "Young diggers near Tarkwa describe night work and pay that never comes\n\n"
            "TARKWA \u2014 Yaw, 14, who asked that his surname be withheld, has washed gravel at a pit near the river "
            "since March. He said the gang works until midnight without a break.\n")


def test_he_after_dateline_name_and_age_is_that_boy() -> None:
    wording, kind, _key = speaker(DATELINE, "the gang works until midnight", META)
    assert wording == "Yaw" and kind == "named_person"


def test_dateline_name_control() -> None:
    text = ("Tarkwa Herald\n\nBoys in the sluices\n\nYoung diggers near Tarkwa describe night work and pay that never "
            "comes\n\nTARKWA \u2014 Ama Owusu, a district labour officer, visited the pits in May. She said the boys work "
            "until midnight and their wages are held back for three months.\n")
    wording, _kind, _key = speaker(text, "wages are held back", META)
    assert wording == "Ama Owusu"


# ---------------------------------------------------------------- the unnamed owner of a mining site


def test_site_owner_speaks_for_the_site() -> None:
    assert classify("The site owner, reached by phone") == "organization"
    assert classify("the pit owner") == "organization"


def test_site_owner_controls() -> None:
    assert classify("a site supervisor") == "anonymous_source"
    assert classify("The site manager") == "anonymous_source"


# ---------------------------------------------------------------- indicators in mining and cocoa field reports

def _lex(sentence: str) -> set[str]:
    from probe_helpers import lexicon_indicators

    return lexicon_indicators(sentence)


def test_others_papers_kept() -> None:
    assert "retention_of_identity_documents" in _lex("The caretakers keep the girls' birth certificates in a tin.")
    assert "retention_of_identity_documents" in _lex("The drivers had taken the children's health cards at the border.")
    assert "retention_of_identity_documents" not in _lex("Pickers keep their birth certificates at home.")
    assert "retention_of_identity_documents" not in _lex("The girls' health cards were issued by the clinic in May.")


def test_armed_watch_and_runaways() -> None:
    assert "restriction_of_movement" in _lex("Three men with rifles stand at the track to the village.")
    assert "restriction_of_movement" in _lex("The teenagers wash gravel under the eye of armed guards.")
    assert "restriction_of_movement" in _lex("A girl who tried to run away in June was chained to a post.")
    assert "restriction_of_movement" not in _lex("A man with a rifle was seen near the market.")


def test_journey_debt_worked_off() -> None:
    assert "debt_bondage" in _lex("Each newcomer is charged for the bus from Kayes and must work it off at the pit.")
    assert "debt_bondage" in _lex("Until it is repaid, the girl earns nothing.")
    assert "debt_bondage" in _lex("Rice advances are sold at twice the market price.")
    assert "debt_bondage" not in _lex("The bus from Kayes leaves at six and the fare is 4,000 francs.")


def test_promises_to_families() -> None:
    assert "deception" in _lex("A recruiter promised her parents 50,000 francs a month.")
    assert "deception" in _lex("None of that pay was ever going to be paid, the officer said.")
    assert "deception" not in _lex("The farmer paid her parents 50,000 francs.")


def test_hidden_and_locked_in() -> None:
    found = _lex("Farm owners lock the children in the shed when inspectors come to the farm.")
    assert {"isolation", "restriction_of_movement"} <= found
    assert "isolation" not in _lex("Inspectors came to the farm in March and met the owners.")


def test_sleeping_at_the_workings_and_loads() -> None:
    assert "abusive_working_and_living_conditions" in _lex("The diggers sleep in the shafts to keep their places.")
    assert "abusive_working_and_living_conditions" in _lex("Minors were hauling sacks of ore up the slope.")
    assert "abusive_working_and_living_conditions" not in _lex("The children carried their school bags home.")


def test_handed_to_site_owners() -> None:
    assert "abuse_of_vulnerability" in _lex("The boys had been handed to farm owners by a man who paid their fares.")


def test_field_monitors_are_no_watchers() -> None:
    assert "intimidation_and_threats" not in _lex("Our monitors counted 90 children breaking stones at the quarry.")
    assert "intimidation_and_threats" in _lex("Their families are watched by the police.")


def test_as_naming_inside_who_clause_stays() -> None:
    m = find_mention("A man who identified himself only as Kwesi said the pay had stopped.")
    assert m is not None and m.wording == "Kwesi"
