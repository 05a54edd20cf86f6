"""Probes (session 34, heldout356's study): the person a "she said" goes back to, when that person was introduced
without speaking.

- A case's number alone ("Case 2.") and the person's changed name in quotation marks with an age opening the next
  sentence: the "she" who speaks in that case is that person, not the one of the case before.
- A commenter whose name ends in an initial ("Daudi M.") stands alone on the line above the comment as a full name
  does: the comment is that commenter's, not the one above it; so is a page's name ending in capitals ("Wage Watch UG").
- "One returnee, Ana Ruiz, 25, came back ...": the name in apposition to a described person is the antecedent of the
  next "She said", not a speaker of the paragraph before. A turn's answer that opens "Yes, a driver, 40, who gave only
  his first name." introduces the driver as a sentence of its own would.

Near misses: a "she said" after a sentence that introduces no one keeps the speaker of the paragraph before. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in

_CASES = """HARBOUR HELP DESK
Case notes, April to June 2026

Selected cases

Case 1. "Lorna", 30, Filipina, Kowloon City. Lorna said her employer held her passport in a safe and gave her no day off for six months.

Case 2. "Siti", 26, Indonesian, Yuen Long. Siti came to the desk in May. She said her agency deducted HK$3,000 a month from her salary for seven months to repay a loan.
"""

_COMMENTS = """Bring Them Home - Families of Workers in the Gulf
Public group

Comments

Ruth Wambui
My niece in Doha says her madam locks the door every time she goes out.

Peter K.
My wife was not paid for eight months in Riyadh and her passport is still with the sponsor.

Wage Watch UG
The agency is said to keep the passports of the women it sends until they repay its fee.
"""

_RETURNEE = """Freetown mothers wait for news of daughters sent to the Gulf as domestic workers

At least a dozen women recruited by an agency in Freetown for jobs abroad have not been paid, their families say.

Another mother, from Kenema, said her daughter in Doha sleeps in a storeroom.

One returnee, Fatmata Kamara, 24, came back from Kuwait in March. She said her employer beat her with a cable and kept her wages for five months.
"""

_RADIO = """NEWS HOUR - transcript

HOST: This week, migrant domestic workers in Amman. Who else did you meet?

REPORTER: A spokesperson for the ministry told us that inspections had doubled. She said every complaint is heard.

HOST: And the workers?

REPORTER: Yes, a Ugandan woman, 31, who would not be named on air. She said her employer locks her phone away every night and has kept her passport since she arrived.
"""

_NO_INTRO = """Freetown mothers wait for news of daughters sent to the Gulf as domestic workers

At least a dozen women recruited by an agency in Freetown for jobs abroad have not been paid, their families say.

Another mother, from Kenema, said her daughter in Doha sleeps in a storeroom.

The rains came early this year. She said her daughter is paid only half her wage.
"""


def test_a_case_number_and_a_quoted_name_give_the_case_its_voice() -> None:
    speakers = claim_speakers(_CASES)
    assert speaker_in(speakers, "deducted")[0] == "Siti"


def test_a_commenter_named_by_an_initial_posts_the_comment_below() -> None:
    speakers = claim_speakers(_COMMENTS)
    assert speaker_in(speakers, "not paid for eight months")[0] == "Peter K."
    assert speaker_in(speakers, "keep the passports")[0] == "Wage Watch UG"


def test_a_named_returnee_is_the_next_she() -> None:
    assert speaker_in(claim_speakers(_RETURNEE), "beat her with a cable")[0] == "Fatmata Kamara"


def test_an_answer_that_introduces_someone_after_yes() -> None:
    assert speaker_in(claim_speakers(_RADIO), "locks her phone")[0] == "a Ugandan woman"


def test_no_introduction_keeps_the_speaker_before() -> None:
    speakers = claim_speakers(_NO_INTRO)
    assert speaker_in(speakers, "only half") == speaker_in(speakers, "sleeps in a storeroom")
