"""Probes for the indicator classes studied on heldout223 (branch diag223): papers never given back or still held by
the people in charge, a bank card in the employer's hands, pay that comes every few months or loses a sum for a bed,
debts worked off or signed for, people held until they give in or in a dwelling, a choice between signing up and
expulsion, a promised contract that never turned up; and controls where a rule must stay quiet (an injury at work
is no beating, a city that never sleeps works no overtime, a fugitive's unpaid bill is no pay withheld)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicator_model, indicators


def found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # papers not given back
        ("Her residence card was never returned to her after the audit.", "retention_of_identity_documents"),
        ("Their migration cards were not handed back after the inspection.", "retention_of_identity_documents"),
        # the one in charge still holds them
        ("Three weeks on, the overseer still has their work permits.", "retention_of_identity_documents"),
        ("Her ID card stays with the recruiter until the season ends.", "retention_of_identity_documents"),
        # a bank card held by the employer
        ("The supervisor took every picker's salary card on the first morning.", "withholding_of_wages"),
        ("Their debit cards are held by the labour contractor in Leeds.", "withholding_of_wages"),
        # pay every few months; a sum kept back for a bed or board
        ("Drivers said the firm pays them once every four months.", "withholding_of_wages"),
        ("Out of 900 dollars the agency keeps 250 for the hostel and meals.", "withholding_of_wages"),
        # debts worked off, repaid from the first pay, signed for
        ("She only paid it off after two years of cleaning offices.", "debt_bondage"),
        ("The broker covered the bus fare, to be repaid from our first salary.", "debt_bondage"),
        ("Ana covered a third of the fee and signed for the balance.", "debt_bondage"),
        # held until they give in, held without food, kept in a dwelling, held so they cannot run
        ("The fishermen were held at the harbour office without water until they signed.", "restriction_of_movement"),
        ("A gang master kept nine Romanian women in a rented flat above a shop.", "restriction_of_movement"),
        ("He locked the yard so that the boys could not run away at night.", "restriction_of_movement"),
        # a choice between signing up and being sent away
        ("Detained farmhands faced either prison or a year on a state farm.", "intimidation_and_threats"),
        # a promised contract that never came
        ("The written contract never materialised, Ramon said.", "deception"),
        # people rarely seen out
        ("Shopkeepers say the crews are rarely spotted at the market.", "restriction_of_movement"),
    ],
)
def test_new_classes(text: str, indicator: str) -> None:
    assert indicator in found(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # papers returned, or kept by their owner
        ("Everyone's passport was returned on the morning they flew home.", "retention_of_identity_documents"),
        ("Every cleaner carries her own debit card.", "withholding_of_wages"),
        ("His bank card is in his own pocket and he draws cash himself.", "retention_of_identity_documents"),
        # monthly pay; a tenant paying rent for a bed
        ("Wages are paid every month on the fifth.", "withholding_of_wages"),
        ("Each lodger paid 80 euros for beds and meals.", "withholding_of_wages"),
        # a mortgage repaid or a loan from home is no worker's bond here
        ("The new contract never mentioned overtime.", "deception"),
        # goods, not people, kept in a shed; a police raid is no employer's confinement
        ("The farmer kept the tools in a shed behind the barn.", "restriction_of_movement"),
        ("Police detained twenty men in raids on car washes last week.", "restriction_of_movement"),
        # an injury at work, a lively city, a fugitive who did not pay, work indoors
        ("One welder kept working with two broken fingers for a week.", "physical_and_sexual_violence"),
        ("The old market district never sleeps, a resident said.", "excessive_overtime"),
        ("The lodger fled at dawn without paying the landlord.", "withholding_of_wages"),
        ("The nurse works under a roof, not outside in the rain.", "restriction_of_movement"),
        # papers kept so that people stay are the papers' indicator; papers back with their owners
        ("The landlord held our ID cards so we would not run off to another farm.", "restriction_of_movement"),
        ("After the audit all passports are with their owners again.", "retention_of_identity_documents"),
        # held without food is no detention to make people sign
        ("The crew were held without food for a day as punishment.", "restriction_of_movement"),
        ("The brothers received their Spanish nationality papers only in 2019.", "withholding_of_wages"),
    ],
)
def test_controls(text: str, indicator: str) -> None:
    assert indicator not in found(text)


def test_bank_card_is_no_identity_paper() -> None:
    assert "retention_of_identity_documents" not in found("The foreman keeps their bank cards in a drawer.")
    assert "withholding_of_wages" in found("The foreman keeps their bank cards in a drawer.")


def test_debt_notes_are_no_deception_for_the_model() -> None:
    vetoed = indicator_model.vetoed("We paid a part and signed a note for the remainder.")
    assert {"deception", "withholding_of_wages"} <= vetoed
    assert "withholding_of_wages" in indicator_model.vetoed("I paid it off in the spring.")
