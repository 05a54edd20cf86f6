"""Probes: the answers of a questionnaire a firm filled in are the firm's words. A buyer's self-assessment form names
the answering firm in its header ("Supplier: ... Ltd.") and sets each answer under its question after "Answer:"; those
sentences speak for the firm (``organization``), not in the page's voice. Near miss: a page without such a field
keeps its own voice. Texts written for these tests; the firms and places are fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

META = {"published": "2026-08-14", "language": "en"}

FORM = """RESPONSIBLE SOURCING SELF-CHECK FOR TIER 1 FACTORIES (2026 EDITION)
Buyer: Birchgate Outdoor Ltd. | Supplier: Hai Duong Keystone Knitting Co., Ltd.
Factory address: Lot 7, Phuc Dien Industrial Park, Hai Duong, Vietnam

Part 1. Hiring

1.1 Do migrant or agency workers pay anything to be hired?
Answer: No. Our agency is paid 500,000 dong per hire by the factory. No migrant worker pays a deposit.

1.2 Does anyone hold workers' passports or identity cards?
Answer: No. Identity cards are photocopied on the first day and handed straight back to each worker.

Part 2. Hours

2.1 What was the longest working week in the last six months?
Answer: The longest was 63 hours, during the second week of June, in the sewing section.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each claim's whole text -> (wording, kind) of its speaker."""
    return speakers_by_opening(text, len(text), META)


def test_a_questionnaires_answers_are_the_firms() -> None:
    by = _speakers(FORM)
    answer = next(k for k in by if "longest was 63 hours" in k)
    assert by[answer] == ("Hai Duong Keystone Knitting Co., Ltd.", "organization")


def test_a_page_without_the_firms_field_keeps_its_own_voice() -> None:
    text = FORM.replace("Buyer: Birchgate Outdoor Ltd. | Supplier: Hai Duong Keystone Knitting Co., Ltd.",
                        "Prepared for the Birchgate sourcing team")
    by = _speakers(text)
    answer = next(k for k in by if "longest was 63 hours" in k)
    assert by[answer][1] != "organization" or by[answer][0] != "Hai Duong Keystone Knitting Co., Ltd."
