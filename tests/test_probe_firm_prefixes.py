"""Who a spokesperson or officer speaks for when the text names the body: a firm's short name or a union's
initials before the role ("Halvard spokesperson Mia Tan", "NWU international officer Ana Berg") is that body's
person (organization), a state body's initials stay official; a manufacturer named by what it makes ("Orin
Polymer", "Halvard Semiconductor") is a firm; "By letter of 3 May, X informed ..." and a numbered paragraph ("2.1
X states ...") open with no part of the speaker. Texts written for this probe: fictional firms, unions and people."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker


@pytest.mark.parametrize("name", ["Halvard Semiconductor", "Orin Polymer", "Tessaly Materials", "Brightsun Solar",
                                  "Metaal Verbond"])
def test_a_works_named_by_its_product_is_a_firm(name: str) -> None:
    assert classify(name) == "organization"


def test_a_firm_short_name_before_spokesperson() -> None:
    text = (LEAD + "A labour agent supplying Halvard Semiconductor's plant in Penang charged workers up to $4,000 "
            "in recruitment fees, a rights group said.\n\n"
            "Halvard spokesperson Mia Tan said the company had stopped using the agent and would repay the fees.\n")
    w, k, _ = speaker(text, "stopped using the agent")
    assert k == "organization" and w is not None and "Mia Tan" in w


def test_union_initials_before_officer() -> None:
    text = (LEAD + "Complaint by the Nordic Workers' Union (NWU) against Brask Facility Group.\n\n"
            "NWU international officer Ana Berg states that cleaners were not paid their wages for three months.\n")
    w, k, _ = speaker(text, "not paid their wages")
    assert k == "organization"


def test_a_state_body_prefix_stays_official() -> None:
    # control: the initials stand for a state body
    text = (LEAD + "The Office of Labour Inspection (OLI) visited the yard in May.\n\n"
            "OLI senior officer Rami Haddad said inspectors found that workers' passports were held by the yard.\n")
    _, k, _ = speaker(text, "passports were held")
    assert k == "official"


@pytest.mark.parametrize("opening", ["By letter of 3 October 2024, ", "2.1 By letter dated 3 October, ",
                                     "In a letter of 3 October, "])
def test_a_letter_and_a_paragraph_number_are_no_speaker(opening: str) -> None:
    text = (LEAD + "Brask Facility Group Ltd runs the catering contract.\n\n"
            + opening + "Brask Facility Group informed the union that wage delays for migrant workers had been "
            "resolved.\n")
    w, _, _ = speaker(text, "wage delays")
    assert w is not None and w.startswith("Brask")
