"""Round 7 paraphrase categories of the indicator lexicon (knowledge/indicators.yaml, rules ``*.r7_*``).

Each category was found by sorting the misses of the diagnosis sets by what the sentence means, not by
its words; every sentence here is written for this test (fictional people and firms, real places), with
negative cases: negated, hypothetical, and sentences from reports about ordinary work, sport or trade.
"""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


def _rules(text: str) -> set[str]:
    return {h.rule for h in match(text).hits}


# ------------------------------------------------------------------ withholding: nothing to bring home

@pytest.mark.parametrize("text", [
    "After three years on the sites of Omsk, Pak brought home nothing.",
    "In the end the plasterers took home almost nothing from Vladivostok.",
    "Han says she brought nothing home from the fish plant in Nakhodka.",
    "After two years in Tomsk we had nothing.",
    "After eighteen months at the Ussuriysk yard the welders were left with nothing.",
])
def test_nothing_to_bring_home(text: str) -> None:
    assert "withholding_of_wages" in _inds(text)


@pytest.mark.parametrize("text", [
    "The national team brought home nothing from the tournament in Doha.",
    "After 90 minutes the visitors had nothing to show for their pressure.",
    "After two years of drought the farmers near Dodoma had nothing.",
    "The delegation took home no medal and no trophy from Minsk.",
])
def test_nothing_to_bring_home_negative(text: str) -> None:
    assert "withholding_of_wages" not in _inds(text)


# ------------------------------------------------------------------ withholding: a sum for soap, not a wage

@pytest.mark.parametrize("text", [
    "Each month the brigadier handed us 300 yuan for soap and toothpaste.",
    "She received 2,000 rubles for cigarettes and nothing more.",
    "The team leader gave each woman a few dollars for sanitary pads.",
    "We got 40,000 kip a month for food and soap, that was all.",
])
def test_pocket_money_for_necessities(text: str) -> None:
    assert "withholding_of_wages" in _inds(text)


@pytest.mark.parametrize("text", [
    "The council gave 5,000 dollars for soap and sanitiser in the schools of Kisumu.",
    "A charity in Gdansk donated 300 euros for toiletries to the shelter.",
    "She bought soap for 30 rubles at the kiosk.",
])
def test_pocket_money_negative(text: str) -> None:
    assert "withholding_of_wages" not in _inds(text)


# ------------------------------------------------------------------ withholding: pay "saved" for the worker

@pytest.mark.parametrize("text", [
    "He was told his wages were being saved for him.",
    "The foreman said the rest of the pay was kept safe on their behalf.",
    "Their earnings were set aside until they went home, the leader said.",
    "Ri was told her salary was banked for her in Pyongyang.",
])
def test_pay_saved_for_them(text: str) -> None:
    assert "withholding_of_wages" in _inds(text)


@pytest.mark.parametrize("text", [
    "Part of the salary goes into a pension fund.",
    "The money was saved for her by her grandparents for university.",
    "She saved money for her holiday in Sochi.",
])
def test_pay_saved_negative(text: str) -> None:
    assert "withholding_of_wages" not in _inds(text)


# ------------------------------------------------------------------ withholding: the worker kept a fraction

@pytest.mark.parametrize("text", [
    "The welders retained almost none of it.",
    "Of the 40,000 rubles billed for each man, he saw perhaps a tenth of it.",
    "The seamstresses kept hardly any of it after the deductions.",
    "The loggers received a fraction of the money the firm was paid.",
])
def test_kept_fraction(text: str) -> None:
    assert "withholding_of_wages" in _inds(text)


@pytest.mark.parametrize("text", [
    "The party received a fraction of the vote in Tartu.",
    "Fans in the stands saw none of it because of the fog.",
])
def test_kept_fraction_negative(text: str) -> None:
    assert "withholding_of_wages" not in _inds(text)


# ------------------------------------------------------------------ restriction: out only with a minder

@pytest.mark.parametrize("text", [
    "Five of us go to the market together with the supervisor.",
    "The seamstresses could visit the shops only with their minder.",
    "On Sundays six men went into town with the brigade leader.",
    "The women went out once a month, escorted, to buy rice.",
    "Trips out were always chaperoned by someone from the company.",
])
def test_out_only_with_minder(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


@pytest.mark.parametrize("text", [
    "The tourists went to the market in Hue with their guide.",
    "The minister left the building escorted by police.",
    "On Friday the staff of the Riga office went out for dinner together.",
])
def test_out_with_minder_negative(text: str) -> None:
    assert "restriction_of_movement" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The minder had the only key to the dormitory door.",
    "A guard keeps the keys, and the gate of the compound stays shut at night.",
    "The brigadier holds the key to the hostel's front door after nine.",
    "The foreman carried the keys to the rooms where the men slept.",
])
def test_keyholder(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


@pytest.mark.parametrize("text", [
    "The store manager has the keys to the shop's front door.",
    "The office manager keeps the key to the safe in the back room.",
])
def test_keyholder_negative(text: str) -> None:
    assert "restriction_of_movement" not in _inds(text)


# ------------------------------------------------------------------ intimidation: the family as leverage

@pytest.mark.parametrize("text", [
    "Her family at home was held hostage, the recruiter said.",
    "Her family is the guarantee that she will come back, the recruiter said.",
    "The relatives at home serve as hostages for the men abroad.",
    "Their parents were held as collateral for their good conduct.",
    "Your brother's university place depends on you, the officer said.",
    "The political officer reminded him that his family's flat depends on his work.",
])
def test_family_leverage(text: str) -> None:
    assert "intimidation_and_threats" in _inds(text)


@pytest.mark.parametrize("text", [
    "Her parents acted as guarantee for the bank loan.",
    "The family home was pledged as collateral for the mortgage.",
    "Your success depends on you alone, the coach told the squad.",
])
def test_family_leverage_negative(text: str) -> None:
    assert "intimidation_and_threats" not in _inds(text)


# ------------------------------------------------------------------ deception: promised savings

@pytest.mark.parametrize("text", [
    "The recruiter said they would each bring home 8,000 dollars after two years.",
    "We were promised we could save enough to buy a flat.",
    "They would each take home 5,000 dollars at the end of the contract, the agent said.",
    "We were told 30,000 rubles a month would be ours.",
    "Anything above the plan would be theirs, the manager said.",
])
def test_promised_savings(text: str) -> None:
    assert "deception" in _inds(text)


@pytest.mark.parametrize("text", [
    "If they won, the three points would be ours.",
    "The striker said the team would bring home the cup.",
    "The title would be ours by the end of the season.",
])
def test_promised_savings_negative(text: str) -> None:
    assert "deception" not in _inds(text)


# ------------------------------------------------------------------ overtime: first in, last out

@pytest.mark.parametrize("text", [
    "The Korean crew start before us and finish after us.",
    "They arrived before everyone and left after everyone, every day.",
    "They work when we go home, and they are still working when we come back.",
    "We go home at six; the women from Hamhung go on working under lamps.",
])
def test_first_in_last_out(text: str) -> None:
    assert "excessive_overtime" in _inds(text)


@pytest.mark.parametrize("text", [
    "The guests arrived before us and left after us at the wedding in Kaunas.",
    "When we left the stadium, the fans were still singing.",
    "When we came back, they were still asleep.",
])
def test_first_in_last_out_negative(text: str) -> None:
    assert "excessive_overtime" not in _inds(text)


# ------------------------------------------------------------------ documents: held by the minder

@pytest.mark.parametrize("text", [
    "The minder carries the passports.",
    "The group leader collected all the passports at the airport in Vladivostok.",
    "He showed me a bag full of passports.",
    "In the foreman's drawer there was a stack of the workers' passports.",
    "None of the men had a passport with them.",
    "Not one of the women could show her passport to the inspectors.",
])
def test_documents_with_minder(text: str) -> None:
    assert "retention_of_identity_documents" in _inds(text)


@pytest.mark.parametrize("text", [
    "The tour leader collected the passports for the visa application and gave them back.",
    "Police found a bag of forged passports in the car.",
    "The consulate returned a stack of passports on Monday.",
])
def test_documents_with_minder_negative(text: str) -> None:
    assert "retention_of_identity_documents" not in _inds(text)


def test_rule_ids_are_round_seven() -> None:
    assert "FL08.r7_brought_nothing" in _rules("After three years Pak brought home nothing.")
    assert "FL03.r7_keyholder" in _rules("The minder had the only key to the dormitory door.")
