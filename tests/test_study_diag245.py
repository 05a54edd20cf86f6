"""Probes for the classes studied on heldout245 (branch diag245): procedure words that name a ministry or a
study's interview language (no ordinary wage dispute), cues of threats around absconding records and police,
papers kept by the employer, end-of-service pay refused, workers paying for their own visa or job, crowded
amenities, replies printed under a heading of their own in an annex, and a fronted "In a letter printed in
..." before the firm that speaks. Texts are invented for these probes."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.dispute_terms import names_something_else
from labourlens.analyse.pipeline import analyse


def fired(text: str) -> set[str]:
    return {h.rule.split(".", 1)[1] for h in indicators.match(text, 0).hits}


def speakers(text: str) -> dict[str, tuple[str | None, str]]:
    a = analyse(text, {})
    src = {s.key: s for s in a.sources}
    return {c.text: (src[c.source].wording, src[c.source].kind) for c in a.claims}


# ------------------------------------------------------------------ class 1: procedure words naming something else


def test_ministry_name_is_no_hr_office() -> None:
    text = "Officials at the Ministry of Labour and Human Resources said the rules were clear."
    start = text.index("Human Resources")
    assert names_something_else(text, start, start + len("Human Resources"))


def test_hr_office_of_a_firm_still_counts() -> None:
    text = "She took the complaint to the human resources office of the bakery."
    start = text.index("human resources")
    assert not names_something_else(text, start, start + len("human resources"))


def test_interviews_in_a_language_are_a_study() -> None:
    text = "Interviews were conducted in Tagalog and English by two researchers."
    assert names_something_else(text, 0, len("Interviews"))


def test_interviews_for_posts_are_not_a_study() -> None:
    text = "Interviews were held in the town hall for twenty vacancies."
    assert not names_something_else(text, 0, len("Interviews"))


def test_report_on_absconding_cases_is_not_quieted() -> None:
    text = (
        "Section 3: What we found\n"
        "Of the 50 files we read, most absconding charges were lodged days after a worker asked about unpaid wages. "
        "Drivers told us their bosses had warned them that any complaint would bring a charge against them.\n\n"
        "Suresh, a tiler from Kollam, had gone five months without wages. He said he accepted a settlement of "
        "half of what he was owed.\n\n"
        "The Ministry of Labour and Human Resources says such charges are reviewed.\n\n"
        "(4) Interviews were held in Tamil and Telugu.\n"
    )
    a = analyse(text, {})
    assert a.claims
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert "withholding_of_wages" in found


# ------------------------------------------------------------------ class 2: indicator cues


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The foreman cautioned the crew that complaining to inspectors would cost them the contract.",
         "r245_warned_complaint"),
        ("Within a week her residence record showed absconding.", "r245_status_absconding"),
        ("Nurses marked as absconders lose the right to work here.", "r245_status_absconding"),
        ("Hand back the uniform today or the police will be waiting for you.", "r245_or_else_police"),
        ("The residence card stays with the sponsor, so he cannot switch employers.", "r245_card_with_holder"),
        ("My labour card was with the company the whole time.", "r245_card_with_holder"),
        ("The agent said she would receive it at the airport on her last day.", "r245_back_at_airport"),
        ("Several porters said their severance was withheld when they resigned.", "r245_gratuity_denied"),
        ("Most of the pickers had paid about 2,000 euros each for their work permits.", "r245_paid_for_visa"),
        ("There was a single fridge for more than forty lodgers.", "r245_one_amenity_for_many"),
        ("Nearly 250 workers share two kitchens in that block.", "r245_crowd_shares_kitchens"),
        ("Between deliveries the courier slept in his van outside the depot.", "r245_slept_in_vehicle"),
    ],
)
def test_cues_fire(text: str, rule: str) -> None:
    assert rule in fired(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The employer paid for their visas and flights.", "r245_paid_for_visa"),
        ("The hotel offers one fridge for every two guests.", "r245_one_amenity_for_many"),
        ("He slept on the sofa at his cousin's flat.", "r245_slept_in_vehicle"),
        ("She was warned about the icy roads before the drive.", "r245_warned_complaint"),
        ("His passport is with him at all times.", "r245_card_with_holder"),
    ],
)
def test_cues_stay_quiet(text: str, rule: str) -> None:
    assert rule not in fired(text)


def test_withheld_passports_are_no_wage_case() -> None:
    hits = {h.indicator for h in indicators.match("Inspectors logged 75 complaints about withheld passports.", 0).hits}
    assert "withholding_of_wages" not in hits
    assert "retention_of_identity_documents" in hits


def test_withheld_wages_still_fire() -> None:
    hits = {h.indicator for h in indicators.match("For months their salaries were withheld by the owner.", 0).hits}
    assert "withholding_of_wages" in hits


# ------------------------------------------------------------------ class 3: replies under their own heading

_ANNEX = (
    "HARBOUR WATCH\n"
    "APPENDIX 2 - WHAT THE FIRMS SAID\n\n"
    "We asked both employers for comment on 3 March. Their answers follow in full.\n\n"
    "2.1 Northgate Freight Ltd (response of 14 March 2024)\n\n"
    "Thank you for the chance to comment. We wish to note the following:\n"
    "1. Northgate never keeps the identity papers of drivers.\n"
    "2. No driver pays any fee to be hired.\n"
    "3. Rest days are given every week.\n\n"
    "Watch comment: drivers we met said they worked 16 hours a day with no rest day.\n\n"
    "2.2 Harbourline Catering (response of 20 March 2024)\n\n"
    "We take the concerns seriously. The dormitory in question was run by a contractor, and we did not know "
    "that migrant workers there slept twelve to a room.\n\n"
    "Watch comment: the firm did not say whether it still uses the contractor.\n"
)


def test_numbered_reply_is_a_document_and_prose_reply_the_firm() -> None:
    got = speakers(_ANNEX)
    papers = next(v for k, v in got.items() if "pays any fee" in k)
    assert papers == ("Northgate Freight Ltd", "document")
    prose = next(v for k, v in got.items() if "slept twelve to a room" in k)
    assert prose == ("Harbourline Catering", "organization")


def test_comment_line_returns_to_the_report() -> None:
    got = speakers(_ANNEX)
    comment = next(v for k, v in got.items() if "16 hours a day" in k)
    assert comment[1] != "document"
    assert "Northgate" not in (comment[0] or "")


def test_plain_section_heading_is_no_reply() -> None:
    text = (
        "3.2 Housing (survey of 2023)\n\n"
        "Migrant workers at the brickworks told us they slept on the kiln floor and their wages were withheld.\n"
    )
    got = speakers(text)
    assert all(kind != "document" and kind != "organization" for _, kind in got.values())


# ------------------------------------------------------------------ class 4: fronted "In a letter printed in ..."


def test_fronted_letter_place_is_not_the_speaker() -> None:
    text = (
        "Migrant workers at the plant said their passports were taken and wages withheld for months.\n\n"
        "In a letter printed in the appendix, Orion Freight said that it pays every wage on time.\n"
    )
    got = speakers(text)
    firm = next(v for k, v in got.items() if k.startswith("In a letter printed"))
    assert firm[0] == "Orion Freight"


def test_a_firm_paying_for_the_job_is_no_fee() -> None:
    assert "r245_paid_for_visa" not in fired("The council paid the builders 40,000 pounds for the job last spring.")
