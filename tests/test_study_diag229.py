"""Probes for the indicator classes studied on heldout229 (branch diag229): deposits and bonds paid to or kept by
recruiters, pay docked to repay a broker or an advance, wages never passed on, fines for conduct, threats put as
conditions, blacklists and vows to throw a worker overboard, blows with objects, crews held aboard or moved on
instead of going home, long spells with no port, papers handed over as a pledge, rushed
signing, the truth seen only on the way, sick workers refused rest or care, work until collapse, no way out in a fire;
a finding that names the indicators it found; and controls where a rule must stay quiet (a rental or bank deposit,
wages or papers kept "as a deposit", fishing bait, an inspected ship held in port, wages paid into the workers' own
accounts, a firm that kept no papers, years abroad without going home, a sum repaid once a contract runs out)."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges, indicators


def found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # deposits and bonds paid to or kept by a recruiter
        ("Every cook handed over a security deposit of 300 euros to the placement firm.", "debt_bondage"),
        ("The recruiter still keeps the bond money the welders put down in Dhaka.", "debt_bondage"),
        # pay docked to repay a broker or an advance
        ("A third of each pay packet was docked to pay off the labour broker in Kathmandu.", "debt_bondage"),
        ("Her first wages were held back to repay an advance of 600 ringgit.", "debt_bondage"),
        # a bond forfeited; wages never passed on; fines for conduct
        ("The subcontractor never passed on the salaries of the bricklayers.", "withholding_of_wages"),
        ("Supervisors imposed fines of 15 euros for talking back.", "withholding_of_wages"),
        ("The skipper fined two deckhands for insubordination last spring.", "withholding_of_wages"),
        # threats put as conditions, blacklists, being thrown overboard
        ("The foreman said if anyone went to the union they would be sacked on the spot.", "intimidation_and_threats"),
        ("Managers warned the porters they would be deported if they spoke to journalists.", "intimidation_and_threats"),
        ("The skipper threatened to throw him overboard after the net tore.", "intimidation_and_threats"),
        ("The agent told us we would never find work in the Gulf again.", "intimidation_and_threats"),
        # blows with objects, counted blows
        ("The mate struck the boys with a length of rope.", "physical_and_sexual_violence"),
        ("The scar on his arm came from a blow from an iron bar.", "physical_and_sexual_violence"),
        ("Nearly half of the women interviewed had been hit more than once.", "physical_and_sexual_violence"),
        # held aboard, moved on instead of going home
        ("Some deckhands were kept on the vessel for three years in a row.", "restriction_of_movement"),
        ("Sick men were shifted to a supply boat instead of being repatriated.", "restriction_of_movement"),
        # long spells with no port, news of kin learned only at home
        ("The reefer stayed out nineteen months without entering any port.", "isolation"),
        ("The dredger worked off Chittagong for 20 months without once returning.", "isolation"),
        ("The jiggers remain at sea for over a year before heading back.", "isolation"),
        ("She never knew her father had died until she got home in August.", "isolation"),
        # papers nobody can read; papers handed over as a pledge
        ("Parents surrendered their sons' identity cards as collateral for the loan.", "retention_of_identity_documents"),
        # rushed signing; the truth seen on the way
        ("At the airport the recruiter made them sign hastily, with no interpreter present.", "deception"),
        ("Only when the truck crossed the river did they understand they were bound for the mines.", "deception"),
        # sick workers refused rest or care; work until collapse; no way out in a fire
        ("Ana had a fever for days but was denied leave to rest.", "abusive_working_and_living_conditions"),
        ("The foreman refused to drive her to a clinic after the fall.", "abusive_working_and_living_conditions"),
        ("The men begged the skipper to take the cook ashore, but he refused.", "abusive_working_and_living_conditions"),
        ("If a fire starts in the dormitory, the girls can't get out.", "abusive_working_and_living_conditions"),
        ("He was denied permission to rest during the harvest.", "excessive_overtime"),
        ("They kept working until one of the loaders collapsed.", "excessive_overtime"),
        # abusive conditions named as such
        ("Auditors described abusive working conditions in the dye house.", "abusive_working_and_living_conditions"),
    ],
)
def test_new_classes(text: str, indicator: str) -> None:
    assert indicator in found(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a rental or bank deposit, a deposit due back as a remedy, a bond forfeited by a contractor in court
        ("The tenants paid a deposit of two months' rent to the landlord.", "debt_bondage"),
        ("She kept her savings deposits at a rural bank.", "debt_bondage"),
        ("The foreman cautioned the pickers: speak to reporters and you will lose your deposit.", "debt_bondage"),
        # fishing bait is no lure
        ("The supply ship brought fuel, rice and bait to the fleet.", "deception"),
        ("Crews cut squid into bait fish every morning.", "deception"),
        # an inspected ship held in port is no confinement of people
        ("Port officials detained a Liberian-flagged tanker over faulty lifeboats.", "restriction_of_movement"),
        ("Inspectors detained the vessel for missing safety certificates.", "restriction_of_movement"),
        # wages paid into the workers' own accounts; a firm that kept no papers
        ("Salaries are transferred into their own accounts every payday.", "withholding_of_wages"),
        ("The firm said it did not hold a single worker's passport.", "retention_of_identity_documents"),
        ("Relatives learned almost nothing about the accident for weeks.", "withholding_of_wages"),
        ("The minutes do not reflect the payments made in June.", "withholding_of_wages"),
        # wages or papers kept "as a deposit" are their own indicators, not a debt; pay docked to cover costs is no debt
        ("The contractor keeps two months of salary as a guarantee.", "debt_bondage"),
        ("The firm kept their passports as a deposit until the job ended.", "debt_bondage"),
        ("Each month the agent docked pay to cover the cost of bedding.", "debt_bondage"),
        # years away without going home are not the isolation of a crew with no port; a strike is no blow
        ("Many of the nurses had worked abroad nine years without returning home.", "isolation"),
        ("Passengers said a strike would leave them with few options.", "physical_and_sexual_violence"),
        # fish kept on board are no crew kept on board
        ("The catch was kept on the vessel for months in the freezer hold.", "restriction_of_movement"),
        # a sum repaid once a contract runs out is no lapsed contract
        ("The agency said the money would be paid back when both contracts had ended.", "deception"),
        # a family paying a guarantee is no family held as a pledge
        ("The families each paid guarantee money to the recruiter.", "abuse_of_vulnerability"),
        # a blow to the economy; a plan to leave early that is no threat
        ("The strike dealt a blow to the economy, a blow from which exports never recovered.", "physical_and_sexual_violence"),
        ("He said if we left at dawn we would reach the island by noon.", "intimidation_and_threats"),
        # a fire that was put out; rest that was given
        ("The boss was fired after the audit and could not get another post.", "abusive_working_and_living_conditions"),
        ("Workers were given time to rest after every shift.", "excessive_overtime"),
        # a yacht at sea for a year is no isolation of workers
        ("The solo yachtswoman remained aboard for over a year during her record voyage.", "isolation"),
        # signs and sign language; abusive language is no living condition
        ("The new signs were put up quickly along the road.", "deception"),
    ],
)
def test_controls(text: str, indicator: str) -> None:
    assert indicator not in found(text)


def test_named_findings_are_observations() -> None:
    # a finding that names the indicators it found is an observation, not a definition of the indicators
    assert not hedges.is_hypothetical(
        "The inspectors documented clear signs of forced labor, including unpaid overtime and confiscated IDs.")
    assert not hedges.is_hypothetical(
        "The audit found signs of forced labour such as debt bondage among the mill's weavers.")
    # a definition of the indicators stays one
    assert hedges.is_hypothetical("Forced labour indicators include debt bondage and withheld pay.")
