"""Seizures by the police and goods trafficked (lead, session 21): a court report of smugglers jailed, whose passports
and phones the police took on arrest, tells of no worker; nor does a customs story of ivory trafficked through an
airport, nor one of a tanker crew kept aboard for questioning, their passports with the port authority. The police
taking a suspect's papers is no employer's retention of a worker's documents, and "trafficking" of goods is not of
people. The counter-cases say the same words of workers (an employer's seizure the police report, a raid that finds
passports a recruiter kept, people trafficked to tend cannabis, a crew its captain confines aboard) and must stay
loud. Every text is written for this test; firms, people and outlets are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-11-20", "language": "en"}

SMUGGLERS = """Couriers jailed for moving cocaine through Mombasa

MOMBASA - A magistrate on Tuesday sentenced three men to 15 years each for carrying 12 kilograms of cocaine in false
bottoms of their suitcases on a flight from Sao Paulo.

The three, all foreign nationals, were arrested at the airport in June, and police seized their passports and mobile
phones. They remained in remand until the verdict. The prosecution said the cocaine would have fetched about
90 million shillings on the street.

The magistrate said the sentences were meant to deter anyone who sees the city as a route for trafficking. Their
advocate said they would appeal.
"""

IVORY = """Two held at airport with ivory bound for Asia

ENTEBBE - Customs officers confiscated the travel documents of two passengers after finding 80 kilograms of ivory
and pangolin scales in their luggage, the revenue authority said on Friday.

The pair were handed to the wildlife authority and will be charged with trafficking in protected species.
"""

EMPLOYER_SEIZED = """Police free 23 farm workers in Limpopo

POLOKWANE - Police said on Sunday that a farmer near Tzaneen had seized the passports of 23 workers from Zimbabwe and
Mozambique and paid them nothing for four months. Officers found the men locked in a shed at night. The farmer was
arrested and charged with trafficking.
"""

RAID_FOUND = """Recruiter held after raid on Johor hostel

JOHOR BAHRU - Police raided a hostel on Wednesday and seized 31 passports that a recruiter had kept from Nepali
factory workers for more than a year. The workers said they had been told they owed the recruiter 4,000 ringgit each
and could not leave until they repaid it.
"""

CANNABIS = """Teenagers found tending cannabis were trafficking victims, court hears

BIRMINGHAM - Two Vietnamese teenagers found tending cannabis plants in a locked house were trafficked to Britain and
forced to work without pay, a court heard on Monday. The boys said a gang took their passports when they arrived and
told them their families would be harmed if they ran away.
"""

TANKER = """Coast guard holds tanker with smuggled fuel off Sohar

SOHAR - The coast guard stopped a tanker loaded with 1,500 tonnes of contraband fuel oil off Sohar on Thursday and
kept its 11 crew members aboard for questioning, a maritime security official said.

The crew, from Bangladesh, Sri Lanka and Ghana, were confined to the vessel pending the investigation, and their
passports were handed to the port authority. The ship's registered owner has not been traced.
"""

CREW_HELD = """Crew kept aboard unpaid for months off Sohar

SOHAR - Eleven seafarers from Bangladesh and Ghana said their captain confined them to an idle tanker for seven
months after the owner stopped paying them, and kept their passports in his cabin so that none could go ashore.
"""


def _indicators(text: str) -> set[str]:
    return {h.indicator for c in analyse(text, META).claims for h in c.indicators}


def test_a_court_report_of_smugglers_whose_passports_the_police_took_has_no_claims() -> None:
    assert analyse(SMUGGLERS, META).claims == []


def test_a_customs_seizure_of_ivory_and_of_its_couriers_papers_has_no_claims() -> None:
    assert analyse(IVORY, META).claims == []


def test_an_employers_seizure_that_the_police_report_is_still_retention() -> None:
    assert "retention_of_identity_documents" in _indicators(EMPLOYER_SEIZED)


def test_passports_a_recruiter_kept_found_in_a_police_raid_are_still_retention() -> None:
    assert {"retention_of_identity_documents", "debt_bondage"} <= _indicators(RAID_FOUND)


def test_a_crew_held_aboard_a_seized_tanker_for_questioning_has_no_claims() -> None:
    assert analyse(TANKER, META).claims == []


def test_a_crew_a_captain_confines_aboard_unpaid_is_still_reported() -> None:
    assert {"restriction_of_movement", "retention_of_identity_documents"} <= _indicators(CREW_HELD)


def test_people_trafficked_to_tend_cannabis_are_still_reported() -> None:
    assert "retention_of_identity_documents" in _indicators(CANNABIS)
