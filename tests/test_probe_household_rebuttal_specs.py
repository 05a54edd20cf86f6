"""Three kinds of report (probe study307): a story of farm households that grow a crop for a buyer under a quota and
name no worker, with cues of several kinds of abuse, is a report about workers; an inspectorate's release that says no forced
labour was found and rejects another body's report answers an allegation and is no routine labour bulletin; and a
machine's specification (a cabin rated for great heat) tells nothing of anyone's heat at work. Every
text is written for this test; people, firms and bodies are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import lexicon_indicators

META = {"published": "2025-10-01", "language": "en"}

HOUSEHOLDS = """Saplings on account in Samegrelo

Zugdidi municipality, Georgia. Through one long season the Beridze family raised hazel saplings in the yard behind their house for the Mtsvane Kakali processing plant.

"The gamgebeli called on every household in turn and told each one to take eighty saplings," Nino Beridze, 52, recalled. "Any family that refused, he warned, would be cut off from the irrigation channel."

Each sapling is charged at 6 lari, and the plant subtracts that sum from the price it gives for the nuts.

Once the saplings had been paid off, she said, the family was handed just 130 lari for five months of work by three people.

Her brother-in-law was informed that he still owed the plant for the previous spring's saplings and would be paid nothing before that sum was settled.

"Nobody has ever shown us a written agreement," he said.
"""

RELEASE = """STATE INSPECTORATE FOR WORK, REPUBLIC OF MOLDOVA

Press release

Summary of the inspections during the apple harvest

The Inspectorate states that its staff carried out 355 checks on orchards while the apples were being picked. No incident of forced labour was established.

Three mayors had demanded cash from librarians to pay for substitute pickers, the checks showed. The mayors have been fined.

The Inspectorate refutes the assertions of an overseas rights group, published last month, that pickers in Soroca faced eviction from their allotments.

Of the 52 calls to the hotline, 11 were about wages paid late.
"""

SPEC = """TENDER ANNOUNCEMENT

Livada Verde SRL, Orhei

1. Livada Verde SRL requests offers to deliver four self-propelled harvesters for its apple orchards, so that it needs fewer seasonal pickers.

2. Specification: at least 140 hp; an enclosed, pressurised cabin rated for use at ambient temperatures up to 47 degrees.

3. The supplier shall instruct 15 of the Customer's own machine operators, who keep their usual salary while on the course.

Enquiries: purchasing office.
"""


def test_households_growing_for_a_buyer_under_threat_give_claims() -> None:
    a = analyse(HOUSEHOLDS, META)
    texts = " ".join(c.text for c in a.claims)
    assert "Any family that refused" in texts and "still owed the plant" in texts
    kinds = {h.indicator for c in a.claims for h in c.indicators}
    assert {"intimidation_and_threats", "debt_bondage", "withholding_of_wages"} <= kinds


def test_release_rejecting_a_report_is_no_routine_bulletin() -> None:
    a = analyse(RELEASE, META)
    texts = " ".join(c.text for c in a.claims)
    assert "No incident of forced labour" in texts and "demanded cash from librarians" in texts


def test_machine_specification_is_no_heat_at_work() -> None:
    a = analyse(SPEC, META)
    assert not {h.indicator for c in a.claims for h in c.indicators}
    spec = "The sealed cabin must be rated for ambient temperatures up to 48 degrees."
    assert "abusive_working_and_living_conditions" not in lexicon_indicators(spec)
    field = "The pickers stayed in the orchards at temperatures up to 48 degrees with no break."
    assert "abusive_working_and_living_conditions" in lexicon_indicators(field)
