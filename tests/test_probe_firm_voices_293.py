"""Firms and their owners answering for them (probe diag293): a firm named by a word of its trade as its last word
("... Greenhouses", "... Home Care") is an organization, not a person; the unnamed "owner of one of the <workplaces>" answers for
it as "the owner of the <workplace>" does. Every text is written for this test; people and firms are fictional
(places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-01", "language": "en"}
LEDE = "Workers say their papers were kept\n\nEight Honduran workers near Leamington, Ont., say their supervisor locked the bunkhouse door every night.\n\n"


@pytest.mark.parametrize("sentence,wording", [
    ('In an emailed statement, Pinecrest Valley Greenhouses said the door is locked at night "for the safety of our staff".',
     "Pinecrest Valley Greenhouses"),
    ("Larkfield Home Care said the fee in its contracts paid for induction courses.", "Larkfield Home Care"),
    ("The owner of one of the bakeries said the women sleeping in the back room were nieces saving money.",
     "The owner of one of the bakeries"),
])
def test_firm_voice_is_organization(sentence: str, wording: str) -> None:
    a = analyse(LEDE + sentence + "\n", META)
    c = next(c for c in a.claims if c.text.startswith(sentence[:20]))
    src = a.source(c.source)
    assert src is not None and (src.wording or "").startswith(wording) and src.kind == "organization", src


def test_person_who_owns_a_plain_thing_stays_a_person() -> None:
    a = analyse(LEDE + "Mark Ellery, who owns a cafe across the road, said a van collected the men at dawn.\n", META)
    c = next(c for c in a.claims if c.text.startswith("Mark Ellery"))
    src = a.source(c.source)
    assert src is not None and src.kind == "named_person"
