"""A question in quotation marks standing as a page's title ('"Who would hire us back home?"') is someone's words set
as a title or a pull quote, not an interviewer's turn (study s341): an interview below it whose questions and answers
open with a dash ("— Where do you sleep?" / "— In a wagon ...") is still read as an interview, and its answers are the
interviewee's, introduced in the lede. Every text is invented (people fictional, places real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from labourlens.analyse.transcript_labels import question_paragraphs

META = {"language": "en", "published": "2026-10-02"}

TEXT = """Muhojir Voice
"Who would hire us back home?"

Bakhtiyor, 41, a plasterer from Kulob, has spent two winters on housing projects outside Kazan. He talked to us over a
video call from the hostel where his crew sleeps. We have changed his name.

— Who brought you to Kazan?

— A recruiter from the next district, Olim, fills buses for Russia each March. He promised forty of us steady work at
60,000 rubles a month.

— What happened when you arrived?

— The crew boss collected our passports at the bus station. We have been paid only half of the promised wage since May.

— Where do you sleep?

— In a metal wagon behind the site, ten men to a wagon. There is no heating at all.
"""


def test_quoted_title_is_no_question_turn() -> None:
    sents = split(TEXT)
    paras = question_paragraphs(sents)
    title = next(s.paragraph for s in sents if s.text.startswith('"Who would'))
    assert title not in paras and len(paras) >= 3


def test_dash_answers_under_a_quoted_title_are_the_interviewees() -> None:
    a = analyse(TEXT, META)
    for key in ("collected our passports", "metal wagon"):
        c = next(c for c in a.claims if key in c.text)
        src = a.source(c.source)
        assert src is not None and src.canonical == "Bakhtiyor" and src.kind == "named_person"


def test_interview_without_title_question_unchanged() -> None:
    text = TEXT.replace('"Who would hire us back home?"', "A plasterer's winter in Kazan")
    a = analyse(text, META)
    c = next(c for c in a.claims if "collected our passports" in c.text)
    src = a.source(c.source)
    assert src is not None and src.canonical == "Bakhtiyor"
