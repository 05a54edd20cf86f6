"""Interviews whose interviewee the text names in its introduction: questions addressed to "Mr. Pak"
are answered by "Pak Song-chol", the full name given before; a "Reporter:" turn label before a
question is an interview turn, not a byline ("Reporter: Kim Min-ji" is one). Names are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import line_kind

META = {"published": "2024-05-01", "language": "en"}

ADDRESSED = """'We were counted like tools': a former logger remembers

The following interview with former logger Pak Song-chol has been edited for length. He worked at a timber camp in Amur Oblast from 2014 to 2018.

Mr. Pak, how did you get the job?

Through the forestry ministry's overseas bureau. You have to pay a bribe just to be put on the list, about 300 dollars.

Were you paid?

Almost nothing. The company paid the bureau, and the bureau paid us maybe 50 dollars a month after the "plan" was taken.
"""

LABELLED = """Inside the camp: a conversation with Yun Hae-ra

Yun Hae-ra, 39, sewed uniforms at a factory in Hunchun for three years before she escaped in 2019. She spoke to our reporter in Seoul.

Reporter: Could you go outside?

Yun: Only on national holidays, and only in groups with a minder. The doors were locked at night.

Reporter: What happened to your wages?

Yun: The manager said they were sent home to our families. My mother never received anything.
"""


def _speakers(text: str) -> dict[str, str]:
    a = analyse(text, META)
    sources = {s.key: s for s in a.sources}
    return {c.text: sources[c.source].wording or "" for c in a.claims}


def test_answers_to_a_title_and_surname_go_to_the_full_name_given_before() -> None:
    found = _speakers(ADDRESSED)
    answers = [w for t, w in found.items() if "bribe" in t or "paid the bureau" in t]
    assert answers and all(w == "Pak Song-chol" for w in answers)


def test_an_interview_with_reporter_turns_has_claims_by_the_interviewee() -> None:
    found = _speakers(LABELLED)
    locked = [w for t, w in found.items() if "locked at night" in t]
    wages = [w for t, w in found.items() if "never received" in t]
    assert locked == ["Yun Hae-ra"] and wages == ["Yun Hae-ra"]


@pytest.mark.parametrize("line, kind", [
    ("Reporter: Kim Min-ji", "byline"),
    ("Reporters: Kim Min-ji and Lee Su-jin", "byline"),
    ("Correspondent: Ivan Petrov", "byline"),
    ("Reporter: How many women worked with you?", None),
    ("Reporter: What happened to your wages?", None),
])
def test_a_reporter_label_is_a_byline_only_before_a_name(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


HEADLINED = """Q&A: Labour researcher Mun Jae-hyun on North Korean crews in Russia

Q. Are they paid?

A. They are paid on paper. In practice the team leader takes the wages and the workers keep perhaps a fifth.

Q. Can they leave?

A. Their passports are held by the team leader, so no.
"""


def test_a_role_before_the_name_in_a_q_and_a_headline_is_not_the_name() -> None:
    found = _speakers(HEADLINED)
    answers = [w for t, w in found.items() if "paid on paper" in t or "passports are held" in t]
    assert answers and all(w == "Mun Jae-hyun" for w in answers)


def test_an_answer_to_a_question_about_the_workers_is_a_claim() -> None:
    text = ("Q&A: Labour researcher Mun Jae-hyun on North Korean crews in Russia\n\n"
            "Q. How many North Korean workers are in Russia now?\n\n"
            "A. Our estimate is between 10,000 and 15,000, mostly on building sites in Moscow.\n\n"
            "Q. Are they paid?\n\nA. The team leader takes the wages and they keep perhaps a fifth.\n")
    found = _speakers(text)
    assert any("between 10,000 and 15,000" in t for t in found)
    assert any("keep perhaps a fifth" in t for t in found)
