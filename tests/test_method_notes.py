"""Methods sections of studies are no claims about workers (analyse/method_notes.py)."""

from __future__ import annotations

import pytest

from labourlens.analyse.method_notes import method_paragraphs
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split

METHODS = (
    "2.1 Sampling. Respondents were recruited through two migrant shelters in Almaty and through referrals "
    "from earlier participants. We approached 52 people who had worked on building sites in Kazakhstan."
)
NO_HEADING = (
    "All semi-structured interviews were conducted in Russian. Participants gave oral consent and were given "
    "3,000 tenge for travel; the transcripts were then coded by two researchers."
)
FINDINGS = (
    "Of the 52 participants, 31 said the site boss had taken their passports on arrival, and 19 said they "
    "were locked into the hostel at night."
)


def _paragraphs(*paragraphs: str) -> set[int]:
    return method_paragraphs(split("\n\n".join(paragraphs)))


@pytest.mark.parametrize("paragraph", [METHODS, NO_HEADING,
                                       "Limitations: the sample is small and not representative of all sites.",
                                       "Ethics. Informed consent was recorded before each interview."])
def test_a_methods_paragraph_is_found(paragraph: str) -> None:
    assert _paragraphs(paragraph) == {0}


@pytest.mark.parametrize("paragraph", [
    FINDINGS,
    "Workers in Aktau said the coded messages from their brigade leader meant they would not be paid.",
    "The Ethics Committee of the union said the men were never paid for overtime.",
    "Limitations on movement were strict: the men could leave the camp only on Sundays.",
])
def test_a_findings_paragraph_is_not_a_methods_paragraph(paragraph: str) -> None:
    assert _paragraphs(paragraph) == set()


def test_a_methods_annex_alone_gives_no_claims_and_no_indicators() -> None:
    text = "\n\n".join([
        "Annex 2: How this study was done",
        METHODS,
        NO_HEADING,
        "Coding. Answers were coded against the ILO indicators of forced labour, such as \"debt bondage\" and "
        "\"retention of identity documents\"; inter-coder agreement was high.",
        "Limitations. People who left their employers irregularly are likely to be over-represented.",
    ])
    result = analyse(text, {"published": "2025-03-01", "language": "en"})
    assert result.claims == []
    assert result.indicators() == []


def test_findings_after_a_methods_paragraph_stay_claims() -> None:
    text = "\n\n".join([
        "Kazakhstan: migrant builders in debt",
        METHODS,
        FINDINGS,
        "Several participants said the brigade leader deducted a 'housing fee' of 40,000 tenge a month and that "
        "they could not leave before their recruitment debt was repaid.",
    ])
    result = analyse(text, {"published": "2025-03-01", "language": "en"})
    texts = [c.text for c in result.claims]
    assert any("taken their passports" in t for t in texts)
    assert any("housing fee" in t for t in texts)
    assert not any("recruited through" in t or "We approached" in t for t in texts)
    assert "retention_of_identity_documents" in result.indicators()
