"""A body's statement named by the body's common noun right after the body spoke ("The Kuwaiti embassy in Colombo
rejected the suggestion ... '...,' an embassy statement said") is the body's words; a statement of another kind of
body, or one met long after, stays apart. Every text is written for this test; bodies and people are fictional
(places are real)."""

from __future__ import annotations

from probe_helpers import speaker

LEAD = ("COLOMBO — Housemaids returning from Riyadh said their employers locked them inside and kept their passports "
        "for years, according to Nadeesha, 38, from Kandy.\n\n")


def test_an_embassy_statement_after_the_embassy_is_the_embassy() -> None:
    text = LEAD + ("The Saudi embassy in Colombo rejected the claim that housemaids were locked in. \"Domestic workers "
                   "are free to leave their employers' homes and keep their passports,\" an embassy statement said.\n")
    assert speaker(text, "rejected the claim")[2] == speaker(text, "free to leave")[2]


def test_a_ministry_statement_after_the_embassy_stays_apart() -> None:
    text = LEAD + ("The Saudi embassy in Colombo rejected the claim that housemaids were locked in. \"Domestic workers "
                   "are free to leave their employers' homes and keep their passports,\" a ministry statement said.\n")
    assert speaker(text, "rejected the claim")[2] != speaker(text, "free to leave")[2]
