"""Probes (s329, second round): a state body's or a firm's statement that adds a non-answer ("but gave no date", "but
would not say how many") is not negated by it: what the body did say stands as said. A real negation in the same
voice ("said no permits had been issued") still reads as negated. Texts written for these tests; the places are
real, the rest fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-07-14", "language": "en"}
LEAD = ("Venezuelan miners held on a dredge in Guyana\n\n"
        "GEORGETOWN — Thirty Venezuelan miners were kept aboard a dredge working the Cuyuni River and had not been paid for "
        "four months, their relatives said.\n\n")


def _polarity(text: str, start: str) -> str:
    a = analyse(LEAD + text, META)
    return next(c for c in a.claims if c.text.lstrip().startswith(start)).polarity


def test_a_non_answer_leaves_the_statement_affirmed() -> None:
    assert _polarity("The Ministry of Labour said a complaint about the dredge had reached it and an inquiry "
                     "would follow, but set no date.\n", "The Ministry") == "affirmed"
    assert _polarity("The Ministry of Labour said further complaints of this kind had come in from the Mazaruni, "
                     "though it would not give a figure.\n", "The Ministry") == "affirmed"


def test_near_miss_a_real_negation_in_the_same_voice_stays_negated() -> None:
    assert _polarity("The Ministry of Labour said no work permits had been issued for the dredge this year.\n",
                     "The Ministry") == "negated"
