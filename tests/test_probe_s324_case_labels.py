"""Probes (study324): a monitoring bulletin's numbered case labels ("Case 2 (Kazan, catering).") head the case's account
and are no claims; the account after them is. Near miss: a sentence that goes on after the brackets ("Case 7 (a welder
from Osh) was paid nothing ...") is a sentence of the account. Texts written for these tests; the centre and the
cases are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-02", "language": "en"}
BULLETIN = """Volga Migrant Aid Centre
Casework bulletin, February 2026

Cases from our hotline

Case 1 (Samara, warehouse). Eleven loaders from Khorezm told the centre they had received no salary since November and that the warehouse manager kept their passports in his office.

Case 2 (Kazan, catering). A cook from Khujand said she worked fourteen-hour shifts without a day off and slept in the restaurant's store room.

Case 3 (Ufa, construction). Six builders said a broker charged each of them 50,000 rubles for the jobs and now deducts the debt from their pay.
"""


def test_numbered_case_labels_are_no_claims() -> None:
    a = analyse(BULLETIN, META)
    assert not any(c.text.startswith(("Case 2 (", "Case 3 (")) and len(c.text) < 40 for c in a.claims)
    assert any("slept in the restaurant's store room" in c.text for c in a.claims)


def test_near_miss_a_case_sentence_that_goes_on_is_a_claim() -> None:
    text = BULLETIN + "\nCase 4 (a welder from Osh) was paid nothing for three months and his passport was taken by the foreman.\n"
    a = analyse(text, META)
    assert any("was paid nothing for three months" in c.text for c in a.claims)
