""""The agency" that names again a private agency that sent workers abroad, and its director given as such, speak
as a firm (``organization``); "the agency" after a state agency's name, or with no agency before it, is left as it
was (probe diag88). Every text is written for this test; the people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import speaker

LEAD = "Migrant workers from Nepal described unpaid wages, debts and passports taken by their employer in Qatar.\n\n"


@pytest.mark.parametrize("text,frag", [
    ("Ravi paid a manpower agency in Kathmandu 150,000 rupees. The agency said the fee covered travel.", "fee covered"),
    ("Ravi paid a manpower agency in Kathmandu 150,000 rupees. The agency's director, Suman Karki, said the fee "
     "covered travel.", "fee covered"),
    ("Asha went to Dubai through an agency on Kampala Road and paid 900,000 shillings. The agency said the fee "
     "covered her ticket.", "fee covered"),
    ("The men were recruited by a labour-hire agency in Lagos. The agency's manager, Mr Tunde Bello, said the men "
     "had signed their contracts.", "had signed"),
])
def test_private_agency_named_again_is_the_firm(text: str, frag: str) -> None:
    _, kind, _ = speaker(LEAD + text + "\n", frag)
    assert kind == "organization"


@pytest.mark.parametrize("text,frag", [
    # a state agency named before: the state's
    ("The Federal Migration Agency fined the contractor. The agency said the workers had no permits.", "had no permits"),
    # no agency before it: the reading is left as it was (a state agency)
    ("Ravi paid 150,000 rupees. The agency said the fee covered travel.", "fee covered"),
])
def test_other_agencies_are_left(text: str, frag: str) -> None:
    _, kind, _ = speaker(LEAD + text + "\n", frag)
    assert kind == "official"
