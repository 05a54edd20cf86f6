"""Probes from the lead's studies of two sets opened on 1 December 2026 (fifth session): a compliance analyst's clippings
on the Gulf and Africa (drivers whose licences a haulier keeps, an audit of cocoa farms, conscripts punished, riders
fined for going out), and NGO and research publications (numbered findings, case studies under pseudonyms). Every
text is written for these tests; every person, outlet and company is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators as lexicon
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, lexicon_indicators, speakers_by_opening


def _rules(sentence: str) -> set[str]:
    return {h.rule for h in lexicon.match(sentence, 0).hits}


# driving licences are identity papers a driver cannot work without
@pytest.mark.parametrize("sentence", [
    "The transport firm holds the men's driving licences in its office.",
    "The company keeps drivers' licences and hands them back only when the season ends.",
    "Their driver's licences are handed back only on departure.",
])
def test_driving_licences_kept_are_retained_documents(sentence: str) -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(sentence)


def test_a_licence_renewed_is_no_retention() -> None:  # control
    assert "retention_of_identity_documents" not in lexicon_indicators(
        "Drivers said the office renews their driving licences every five years.")


# a report about truck drivers is a report about workers: with two kinds of abuse it gets claims
def test_a_report_about_drivers_has_claims() -> None:
    text = ("Haulage drivers say firm holds licences\n\n"
            "KOLWEZI, DR Congo - Lorry drivers carrying manganese for a fictional Bright Road Logistics say the company "
            "holds their driving licences in its office.\n\n"
            "A second driver said they work 16-hour turns on the road.\n")
    a = analyse(text, META)
    assert {i for c in a.claims for i in (h.indicator for h in c.indicators)} >= {
        "retention_of_identity_documents", "excessive_overtime"}


def test_a_race_report_about_drivers_stays_quiet() -> None:  # control: sport's drivers
    text = ("Rain delays the desert rally\n\n"
            "Drivers were held at the start line for two hours on Saturday as rain flooded the track, organisers "
            "said. The leading drivers will now race 14 hours on Sunday.\n")
    assert analyse(text, META).claims == []


# a penalty for going out is a restriction of movement, even when the going out is "without" someone
@pytest.mark.parametrize("sentence", [
    "If we go out without the foreman, he cuts a day's pay.",
    "Anyone who goes out on a Friday is fined 50 riyals.",
    "If they go out after eight, they lose a day's pay.",
])
def test_a_penalty_for_going_out_restricts_movement(sentence: str) -> None:
    assert "FL03.r146_penalty_for_going_out" in _rules(sentence)


def test_going_out_to_work_is_no_penalty() -> None:  # control
    assert "FL03.r146_penalty_for_going_out" not in _rules("If you go out to the site early, the bus is free.")


@pytest.mark.parametrize("sentence", [
    "The boss locks them in the workshop at night.",
    "The madam locked her in the house when the family travelled.",
])
def test_locked_in_a_place_restricts_movement(sentence: str) -> None:
    assert "restriction_of_movement" in lexicon_indicators(sentence)


def test_locking_tools_in_a_room_is_no_confinement() -> None:  # control
    assert "FL03.r146_locks_us_in" not in _rules("The foreman locks the tools in the shed at night.")


def test_water_cut_where_workers_live() -> None:
    assert "FL10.r146_water_cut" in _rules("Men at the labour camp say their running water was shut off for a week.")


def test_a_town_water_cut_is_no_abuse_of_workers() -> None:  # control
    assert "FL10.r146_water_cut" not in _rules("The district water supply has been cut for repairs, the council said.")


def test_children_given_an_age_doing_hazardous_work() -> None:
    sentence = "Inspectors saw four children aged 12 and 13 hauling heavy sacks of ore."
    assert "FL10.r146_children_hazards" in _rules(sentence)
    a = analyse(LEAD + sentence + "\n", META)
    assert any("abusive_working_and_living_conditions" in {h.indicator for h in c.indicators} for c in a.claims)


def test_children_at_school_are_no_hazard() -> None:  # control
    assert "FL10.r146_children_hazards" not in _rules(
        "The children aged 10 to 14 learned at school how machetes are made.")


# "without" in the subject's own phrase does not deny the clause after it when the cue opens with the clause's
# auxiliary ("were tied up"); before a bare participle ("were | beaten") it still does (the wider reading made an
# unread set fall)
@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Recruits caught without a permit were tied to a post overnight.", "physical_and_sexual_violence"),
    ("Those caught without papers are fined by the supervisor.", "intimidation_and_threats"),
])
def test_a_without_phrase_in_the_subject_does_not_negate(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Workers were paid without deductions.",
    "They left without being beaten.",
])
def test_without_before_the_cue_still_negates(sentence: str) -> None:  # controls
    m = lexicon.match(sentence, 0)
    assert m.negated and not {h.indicator for h in m.hits} & {h.indicator for h in m.negated}


# --- speakers (the lead's study of a set of NGO and research publications, same session)

def test_a_participle_after_an_article_is_no_reporting_verb() -> None:
    m = find_mention("The women report months of unpaid overtime worth an estimated 9,000 dirhams each.")
    assert m is not None and (m.wording, m.cue) == ("The women", "report")
    assert find_mention("Workers are owed an estimated 40,000 riyals each.") is None


@pytest.mark.parametrize(("sentence", "wording"), [
    ("The men describe 16-hour shifts in the packing hall.", "The men"),
    ("The women say the agent kept their passports.", "The women"),
])
def test_irregular_plurals_report_with_the_base_form(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize(("sentence", "wording"), [
    ("On one estate, older pickers said their wages came late.", "older pickers"),
    ("At another site, two welders said their passports were kept by the foreman.", "two welders"),
    ("On Monday, the ministry said no workers were held.", "the ministry"),  # control: a day stays a fronted adjunct
])
def test_a_place_counted_off_before_the_speaker_is_no_part_of_it(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


_CASE = (LEAD + "Case study 2: Nadia\n\n"
         "Nadia, not her real name, went to Muscat in 2023 as a cleaner at 23. Her payslip for March shows 40 rials "
         "deducted for food.\n\n"
         "She said in an interview with our team that the agency kept her passport and that she worked 16 hours a day.\n")


def test_she_after_a_pseudonym_between_commas_is_that_person_not_the_payslip() -> None:
    spoken = speakers_by_opening(_CASE)
    assert spoken["She said in an interview with "] == ("Nadia", "named_person")


def test_a_numbered_finding_whose_number_stands_alone_is_the_page() -> None:
    text = ("Cleaners paid late, new research finds\n\n"
            "We interviewed 20 cleaners from Kenya and Nepal between May and June. Key findings:\n\n"
            "1. Twelve of the 20 porters said a supervisor held their residence cards.\n"
            "2. Workers described unpaid overtime on most days.\n")
    spoken = speakers_by_opening(text)
    assert spoken["Twelve of the 20 porters said "] == (None, "outlet")
    assert spoken["Workers described unpaid overt"] == (None, "outlet")
