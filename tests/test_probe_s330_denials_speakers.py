"""Probes (s330): denials the lexicon lacked (reports "described as" a smear, claims that "were" quoted
"fabrications", an employer's "there are no Uzbeks at our plant", "No one ever laid a finger on us", evidence that
"does not prove that" anyone was forced), the writer's cautions read as unconfirmed notes (a claim that rests on a
single account, "should be read as unverified", "has found no evidence for it"), and speakers: a unit of a
government named through it ("the city government's migration commission") is the state's, and a representative of
an intermediary firm, its town after it, speaks for the firm. Near misses stay as they were: a worker's "there are no
fans in our workshop" is a claim, and "police found no evidence of abuse" no unconfirmed note. Texts written for
these tests; the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-06-10", "language": "en"}


def test_reports_called_a_smear_or_quoted_fabrications_are_denials() -> None:
    assert hedges.denial_cue('The consulate has in the past described reports of abuse of its nationals on Sakhalin '
                             'as "slander".') is not None
    assert hedges.denial_cue('A spokesman for the mission said allegations of unpaid wages at the Kholmsk yards were '
                             '"fabrications".') is not None


def test_an_employers_no_people_of_a_nation_on_its_sites_is_a_denial_but_a_workers_no_fans_is_not() -> None:
    assert hedges.denial_cue('The manager told us "there are no Uzbeks at our plant, only local staff".') is not None
    assert hedges.denial_cue("In July there were no fans in our workshop and two women fainted.") is None


def test_nobody_laid_a_finger_and_a_caution_about_proof_are_negations() -> None:
    assert hedges.denial_cue("One welder said no one ever laid a finger on us at the Korsakov yard.") is not None
    assert hedges.denial_cue("The survey notes that the listings by themselves do not prove that a single cook was "
                             "forced to stay.") is not None


def test_the_writers_cautions_are_unconfirmed_notes() -> None:
    assert hedges.is_unconfirmed("These details rest on a single testimony and should be read as unverified.")
    assert hedges.is_unconfirmed("The collective has so far found no evidence for it.")
    assert hedges.is_unconfirmed("We have seen no documents confirming the sum.")
    assert not hedges.is_unconfirmed("Police found no evidence of abuse at the yard.")


def test_a_denial_in_a_report_is_a_negated_claim() -> None:
    text = ("Sakhalin Courier\n\nWelders at the Kholmsk yard\n\n"
            "Two welders said the foreman took their passports on arrival and kept them in his office.\n\n"
            'The yard\'s owner, Pelican Marine, described reports of passport confiscation at the yard as "a crude '
            'smear" and said all its welders were paid on time.\n')
    a = analyse(text, META)
    c = next(c for c in a.claims if "crude" in c.text)
    assert c.polarity == "negated" and not c.indicators


def test_a_government_unit_named_through_the_government_is_official() -> None:
    assert classify("Lidia Orlova, deputy head of the city government's migration commission") == "official"
    assert classify("Lidia Orlova, chair of the council of the regional government") == "official"
    assert classify("the government's critics") != "official"


def test_a_representative_of_an_intermediary_in_a_town_speaks_for_the_firm() -> None:
    assert classify("A representative of the labour intermediary in Kazan, reached by phone") == "organization"
    assert classify("A spokesman for the contractor in Ussuriysk") == "organization"
    assert classify("a spokesman for the ministry in Moscow") == "official"


def test_near_misses_stay_as_they_were() -> None:
    assert hedges.denial_cue("In July there were no fans in our workshop and two women fainted.") is None
    assert hedges.denial_cue("There are no toilets at our site, the cooks said.") is None
    assert not hedges.is_unconfirmed("Police found no evidence of abuse at the yard.")
    assert classify("the government's critics") != "official"
    assert classify("a spokesman for the ministry in Moscow") == "official"
