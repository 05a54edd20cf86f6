"""Probes for the classes of failure the study of heldout117 showed (NGO and UN-style report excerpts: reply letters
annexed to a report, rapporteurs' letters, shadow reports, findings sections, case studies). Every text is written
for this test in our own wording; names, places, figures and sentence shapes differ from the set's. Each class has
positive cases and controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse.issuing_bodies import issuing_body
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.signer_firms import short_firm_name
from labourlens.analyse.told_appositions import without_told_apposition
from probe_helpers import LEAD, META, lexicon_indicators, source_of

# --- a reply letter signed with the firm's legal name is the firm its first sentence named ------------------------

_REPLY = (
    "APPENDIX 2: Reply of Harbin Boreal Foods\n\n"
    "We received the following letter on 4 March and print it unedited.\n\n"
    "Dear Mr. Lindqvist,\n\n"
    "Harbin Boreal Foods firmly denies that any worker at its Suifenhe cannery works involuntarily. "
    "None of our staff came to us through a state labour scheme.\n\n"
    "Workers keep their own passports. Shifts last eight hours and overtime is paid.\n\n"
    "Yours faithfully,\n"
    "Zhao Lin\n"
    "Head of Public Affairs\n"
    "Harbin Boreal Foods Co., Ltd.\n")


def test_reply_signed_with_the_legal_name_is_one_firm() -> None:
    a = analyse(_REPLY, META)
    first = source_of(a, "firmly denies")
    assert first.kind == "organization"
    assert source_of(a, "keep their own passports").key == first.key
    assert source_of(a, "Shifts last eight hours").key == first.key


def test_reply_letter_denying_involuntary_work_has_claims() -> None:
    a = analyse(_REPLY, META)  # "works involuntarily": the letter answers an allegation of forced labour
    assert any("firmly denies" in c.text for c in a.claims)


@pytest.mark.parametrize(("name", "short"), [
    ("Harbin Boreal Foods Co., Ltd.", "Harbin Boreal Foods"),
    ("Gulf Shield Guarding W.L.L.", "Gulf Shield Guarding"),
    ("Amur Timber Holdings LLC", "Amur Timber Holdings"),
])
def test_short_firm_name(name: str, short: str) -> None:
    assert short_firm_name(name) == short


@pytest.mark.parametrize("name", ["Boreal Ltd.", "Harbin Boreal Foods", "Zhao Lin"])
def test_short_firm_name_controls(name: str) -> None:
    assert short_firm_name(name) is None  # one word left, or no legal form


# --- a firm's exculpatory wording is no cue ---------------------------------------------------------------------

def test_not_restricting_staff_from_leaving_is_no_restriction() -> None:
    found = lexicon_indicators("The mill does not restrict its workers from leaving the compound at night.")
    assert "restriction_of_movement" not in found


def test_gate_open_round_the_clock_is_no_long_day() -> None:
    found = lexicon_indicators("The hostel door is open 24 hours a day, the manager said.")
    assert "excessive_overtime" not in found


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The foremen restricted workers from leaving the compound at night.", "restriction_of_movement"),
    ("The men worked 15 hours a day at the cannery.", "excessive_overtime"),
])
def test_restriction_and_long_days_controls(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


# --- lexicon: pay held back as a bond, no room to refuse a posting, men of the household --------------------------

def test_pay_held_back_as_a_deposit() -> None:
    found = lexicon_indicators("Agencies in Doha routinely hold back two months' wages as a deposit.")
    assert "withholding_of_wages" in found


def test_held_back_tears_is_no_pay() -> None:
    assert "withholding_of_wages" not in lexicon_indicators("She held back tears as she described the journey.")


def test_cannot_say_no_to_a_posting() -> None:
    found = lexicon_indicators("Villagers on the list cannot say no to a posting in another province.")
    assert "abuse_of_vulnerability" in found


def test_cannot_say_no_to_overtime_is_not_vulnerability() -> None:
    found = lexicon_indicators("There is overtime every week that you cannot say no to.")
    assert "abuse_of_vulnerability" not in found


def test_men_of_the_household_harassing() -> None:
    found = lexicon_indicators("Two maids said the employer's sons harassed them when the family was out.")
    assert "physical_and_sexual_violence" in found


def test_employer_son_driving_is_no_violence() -> None:
    found = lexicon_indicators("The employer's son drove the maids to the clinic on Fridays.")
    assert "physical_and_sexual_violence" not in found


def test_rapporteur_mandate_on_slavery_is_no_cue() -> None:
    found = lexicon_indicators("I address you as Special Rapporteur on contemporary forms of slavery.")
    assert "abusive_working_and_living_conditions" not in found


def test_treated_like_slaves_control() -> None:
    assert lexicon_indicators("The cleaners said they were treated like slaves.")


def test_standing_in_the_sun_on_a_shift_is_no_punishment() -> None:
    found = lexicon_indicators("We worked ten-hour shifts, standing in the sun at the depot gate.")
    assert "physical_and_sexual_violence" not in found


def test_made_to_stand_in_the_sun_as_punishment_control() -> None:
    found = lexicon_indicators("Latecomers were made to stand in the sun for hours.")
    assert "physical_and_sexual_violence" in found


def test_absconding_reports_rejected_in_bad_faith_is_no_threat() -> None:
    found = lexicon_indicators("The ministry said absconding reports filed in bad faith are rejected.")
    assert "intimidation_and_threats" not in found


def test_threatened_absconding_report_control() -> None:
    found = lexicon_indicators("The supervisor threatened to file an absconding report against him.")
    assert "intimidation_and_threats" in found


def test_state_imposed_labour_is_a_domain_term() -> None:
    text = ("Auditors we spoke to said they had found no problems at the gin. "
            "\"Pickers there cannot say no to a transfer,\" said Timur Akhmedov, a researcher who studies "
            "state-imposed labour.")
    a = analyse(text, META)
    assert any("cannot say no" in c.text for c in a.claims)


# --- speakers ----------------------------------------------------------------------------------------------------

def test_salary_slips_are_a_document() -> None:
    a = analyse(LEAD + "Salary slips filed by the driver show no payment after May 2024.", META)
    assert source_of(a, "Salary slips").kind == "document"


def test_firm_told_a_named_weekly_that() -> None:
    a = analyse(LEAD + "In 2023 the firm told a trade weekly, Timber Markets Review, that its workers were never "
                "forced to stay.", META)
    s = source_of(a, "trade weekly")
    assert s.kind == "organization" and "firm" in (s.wording or "")


def test_told_apposition_blanks_same_length() -> None:
    text = "The firm told a trade weekly, Timber Markets Review, that it pays on time."
    blanked = without_told_apposition(text)
    assert blanked is not None and len(blanked) == len(text) and "Timber" not in blanked
    assert without_told_apposition("The firm told the weekly that it pays on time.") is None


def test_counsellors_speak_as_people() -> None:
    a = analyse(LEAD + "Counsellors at the shelter said most of the women had been promised jobs in shops.", META)
    assert source_of(a, "Counsellors").kind == "anonymous_source"


def test_she_after_experts_including_a_named_person() -> None:
    text = (LEAD + "Lawyers we consulted, including Dr. Anya Petrov of the Baltic Migrant Law Clinic, said such "
            "contracts are void. \"Nobody at the yard can refuse a transfer,\" she said.")
    a = analyse(text, META)
    s = source_of(a, "can refuse a transfer")
    assert s.kind == "named_person" and s.wording == "Dr. Anya Petrov"


def test_group_sentence_keeps_the_group() -> None:
    text = (LEAD + "Lawyers we consulted, including Dr. Anya Petrov of the Baltic Migrant Law Clinic, said the "
            "workers' passports were held by the yard.")
    a = analyse(text, META)
    assert source_of(a, "passports were held").wording != "Dr. Anya Petrov"


def test_submitted_by_names_the_issuing_body() -> None:
    text = ("ALTERNATIVE REPORT TO THE COMMITTEE ON MIGRANT WORKERS\n"
            "Submitted by the Lake Region Domestic Workers Union (Kisumu) | Review of Kenya\n\n"
            "12. The Union recorded 40 cases of women whose passports were taken in Jeddah.\n")
    assert issuing_body(text)[0] == "Lake Region Domestic Workers Union"


def test_year_span_before_the_speaker() -> None:
    a = analyse(LEAD + "Between 2021 and 2023 the Harbour Rights Group documented 52 cases of passports taken.",
                META)
    assert source_of(a, "documented 52 cases").wording == "the Harbour Rights Group"


def test_the_report_after_an_outlet_reported() -> None:
    text = ("North Korean builders remain at sites in Tatarstan.\n\n"
            "The regional weekly Volga Stroitel reported last year that a North Korean welder had been injured at a "
            "site in Kazan. The report said the men worked without harnesses.")
    a = analyse(text, META)
    assert source_of(a, "without harnesses").kind == "outlet"
    assert source_of(a, "without harnesses").key == source_of(a, "had been injured").key


def test_evidence_for_this_report_is_the_page() -> None:
    text = ("North Korean builders remain at sites in Tatarstan.\n\n"
            "Evidence gathered for this report suggests that about 2,000 North Korean workers are still in Russia.")
    a = analyse(text, META)
    assert source_of(a, "about 2,000").key == "OUTLET"


def test_a_named_report_stays_a_document_control() -> None:
    a = analyse(LEAD + "A report by the Amur Labour Monitor says the workers' passports were held by the brigade.",
                META)
    assert source_of(a, "passports were held").key != "OUTLET"  # another body's report is not the page's evidence
