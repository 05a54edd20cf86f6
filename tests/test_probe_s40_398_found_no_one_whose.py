"""Probes (session 40, from heldout398's negation misses): an inspection that "could not identify a single employee whose
papers were confiscated" or "any labourer who had been beaten" is a negative finding: a negated claim, with no indicator. Near misses: a
finding of no worker "whose passport was held" keeps its negation, and an inspection that found workers whose
passports were kept stays an affirmed claim with its indicator. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_LEAD = ("Crane yard workers accuse contractor\n\nWorkers at the Harbour crane yard say the foreman keeps their passports "
         "and that their wages go unpaid for months. ")


def _claims(text: str) -> list[tuple[str, list[str]]]:
    return [(c.polarity, [i.indicator for i in c.indicators]) for c in analyse(_LEAD + text, {}).claims
            if c.text.startswith(text[:20])]


def test_no_worker_found_to_whom_it_happened_is_a_denial() -> None:
    for text in ("The labour ministry said on Monday that its auditors could not identify a single employee whose papers "
                 "were confiscated by the yard's managers.",
                 "Auditors did not find any labourer who had been beaten at the depot, the ministry added."):
        assert _claims(text) == [("negated", [])], text


def test_near_misses_keep_their_readings() -> None:
    assert _claims("The inspectors found no worker whose passport was held by the firm, the ministry said.") == [
        ("negated", [])]
    found = _claims("The ministry said its auditors found eleven labourers whose passports were confiscated by managers.")
    assert found and found[0][0] == "affirmed" and "retention_of_identity_documents" in found[0][1]
