"""Parties to a criminal case named by their label (probe study300): "The second accused denied ..." is the second
accused speaking ("accused" after "the" or an ordinal is a noun, not the verb of "X accused Y"), and "the first
accused" after "the second accused" is another party, not the first one met; "denied ... detaining any of them"
is a denial, and the "she said" of "In her evidence she said" is that party. Every text is written for this test;
people and places of the case are fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_CASE = """MAGISTRATE'S COURT, LILONGWE: Republic v. Phiri and two others

The State's case was that the three kept eleven girls at a tobacco estate near Kasungu and took their phones.

A witness, a 15-year-old from Dedza, told the court that the girls were beaten when they asked to go home.

The second accused denied hiring the girls or detaining any of them. In her evidence she said the girls were "trainees" who could leave.

The first accused admitted hiring the girls but denied knowing that they were shut in the sheds at night.
"""


def test_ordinal_accused_speak_as_two_parties() -> None:
    rows = speakers_by_opening(_CASE, 24)
    second = rows["The second accused denie"]
    first = rows["The first accused admitt"]
    assert second[0] == "The second accused"
    assert first[0] == "The first accused"


def test_party_denial_and_her_evidence() -> None:
    rows = speakers_by_opening(_CASE, 24)
    assert rows["In her evidence she said"][0] == "The second accused"
