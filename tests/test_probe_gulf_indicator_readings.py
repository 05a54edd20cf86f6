"""Indicator readings met in Gulf and African compliance reports (probe diag62), each with controls:

- a report's numbered item label ("Finding 2.3 - Passports.", "Major non-conformity 1 (wages).") is no claim;
- a promised remedy ("committed to returning the passports", "pledged to end the deduction") carries no indicator,
  but a promise to pay back wages still tells of wages owed;
- overtime named as part of pay ("including overtime", "failed to pay overtime") is no excessive overtime;
- a loan's interest ("36 per cent a year") is no share of wages taken;
- "illegal fees" are no illegal status of the workers;
- security guards employed by guarding firms are not escorted by guards;
- inspectors kept out of a site are no restriction of the workers' movement;
- "cannot leave the compound without risk of arrest" is a danger faced now, not a hypothetical "risk of".

Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}
LEAD = ("Migrant workers at the Palm Ridge site in Dammam say the company kept their passports and withheld their "
        "wages for four months. ")


def _indicators(sentence: str) -> set[str] | None:
    a = analyse(LEAD + sentence, META)
    c = next((c for c in a.claims if c.text.strip().startswith(sentence[:25])), None)
    return None if c is None else {h.indicator for h in c.indicators}


@pytest.mark.parametrize("sentence,absent", [
    ("The site manager, Omar Haddad, committed to returning all passports within ten days.",
     "retention_of_identity_documents"),
    ("The average monthly payment to a mason, including overtime, was SAR 1,700.", "excessive_overtime"),
    ("Inspectors said the firm had failed to pay overtime to 300 workers in May.", "excessive_overtime"),
    ("One mason said he had borrowed 200,000 rupees from a moneylender at 40 per cent a year to pay the agent.",
     "withholding_of_wages"),
    ("A local paper reported that two agencies had been suspended for charging workers illegal fees.",
     "abuse_of_vulnerability"),
    ("The report draws on interviews with 40 security guards employed by six guarding companies in Dammam.",
     "restriction_of_movement"),
    ("The ministry said inspectors have not been allowed past the gate of the site since March.",
     "restriction_of_movement"),
])
def test_reading_drops(sentence: str, absent: str) -> None:
    found = _indicators(sentence)
    assert found is None or absent not in found


@pytest.mark.parametrize("sentence,present", [
    ("The company has agreed to pay back wages of SAR 4,000 to each worker.", "withholding_of_wages"),
    ("Masons said they worked overtime every night without a day off for two months.", "excessive_overtime"),
    ("Workers said the supervisor took 40 per cent of their wages every month.", "withholding_of_wages"),
    ("The workers said they were not allowed past the gate of the camp without a pass.", "restriction_of_movement"),
    ("The masons said they were escorted by security guards from the camp to the site and back.", "restriction_of_movement"),
    ("Without a valid permit they cannot leave the camp without risk of arrest, the masons said.", "restriction_of_movement"),
])
def test_reading_stays(sentence: str, present: str) -> None:
    found = _indicators(sentence)
    assert found is not None and present in found


def test_numbered_item_label_is_no_claim() -> None:
    text = (LEAD + "\n\nFinding 2.3 — Passports. Thirty of the 41 masons said the company kept their passports.\n\n"
            "Major non-conformity 1 (wages). Payslips show wages paid two months late.\n")
    a = analyse(text, META)
    assert not any(c.text.startswith(("Finding 2.3", "Major non-conformity")) for c in a.claims)
    assert any("Thirty of the 41 masons" in c.text for c in a.claims)


@pytest.mark.parametrize("sentence,present", [
    ("He said his monthly wage of SAR 1,900 had been paid irregularly since January.", "withholding_of_wages"),
    ("A second mason said a deposit of 5,000 rupees was taken from each man before departure.", "debt_bondage"),
    ("Another said: \"If you break the contract you pay a penalty of SAR 6,000.\"", "intimidation_and_threats"),
    ("\"They told us: you complain, you go home with nothing,\" a mason said.", "intimidation_and_threats"),
    ("\"If you go before the end, you lose the bond,\" one mason said.", "restriction_of_movement"),
])
def test_new_readings(sentence: str, present: str) -> None:
    found = _indicators(sentence)
    assert found is not None and present in found


@pytest.mark.parametrize("sentence,absent", [
    ("Engineers said the copper deposits were taken over by a new owner last year.", "debt_bondage"),
    ("The masons said the deposit was returned to them when they left.", "debt_bondage"),
    ("The site manager said the bus goes early if it rains.", "restriction_of_movement"),
])
def test_new_readings_controls(sentence: str, absent: str) -> None:
    found = _indicators(sentence)
    assert found is None or absent not in found
