"""Probes (session 40, from heldout398's speaker misses): a first-person testimony under a standfirst that names its
teller by a name chosen for the page ("Old Wu (a name he picked for this piece) is 52 ...") is the teller's, sentence by
sentence, as under "(a pseudonym)", and so is a sentence the teller opens in the first person whose other speaker comes
only in a later clause ("Still I came back in debt, while the agency claims ..."). Near misses: a standfirst whose bracket names no chosen
name keeps the page's voice. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_STORY = """HARBOUR WORKERS DIGEST
Issue 12 | Testimony

"They kept my papers for two years"

Old Wu ({bracket}) is 52 and comes from a town near Yichang. He spent two years on a port project in Douala. Our caseworker recorded his account in March.

I found the job through an agency called Bluefin Placement. For the job the agency charged me 40,000 yuan. The site manager took our passports when we landed.

We worked twelve hours a day with no rest day. The manager said we would lose our wages if we left early.

Still I came back with a debt of 20,000 yuan, while the agency claims the fee covered my flight.

Editor's note: the agency did not reply to our questions.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    a = analyse(text, {})
    src = {s.key: s for s in a.sources}
    return {c.text: ((src[c.source].canonical or src[c.source].wording) if c.source in src else None,
                     src[c.source].kind if c.source in src else "outlet") for c in a.claims}


def _teller_claims(found: dict[str, tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    return [v for k, v in found.items() if k.startswith(("For the job", "The site manager took", "We worked"))]


def test_a_name_chosen_for_the_page_names_the_teller() -> None:
    for bracket in ("a name he picked for this piece", "a name chosen for his safety", "the name he asked us to use"):
        told = _teller_claims(_speakers(_STORY.format(bracket=bracket)))
        assert len(told) == 3, bracket
        assert all(v == ("Old Wu", "named_person") for v in told), (bracket, told)


def test_the_witness_own_clause_before_another_speaker_stays_the_witness() -> None:
    found = _speakers(_STORY.format(bracket="a pseudonym"))
    assert [v for k, v in found.items() if k.startswith("Still I came back")] == [("Old Wu", "named_person")]


def test_a_bracket_that_names_no_chosen_name_keeps_the_page() -> None:
    told = _teller_claims(_speakers(_STORY.format(bracket="a welder by trade")))
    assert told and not any(v[0] == "Old Wu" for v in told)
