"""Probes: a hearing's record whose speaker labels are set in capitals and closed by a full stop (invented text)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, wording_and_kind

RECORD = """HOUSE OF REPRESENTATIVES
COMMITTEE ON FISHERIES

Public hearing on the conditions of deckhands on purse seiners

THE CHAIRMAN (REP. MONTALBAN). The meeting is called to order. Please state your name for the record.

MR. EMILIO BARTOLOME. Good afternoon, Your Honor. I worked on a seiner out of Lucena for two years.

The boat owner kept my seaman's book in his office. We were not allowed ashore for three months.

THE CHAIRMAN. Thank you. Assistant Secretary Lagman, please.

ASSISTANT SECRETARY LAGMAN. Thank you, Mr. Chairman. Our inspectors boarded 30 vessels last year and found unpaid wages on 12 of them.

MS. CORAZON VILLAMOR (Quezon Boat Owners' Federation). Our members do not keep the documents of any crew.

MR. DANTE RIVERA (Deckhands' Union). The crews sign their contracts at sea.

(The meeting was adjourned at 3:10 p.m.)
"""


def test_a_titled_witness_speaks_over_the_paragraphs_of_his_turn() -> None:
    a = analyse(RECORD, META)
    for frag in ("kept my seaman's book", "not allowed ashore"):
        wording, kind = wording_and_kind(a, frag)
        assert kind == "named_person" and wording is not None and "Bartolome" in wording


def test_an_officer_by_rank_is_official_and_keeps_her_own_inspectors() -> None:
    a = analyse(RECORD, META)
    wording, kind = wording_and_kind(a, "found unpaid wages")
    assert kind == "official" and wording is not None and "Lagman" in wording


def test_a_person_labelled_with_an_association_answers_for_it() -> None:
    a = analyse(RECORD, META)
    wording, kind = wording_and_kind(a, "do not keep the documents")
    assert kind == "organization" and wording is not None and "Villamor" in wording


def test_the_label_alone_is_no_claim() -> None:
    a = analyse(RECORD, META)
    assert not [c for c in a.claims if c.text.strip().startswith("MR. DANTE RIVERA")]
