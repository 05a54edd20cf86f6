"""Two shapes of the regional press: a name after a family descriptor ("Mother of two Dilnoza Rakhimova, whose son
was among the workers, said") is a person by name, not a count of people; and a "he" after a sentence that opens
with a firm in apposition ("The company, Zarafshon Work Travel, charged ...") goes back to the person who spoke,
never to the firm. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker


@pytest.mark.parametrize("phrase", [
    "Mother of two Gulnara Saidova", "Mother of two Gulnara Saidova, whose son worked at the site",
    "father-of-three Timur Aliev", "Grandmother of five Olga Petrova",
])
def test_family_descriptor_before_a_name_is_a_named_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", ["Mother of two", "A mother of two from Osh", "the mother of two of the workers"])
def test_family_descriptor_without_a_name_stays_unnamed(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


def test_family_descriptor_speaker_in_a_story() -> None:
    text = LEAD + ("Mother of two Gulnara Saidova, whose son was among the loggers, said he had worked 14-hour shifts "
                   "for a month. \"He said they kept his passport until he paid the fee,\" she said.")
    assert speaker(text, "kept his passport")[:2] == ("Mother of two Gulnara Saidova, whose son was among the loggers",
                                                      "named_person")


def test_he_after_a_firm_in_apposition_is_the_speaker_before() -> None:
    text = LEAD + (
        "The labour ministry suspended a recruiter in Bukhara, the ministry's spokesman, Rustam Nabiev, said on Monday.\n\n"
        "The company, Buxoro Work Tour, charged each applicant $300 for a warehouse job, Nabiev told reporters. On "
        "arrival, the workers were placed with a cleaning firm and, he said, \"told that their debt would be "
        "deducted from each payment\".")
    wording, kind, _ = speaker(text, "On arrival")
    assert kind == "official" and "Rustam Nabiev" in (wording or "")
