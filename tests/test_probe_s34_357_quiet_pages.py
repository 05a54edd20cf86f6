"""Study 357: pages that tell of nothing done to anyone stay quiet when an account word names a channel for grievances
("Complaints about pay may be lodged with ...") or a rule a lawmaker makes ("the coming rules on forced labour
goods"). A sentence that tells of complaints made or of forced labour found keeps the page a report. Every text is
written for this test; firms and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import pipeline, rule_notices

_ADVERT = (
    "VACANCIES | Marlow Orchards Ltd, Westfold valley\n"
    "Posted on the county jobs board, 2 July 2027\n\n"
    "Apple harvest 2027: pickers and forklift drivers\n\n"
    "Marlow Orchards Ltd is taking on seasonal staff for its orchards near Ashcombe. We pack and ship our own fruit.\n\n"
    "Pickers (up to 80 positions)\n"
    "- Pay: 14 pounds an hour, paid weekly into your own account.\n"
    "- Seven-hour days, five days a week. Extra hours are voluntary and paid at one and a half times the rate.\n\n"
    "Conditions\n"
    "- A signed contract, one copy each.\n"
    "- Caravans on site can be rented at 60 pounds a week, deducted from wages if you want one.\n"
    "- Migrant workers are welcome. Passports stay with their owners; the office only scans them.\n\n"
    "How to apply\n"
    "Come to the farm office on Mill Lane, weekdays 8:00 to 16:00.\n\n"
    "Complaints about hiring or pay may be raised privately with our welfare officer or to the county labour "
    "inspectorate.\n"
)

_ADVERT_STORY = _ADVERT.replace(
    "Complaints about hiring or pay may be raised privately with our welfare officer or to the county labour "
    "inspectorate.",
    "Complaints were made last year by pickers who said the foreman kept their passports and locked the caravans at "
    "night.")

_GUIDE = (
    "How to import frozen berries through Eastport: a step-by-step primer\n\n"
    "By the import desk at Keelhaul Logistics | Updated 3 May 2027\n\n"
    "Processors bring in frozen berries from several countries for jam and juice. Below are the steps our desk uses.\n\n"
    "1. Classify the goods\n\n"
    "Frozen berries fall under their own heading of the tariff. Check the sugar content on the certificate.\n\n"
    "2. Prepare the documents\n\n"
    "You will need an invoice, a lading bill and an origin certificate for each container.\n\n"
    "3. Keep supplier records\n\n"
    "From 2028 the coming rules on forced labour goods will let customs ask importers who grew and picked the fruit. "
    "Start keeping records now, and ask each supplier how its seasonal workers were hired.\n\n"
    "4. Budget\n\n"
    "Clearance usually takes two to four working days at Eastport. Our fee is 150 euros per declaration, plus 40 euros per extra "
    "container.\n"
)

_GUIDE_STORY = _GUIDE.replace(
    "Start keeping records now, and ask each supplier how its seasonal workers were hired.",
    "Pickers at one supplier told us they were beaten and their wages were not paid for months.")


def test_job_advert_with_a_complaints_channel_is_quiet() -> None:
    assert pipeline.analyse(_ADVERT).claims == []


def test_job_advert_with_complaints_made_keeps_claims() -> None:
    assert pipeline.analyse(_ADVERT_STORY).claims


def test_how_to_guide_naming_forced_labour_rules_is_quiet() -> None:
    assert pipeline.analyse(_GUIDE).claims == []


def test_how_to_guide_with_an_account_keeps_claims() -> None:
    assert pipeline.analyse(_GUIDE_STORY).claims


@pytest.mark.parametrize(("sentence", "told"), [
    ("Complaints about wages may be raised with the site manager.", False),
    ("Abuse can be reported to the helpline at any hour.", False),
    ("Parliament passed a ban on forced labour products in March.", False),
    ("Complaints about wages were raised by twenty workers in May.", True),
    ("Forced labour was found at two of the sites.", True),
])
def test_account_words_of_channels_and_rules(sentence: str, told: bool) -> None:
    assert rule_notices.tells_of_abuse([sentence]) is told
