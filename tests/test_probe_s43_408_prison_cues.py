"""Probes of the forty-third session's study of heldout408 (prison and detention labour), in words written for these tests
(invented people and firms, real places).

- A broker's how-to guide for importers whose goods are held at the border ("petition with evidence that no trafficked
  labour went into the shipment") names a thing to show absent, not an account of abuse: the guide yields nothing.
- A beating told in the second person at a place of the compound, a man struck until he could not stand, a worker
  handcuffed to a bed: physical violence.
- Parole, remission or points toward a shorter sentence taken away, a segregation or discipline cell (or "the hole") for
  saying no, more months inside for refusing: intimidation.
- Leg irons or ankle chains worn at work: restriction of movement.
- Workers kept at their posts past their shift: excessive overtime.
"""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rules_explainer import rules_explainer
from labourlens.analyse.sentences import split

META = {"published": "2026-05-04", "language": "en"}

GUIDE = (
    "BAYSIDE FREIGHT ADVISORS - KNOWLEDGE BASE\n"
    "How to answer a hold on a container over labour concerns\n"
    "Revised March 2026 | 5 minute read\n\n"
    "This page helps shippers whose freight has been held at a US port of entry. It is general guidance and not a "
    "substitute for counsel.\n\n"
    "Step 1: Check the hold letter\n"
    "The letter lists the entry number, the product and the grounds. Write down the date it reached you, because the "
    "reply period starts then.\n\n"
    "Step 2: Pick a path\n"
    "Most shippers can either send the freight back out of the country or ask for its release with evidence that no "
    "trafficked labour went into the shipment. If you ask for release, you carry the burden.\n\n"
    "Step 3: Trace each supplier\n"
    "Name every plant that touched the product, with its street address and its role. For a wooden chair that means "
    "the sawmill, the joinery, the finishing shop and whoever did the packing.\n\n"
    "Step 4: Gather labour records\n"
    "Provide wage sheets, attendance logs and recruitment files for every plant, and any inspection reports you hold.\n\n"
    "Step 5: Budget for the wait\n"
    "Held freight stays in a bonded yard during the review. Yard fees in Seattle often run between $90 and $250 a "
    "week per box, and the shipper pays them.\n\n"
    "Questions? Our customs desk in Tacoma can check your file before you send it.\n"
)


def _body(text: str) -> list[str]:
    return [s.text for s in split(text) if s.kind == "body"]


def test_importer_guide_with_proof_of_no_abuse_is_an_explainer() -> None:
    assert rules_explainer(GUIDE, _body(GUIDE))


def test_importer_guide_yields_no_claims_and_no_indicators() -> None:
    result = analyse(GUIDE, META)
    assert not result.claims
    assert not [h for c in result.claims for h in c.indicators]


def test_guide_that_tells_of_abuse_is_no_explainer() -> None:
    told = GUIDE.replace("Held freight stays in a bonded yard during the review.",
                         "Last year a supplier we checked had beaten two workers and kept their passports.")
    assert not rules_explainer(told, _body(told))


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("They beat you in the barracks at night if the sacks are light.", "physical_and_sexual_violence"),
    ("I watched the foreman kick an old carpenter until he could not walk.", "physical_and_sexual_violence"),
    ("Women who fell short of the count were handcuffed to their bunks overnight.", "physical_and_sexual_violence"),
    ("Inmates who refused the night shift lost their chance of parole.", "intimidation_and_threats"),
    ("Men who missed the target were stripped of the points towards an early release.", "intimidation_and_threats"),
    ("Refuse the kiln and you are sent to the hole for a week.", "intimidation_and_threats"),
    ("He was placed in a segregation cell for six days after he declined to mop the wards.", "intimidation_and_threats"),
    ("Nobody complains when it means more months inside.", "intimidation_and_threats"),
    ("The convicts cut cane in leg irons from dawn.", "restriction_of_movement"),
    ("The men wore steel rings on their ankles joined by a chain, even at the looms.", "restriction_of_movement"),
    ("The packers were often kept at the belt past their shift when the trucks ran late.", "excessive_overtime"),
])
def test_prison_labour_cues(sentence: str, indicator: str) -> None:
    assert indicator in {h.indicator for h in indicators.match(sentence).hits}


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("They beat you in the final every season, those Porto players.", "physical_and_sexual_violence"),
    ("The defendant arrived at the courtroom in leg irons.", "restriction_of_movement"),
    ("The patient was cuffed to a bed in the hospital ward by police.", "physical_and_sexual_violence"),
    ("The miners went to the hole at six every morning.", "intimidation_and_threats"),
    ("Some cooks chose to stay past their shift for paid overtime.", "excessive_overtime"),
])
def test_prison_labour_cues_not_read_elsewhere(sentence: str, indicator: str) -> None:
    assert indicator not in {h.indicator for h in indicators.match(sentence).hits}
