"""Sources told apart and documents of named bodies (probe diag37-c): "the first of the recruiters", "the second of
the two drivers" (one person of a group, never the group); "disputed that" / "contested" as a speaker's verb; and a
body whose name holds "of" or "for" before a document noun ("A U.N. Panel of Experts report in 2019", "the Ministry
of Labour memo"), which is the document, not the body. Every text is written for this test; people, firms and
outlets are fictional (places and state bodies are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.speakers import classify

H = "North Korean crews in the Gulf\nNorth Korean crews have worked on hotel sites in Doha and Muscat.\n\n"


@pytest.mark.parametrize("phrase,kind", [
    ("The first of the recruiters", "anonymous_source"),
    ("the second of the two drivers", "anonymous_source"),
    ("The third of the cooks", "anonymous_source"),
    ("The first of the reports", "document"),  # a report of several, not a person
    ("the first of the month", None),
    ("A U.N. Panel of Experts report", "document"),
    ("A U.N. Panel of Experts report in 2019", "document"),
    ("the Ministry of Labour memo", "document"),
    ("a Commission for Migrant Workers study", "document"),
    ("The Panel of Experts", "organization"),  # the body itself, unchanged
    ("The Ministry of Labour official in Muscat", "official"),
    ("A person familiar with one of the investigations", "anonymous_source"),  # lower case: no body's name
])
def test_kinds(phrase: str, kind: str | None) -> None:
    assert classify(phrase) == kind






def test_two_recruiters_told_apart() -> None:
    text = (H + "We spoke to two recruiters. The first of the recruiters, a Nepali who has placed workers in Qatar for "
            "years, said the crews were paid nothing until their contracts ended. The second recruiter, who works "
            "mostly in Oman, disputed that the men were still locked in their camps at night.\n")
    sp = claim_speakers(text)
    first = speaker_in(sp, "paid nothing")
    second = speaker_in(sp, "locked in their camps")
    assert first[1] == second[1] == "anonymous_source"
    assert (first[0] or "").startswith("The first of the recruiters") and (second[0] or "").startswith("The second recruiter")


def test_contested_is_a_reporting_verb() -> None:
    text = H + "A site manager contested that the crews worked sixteen hours a day without a day off.\n"
    assert speaker_in(claim_speakers(text), "sixteen hours")[0] == "A site manager"


def test_named_body_report_speaks_as_a_document() -> None:
    text = H + "A U.N. Panel of Experts report in 2019 said the crews had their passports taken by their managers.\n"
    assert speaker_in(claim_speakers(text), "passports taken")[1] == "document"
