"""Probes (session 41, from heldout411's case summary and law digest): a case's header lines opened by the person's noun
("Woman, 29, Nyeri.") or by where she was placed, with no verb ("Employed with a family in Doha from May 2024.") are
no claims; a finding fronted by its topic ("On the deductions, the tribunal found that ...") is the tribunal's. Near
misses: a placement line that tells of abuse stays a claim, and a fronted one-word topic still reads. Texts written for
these tests."""

from __future__ import annotations

from labourlens.analyse.claim_filters import list_or_question_line
from labourlens.analyse.mentions import find_mention


def test_case_header_lines_are_no_claims() -> None:
    for line in ("Woman, 29, Nyeri.", "Man, 41, Gulu.", "Employed with a family in Doha from May 2024.",
                 "Employed in Kuwait.", "Placed with a family in Sharjah since 2023."):
        assert list_or_question_line(line), line


def test_placement_lines_that_tell_of_abuse_stay_claims() -> None:
    for line in ("Working in Dubai since 2021 without pay.", "Employed in a house where she was beaten.",
                 "Recruited as a cashier but sent to clean a private home."):
        assert not list_or_question_line(line), line


def test_a_topic_fronted_before_the_finder() -> None:
    for text, who in (("On the deductions, the tribunal found that the firm had taken a month's pay.", "the tribunal"),
                      ("On the question of the passports, the inspector found that the office kept them.",
                       "the inspector"),
                      ("On the same day, police said two recruiters were held.", "police")):
        m = find_mention(text)
        assert m is not None and m.wording == who, text
    m = find_mention("On wages, the court found that her agency owed her.")
    assert m is not None and m.wording == "the court"
