"""Probes (session 39, from heldout392's indicator misses): school certificates kept are identity documents kept;
telephones taken with other things are phones taken (isolation); a bus fare a recruiter paid for a worker is no pay
withheld. Near misses: wages paid as bus fare stay withheld pay; phones handed back carry no isolation. Texts written
for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse import indicators


def _inds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def test_school_certificates_kept_are_documents_retained() -> None:
    assert "retention_of_identity_documents" in _inds("The pit boss kept the boy's school certificates.")


def test_telephones_taken_with_cards_are_isolation() -> None:
    assert "isolation" in _inds("On arrival the guards seized the men's work permits and their telephones.")


def test_a_bus_fare_paid_for_the_worker_is_no_wage_withheld() -> None:
    assert "withholding_of_wages" not in _inds("A broker covered her bus fare to the capital and found her a room.")


def test_near_miss_pay_of_bus_fare_stays_withheld() -> None:
    assert "withholding_of_wages" in _inds("After six months we were given only bus fare.")


def test_near_miss_phones_given_back_are_no_isolation() -> None:
    assert "isolation" not in _inds("The guards gave the men back their telephones every evening.")


def test_hearsay_with_an_adverb_is_a_hedge() -> None:
    from labourlens.analyse.hedges import find_hedges

    assert find_hedges("I am also told the pickers sleep in sheds near the river.")
    assert not find_hedges("I told them the pickers sleep in sheds near the river.")


def test_pay_in_sand_or_tokens_is_pay_withheld() -> None:
    assert "withholding_of_wages" in _inds("The young haulers are paid in gravel, not in cash.")
    assert "withholding_of_wages" in _inds("The pickers were paid in tokens for the camp shop.")


def test_near_miss_paid_in_full_is_no_withholding() -> None:
    assert "withholding_of_wages" not in _inds("The haulers were paid in full every Friday.")
