"""Probes (session 39, from heldout390's indicator misses): leaving granted on a sum the family pays ("Kofi could come
home if his parents paid 5,000 dollars", "I could go home for the burial if I paid") and a sum demanded before
the captives could leave are a ransom: debt bondage and a restriction of movement. Near misses: going out on a
Sunday if one pays the bus, and a worker paying his own flight home are no ransom.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_HEAD = ("HARBOUR DAILY\n\nAccra, 2 February 2026 - Workers held in a compound abroad came home last week. Their passports "
         "were held by the bosses from the first day and they worked 16 hours a day.\n\n")


def _indicators(sentence: str) -> set[str]:
    analysis = analyse(_HEAD + sentence, {})
    return {h.indicator for c in analysis.claims if c.text in sentence for h in c.indicators}


def test_leaving_on_a_sum_the_family_pays_is_a_ransom() -> None:
    for sentence in ("A man who called the family said Kofi could come home if they paid 5,000 dollars.",
                     "The boss told me that I could go home for my father's burial if I paid 20,000 yuan.",
                     "The company demanded 3,000 dollars for each worker before they could leave."):
        found = _indicators(sentence)
        assert {"debt_bondage", "restriction_of_movement"} <= found, sentence


def test_a_bus_fare_or_an_ended_contract_is_no_ransom() -> None:
    assert not _indicators("We could go out on Sundays if we paid for the bus.") & {"debt_bondage", "restriction_of_movement"}
    assert "restriction_of_movement" not in _indicators("Workers could go home if they paid for their own flight.")
