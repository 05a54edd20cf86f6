"""An outlet's name after a lower-case "the" in the page's own-voice cues ("records obtained by
the Amber Coast Ledger show", "a driver told the Larch Valley Herald"), and a one-word
back-reference ("seen by the Tribune") that votes for the full name only. Every page, outlet and
person here is invented for the test."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta

BODY = "Seamstresses at a knitwear plant in Yanji said their pay had been held back since spring.\n\n"


def outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


@pytest.mark.parametrize(
    "text,expected",
    [
        (BODY + "Payroll records obtained by the Amber Coast Ledger show that 40 women worked there.", "Amber Coast Ledger"),
        (BODY + "In a 2021 ruling seen by the Amber Coast Ledger, inspectors found locked doors.", "Amber Coast Ledger"),
        (BODY + "A driver told the Larch Valley Herald that the gate is locked at night.", "Larch Valley Herald"),
        (BODY + "A cook, speaking to the Tern Bay Monitor, said the women never leave.", "Tern Bay Monitor"),
        # the capitalised form already worked and still does
        (BODY + "Payroll records obtained by Amber Coast Ledger show that 40 women worked there.", "Amber Coast Ledger"),
    ],
)
def test_outlet_after_lower_case_the(text: str, expected: str) -> None:
    assert outlet(text) == expected


def test_one_word_back_reference_votes_for_the_full_name() -> None:
    text = ("HERON BAY TRIBUNE\n\n" + BODY + "Payroll documents seen by the Tribune show the money left for Hong Kong.\n"
            "A driver told the Tribune the gate is locked.")
    assert outlet(text) == "Heron Bay Tribune"


@pytest.mark.parametrize(
    "text",
    [
        # a one-word reference alone is no name: not even a known outlet that uses it as an alias
        BODY + "Ship-tracking data analysed by the Observer show three calls at Nakhodka.",
        BODY + "Payroll documents seen by the Tribune show the money left for Hong Kong.",
        # people and bodies after "the" are no outlets
        BODY + "A driver told the workers that the gate is locked at night.",
        BODY + "A cook told the Labour Ministry that the women never leave.",
    ],
)
def test_no_outlet_from_these(text: str) -> None:
    assert outlet(text) is None


def test_a_known_outlet_written_with_the_stays_itself() -> None:
    assert outlet(BODY + "A driver told the Guardian that the gate is locked.") == "The Guardian"
