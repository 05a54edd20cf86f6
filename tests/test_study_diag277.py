"""Probes for the classes of miss found when heldout277 (migrant workers in Europe: translated regional papers, an NGO's
page of voice notes, a reader's letter, a report's numbered findings, a bus drivers' pay deal) was opened for study
(branch diag277). Every text is written for these tests, in our own wording: people, firms and figures are invented
(places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.heading_names import heading_name
from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis
from probe_helpers import lexicon_indicators, source_of, wording_and_kind

META = {"published": "2026-05-04", "language": "en"}


def _an(text: str) -> Analysis:
    return analyse(text, dict(META))


# ---------------------------------------------------------------- a pay deal whose driver "drives the bus between" two stops

_PAY_DEAL = ("Gdańsk transport strike averted\n\n"
             "The city transport operator in Gdańsk and the tram and bus workers' union reached a pay agreement late on "
             "Monday; the quarrel over pay and overtime had threatened to halt trams next week.\n\n"
             "Basic pay goes up by 500 zł a month, and overtime on holidays is paid at double the rate.\n\n"
             "\"It is not all we wanted, but it is more than the first offer and the members voted yes,\" union "
             "leader Marek Wolny said.\n\n"
             "\"Extra shifts were what we argued about,\" said Olena Kravets, who drives the number 8 bus between the "
             "old town and the port. About 150 of the operator's drivers are migrant workers from Ukraine and India, "
             "and the deal covers them too. The operator said it still had vacancies for 60 drivers.")


def test_a_pay_deal_with_a_driver_who_drives_a_bus_between_stops_is_quiet() -> None:
    a = _an(_PAY_DEAL)
    assert a.claims == []


def test_a_bus_driven_between_stops_moves_no_one() -> None:
    assert "restriction_of_movement" not in lexicon_indicators(
        "Said Olena, who drives the number 8 bus between the old town and the port.")


def test_workers_bussed_between_camp_and_site_stay_a_cue() -> None:
    # controls: people moved by bus, and a driver who drove them
    assert "restriction_of_movement" in lexicon_indicators(
        "The workers were bused between the dormitory and the plant under guard.")
    assert "restriction_of_movement" in lexicon_indicators(
        "The guards drove the men to work and bussed them back to the camp each night.")


# ---------------------------------------------------------------- voice-note headings with a translation note or "again, later"

def test_heading_with_a_translation_note_names_its_speaker() -> None:
    assert heading_name('Voice note 2 — "Rustam", 37, from Khujand (translated from Tajik by Anna Berg)') == "Rustam"
    assert heading_name('Message 4 — "Rustam" again, three days later') == "Rustam"
    assert heading_name('Voice note 1 — "Ilyos" again, the next morning') == "Ilyos"


def test_headings_that_name_no_one_stay_unnamed() -> None:
    # controls: a headline with a verb of saying, a bare label
    assert heading_name('Drivers — "Exhausted", says union (translated from Dutch)') is None
    assert heading_name("Voice note 3") is None


_NOTES = ("Field notes from a lorry park\n\n"
          "Our volunteer met drivers working for a Latvian haulier at a lorry park near Bremen. We print two of their "
          "voice notes. The names are not their own.\n\n"
          'Voice note 1 — "Rustam", 37, from Khujand (translated from Tajik by Anna Berg)\n'
          '"The firm keeps our passports in the office in Riga. I have not been paid for two months."\n\n'
          'Voice note 2 — "Rustam" again, three days later\n'
          '"They told me that if I leave the lorry they will call the police. I spend every night in the truck."\n')


def test_voice_notes_under_such_headings_are_the_named_drivers() -> None:
    a = _an(_NOTES)
    assert wording_and_kind(a, "keeps our passports") == ("Rustam", "named_person")
    assert source_of(a, "call the police").key == source_of(a, "keeps our passports").key


# ---------------------------------------------------------------- a reader's letter closed "With respect," over a first name

_LETTER = ("Letters\n\n"
           "A cleaner from Manila who works in Leeds sent us this letter, signed with her first name.\n\n"
           "Dear editor,\n\n"
           "I paid an agency in Manila 200,000 pesos for this job, money I borrowed from a lender at home. The company "
           "kept my passport for a month and my supervisor shouted at me when I asked for it. I worked 70 hours a week. "
           "The cleaning firm docks £60 a week for the flat, where five of us sleep in the living room.\n\n"
           "With respect,\n"
           "Liezel\n\n"
           "Editor's note: we could not verify Liezel's account.")


def test_a_readers_letter_signed_with_a_first_name_is_hers() -> None:
    a = _an(_LETTER)
    assert wording_and_kind(a, "kept my passport") == ("Liezel", "named_person")


def test_a_closing_over_a_line_that_is_no_name_gives_no_writer() -> None:
    # control: "With respect," over a line of prose is not a signature
    text = _LETTER.replace("Liezel\n\nEditor's", "Thank you for reading this letter to the end.\n\nEditor's")
    a = _an(text)
    assert wording_and_kind(a, "kept my passport")[0] != "Thank you for reading this letter to the end."


# ---------------------------------------------------------------- a firm that "charges" a fee reports nothing

def test_a_firm_that_charges_fees_is_no_speaker() -> None:
    text = ("Statement of the Northern Hauliers' Association\n\n"
            "The Association sets out its position. 1. Passports stay with the drivers who own them. "
            "2. No hauling firm in the Association charges drivers recruitment fees. 3. Drivers are paid on time.")
    a = _an(text)
    assert wording_and_kind(a, "recruitment fees")[0] != "No hauling firm in the Association"


# ---------------------------------------------------------------- further tallies in a report's numbered finding

_FINDINGS = ("3. Findings\n\n"
             "Between March and June our researchers interviewed 80 men who pick olives in Jaén.\n\n"
             "Finding 1. Thirty-one of the 80 men said their employer held their passports. Twelve said the "
             "passports were handed back only at the airport.\n\n"
             "Finding 2. Of the 80 men, 52 said they were paid by the sack. Nineteen said their pay fell below the "
             "legal day rate.\n\n"
             "Finding 3. Nine men reported being hit by a foreman. The real figure is likely larger, since some men "
             "would not talk about it.")


def test_later_tallies_of_a_finding_are_the_reports() -> None:
    a = _an(_FINDINGS)
    for words in ("only at the airport", "pay fell below", "likely larger"):
        assert wording_and_kind(a, words)[1] == "outlet", words


def test_a_tally_after_a_finding_opened_otherwise_stays_with_its_group() -> None:
    # control: a finding that opens with the report's own sentence leaves a later tally to the counted group
    text = ("Finding 1. Pay came late on most farms. Eleven men said their employer held their passports.")
    a = _an(text)
    assert wording_and_kind(a, "held their passports")[1] != "outlet"


def test_a_quoted_man_in_the_findings_keeps_his_voice() -> None:
    # control: a named quotation after the findings is his own
    a = _an(_FINDINGS + '\n\nA picker from Kenitra, Youssef, said: "The foreman took my passport on the first day."')
    assert wording_and_kind(a, "took my passport") != (None, "outlet")


# ---------------------------------------------------------------- cue classes of the lexicon

def test_money_taken_from_ones_own_pay_and_for_the_bed() -> None:
    assert "withholding_of_wages" in lexicon_indicators("Each week €40 was docked from her wages for a uniform.")
    assert "withholding_of_wages" in lexicon_indicators("The gangmaster keeps £70 a week for the caravan.")
    # control: time taken for the ride is no money
    assert "withholding_of_wages" not in lexicon_indicators("They take 40 minutes a day for the ride to the farm.")


def test_crowded_rooms_counted_by_their_sleepers() -> None:
    assert "abusive_working_and_living_conditions" in lexicon_indicators(
        "In Leeds I shared a small room with three other cleaners.")
    assert "abusive_working_and_living_conditions" in lexicon_indicators(
        "Each picker rents a bunk in a room of six workers.")
    # controls: one roommate, a hotel's rooms
    assert "abusive_working_and_living_conditions" not in lexicon_indicators("I share a room with one other nurse.")
    assert "abusive_working_and_living_conditions" not in lexicon_indicators("The hotel has 40 rooms of four beds.")


def test_fewer_hours_than_promised_and_repayment_clauses() -> None:
    assert "deception" in lexicon_indicators("The cleaners got fewer shifts than the agency had promised.")
    assert "debt_bondage" in lexicon_indicators(
        "Her contract contains terms obliging her to pay back £3,200 should she quit in the first year.")
    # control: hours cut with no promise named
    assert "deception" not in lexicon_indicators("The carers worked fewer hours in August.")


def test_housing_tied_to_the_job() -> None:
    assert "abuse_of_vulnerability" in lexicon_indicators("On that farm the housing is linked to the job.")
    assert "abuse_of_vulnerability" in lexicon_indicators(
        "Their rental contract and the employment contract were the same document.")
    assert "abuse_of_vulnerability" in lexicon_indicators("The claimant's visa depended on the respondent.")


def test_threats_to_those_who_complain_or_leave() -> None:
    assert "intimidation_and_threats" in lexicon_indicators(
        "Cleaners who complain are told they won't be called for the next shift.")
    assert "intimidation_and_threats" in lexicon_indicators(
        "His supervisor said that if he quit, the firm would phone the police and report him as a runaway.")
    # control: notice asked of those who resign is no threat
    assert "intimidation_and_threats" not in lexicon_indicators("If you resign, please tell the office a month ahead.")


def test_a_worker_who_keeps_her_own_passport() -> None:
    assert "retention_of_identity_documents" not in lexicon_indicators("We keep our passports in our room.")
    assert "retention_of_identity_documents" not in lexicon_indicators("I keep my passport in my bag.")
    # control: the boss who kept it
    assert "retention_of_identity_documents" in lexicon_indicators("The boss held on to my passport for a month.")


def test_days_of_long_hours_over_some_weeks() -> None:
    assert "excessive_overtime" in lexicon_indicators("During the harvest we did thirteen hours for two weeks.")
    # control: hours a week are no long day
    assert "excessive_overtime" not in lexicon_indicators("We did twelve hours a week of training.")
