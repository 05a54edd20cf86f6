"""Probes for the classes of miss found when heldout242 (seasonal and trainee workers in East Asia and the Pacific)
was opened for study (branch diag242). Every text is written for these tests, in our own wording: names, firms and
figures are invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.model import Amount

META = {"published": "2026-11-02", "language": "en"}


def _money(text: str) -> list[Amount]:
    return [a for a in analyse(text, dict(META)).amounts if a.kind == "money"]


def _inds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


# ---------------------------------------------------------------- money


def test_yen_sign_read_through_its_dollar_conversion() -> None:
    text = ("NAGANO — Two Chinese welders at a bolt factory will receive ¥4.5 million (roughly $30,000) in back pay, "
            "a labour office in Nagano ruled on Monday.")
    [a] = [m for m in _money(text) if m.value == 4_500_000]
    assert a.currency == "JPY"


def test_yen_sign_control_yuan_conversion() -> None:
    text = "SUZHOU — Electronics workers were offered a bonus of ¥7,000 (about $1,000) each, the firm in Suzhou said."
    [a] = [m for m in _money(text) if m.value == 7000]
    assert a.currency == "CNY"


@pytest.mark.parametrize("text,code,value", [
    ("The council in Nuku'alofa said each family paid 2,500 pa'anga for the medical checks.", "TOP", 2500),
    ("A fruit picker from Apia said she sends home 600 tala a month.", "WST", 600),
    ("Recruiters in Port Vila charged applicants 15,000 vatu for a police clearance.", "VUV", 15000),
])
def test_pacific_currency_names(text: str, code: str, value: float) -> None:
    [a] = [m for m in _money(text) if m.value == value]
    assert a.currency == code


def test_bare_number_after_a_bound_echoes_the_currency() -> None:
    text = "In Daegu a welder told us: my contract says 2,300,000 won a month, but I never receive more than 1,700,000."
    values = {m.value: m.currency for m in _money(text)}
    assert values.get(1_700_000) == "KRW"


def test_bare_number_after_a_bound_control_counts() -> None:
    text = "In Daegu the plant pays 2,300,000 won a month and employs more than 1,700 people."
    assert all(m.value != 1700 for m in _money(text))


def test_bare_dollars_in_a_report_counted_in_a_local_dollar() -> None:
    text = ("Mildura grape pickers say labour-hire firm kept $140 of each week's pay\n\n"
            "MILDURA, Victoria — Pickers from Timor-Leste said a labour-hire firm near Mildura took A$140 a week for "
            "a caravan shared by six people. One woman said she was left with 300 dollars in a good week. "
            "The firm's owner said the A$140 covered power and water.")
    found = {(m.text, m.currency) for m in _money(text)}
    assert ("$140", "AUD") in found
    assert ("300 dollars", "AUD") in found


def test_bare_dollars_control_wire_conversions() -> None:
    # the wire style: the bare sign is the US dollar that converts the local one
    text = ("WELLINGTON — Kiwifruit packers in Te Puke were charged NZ$190 ($115) a week for beds, and one man said "
            "he was left with $80 after the charges.")
    found = {(m.text, m.currency) for m in _money(text)}
    assert ("$80", "USD") in found


def test_bare_dollars_control_no_local_dollar() -> None:
    text = "HOUSTON, Texas — Roofers said the contractor paid them $90 a day in cash and took $20 for the van."
    assert all(m.currency == "USD" for m in _money(text))


# ---------------------------------------------------------------- indicators


@pytest.mark.parametrize("text,ind", [
    ("The foreman told the pickers that plenty of others back home were waiting to take your job.", "intimidation_and_threats"),
    ("Any worker who spoke up about the heat would not be asked back for the next harvest, the crew boss said.",
     "intimidation_and_threats"),
    ("The owner would not sign the transfer form, so the welder had to stay at the foundry.", "restriction_of_movement"),
    ("The manager hurled a metal tray at one of the cooks during the lunch rush.", "physical_and_sexual_violence"),
    ("A seamstress said the line leader shoved her onto the floor when she stood up.", "physical_and_sexual_violence"),
    ("In the office, the broker holds our passport and residence card.", "retention_of_identity_documents"),
    ("The recruiter took their high school diplomas as collateral for the placement fee.", "retention_of_identity_documents"),
    ("The broker said he would hand them back only at the airport when the contract ends.",
     "retention_of_identity_documents"),
])
def test_new_indicator_shapes(text: str, ind: str) -> None:
    assert ind in _inds(text)


@pytest.mark.parametrize("text,ind", [
    ("Many students want your job advice, the careers officer joked.", "intimidation_and_threats"),
    ("Most of the pickers were invited back for the next harvest.", "intimidation_and_threats"),
    ("The children threw a ball at the fence behind the dormitory.", "physical_and_sexual_violence"),
    ("The broker keeps copies of each passport on file.", "retention_of_identity_documents"),
    ("The gates of the hostel stay open at all hours, the operator said.", "excessive_overtime"),
    ("The passports were stored at the trainees' own request, the company said.", "abuse_of_vulnerability"),
    ("The labour office said it has no information about any seizure of documents.", "retention_of_identity_documents"),
])
def test_controls_stay_quiet(text: str, ind: str) -> None:
    assert ind not in _inds(text)


# controls of the exceptions added to existing rules: the named rule no longer fires
@pytest.mark.parametrize("text,rule", [
    ("She was afraid of going home with her loan still unpaid.", "FL08.wage_arrears"),
    ("The state charged each recruit no more than its set fee, 4,000 baht, at the labour office.", "FL08.paid_little"),
    ("Employers may deduct up to 10 percent of wages for meals under the regulation.", "FL08.deductions"),
    ("The audit found no case in which pay went to anyone but the workers.", "FL08.unpaid"),
    ("The gates of the hostel stay open at all hours, the operator said.", "FL11.never_stop"),
    ("The recruiter assured them he would send them back on departure.", "FL06.r6_handed_back"),
])
def test_exceptions_of_existing_rules(text: str, rule: str) -> None:
    assert rule not in {h.rule for h in indicators.match(text).hits}


@pytest.mark.parametrize("text,ind", [
    ("The supervisor beat him so hard he could not stand.", "physical_and_sexual_violence"),
    ("The company withheld three months of wages from the welders.", "withholding_of_wages"),
    ("The agency deducted the fee from their wages without asking.", "withholding_of_wages"),
])
def test_controls_still_fire(text: str, ind: str) -> None:
    assert ind in _inds(text)
