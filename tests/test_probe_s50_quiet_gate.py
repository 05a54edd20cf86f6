"""Probes for the fiftieth session's changes to the document-level gate: a firm's results release tells of nothing done
to anyone unless it answers an account of abuse; a job order or a "... wanted, <town>" heading with a call to register
is a job advert, whose assurances that no fee is charged and no passport kept answer no report. Texts are invented; the
places are real."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-11-20", "language": "en"}

RESULTS = """Marisol Textiles Bhd: results for the third quarter of 2026

Kuala Lumpur, 18 November 2026. Marisol Textiles Bhd reported revenue of MYR 412 million for the quarter, up 9% year
on year, and a net profit of MYR 38 million. Gross margin rose to 21.4%.

Headcount at 30 September was 4,120, of whom 2,300 are foreign workers from Nepal and Bangladesh. The group completed
its annual social compliance audit in August, and its new hostel houses six workers per room. The workplace injury
rate fell to 0.38 per million man-hours. Net debt was MYR 95 million, and the group plans no new debt this year.

"Orders from European buyers stayed firm through the quarter," said chief executive Tan Boon Keat. The board declared
an interim dividend of 3 sen per share and expects capital expenditure of about MYR 60 million next year.
"""

ANSWERING = RESULTS + """
The group said the US detention order on its gloves, issued after allegations that workers paid recruitment fees of up
to MYR 18,000, remained in force.
"""

LISTING = """Kitchen porters wanted, Tromsø, Norway
Fjordbakken Hotell AS

We are taking on six kitchen porters for the winter season, December to April.

- Pay: NOK 225 an hour under the hotel collective agreement, paid on the 15th into your own account
- Overtime only if you agree to it, at a 50% supplement
- No placement fee is charged by the hotel or by anyone acting for it.
- Rooms in the staff house are optional; rent is not taken out of your wages.
- Deductions are limited to tax and the union dues you choose to pay.
- You keep your passport and residence card at all times.

Register at www.fjordbakken.example/jobs or come to our stand at the Tromsø Jobs Day on 9 January.
"""

JOB_ORDER = """JOB ORDER No. KT-2026-0441
Live-in helper, Sha Tin, New Territories

Family of three (a nurse, an engineer and a girl of four). Own room with a window and a door that locks from inside.

Salary: HKD 5,200 a month, paid into your own bank account on the last day of the month. Nothing is deducted for food.
Rest day: every Sunday and all statutory holidays. You keep your passport and HKID card yourself.
The employer pays the visa fee; the agency charges the helper no fee.

How to apply: bring your CV to our counter at Pine Crest Employment Agency, Sha Tin Centre, Sundays 10:00 to 17:00.
"""


def test_a_results_release_is_quiet() -> None:
    assert analyse(RESULTS, META).claims == []


def test_a_results_release_that_answers_allegations_is_still_a_report() -> None:
    assert analyse(ANSWERING, META).claims != []


def test_a_wanted_heading_with_a_town_and_a_call_to_register_is_a_quiet_job_advert() -> None:
    assert analyse(LISTING, META).claims == []


def test_a_job_order_with_assurances_is_a_quiet_job_advert() -> None:
    assert analyse(JOB_ORDER, META).claims == []
