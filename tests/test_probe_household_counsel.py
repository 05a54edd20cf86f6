"""Counsel and spokespeople of private households, barristers by name, and a diplomatic mission as speakers.

"A lawyer for the ambassador, Ines Maro" is a person by name, not the state; an unnamed "spokeswoman for the family"
or "the couple's lawyer" is a person; "Oliver Brandt KC" is a barrister, not a body named by initials; "the
mission" and "a spokeswoman for the mission" speak for a state. A firm's lawyer stays the firm's voice. Every phrase
and text is written for this test; people and firms are fictional."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from labourlens.analyse.speakers import classify

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speakers_by_opening  # noqa: E402


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Oliver Brandt KC", "named_person"),
    ("Harriet Lowe QC", "named_person"),
    ("A lawyer for the ambassador, Ines Maro", "named_person"),
    ("An attorney for the couple, Paul Ferrand", "named_person"),
    ("A spokeswoman for the family", "anonymous_source"),
    ("The couple's lawyer", "anonymous_source"),
    ("A lawyer for one household", "anonymous_source"),
    ("The mission", "official"),
    ("A spokeswoman for the mission, who gave no name", "official"),
    ("Counsel acting for the firm, Ines Maro", "organization"),
])
def test_household_counsel_and_missions(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_barrister_for_the_defence_in_a_court_report() -> None:
    text = ("A housekeeper from Cebu was kept in a garden shed for four years by a couple in Leeds, a jury at Leeds "
            "Crown Court heard on Tuesday.\n\n"
            "The prosecutor, Maya Orr, said the couple took her passport on arrival and paid her nothing.\n\n"
            "For the defence, Oliver Brandt KC said the woman \"could leave whenever she liked\" and held her own "
            "passport.\n")
    got = speakers_by_opening(text, width=20, meta={"published": "2026-03-03", "language": "en"})
    assert got["For the defence, Oli"] == ("Oliver Brandt KC", "named_person")
