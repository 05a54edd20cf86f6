"""A party the reporter reached for an answer ("The intermediary, reached by the paper on a mobile number, said he
only helps people buy tickets") speaks a claim in a report about forced labour; an intermediary is a person who
speaks; and "the Service" after "The State Migration Service of X" is that state service (a firm named by the
service it sells, "a taxi service", stays a firm, and a lower-case "the weather service" is no state body). Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.reached_parties import reached_party
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker

STORY = LEAD + (
    "Timur borrowed 50,000 som to pay an intermediary in Osh, who promised a job and kept his passport.\n\n"
    'The intermediary, reached by the paper on an Osh mobile number, said he "only sells bus tickets" and that he '
    "does not know Timur. The State Labour Service of Kyrgyzstan said the firm named by Timur has no licence to "
    "recruit workers abroad.\n\n"
    "According to the Service, 31% of complaints it received from Russia this year concerned unpaid wages.")


def test_reached_party_speaks_a_claim() -> None:
    assert speaker(STORY, "only sells bus tickets")[1] == "anonymous_source"


def test_the_service_is_the_state_service_named_before() -> None:
    assert speaker(STORY, "31% of complaints")[2] == speaker(STORY, "has no licence")[2]
    assert speaker(STORY, "31% of complaints")[1] == "official"


@pytest.mark.parametrize("phrase,kind", [
    ("the Service", "official"), ("the migration service", "official"), ("The intermediary", "anonymous_source"),
    ("a taxi service", "organization"), ("the private security service", "organization"), ("the weather service", None),
])
def test_kinds(phrase: str, kind: str | None) -> None:
    assert classify(phrase) == kind


def test_reached_party() -> None:
    assert reached_party("The broker, reached by phone in Osh, said he had done nothing wrong.")
    assert reached_party("Its manager, contacted by the paper on Monday, denied the claims.")
    assert not reached_party("The broker said he had done nothing wrong.")
    assert not reached_party("The men, who came by bus from Osh, said they were locked in.")
