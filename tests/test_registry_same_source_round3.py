"""Same source, round 3: a wire lede names its first speaker by role only ("..., a lawmaker said on
Sunday.") and the next paragraph names that person ("MP Jana Vos told ..."): one source for the whole
document (gold README: a speaker keeps its id for the whole document). Negative cases: "another"
person, a different role, a second person who spoke in between, a gender that does not fit.

All reports here are invented for the tests (fictional people, companies and outlets)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.coref_families import counted_fits, label_tail, names_document, role_fits
from labourlens.model import Source


def _key(text: str, fragment: str) -> str | None:
    for sent, src in speakers_of(text):
        if fragment in sent:
            return src.key if src else None
    raise AssertionError(f"no sentence contains {fragment!r}")


SAME = [
    ("LISBON (Harbour Wire) — Dozens of fruit pickers from Nepal were housed in a cattle shed near Beja, "
     "an inspector said on Friday.\n\n\"There was no water at all,\" Rui Tavares Lemos, a senior inspector "
     "with the regional labour authority, told Harbour Wire.", "fruit pickers", "no water at all"),
    ("BRASILIA (Plains Wire) — Forty loggers had not been paid for six months, a lawmaker said on "
     "Sunday.\n\nDeputy Clarice Mendonça Ruas told a committee that the men were kept in a camp with "
     "armed guards.", "Forty loggers", "armed guards"),
    ("NAIROBI (East Desk) — Domestic workers placed by an agency in Mombasa were locked in at night, a "
     "former employee said.\n\nThe former driver, Otieno Wekesa Mbugua, said the agency kept every "
     "passport in a safe in its office.", "locked in at night", "passport in a safe"),
    ("ALMATY (Steppe Daily) — Migrant builders at a tower site have complained of unpaid wages, a "
     "regional ombudsman said on Monday.\n\nAigerim Sadykova Nurlanovna, the ombudsman for Almaty "
     "Region, said her office had received 40 complaints.", "unpaid wages", "40 complaints"),
    ("MANILA (Bay Wire) — Seafarers on two trawlers were owed a year of wages, a lawyer said on "
     "Tuesday.\n\nAttorney Ramon Dizon Abueva said the crews had signed contracts they could not read.",
     "a year of wages", "could not read"),
]


@pytest.mark.parametrize("text, lede, later", SAME)
def test_the_lede_role_and_the_named_person_are_one_source(text: str, lede: str, later: str) -> None:
    first, second = _key(text, lede), _key(text, later)
    assert first is not None and first == second


DIFFERENT = [
    # "another" inspector is someone else
    ("LISBON (Harbour Wire) — Dozens of fruit pickers from Nepal were housed in a cattle shed near Beja, "
     "an inspector said on Friday.\n\nAnother inspector, Rui Tavares Lemos, said there was no water at "
     "all.", "fruit pickers", "no water at all"),
    ("LISBON (Harbour Wire) — Dozens of fruit pickers from Nepal were housed in a cattle shed near Beja, "
     "an inspector said on Friday.\n\nRui Tavares Lemos, a second inspector with the regional labour "
     "authority, said there was no water at all.", "fruit pickers", "no water at all"),
    # a different role: the lawmaker is not the lawyer
    ("BRASILIA (Plains Wire) — Forty loggers had not been paid for six months, a lawmaker said on "
     "Sunday.\n\nClarice Mendonça Ruas, a lawyer for the men, said they were kept in a camp with armed "
     "guards.", "Forty loggers", "armed guards"),
    # someone else spoke in between: the named person is not tied back to the lede
    ("NAIROBI (East Desk) — Domestic workers placed by an agency in Mombasa were locked in at night, a "
     "former employee said.\n\nA neighbour said she often heard crying from the house.\n\nThe former "
     "driver, Otieno Wekesa Mbugua, said the agency kept every passport in a safe.", "locked in at night",
     "passport in a safe"),
    # a former employee is not a current one
    ("NAIROBI (East Desk) — Domestic workers placed by an agency in Mombasa were locked in at night, a "
     "former employee said.\n\nOtieno Wekesa Mbugua, a driver who still works for the agency, said "
     "every passport was kept in a safe.", "locked in at night", "passport was kept"),
]


@pytest.mark.parametrize("text, lede, later", DIFFERENT)
def test_a_different_person_keeps_a_source_of_their_own(text: str, lede: str, later: str) -> None:
    assert _key(text, lede) != _key(text, later)


@pytest.mark.parametrize("head, lede, named, fits", [
    ("lawmaker", "a lawmaker", "MP Jana Vos", True),
    ("lawmaker", "a lawmaker", "Senator Ilse Brandt", True),
    ("official", "an official", "Deputy Minister Tomas Hale", True),
    ("ombudsman", "a regional ombudsman", "Sara Lind, the ombudsman for the region", True),
    ("employee", "a former employee", "The former cook, Ana Brito", True),
    ("employee", "a former employee", "Ana Brito, a cook at the hotel", False),
    ("lawmaker", "a lawmaker", "Jana Vos, a researcher", False),
    ("source", "a source", "Jana Vos, a trader", False),
])
def test_role_families(head: str, lede: str, named: str, fits: bool) -> None:
    assert role_fits(head, lede, named) is fits


DOC_SAME = [
    ("Court papers filed in Lagos on Monday say the agency kept the passports of 30 welders. The filing "
     "says the men were paid nothing for five months.", "kept the passports", "paid nothing"),
    ("An indictment unsealed in Ohio says the firm moved 12 cooks between restaurants at night. The "
     "filing says the cooks were never paid overtime.", "moved 12 cooks", "never paid overtime"),
    ("The designation notice says the Lumen Star Trading Company placed 200 workers on farms in Almaty "
     "Region. The listing says the workers handed over most of their wages.", "placed 200 workers",
     "handed over most"),
    ("A complaint lodged with the labour court in Durban says the vineyard hands slept in a barn. The "
     "lawsuit says their wages were paid to a recruiter.", "slept in a barn", "paid to a recruiter"),
]


@pytest.mark.parametrize("text, first, later", DOC_SAME)
def test_a_document_named_again_by_a_word_of_its_family(text: str, first: str, later: str) -> None:
    a, b = _key(text, first), _key(text, later)
    assert a is not None and a == b


@pytest.mark.parametrize("head, wording, context, same", [
    ("filing", "documents filed with the court in Lagos", "", True),
    ("filing", "an indictment unsealed in Ohio", "", True),
    ("listing", "the designation notice", "", True),
    ("ruling", "the judgment of the labour court", "", True),
    ("report", "a report by Fairhands", "", True),
    # a word of another family is another document
    ("filing", "a report by Fairhands", "", False),
    ("listing", "an indictment unsealed in Ohio", "", False),
    # "Prosecutors said in the filing": the filing was the prosecutors' words
    ("filing", "the indictment", "Prosecutors said in the filing that the men were locked in. ", False),
])
def test_names_document(head: str, wording: str, context: str, same: bool) -> None:
    assert names_document(head, wording, context) is same


BOTH = [
    ("Two people who work at the quarry said the crews from Nepal had no days off. Both people said the "
     "foreman kept the passports.", "no days off", "kept the passports"),
    ("Two former cooks at the resort in Mombasa said they were never paid. Both said the manager locked "
     "the staff gate at night.", "never paid", "staff gate"),
    ("Two sources with knowledge of the farm said about 80 pickers lived in tents. Both sources said the "
     "pickers owed the recruiter for their flights.", "lived in tents", "owed the recruiter"),
    ("Two of the welders said their pay went to an agent in Gdansk. Both welders said they worked every Sunday.",
     "went to an agent", "every Sunday"),
]


@pytest.mark.parametrize("text, first, later", BOTH)
def test_both_goes_back_to_the_two_just_heard(text: str, first: str, later: str) -> None:
    a, b = _key(text, first), _key(text, later)
    assert a is not None and a == b


def test_both_without_two_before_is_not_tied_to_a_larger_group() -> None:
    text = ("Five former cooks at the resort in Mombasa said they were never paid. Both men said the manager "
            "locked the staff gate at night.")
    assert _key(text, "never paid") != _key(text, "staff gate")


LABELS = [
    ("A former brick maker, identified here as Worker M, told us that the kiln owner kept every identity "
     "card. \"We were never allowed into town,\" M said.", "kept every identity card", "never allowed"),
    ("Respondent D, a seamstress from Dhaka, said the supervisor locked the fire exit. D also said the "
     "women were paid once a quarter.", "locked the fire exit", "once a quarter"),
    ("One picker, whom we call Source T, said the recruiter kept her passport. T said she owed him "
     "900 dollars for the flight.", "kept her passport", "owed him"),
    ("Interviewee R, a deckhand on a longliner out of Suva, said the crew worked 20 hours a day. R added "
     "that the captain struck men who fell asleep.", "20 hours a day", "struck men"),
]


@pytest.mark.parametrize("text, first, later", LABELS)
def test_the_code_of_a_label_is_the_labelled_source(text: str, first: str, later: str) -> None:
    a, b = _key(text, first), _key(text, later)
    assert a is not None and a == b


@pytest.mark.parametrize("np, wording, same", [
    ("K", "Worker K", True),
    ("B2", "Respondent B2, a seamstress", True),
    ("K", "Worker J", False),
    ("Kim", "Worker K", False),
    ("K", "the foreman", False),
    ("A", "Article A", False),
])
def test_label_tail(np: str, wording: str, same: bool) -> None:
    assert label_tail(np, wording) is same


def _entry(wording: str, head: str) -> Any:
    return SimpleNamespace(source=Source(key="S1", wording=wording, kind="anonymous_source"), norm=wording,
                           head=head, plural=True, person=True)


@pytest.mark.parametrize("count, phrase, wording, head, fits", [
    (None, "both", "two former cooks", "cooks", True),
    (None, "both sources", "two people with knowledge of the farm", "people", True),
    (None, "both managers", "two former site managers", "managers", True),
    ("two", "the two men", "two former workers", "workers", True),
    # "both women" after "two former employees": a pair of its own (met one by one since)
    (None, "both women", "two former employees", "employees", False),
    (None, "both", "five former cooks", "cooks", False),
    ("three", "the three men", "two former workers", "workers", False),
])
def test_counted_fits(count: str | None, phrase: str, wording: str, head: str, fits: bool) -> None:
    e = _entry(wording, head)
    assert counted_fits(count, phrase, e, [e]) is fits


def test_both_goes_to_the_last_pair_only() -> None:
    older, newer = _entry("two women who sewed there", "women"), _entry("two former employees", "employees")
    assert not counted_fits(None, "both women", older, [older, newer])
    assert counted_fits(None, "both", newer, [older, newer])


CREWS = [
    ("Ugandan tile-fitters hired for a hotel project in Doha say an agent promised them cleaning jobs. The "
     "women said their supervisor took their passports.", "cleaning jobs", "took their passports"),
    ("Kenyan bricklayers on a site in Riyadh said they had not been paid since May. The men said the "
     "foreman kept their passports.", "not been paid", "foreman kept"),
    ("Vietnamese seamstresses working at a garment plant near Dhaka said they worked 16-hour shifts. The "
     "women said the manager kept their passports.", "16-hour shifts", "manager kept"),
    ("Bangladeshi cleaners employed by a contractor in Kuwait City said their pay was four months late. "
     "The workers said the supervisor threatened them with deportation.", "four months late",
     "threatened them"),
]


@pytest.mark.parametrize("text, first, later", CREWS)
def test_the_men_or_the_women_go_back_to_the_crew(text: str, first: str, later: str) -> None:
    a, b = _key(text, first), _key(text, later)
    assert a is not None and a == b


def test_the_men_after_villagers_is_not_the_villagers() -> None:
    text = "Two villagers said the loggers worked at night. The men said they were never paid."
    assert _key(text, "worked at night") != _key(text, "never paid")


@pytest.mark.parametrize("np, head", [
    ("Ugandan tile-fitters hired for a villa project", "tile-fitters"),
    ("Workers interviewed for this report", "workers"),
    ("Nepali guards employed by a security firm", "guards"),
    ("a source in Dandong", "source"),
])
def test_person_head_without_participle(np: str, head: str) -> None:
    from labourlens.analyse.registry import _person_head

    assert _person_head(np) == head
