"""Speakers in the wordings of monitoring digests, reworked and syndicated copy and court reports (probe diag66):

- an outlet that "spoke to a man who ..." introduces him: the quotes after it and their "he said" are his, not
  the outlet's (an outlet written by the first word of its name, "Vesna" for "Vesna Media", is no person);
- "Its director, X" right after a sentence that names a firm by a company noun and its name speaks for the firm;
- "A Colombo paper": media named by their town or people are an ``organization``;
- "One driver, identified in court papers as Rashid K.": a person given a name;
- a firm's lawyer whose surname opens with a particle ("Salem al-Marri") is read as any other named firm lawyer.

Every text is written for this test; people, firms and outlets are fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import LEAD, speaker

MEDIA = """{outlet} | 2 March 2025

Migrant workers at a Tomsk sawmill described their conditions to reporters.

{short} spoke to a man who drove a loader at the mill until August. He asked not to be named because his son still works
there. "The men sleep in a shed with no heating," he said. "Their passports were taken by the foreman."
"""


@pytest.mark.parametrize("outlet,short", [("Vesna Media", "Vesna"), ("Sibir Post", "Sibir Post"), ("Taiga Files", "Taiga")])
@pytest.mark.parametrize("frag", ["sleep in a shed", "passports were taken"])
def test_the_man_the_outlet_spoke_to_speaks(outlet: str, short: str, frag: str) -> None:
    wording, kind, _ = speaker(MEDIA.format(outlet=outlet, short=short), frag)
    assert wording is not None and wording.startswith("a man who drove a loader") and kind == "anonymous_source"


def test_a_named_person_who_spoke_is_still_the_speaker() -> None:
    text = LEAD + "Rustam spoke slowly. \"Our passports were taken by the foreman,\" he said."
    wording, kind, _ = speaker(text, "passports were taken")
    assert wording == "Rustam" and kind == "named_person"


@pytest.mark.parametrize("before,role", [
    ("The sawmill is run for the Tomsk timber company Kedr-Les.", "Its director, Oleg Marchenko"),
    ("The recruiter, Baltic Star Placement, denied wrongdoing.", "Its managing director, Ruslan Ivanov"),
    ("The workers were hired by the building contractor Amur Montazh.", "Its owner, Pavel Sotnikov"),
])
def test_its_head_after_the_firm_named_speaks_for_it(before: str, role: str) -> None:
    text = LEAD + f"{before} {role}, said that \"nobody keeps passports here\"."
    wording, kind, _ = speaker(text, "nobody keeps")
    assert wording == role and kind == "organization"


@pytest.mark.parametrize("before", [
    "The Kestrel Workers' Union complained to the labour inspectorate.",  # a union's head is a person
    "Workers described the camp in detail.",  # no firm just named: the writers split on a bare "Its director"
])
def test_its_head_without_a_firm_just_named_stays_a_person(before: str) -> None:
    text = LEAD + f"{before} Its director, Oleg Marchenko, said that \"passports are taken\"."
    _, kind, _ = speaker(text, "passports are taken")
    assert kind == "named_person"


@pytest.mark.parametrize("phrase,kind", [
    ("A Colombo paper", "organization"),
    ("a Nepali newspaper", "organization"),
    ("A Kathmandu daily paper", "organization"),
    ("a working paper", "document"),
    ("a World Bank paper", "document"),
])
def test_papers_by_town_or_people(phrase: str, kind: str) -> None:
    wording, got, _ = speaker(LEAD + f"{phrase} reported that the workers were locked in their dormitory.", "locked in")
    assert got == kind and wording is not None and wording.lower() == phrase.lower()


@pytest.mark.parametrize("phrase", [
    "One driver, identified in court papers as Rashid K., a Pakistani national from Lahore,",
    "A cleaner, named in the indictment as Rosa T.,",
])
def test_a_person_identified_by_a_court_is_named(phrase: str) -> None:
    text = LEAD + f"{phrase} testified that his passport was taken on arrival."
    _, kind, _ = speaker(text, "passport was taken")
    assert kind == "named_person"


def test_a_worker_identified_by_a_label_is_no_name() -> None:
    text = LEAD + "One worker, identified in the report as Worker B, said that his passport was taken on arrival."
    _, kind, _ = speaker(text, "passport was taken")
    assert kind != "named_person"


def test_a_firm_lawyer_with_a_particle_surname_is_the_firm() -> None:
    text = LEAD + "A lawyer for Kestrel Foods, Salem al-Marri, said the wages \"were paid in full\"."
    assert speaker(text, "were paid in full")[1] == "organization"
