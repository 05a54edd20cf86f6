"""Probes (study324): a channel's readers' questions, each under a label on a line of its own ("Question from a
reader, Omsk:"), are the readers', one source each and unnamed (the town after the comma is no name); a sentence that
opens on "According to unconfirmed reports from our members," keeps the claim it hedges. Near misses: a label inside a
running paragraph hands nothing over, and an unconfirmed report of no abuse is no claim. Texts written for these
tests; the channel and the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-20", "language": "en"}
CHANNEL = """DOROGA DOMOY | a channel for workers from Kyrgyzstan
channel 12K members

Post 41, 18 February 2026

? Question from a reader, Omsk:
"The site boss keeps our passports in his office safe. Seven of us have had no wages since December and he claims we owe him for the flat."

! Answer:
Nobody may hold on to your passport. Go to the prosecutor's office with your contract.

? Question from a reader, Tyumen:
"The dispatcher took my phone and says I will get it back only when the season ends. We work fourteen hours a day on the greenhouse."

From the admins, 19 February 2026
According to unconfirmed reports from our members, drivers at a depot in Surgut were beaten by a foreman when they asked for their pay.
"""


def test_each_readers_question_is_that_readers_and_unnamed() -> None:
    a = analyse(CHANNEL, META)
    first = next(c for c in a.claims if "office safe" in c.text)
    second = next(c for c in a.claims if "took my phone" in c.text)
    s1, s2 = a.source(first.source), a.source(second.source)
    assert s1 is not None and s2 is not None
    assert s1.kind == s2.kind == "anonymous_source"
    assert "Omsk" in (s1.wording or "") and "Tyumen" in (s2.wording or "") and s1.key != s2.key


def test_an_unconfirmed_report_that_opens_the_sentence_keeps_its_claim() -> None:
    a = analyse(CHANNEL, META)
    claim = next((c for c in a.claims if "were beaten by a foreman" in c.text), None)
    assert claim is not None
    assert "physical_and_sexual_violence" in {h.indicator for h in claim.indicators}


def test_near_miss_a_label_inside_a_paragraph_hands_nothing_over() -> None:
    text = CHANNEL.replace('? Question from a reader, Omsk:\n"The site boss',
                           'We were sent a question from a reader, Omsk: "The site boss')
    a = analyse(text, META)
    claim = next((c for c in a.claims if "office safe" in c.text), None)
    src = a.source(claim.source) if claim is not None else None
    assert src is None or "Omsk" not in (src.wording or "")


def test_near_miss_an_unconfirmed_report_of_no_abuse_is_no_claim() -> None:
    text = CHANNEL.replace("drivers at a depot in Surgut were beaten by a foreman when they asked for their pay",
                           "the depot in Surgut will close for a week in March")
    a = analyse(text, META)
    assert not any("will close for a week" in c.text for c in a.claims)
