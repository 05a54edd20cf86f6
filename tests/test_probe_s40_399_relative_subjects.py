"""Probes (session 40, from heldout399's speaker misses): a subject with a relative clause set off by commas ("A 2023
report by the labour office, which the fleet owners rejected, described ...", "The audit, which the company disputes,
found ...") speaks itself: the subject of the relative clause (the owners, the company) only rejected or disputed it.
Near misses: a speaker named after the clause in a trailing tag ("..., the union said") and a plain subject keep their
speakers. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention


def _who(text: str) -> str | None:
    m = find_mention(text)
    return None if m is None else m.wording


def test_a_report_that_others_rejected_speaks_itself() -> None:
    assert _who('A 2023 report by the Estmark labour office, which the fleet owners rejected, described fishing as a '
                'sector where crews "are still kept in debt bondage."') == "A 2023 report by the Estmark labour office"


def test_an_audit_the_firm_disputes_found_it() -> None:
    assert _who("The audit, which Tamsin Fisheries disputes, found that crews worked 20 hours a day.") == "The audit"


def test_a_trailing_tag_keeps_its_speaker() -> None:
    assert _who("The boats, which Tamsin Fisheries owns, carry crews who are kept in debt bondage, the union said.") \
        == "the union"


def test_a_plain_subject_keeps_its_speaker() -> None:
    assert _who("The fleet owners rejected the report and said that crews are paid on time.") == "The fleet owners"
