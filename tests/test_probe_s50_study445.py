"""Probes for the study of heldout445 (fiftieth session): a bank book or passbook said to be with the employer or
held by its office is pay out of the worker's reach (withholding of wages), not an identity paper; and the bulk of
a trade said to do right, after a framing clause ("I should add that the great majority of our members ...",
"most farmers I work with ..."), is a fair-minded concession, negated. People, firms and outlets are invented;
places are real."""

from __future__ import annotations

from probe_helpers import lexicon_indicators, polarity_and_indicators

REPORT = """Kansai Labour Notes, 2 February 2026

KUMANO - Vietnamese interns at a sawmill in Wakayama were not paid for five months and their passports were taken by
the manager, a union organiser said.

"I will say this much: most farmers I work with pay correctly and treat people well," said Han Do-yun, a labour
lawyer in Chungju.

"Let me be fair here: the great majority of our members pay their foreign crew properly and on time," said Park
Sun-hee, who chairs a federation of boat owners.

"I can tell you that the great majority of agencies follow the rules," said Kim Ju-won, a ministry official.

"Most owners here pay every month by bank transfer, since the inspectors check," said Seo Min-jae, a skipper.
"""


def test_a_bankbook_said_to_be_with_the_manager_is_withholding_of_wages() -> None:
    got = lexicon_indicators("My bankbook is still with the floor manager and I cannot touch it.")
    assert "withholding_of_wages" in got


def test_passbooks_held_by_a_company_section_are_withholding_of_wages() -> None:
    got = lexicon_indicators("The trainees' passbooks are held by the plant manager in Matsuyama.")
    assert "withholding_of_wages" in got


def test_a_passbook_held_is_not_an_identity_document() -> None:
    got = lexicon_indicators("The trainees' passbooks are held by the firm's accounts section in Matsuyama.")
    assert "retention_of_identity_documents" not in got


def test_passbooks_kept_in_the_safe_are_pay_not_papers() -> None:
    got = lexicon_indicators("Their passbooks were kept by the plant's office in a locked drawer in Takamatsu.")
    assert got >= {"withholding_of_wages"} and "retention_of_identity_documents" not in got


def test_the_great_majority_of_members_paying_properly_is_a_negated_concession() -> None:
    polarity, found = polarity_and_indicators(REPORT, '"Let me be fair')
    assert polarity == "negated" and not found


def test_most_farmers_a_lawyer_works_with_paying_correctly_is_negated() -> None:
    polarity, _ = polarity_and_indicators(REPORT, '"I will say this much')
    assert polarity == "negated"


def test_the_great_majority_of_agencies_following_the_rules_is_negated() -> None:
    polarity, _ = polarity_and_indicators(REPORT, '"I can tell you')
    assert polarity == "negated"


def test_most_owners_here_paying_every_month_is_negated() -> None:
    polarity, found = polarity_and_indicators(REPORT, '"Most owners here')
    assert polarity == "negated" and not found
