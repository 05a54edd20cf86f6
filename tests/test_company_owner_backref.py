"""A firm introduced by its role ("The mill's owner, Amber Knit Ltd") is the firm itself, not a person, so a later
"the company said" refers back to it; an owner who is a person stays a person (speaker_roles.company_person)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speaker_roles import company_person


@pytest.mark.parametrize("wording", [
    "The mill's Georgian owner, Amber Knit Ltd",
    "The site's operator, Nordic Crane Ltd",
    "the plant's owner, Kestrel Foods Co.",
    "The hotel's owners, Saffron Leisure Group",
])
def test_a_firm_named_as_owner_is_no_person(wording: str) -> None:
    head = wording.split(",")[0].split()[-1]
    assert not company_person("organization", head, wording)


@pytest.mark.parametrize(("wording", "head"), [
    ("The mill's owner, Kasper Holm", "owner"),
    ("the owner, Mr Lin", "owner"),
    ("the plant's general manager, Ana Ruiz", "manager"),
    ("a spokeswoman for Kestrel Foods", "spokeswoman"),
])
def test_people_speaking_for_a_firm_stay_people(wording: str, head: str) -> None:
    assert company_person("organization", head, wording)


@pytest.mark.parametrize(("text", "firm"), [
    ("Inspectors in Tbilisi found thirty Nepali women at a knitting mill whose dormitory was locked at night.\n\n"
     "The mill's Georgian owner, Amber Knit Ltd, rejected the findings. \"Nobody is kept inside. The women go "
     "to the market every Sunday,\" the company said in a statement.\n", "Amber Knit Ltd"),
    ("Police in Gdansk said forty North Korean welders at a shipyard were locked in their dormitory at night.\n\n"
     "The yard's operator, Baltic Hull Group, denied the claim. \"Nobody is kept inside. The welders keep their "
     "own passports,\" the company said by email.\n", "Baltic Hull Group"),
])
def test_the_company_refers_back_to_the_firm_named_as_owner(text: str, firm: str) -> None:
    a = analyse(text)
    company = [a.source(c.source) for c in a.claims if "company said" in c.text or "Nobody is kept" in c.text]
    assert company and all(s is not None and firm in (s.wording or "") for s in company)
