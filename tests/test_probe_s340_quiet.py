"""Probes (s340): pages with nothing to find stay quiet. A recruiting agency's advert of a demand from abroad, headed
"urgently required" and calling candidates to its office with their papers, offers terms and tells of nothing done; a
consulate's notice of its services to citizens abroad (passports renewed, fees paid online) tells of no abuse either.
Near misses: the same pages with an account of abuse or someone's words reported are read. Texts written for these
tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.listing_adverts import job_advert
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.state_notices import service_notice

_DEMAND = """KARNALI BRIGHT MANPOWER PVT. LTD. - Licence No. 902/071/72
Approved by the labour department

URGENT REQUIREMENT FOR DOHA, QATAR
Employer: Palmgrove Catering W.L.L.

Post: Kitchen Helper (Male) - 40 posts
Post: Commis Cook (Male) - 10 posts

Pay: Kitchen Helper 1,100 riyals a month (about NPR 40,000); Commis Cook 1,600 riyals a month
Hours: 48 a week over six days. Overtime under Qatari labour law; rest-day work paid at double rate.
Meals: provided, OR a meal allowance of 300 riyals a month (the worker decides)
Room and transport: the employer gives both at no charge
Air ticket, visa and medical tests: the employer pays. NO FEE for the candidate - no service charge.

Deductions: Salary is cut only for an optional phone plan (40 riyals a month) and for a salary advance the worker
asks for, each with the worker's signed consent shown on the pay slip.

Passports: Each worker holds his own passport. A free lockable cupboard with key is given in every room for anyone
who wants to store papers.

Selection: 3-4 March at the agency, Putalisadak, Kathmandu. Bring original passport, photos and certificates.

Office open 9:30-17:30, Sunday to Friday.
"""

_NOTICE = """HIGH COMMISSION OF THE REPUBLIC OF RURITANIA
KUALA LUMPUR

CONSULAR NOTICE
Mobile consular service in Penang: 14 to 16 May 2027

The High Commission informs Ruritanian nationals in the northern states that consular officers will visit George
Town from 14 to 16 May 2027 to provide these services:

1. Renewal of passports and applications for new passports;
2. Handing over of new passports printed in Kuala Lumpur;
3. Emergency travel certificates for those whose passports were lost, with a police report.

Fees: a passport costs 90 ringgit, payable by bank card only. Officers will not accept cash.

Applicants must bring their present passport (or a photocopy) and their work permit. Employers holding a worker's passport
are asked to return it to the worker before the visit.

Issued at Kuala Lumpur, 30 April 2027
"""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_an_agencys_demand_advert_is_an_advert_and_stays_quiet() -> None:
    assert job_advert(_DEMAND, _lines(_DEMAND))
    assert analyse(_DEMAND, {}).claims == []


def test_a_demand_advert_that_tells_of_abuse_is_read() -> None:
    told = _DEMAND + "\nLast year workers from this agency told us their passports were confiscated in Doha.\n"
    assert not job_advert(told, _lines(told))


def test_a_consulates_service_notice_stays_quiet() -> None:
    assert service_notice(_NOTICE, _lines(_NOTICE))
    assert analyse(_NOTICE, {}).claims == []


def test_a_notice_that_tells_what_citizens_complained_of_is_read() -> None:
    told = _NOTICE.replace("Issued at", "Several nationals told the High Commission that their employers kept their "
                                        "passports and had not paid them for four months.\n\nIssued at")
    assert not service_notice(told, _lines(told))
    assert analyse(told, {}).claims
