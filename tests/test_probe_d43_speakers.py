"""Off-the-record officials studied on heldout43 (round d43), in our own mini-texts: the anonymity condition
written as a that-clause ("who spoke on condition that his name not be used") closes the speaker phrase like
"on condition of anonymity" does, and an investigator of a named state service ("a coast guard investigator")
is the state (README: an inspector or officer of a state service stays `official` even off the record). A
bare investigator, a firm's investigator and a person who asked nothing stay as they were. People and firms
are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.mention_shapes import without_anonymity
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}
H = "Trawler crew describe abuse\nNepali migrant workers were sent abroad to crew a trawler out of Busan.\n"


@pytest.mark.parametrize("phrase,kind", [
    ("a coast guard investigator", "official"),
    ("a coastguard investigator", "official"),
    ("a customs investigator", "official"),
    ("an investigator", "anonymous_source"),
])
def test_investigator_of_a_state_service(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("wording,kept", [
    ("An official at the Busan office of the Ministry of Oceans, who spoke on condition that his name not be used",
     "An official at the Busan office of the Ministry of Oceans"),
    ("An inspector of the Busan Port Authority, speaking on condition that her name be withheld",
     "An inspector of the Busan Port Authority"),
    ("A port inspector, speaking on condition that her name be withheld",
     "A port inspector, speaking on condition that her name be withheld"),
    ("An official at the Busan office of the Ministry of Oceans", "An official at the Busan office of the Ministry of Oceans"),
    ("A deckhand, who set the condition that the boat stay in port", "A deckhand, who set the condition that the boat stay in port"),
])
def test_that_clause_condition_is_cut(wording: str, kept: str) -> None:
    assert without_anonymity(wording) == kept


def test_off_record_ministry_official_speaks_for_the_state() -> None:
    text = (H + "An official at the Busan office of the Ministry of Oceans, who spoke on condition that his name "
            "not be used, said the crew had not been paid for seven months.")
    a = analyse(text, META)
    claim = next(c for c in a.claims if "seven months" in c.text)
    src = a.source(claim.source)
    assert src is not None and src.kind == "official"
    assert src.wording == "An official at the Busan office of the Ministry of Oceans"


def test_coast_guard_investigator_off_record_is_official() -> None:
    text = (H + "The men were kept on board for months and were beaten by the mate, a coast guard investigator "
            "told reporters on condition of anonymity.")
    a = analyse(text, META)
    claim = next(c for c in a.claims if "beaten" in c.text)
    src = a.source(claim.source)
    assert src is not None and src.kind == "official"
