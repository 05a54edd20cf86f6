"""Probes for the classes fixed in the study of heldout157 (own wording, not the set's)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_INTERVIEW = """Prairie Gazette · Conversation

'We slept behind a locked gate'

Farrukh (a pseudonym), 37, from Namangan, spent last autumn on a farm near Kazan. Prairie Gazette reached him by phone.

Q: How did you get there?
A: A man from our street arranged the bus. He promised 50,000 rubles a month and a room.
Q: Where did you sleep?
A: In a barn behind a locked gate. We could leave only on Sundays, with the foreman.
Q: And the pay?
A: Nothing for two months. Then the foreman said the money would come in winter.
Q: Did anyone hurt you?
A: No, nobody was beaten. But he said he would call the police on anyone who ran.
"""

_THIRD_PERSON_FAQ = """Consular Section · Questions and answers

Q: What are the opening hours?
A: The section opens from 9:00 to 13:00 on weekdays.
Q: What does a new passport cost?
A: The fee is 40 dollars, paid at the window.
"""


def test_first_person_interview_answers_are_claims() -> None:
    a = analyse(_INTERVIEW, {"language": "en"})
    texts = " | ".join(c.text for c in a.claims)
    assert "We could leave only on Sundays" in texts
    assert "the money would come in winter" in texts or "Nothing for two months" in texts
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert "restriction_of_movement" in found


def test_third_person_faq_stays_quiet() -> None:
    a = analyse(_THIRD_PERSON_FAQ, {"language": "en"})
    assert a.claims == []


def test_single_answer_is_not_an_interview() -> None:
    from labourlens.analyse.interview_answers import first_person_interview
    from labourlens.analyse.sentences import split

    text = "Q: Did you go?\nA: We stayed at home all week.\n"
    sents = split(text)
    assert not first_person_interview(sents, [i for i, s in enumerate(sents) if s.kind == "body"])
