"""Probes: a firm's named head speaks for the firm (``organization``) in two more shapes: the name with "the firm's
vice president of ..." after it, and the owner given by the workplace in the possessive ("The trawler's owner, Mr.
Preecha Wongsa"). Near misses stay people: a union's president, a union chairman before his name, a former chief
executive; a firm given as the owner stays a firm. Texts written for these tests; the firms and the people are
fictional."""

from __future__ import annotations

from labourlens.analyse.speakers import classify
from probe_helpers import speakers_by_opening

LEAD = ("Cambodian crew on trawlers out of Pattani said their wages were withheld for eight months and their "
        "passports kept by the skipper.\n\n")


def _speaker(text: str, opening: str) -> tuple[str | None, str | None]:
    return next(v for k, v in speakers_by_opening(text, 60).items() if k.startswith(opening))


def test_the_companys_vice_president_for_a_branch_speaks_for_the_firm() -> None:
    assert classify("Tomas Varga, the firm's vice president of global sourcing") == "organization"
    assert classify("Tomas Varga, the company's president") == "organization"


def test_the_owner_given_by_the_workplace_speaks_for_it() -> None:
    text = LEAD + "The trawler's owner, Mr. Preecha Wongsa, denied holding any crew papers."
    assert _speaker(text, "The trawler's owner") == ("The trawler's owner, Mr. Preecha Wongsa", "organization")


def test_heads_of_a_union_or_former_heads_stay_people() -> None:
    assert classify("Tomas Varga, the union's president") == "named_person"
    assert classify("union chairman Tomas Varga") == "named_person"
    assert classify("former chief executive Ines Marlow") != "organization"


def test_a_firm_given_as_the_workplaces_owner_stays_a_firm_not_a_person() -> None:
    from labourlens.analyse.cp_company_people import named_firm_person

    assert not named_firm_person("The smelter's owner, Kafue Basin Metals Ltd")
    assert not named_firm_person("The trawler's owner, Andaman Pelagic Fisheries")
