"""Probes (session 39, from heldout393's case notes): an NGO's numbered cases whose people are given by initials they
chose themselves, or that stand at their own request ("initials chosen by that person"), name each person as a
pseudonym does, so the person is a ``named_person``; the description line under the case's number ("B.K., woman, 29,
from ...", also with an approximate age or with a short note on the case after its number) is a label, not a claim.
A near miss: initials the page imposed ("Names are replaced by initials") keep their people unnamed
(``anonymous_source``). Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_claim

_CASES = """Orchard Lane Workers' Network
Case notes 2026/03

We spoke to 14 people who had worked at fruit packing plants after being recruited by agents in their home districts. {notice}

Case 1. B.K., woman, 29, from Darnell district

B.K. was placed at a packing plant near Corvale in 2025. She said the agent kept her passport for the whole season and took 300 dollars from each month's pay for "housing and supervision."

Case 2 (closed). O.P., man, about 45, from Hollin district

O.P. worked at a cold store in Marrow from 2024 to 2025. He said the supervisor locked the dormitory gate every night and that he was never paid for his last month of work.

Contact: notes@orchardlane.example
"""

_CHOSEN = "Each person is named by initials chosen by that person."
_IMPOSED = "Names are replaced by initials to protect the workers and their families."


def _claims(notice: str) -> dict[str, tuple[str | None, str]]:
    return speakers_by_claim(_CASES.format(notice=notice))


def test_initials_the_people_chose_are_named_people() -> None:
    claims = _claims(_CHOSEN)
    passport = claims[next(k for k in claims if "kept her passport" in k)]
    assert passport[1] == "named_person"
    gate = claims[next(k for k in claims if "locked the dormitory gate" in k)]
    assert gate[1] == "named_person"


def test_a_description_line_with_a_sex_word_or_an_approximate_age_is_no_claim() -> None:
    for notice in (_CHOSEN, _IMPOSED):
        claims = _claims(notice)
        assert not any(k.startswith(("B.K., woman", "O.P., man")) for k in claims)


def test_initials_the_page_imposed_stay_unnamed() -> None:
    claims = _claims(_IMPOSED)
    passport = claims[next(k for k in claims if "kept her passport" in k)]
    assert passport[1] == "anonymous_source"
