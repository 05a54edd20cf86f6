"""Probes (session 39, from heldout394's speaker misses): an interview whose answers are labelled by the
interviewee's initial ("R.: ...", "T. M.: ..."), the person introduced under that initial, gives every answer to
that person, a ``named_person`` as the pseudonymous interviewees are, even when the standfirst gives an age after the
initial. Near misses: the outlet's own question lines stay the outlet's; "Q.:" and "A.:" are a question and an
answer, no person; a postscript "P.S.:" is nobody's turn. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

_QA = """THE HARBOUR LETTER
Interview

R., 44, a welder, spent three years at a shipyard near Gdansk before he came back in 2021. The letter prints his initial alone at his request.

Harbour Letter: How were you hired?

R.: A broker in Minsk found the job for me. I paid him 900 dollars and I borrowed the money from my uncle.

Harbour Letter: What were the hours?

R.: We worked fourteen hours a day, and the foreman kept our passports in his safe.

Harbour Letter: Were you paid?

R.: For the last four months nobody paid us anything.
"""

_TWO = """Field notes, March 2026

T. M., a cook at a fish plant in Murmansk, spoke to us by phone.

Interviewer: What happened to your papers?

T. M.: The manager took my passport on the first day and never gave it back.

Interviewer: And your pay?

T. M.: They paid us half of what the contract said.
"""

_LETTERS = """Q.: Did the agency take your passport?

A.: Yes, the agency kept my passport for the whole contract and they never paid the overtime.

Q.: Did you complain?

A.: No, we were afraid of the manager.
"""


def _speakers(text: str, meta: dict[str, str] | None = None) -> dict[str, tuple[str | None, str]]:
    return speakers_by_claim(text, meta)


_of = speaker_of


def test_answers_under_an_initial_are_the_interviewee_s() -> None:
    speakers = _speakers(_QA, {"outlet": "The Harbour Letter"})
    assert _of(speakers, "borrowed the money") == ("R.", "named_person")
    assert _of(speakers, "fourteen hours") == ("R.", "named_person")
    assert _of(speakers, "nobody paid us") == ("R.", "named_person")


def test_answers_under_two_initials_are_the_interviewee_s() -> None:
    speakers = _speakers(_TWO)
    assert _of(speakers, "took my passport")[1] == "named_person"
    assert (_of(speakers, "took my passport")[0] or "").startswith("T. M.")


def test_question_and_answer_letters_are_no_person() -> None:
    speakers = _speakers(_LETTERS)
    for wording, _kind in speakers.values():
        assert wording not in ("A.", "Q.")
