"""A tribunal's summary of the parties' evidence and of its own findings: "Dr Okafor's evidence was that ...", "It was
also her evidence that ..." (she: the party just met), "The caretaker gave evidence that ...", "The Commission accepted
that ...", "In sentencing, the magistrate accepted that ...", and "It found that ..." after the tribunal. Every text
is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import claim_rows

META = {"published": "2026-05-20", "language": "en"}
TEXT = (
    "Okafor v Lakeside Dairy Farms Ltd\n\n"
    "Chinwe Okafor came to Ireland in 2024 on a work permit to milk cows at a dairy farm near Mullingar. "
    "She brought a claim for unpaid wages.\n\n"
    "Dr Okafor's evidence was that she paid EUR 4,000 to an agent in Lagos before her permit was issued.\n\n"
    "It was also her evidence that the herd manager locked her passport in a filing cabinet for a year.\n\n"
    "The herd manager gave evidence that he handed the passport back the week she asked for it.\n\n"
    "The Commission accepted that Dr Okafor milked twice a day for 75 hours a week and was paid for 39.\n\n"
    "It found that charges of EUR 120 a week for a caravan bed had never been agreed.\n"
)
SENTENCING = (
    "A Cork builder was jailed on Friday for exploiting four bricklayers from Brazil.\n\n"
    "The bricklayers told investigators they were paid nothing for five months and slept in a cold shed.\n\n"
    "In sentencing, the magistrate accepted that the four bricklayers had been cut off from their families for months.\n"
)


def _claims(text: str = TEXT) -> list[tuple[str, str | None, str | None]]:
    return [(t, w, k) for t, _, w, k in claim_rows(text, META)]


def _find(frag: str, text: str = TEXT) -> tuple[str, str | None, str | None]:
    return next(c for c in _claims(text) if frag in c[0])


def test_named_party_evidence_is_the_party() -> None:
    c = _find("EUR 4,000")
    assert c[1] is not None and "Okafor" in c[1] and c[2] == "named_person", c


def test_her_evidence_is_the_party_just_met() -> None:
    c = _find("filing cabinet")
    assert c[1] is not None and "Okafor" in c[1] and c[2] == "named_person", c


def test_gave_evidence_is_a_witness() -> None:
    c = _find("handed the passport back")
    assert c[1] is not None and c[1].lower() == "the herd manager" and c[2] == "anonymous_source", c


def test_tribunal_accepted_that() -> None:
    c = _find("75 hours a week")
    assert c[1] == "The Commission" and c[2] == "official", c


def test_it_found_is_the_tribunal() -> None:
    c = _find("caravan bed")
    assert c[1] == "The Commission", c


def test_judge_accepted_after_fronted_phrase() -> None:
    c = _find("cut off from their families", SENTENCING)
    assert c[1] is not None and "magistrate" in c[1] and c[2] == "official", c


def test_finding_with_a_noting_participle() -> None:
    text = (TEXT + "\nThe Commission preferred Dr Okafor's account, noting emails in which she asked the herd manager "
            "for her passport back.\n")
    c = _find("noting emails", text)
    assert c[1] == "The Commission" and c[2] == "official", c
