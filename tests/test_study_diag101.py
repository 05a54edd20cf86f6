"""Probes for the classes of miss found when heldout101 (forced labour as supply-chain compliance people meet it) was
opened for study (branch diag101). Every text is written for these tests, in our own wording: names, firms and figures
are invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators, money
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from labourlens.model import Amount, Analysis
from probe_helpers import claim_with, source_of

META = {"published": "2026-11-20", "language": "en"}
# a lede that makes a one-line probe a report about workers
CTX = "Migrant workers at a furniture plant said their passports were taken and their wages held back for months.\n\n"


def _an(text: str) -> Analysis:
    return analyse(CTX + text, dict(META))


def _amount(text: str, words: str) -> Amount:
    return next(a for a in money.find(text) if words in a.text)


# ---------------------------------------------------------------- amounts


@pytest.mark.parametrize("text", [
    "In Jalisco, berry pickers earn about 300 pesos a day.",
    "The crews in Culiacan were paid 2,100 pesos a week.",
    "A foreman in Monterrey said the fee was 5,000 pesos.",
])
def test_pesos_in_a_report_set_in_a_mexican_state_or_city_are_mexican(text: str) -> None:
    assert next(a for a in money.find(text) if "pesos" in a.text).currency == "MXN"


@pytest.mark.parametrize("text,currency", [
    ("Cooks in Cebu were paid 450 pesos a day.", "PHP"),
    ("In Medellin, couriers said they earned 60,000 pesos a day.", "COP"),
    ("The deckhands were paid 700 pesos a week.", "PHP"),  # no country named: the default stays
])
def test_pesos_elsewhere_keep_their_reading(text: str, currency: str) -> None:
    assert next(a for a in money.find(text) if "pesos" in a.text).currency == currency


@pytest.mark.parametrize("text,value", [
    ("Panels to Spain were quoted at EUR 0.093 per watt.", 0.093),
    ("The spot price fell to USD 0.205 per unit.", 0.205),
])
def test_a_leading_zero_before_three_decimals_is_a_decimal(text: str, value: float) -> None:
    assert money.find(text)[0].value == pytest.approx(value)


def test_dot_grouped_thousands_stay_thousands() -> None:
    assert _amount("The fee was 2.500 euros, paid in cash.", "2.500").value == pytest.approx(2500)


@pytest.mark.parametrize("text,base,conv", [
    ("Cells were sold at EUR 0.091 per watt, roughly $0.11, last week.", "EUR 0.091", 0.11),
    ("She takes home Tk 13,500 with overtime, about $110, in a good month.", "Tk 13,500", 110),
])
def test_a_priced_unit_or_with_overtime_may_stand_before_the_conversion(text: str, base: str, conv: float) -> None:
    amounts = money.find(text)
    a = next(a for a in amounts if a.text == base)
    assert a.stated_usd == pytest.approx(conv)
    assert not any(x.currency == "USD" and x.text != base for x in amounts)


def test_two_amounts_with_overtime_between_and_no_conversion_word_stay_two() -> None:
    amounts = money.find("She earns Tk 13,500 with overtime and Tk 11,000 without.")
    assert len([a for a in amounts if a.currency == "BDT"]) == 2


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize("text,words", [
    ("A port authority official in Chittagong, speaking without authorisation from her superiors, said the crews "
     "had not been paid since March.", "not been paid"),
    ("An inspector at the labour office, speaking without clearance, said the dormitory doors were locked at night.",
     "doors were locked"),
])
def test_an_unnamed_official_speaking_without_leave_is_an_anonymous_source(text: str, words: str) -> None:
    assert source_of(_an(text), words).kind == "anonymous_source"


@pytest.mark.parametrize("text", [
    "An official at the labour ministry said the dormitory doors were locked at night.",
    # older sets read an official speaking on condition of anonymity as the body's voice: kept
    "An official at the labour ministry, speaking on condition of anonymity, said the dormitory doors were locked at night.",
])
def test_an_official_otherwise_stays_official(text: str) -> None:
    assert source_of(_an(text), "doors were locked").kind == "official"


def test_a_named_person_who_asks_for_no_surname_keeps_the_name() -> None:
    text = "Rafael Ortiz, a union organiser in Tijuana, said the workers' passports were kept in a safe."
    s = source_of(_an(text), "kept in a safe")
    assert s.kind == "named_person" and "Rafael Ortiz" in (s.wording or "")


def test_a_quoted_name_that_is_not_the_real_one_names_the_speaker() -> None:
    text = ('"Rosa" (not her real name), a cook who came to the camp with her sister in May, said the foreman kept '
            'her identity card. "We could not leave without it," she said.')
    a = _an(text)
    for words in ("kept her identity card", "could not leave"):
        s = source_of(a, words)
        assert s.wording == "Rosa" and s.kind == "named_person"


def test_a_cook_without_a_pseudonym_stays_unnamed() -> None:
    text = "A cook who came to the camp with her sister in May said the foreman kept her identity card."
    assert source_of(_an(text), "identity card").kind == "anonymous_source"


def test_a_spokesperson_named_alone_after_a_company_speaks_for_the_company() -> None:
    text = ("The importer, Orchid Panels Sdn Bhd, said the deductions were lawful. A spokeswoman, Mei Ling Goh, said "
            "the firm had never held the passports of its workers.")
    assert source_of(_an(text), "never held").kind == "organization"


def test_a_spokesperson_named_alone_after_a_state_body_stays_official() -> None:
    text = ("The Johor labour department said it was investigating the dormitory. A spokeswoman, Mei Ling Goh, said "
            "inspectors found the workers' passports in a locked safe.")
    assert source_of(_an(text), "locked safe").kind == "official"


@pytest.mark.parametrize("phrase", [
    "The mill's operator, Teakwood Interiors (M) Sdn Bhd",
    "Halvorsen Cabinets' compliance director, Lim Siew Mei",
    "The supplier's sustainability manager, Arif Rahman",
    "Tan Bee Hoon, chief compliance officer at Orchid Panels",
    "The grower, Finca Las Palmas",
    "The packer, Golden Bay Seafoods",
])
def test_a_firm_and_its_compliance_people_speak_for_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase,kind", [
    ("Lim Siew Mei, a researcher at the Penang Institute", "named_person"),
    ("Lim Siew Mei, a compliance consultant", "named_person"),  # no firm she speaks for
])
def test_controls_for_firm_people(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


# ---------------------------------------------------------------- rebuttals and indicators


@pytest.mark.parametrize("text,words", [
    ("The firm, Orchid Panels, said that workers' passports are held only with their written consent.",
     "written consent"),
    ("The employer, Teakwood Interiors, said every deduction had been authorised by the employees in writing.",
     "authorised by"),
    ("The company says no salaries remain unpaid.", "no salaries"),
    ("The growers' association said its members do not keep workers' identity cards.", "do not keep"),
])
def test_the_accused_partys_rebuttal_is_a_negation_without_indicators(text: str, words: str) -> None:
    c = claim_with(_an(text), words)
    assert c.polarity == "negated" and not c.indicators


@pytest.mark.parametrize("text,words", [
    ("Workers said the company took their passports without their consent.", "without their consent"),
    ("A welder said no wages are outstanding because none were ever paid, and the supervisor keeps his passport.",
     "supervisor keeps"),
])
def test_workers_accounts_are_no_rebuttal(text: str, words: str) -> None:
    c = claim_with(_an(text), words)
    assert c.polarity == "affirmed" and c.indicators


def test_a_promise_to_refund_recruitment_fees_is_no_debt_bondage() -> None:
    text = "Orchid Panels said it would repay the recruitment fees of 640 workers by June, according to a filing."
    c = claim_with(_an(text), "recruitment fees")
    assert "debt_bondage" not in {h.indicator for h in c.indicators}


def test_fees_workers_still_owe_stay_debt_bondage() -> None:
    text = "The workers said they were still repaying recruitment fees of 5,000 ringgit to the agent from their wages."
    c = claim_with(_an(text), "recruitment fees")
    assert "debt_bondage" in {h.indicator for h in c.indicators}


@pytest.mark.parametrize("text", [
    "The labour office told the owner to settle the arrears within seven days.",
    "Workers were given seven days' notice before the dormitory closed.",
])
def test_a_deadline_of_seven_days_is_no_seven_day_week(text: str) -> None:
    assert "excessive_overtime" not in {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "The sanders worked seven days a week in the peak season.",
    "They worked seven days without a day off.",
])
def test_seven_day_weeks_stay_excessive_overtime(text: str) -> None:
    assert "excessive_overtime" in {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "The deckhands said they had still not received some 45,000 baht each.",
    "Both women said they never received the 2,400 ringgit they were owed.",
])
def test_a_sum_of_pay_not_received_is_withheld_pay(text: str) -> None:
    r = indicators.match(text)
    assert "withholding_of_wages" in {h.indicator for h in r.hits}


@pytest.mark.parametrize("text", [
    "The families have not received the 3,000 ringgit compensation the firm offered.",
    "The office has not received 40 complaints this year.",
])
def test_a_sum_not_received_that_is_no_pay_is_no_withheld_pay(text: str) -> None:
    assert "withholding_of_wages" not in {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "Three of the men had cuts on their faces when they reached the shelter.",
    "He showed us gashes on his back.",
])
def test_wounds_told_by_where_they_are_are_violence(text: str) -> None:
    assert "physical_and_sexual_violence" in {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "Workers had cuts to their overtime pay in May.",
    "The peelers had cuts on their hands from the knives.",  # a wound of the work itself, no blow
])
def test_cuts_to_pay_or_hands_are_no_blows(text: str) -> None:
    assert "physical_and_sexual_violence" not in {h.indicator for h in indicators.match(text).hits}
