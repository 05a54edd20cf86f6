"""Probes (session 41, from heldout414's translated testimony): in a first-person account under a note naming its
witness, what the witness's relative told them ("He told me by phone that ...", "He says ...") and the plain sentences
that go on from it ("He gets ... a month", "He is not cold") stay the witness's account, even where "he" was read as
another relative named before ("My father is old"). Near miss: someone the witness names with a speech verb and no
first person, an official reached by the page, keeps speaking. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

TESTIMONY = """A mother in Tbilisi on her son's work abroad

Caucasus Letters | Testimony | 3 March 2026

Editor's note: Nino Beridze, 52, sells fruit at a market in Tbilisi. Her son, Levan, was recruited in 2024 to a fish
plant in the far north. She spoke in Georgian, as told to Caucasus Letters.

My son was a driver. My father is old and ill, so Levan went to earn for all of us. The recruiter promised 3,000
dollars a month.

He told me by phone that they gut fish from six in the morning until ten at night. He gets 1,100 dollars a month, and
the agent keeps his passport in a safe. He cannot go into the town without a foreman.

He says the food is fine. He is not cold. But the foreman checks his phone every evening.

A spokesman for the fish plant said all workers "keep their own papers"."""


def test_what_a_relative_told_the_witness_stays_the_witness_account() -> None:
    speakers = speakers_by_claim(TESTIMONY)
    for words in ("He gets 1,100 dollars", "He says the food is fine", "He is not cold", "checks his phone"):
        assert "Nino Beridze" in (speaker_of(speakers, words)[0] or ""), words


def test_one_the_page_reached_keeps_speaking() -> None:
    assert "Beridze" not in (speaker_of(speakers_by_claim(TESTIMONY), "keep their own papers")[0] or "")
