"""Probes for the classes studied on heldout187 (seafarers and fishing crews abandoned or held on ships), in our own
wording: crews short of food or living on handouts, crews not released or not let ashore, papers held to stop them
leaving, recruitment costs taken from pay, a worker hit by the man in charge of the boat, a minor "no older than",
recruits on forged papers, crews who have not seen land."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("When the chaplain reached the trawler the men had no drinking water left.",
     "abusive_working_and_living_conditions"),
    ("The deckhands are surviving on handouts from the stevedores on the quay.",
     "abusive_working_and_living_conditions"),
    ("The cooks were boiling sea water to make tea.", "abusive_working_and_living_conditions"),
    ("For a week there were beans and nothing else in the galley.", "abusive_working_and_living_conditions"),
    ("The agency told the captain not to release any crew members until the cargo was sold.",
     "restriction_of_movement"),
    ("The harbour master said the sailors were not allowed to disembark at Salalah.", "restriction_of_movement"),
    ("The skipper kept their passports to stop them from signing on with another boat.", "restriction_of_movement"),
    ("Managers were told not to release engineers whose contracts had expired.", "excessive_overtime"),
    ("Her payslip shows a placement deduction every month.", "debt_bondage"),
    ("They learned that the airfare and the visa fee, about 900 dollars in all, would be deducted.", "debt_bondage"),
    ("One deckhand said he was struck by the skipper for dropping a net.", "physical_and_sexual_violence"),
    ("Two of the boys on the boat looked no older than 15.", "abuse_of_vulnerability"),
    ("Investigators said the men were hired with fake seaman's books.", "deception"),
    ("The fishermen said they had not set foot on land for eight months.", "isolation"),
])
def test_maritime_cues_found(text: str, indicator: str) -> None:
    assert indicator in _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The bakery ran out of bread by noon.", "abusive_working_and_living_conditions"),
    ("The ministry refused to release the crew's wages before the audit.", "restriction_of_movement"),
    ("The ministry refused to release any details of the inspection.", "restriction_of_movement"),
    ("The tax deduction was raised to 200 dollars.", "debt_bondage"),
    ("The tower was hit by the storm last night.", "physical_and_sexual_violence"),
    ("The museum is no older than the harbour itself.", "abuse_of_vulnerability"),
    ("The port was hit by the strike.", "physical_and_sexual_violence"),
    ("The volunteers brought the crew rice and water for the week.", "abusive_working_and_living_conditions"),
])
def test_controls_unchanged(text: str, indicator: str) -> None:
    assert indicator not in _found(text)


def _money(text: str) -> list[tuple[str, str | None, float | None, float | None]]:
    from labourlens.analyse.pipeline import analyse

    return [(a.text, a.currency, a.low, a.high) for a in analyse(text, {}).amounts if a.kind == "money"]


def test_djibouti_franc_is_a_currency() -> None:
    assert ("3,000 to 6,500 Djibouti francs", "DJF", 3000.0, 6500.0) in _money(
        "The dockers earn 3,000 to 6,500 Djibouti francs a day.")


def test_range_whose_high_end_is_open() -> None:
    assert ("$2,500 to more than $40,000", "USD", 2500.0, 40000.0) in _money(
        "Claims ranged from $2,500 to more than $40,000 per crew member.")
    # a change from one sum to another stays two amounts
    rows = _money("Fees rose from $300 to more than $700 a head.")
    assert len(rows) == 2
