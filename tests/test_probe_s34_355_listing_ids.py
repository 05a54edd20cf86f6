"""A job board's listing with the board's listing id or job reference near its top (study s355): a post offered
under an id line ("Listing ID ...", "Job ref: ..."), its terms, and how to apply. It tells of nothing done to anyone:
no claims. A page of the same layout that tells of abuse keeps its claims, and so does a news story that mentions a
reference number. Every text is invented (firms and people fictional, places real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}

LISTING = """HarbourJobs Board | Work at sea
{id_line} · Added 2 June 2026

COOK, PURSE SEINER (GENERAL SANTOS, PHILIPPINES)
Hiring through: Bluefin Crewing Corp., licensed agency, Davao City

About the boat
A 70-metre purse seiner fishing skipjack in the Celebes Sea, with trips of about six weeks. Crew of 30: Korean officers,
Indonesian and Filipino deckhands, all migrant workers hired through the agency.

Terms
- Monthly pay of 28,000 pesos into a bank account that you open yourself. Your bank card stays with you.
- A nine-month contract. Travel home is paid by the owner.
- There is no fee for applicants. The agency's charge is met by the owner.
- You hold your own passport and discharge book at all times. The skipper keeps copies only.
- A minimum rest of ten hours in every 24, logged on a sheet that you sign, and shore leave at every port call.

How to apply
Send a scan of your discharge book with a few lines about yourself to the agency by e-mail, or come to the Davao office on a weekday. We never charge
applicants anything, and we never keep original documents.
"""

ABUSE = ("Last season two cooks hired through this board said the skipper confiscated their passports and that "
         "they were beaten when they asked for their pay.")


@pytest.mark.parametrize("id_line", ["Listing ID HJ-3391", "Job ref: 88-COOK", "Vacancy reference no. 5521"])
def test_listing_under_an_id_line_is_quiet(id_line: str) -> None:
    a = analyse(LISTING.format(id_line=id_line), META)
    assert [c.text for c in a.claims] == []


def test_listing_that_tells_of_abuse_keeps_claims() -> None:
    text = LISTING.format(id_line="Listing ID HJ-3391").replace("How to apply", ABUSE + "\n\nHow to apply")
    assert analyse(text, META).claims


def test_story_with_a_reference_number_keeps_claims() -> None:
    text = ("Job ref 4471 was the number on the advert that brought Ramon Cruz to the boat, he said.\n\n"
            "He said the skipper confiscated his passport and that crewmen were beaten when they asked for their pay. "
            "He worked 19-hour shifts for eight months and was never paid.\n")
    assert analyse(text, META).claims
