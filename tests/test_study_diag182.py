"""Probes for the classes of miss found when heldout182 (migrant domestic workers in Hong Kong, Singapore, Taiwan and
Malaysia) was opened for study (branch diag182). Every text is written for these tests, in our own wording: names,
groups, firms and figures are invented (places and currencies are real); each class has controls that must not
change."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis
from probe_helpers import claim_with, source_of

META = {"published": "2026-05-04", "language": "en"}


def _an(text: str) -> Analysis:
    return analyse(text, dict(META))


# ------------------------------------------------ a helpline's own figures, bullet by bullet

HOTLINE = ("Lotus Care Line Singapore - Yearly summary 2025\n\n"
           "Our helpline answered 1,870 calls from live-in caregivers in 2025. Key findings:\n\n"
           "- 44 percent of callers said their agency kept their work permit card.\n"
           "- About one in six callers reported working without a single rest day for months.\n"
           "- 97 callers said they had been kicked or beaten by a household member.\n"
           "- Callers reported unpaid salaries of S$900 to S$7,500.\n\n"
           "\"Many of them fear being sent back to Cebu if they speak up,\" said counsellor Jomar Villanueva.\n")


def test_hotline_figures_are_the_page_voice() -> None:
    a = _an(HOTLINE)
    own = claim_with(a, "Our helpline answered").source  # the page, or "Our helpline" heard as a speaker
    for words in ("44 percent of callers", "one in six callers", "97 callers said", "Callers reported unpaid"):
        assert claim_with(a, words).source == own, words
    a = _an(HOTLINE.replace("Our helpline answered", "Our hotline took"))
    assert claim_with(a, "97 callers said").source == claim_with(a, "Our hotline took").source
    assert source_of(a, "fear being sent back").wording == "Jomar Villanueva"


def test_hotline_figures_without_own_intake_keep_the_callers() -> None:
    # no first-person count of what the body took in: the counted callers keep their voice
    text = HOTLINE.replace("Our helpline answered 1,870 calls from live-in caregivers in 2025.",
                           "Caregivers across the island phoned in through the year.")
    a = _an(text)
    assert claim_with(a, "97 callers said").source != claim_with(a, "44 percent").source


def test_mixed_list_keeps_the_people() -> None:
    # one bullet is no figure at all: the list is not the body's own tally, so nothing moves
    text = HOTLINE.replace("- Callers reported unpaid salaries of S$900 to S$7,500.",
                           "- A volunteer, Dewi Lestari, said several women were told to sleep in the laundry area.")
    a = _an(text)
    assert claim_with(a, "97 callers said").source != claim_with(a, "Our helpline answered").source


# ------------------------------------------------ a domestic worker's employer answering the reporter

EMPLOYER = ("A Filipino domestic worker in Tampines slept on the balcony for 18 months, a migrants' rights group "
            "said on Tuesday.\n\n"
            "The worker, who asked to be called Alba, said the household took her passport when she arrived. "
            "\"I was never allowed out on Sundays,\" Alba said.\n\n"
            "The employer, contacted by telephone, denied keeping the passport. \"She keeps her own passport. "
            "Nobody locks the door,\" the employer said.\n")


def test_household_employer_is_not_the_advocacy_group() -> None:
    a = _an(EMPLOYER)
    group = source_of(a, "slept on the balcony")
    employer = source_of(a, "denied keeping the passport")
    assert employer.key != group.key
    assert employer.kind == "anonymous_source"
    assert source_of(a, "Nobody locks the door").key == employer.key


def test_household_employer_denial_is_negated() -> None:
    a = _an(EMPLOYER)
    assert claim_with(a, "She keeps her own passport").polarity == "negated"
    assert claim_with(a, "Nobody locks the door").polarity == "negated"


def test_employer_in_a_factory_story_keeps_the_firm_reading() -> None:
    # no domestic work on the page: "the employer" stays a firm
    text = ("Nepali welders at a shipyard in Johor were made to work 14-hour shifts, a labour rights group said.\n\n"
            "The employer denied the claims. \"Our shifts follow the law,\" the employer said.\n")
    a = _an(text)
    employer = source_of(a, "Our shifts follow the law")
    assert employer.kind == "organization"
    assert employer.key != source_of(a, "14-hour shifts").key


# ------------------------------------------------ places: people's names that are towns, and missing districts


def _places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in analyse(text, dict(META)).places}


def test_introduced_name_is_a_person_not_a_town() -> None:
    text = ("A helper who asked to be called Alba said her agency kept her passport in Kuala Lumpur. "
            "Alba said she had no day off for a year.")
    assert ("Alba", "IT") not in _places(text)
    assert ("Kuala Lumpur", "MY") in _places(text)


def test_introduced_name_after_a_preposition_of_place_stays_a_town() -> None:
    text = ("A helper who gave her name as Alba said she was recruited by a broker. "
            "Her brother later found work in Alba, in Piedmont.")
    assert ("Alba", "IT") in _places(text)


def test_double_barrelled_surname_is_no_town() -> None:
    text = '"They owe more than they earn," said Dr. Lorna Ramos-Dizon, a labour economist in Manila.'
    assert ("Ramos", "PH") not in _places(text)
    assert ("Manila", "PH") in _places(text)


def test_place_compound_stays_places() -> None:
    assert ("Dandong", "CN") in _places("Lorries crossed the Dandong-Sinuiju bridge every night, a trader said.")


def test_districts_and_provinces_of_migrant_domestic_work() -> None:
    assert ("Beitun", "TW") in _places("A caregiver in Taichung's Beitun district said she worked every night.")
    assert ("Jurong", "SG") in _places("A maid agency in Jurong kept the workers' passports, the union said.")
    assert ("Ilocos Norte", "PH") in _places("A helper from Ilocos Norte said she paid the fee twice.")


# ------------------------------------------------ a consulate's staff by its adjective


def test_consular_official_is_an_official_and_denies() -> None:
    text = ("Six Indonesian maids were kept in an agency's back room in Ipoh for weeks, a Malaysian newspaper said.\n\n"
            "A consular official said no woman from the group had ever asked the consulate for help.\n")
    a = _an(text)
    assert source_of(a, "no woman from the group").kind == "official"
    assert claim_with(a, "no woman from the group").polarity == "negated"


def test_consulate_words_that_are_no_speaker_kind_change() -> None:
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    assert classify("a consulate official") == "official"
    assert classify("a domestic worker") == "anonymous_source"
