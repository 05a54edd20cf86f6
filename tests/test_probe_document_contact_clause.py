"""A document described with a relative clause whose subject is people ("The employment contract the men signed, a copy
of which the Gazette has seen, sets an eight-hour day"): the contract speaks, never the men met before it, whose head
noun the clause carries. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speaker

HEAD = ("KAMA EVENING GAZETTE  |  Society\n\nDepot workers say the manager kept their passports\n\n"
        "Twenty men from Osh who sorted parcels at a depot in Perm asked the ombudsman for help.\n\n"
        "The men say they were promised 70,000 rubles a month but were paid half after deductions for food.\n\n"
        "Kamaline Logistics, which runs the depot, said in a written reply that it \"does not hold anyone's documents\". "
        "The company did not answer a question about the deductions. ")


def test_contract_the_men_signed_is_the_contract() -> None:
    text = HEAD + ("The employment contract the men signed, a copy of which the Gazette has seen, sets an eight-hour "
                   "working day and says nothing about charges for food.")
    wording, kind, _ = speaker(text, "eight-hour")
    assert kind == "document" and (wording or "").startswith("The employment contract")


def test_the_men_again_are_the_men() -> None:
    text = HEAD + "The men said their passports were kept in the office."
    assert speaker(text, "passports were kept")[1] == "anonymous_source"
