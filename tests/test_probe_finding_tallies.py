"""A labelled finding of a report that opens with the report's tally of its interviews ("Finding 2. Thirty of the
52 pickers said ...") is the report's finding, in the page's voice; a vague count, and a tally that is not the
first sentence after the label, stay with the group (probe diag88). Every text is written for this test; the
groups, firms and people are fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import speaker

HEAD = ("Bitter Harvest: Pickers on Almería's Greenhouse Farms\nA report by Verdant Rights Watch, Madrid.\n\n"
        "Between March and May our researchers interviewed 52 Moroccan and Senegalese migrant pickers in Almería about "
        "forced labour: debts to recruiters, passports taken and unpaid wages.\n\n")


@pytest.mark.parametrize("finding,frag", [
    ("Finding 2.1. Thirty of the 52 pickers said their wages were paid two months late.", "wages were paid"),
    ("Finding 3. Nine cooks told us that their passports were kept by the farm manager.", "passports were kept"),
    ("Finding 4.2.\n17 of the women reported that they were fined for short boxes.", "fined for short"),
    ("Key finding 1: Twenty-two workers said their contracts named a different employer.", "contracts named"),
])
def test_tally_opening_a_finding_is_the_report(finding: str, frag: str) -> None:
    _, kind, key = speaker(HEAD + finding + "\n", frag)
    assert key == "OUTLET" and kind == "outlet"


@pytest.mark.parametrize("finding,frag", [
    # a vague count speaks as a group
    ("Finding 2. Several pickers said their wages were paid two months late.", "wages were paid"),
    ("Finding 2. Most respondents reported that their wages were paid two months late.", "wages were paid"),
    # a tally in the second sentence of the finding is the group's
    ("Finding 2. Wages came late. Thirty of the 52 pickers said their wages were paid two months late.", "wages were paid"),
    # no finding label: the group speaks
    ("Thirty of the 52 pickers said their wages were paid two months late.", "wages were paid"),
])
def test_other_counts_stay_with_the_group(finding: str, frag: str) -> None:
    _, kind, key = speaker(HEAD + finding + "\n", frag)
    assert key != "OUTLET" and kind == "anonymous_source"
