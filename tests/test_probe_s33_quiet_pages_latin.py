"""Probes (s33, heldout352): pages with nothing to find. A job board's listing known by its number on the board or by
an "Employer:" field line, with how to apply and its pay, rooms and overtime as terms on offer, describes no forced
labour; a supplier code whose standards are stated in the present tense ("Overtime is voluntary", "No more than 60
hours a week", "a wage floor set by law") is a code as one in "must" and "shall" is. News stories with the same
words that tell of abuse keep their claims. Texts written for these tests; the firms, people and pages are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-10", "language": "en"}

LISTING = """TRABAJOS DEL NORTE - Listing #TN-88107
Posted 12 March 2026 - Agriculture - Sonora

GRAPE HARVESTERS - SUMMER SEASON 2026
Employer: Viñedos Arroyo Seco S.A. de C.V. - Caborca, Sonora

We need 80 harvesters for the summer season at our vineyards outside Caborca.

Pay and conditions
- 390 pesos per day for eight hours, plus 5 pesos for every box above the target.
- Extra hours are paid double and nobody is made to stay.
- A bed in our hostel for 120 pesos a week, taken from wages only if the worker agrees in writing.
- We check your voter card on the first day and return it at once; we keep no originals.

How to apply
Message us on WhatsApp: your name and your village.
"""

LISTING_NO = """JOBS CENTRAL - Listing no. 55120
Posted 2 May 2026

Warehouse packers, night shift
Company: Meridian Cold Store Ltd, Durban

Packers work 10-hour night shifts, five nights a week, at 38 rand an hour. A hostel bed is offered at 600 rand a
month, deducted from pay with the worker's consent. Overtime is paid at one and a half times the rate.

How to apply: send your CV through this page.
"""

LISTING_STORY = """Harvesters hired through a job board say the foreman took their cards

Employer: the vineyard named in Listing #TN-4410 on a Sonora board.
Eleven harvesters told the Desert Courier that the foreman locked the hostel at night and kept their voter cards.
They said they were never paid for the extra hours. The listing still carries a "How to apply" box.
"""

CODE = """Corsa Knitwear - Responsible sourcing - Supplier Code of Conduct
Updated 3 February 2026

What we ask of our suppliers
1. Freely chosen work. Employment is freely chosen. Workers hold their own passports and permits at all times.
2. Recruitment costs. No worker is ever charged a fee or a deposit. Where a supplier hires from abroad, it pays the flights.
3. Pay. At least the national minimum wage, paid monthly into an account in the worker's name.
4. Working time. No more than 60 hours in any week, overtime included. Overtime is voluntary and paid at a premium.
5. Rooms. Where a supplier houses workers, the dormitory is apart from the factory floor.

How we check
Our auditors visit every factory at least once a year. In 2025 we stopped buying from three suppliers that failed two audits in a row.
"""

CODE_STORY = """Workers at a Corsa Knitwear supplier say the code is ignored

Corsa Knitwear's Supplier Code of Conduct says no worker pays a recruitment fee and overtime is voluntary. But
seven machinists told the Harbour Post that the supplier kept their passports and made them work 80 hours a week.
"The code is on the wall, and that is all," one of them said.
"""


@pytest.mark.parametrize("page", [LISTING, LISTING_NO, CODE],
                         ids=["listing known by its number", "listing with a company field", "present-tense code"])
def test_offers_and_codes_are_quiet(page: str) -> None:
    a = analyse(page, META)
    assert not a.claims


@pytest.mark.parametrize("story", [LISTING_STORY, CODE_STORY], ids=["story about a listing", "story about a code"])
def test_stories_about_them_keep_their_claims(story: str) -> None:
    a = analyse(story, META)
    assert a.claims
    assert any(c.indicators for c in a.claims)
