"""A document set against the page's own statement in a concessive clause ("Rent is deducted each month although
the offer letter describes housing as free") is no speaker of the sentence: the page states it. A person in that
place, and a sentence that reports someone in its opening clause, keep their speakers (probe diag88). Every text
is written for this test; the firms and people are fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import speaker

LEAD = "Migrant drivers in Dammam described unpaid wages, debts and passports taken by their employer.\n\n"


@pytest.mark.parametrize("text,frag", [
    ('Rent of 150 riyals per man is deducted each month although the offer letter describes housing as "free".',
     "Rent of 150"),
    ("Workers pay for their own meals, even though the contract states that food is provided.", "own meals"),
    ("Drivers are charged for fuel every week, though their contracts say the company pays for it.", "charged for fuel"),
])
def test_document_in_concessive_clause_is_no_speaker(text: str, frag: str) -> None:
    _, kind, key = speaker(LEAD + text + "\n", frag)
    assert key == "OUTLET" and kind == "outlet"


def test_reported_opening_clause_keeps_its_speaker() -> None:
    wording, kind, _ = speaker(LEAD + "Workers said they pay for their own meals, although the contract states that "
                               "food is provided.\n", "own meals")
    assert wording == "Workers" and kind == "anonymous_source"


def test_plain_document_speaker_is_kept() -> None:
    wording, kind, _ = speaker(LEAD + "The contract states that food is provided free of charge to every driver.\n",
                               "food is provided")
    assert kind == "document" and wording is not None and "contract" in wording
