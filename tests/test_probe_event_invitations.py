"""An invitation to a talk or a panel is an event page, not a report: the topics its panellists will discuss may name
the field's words (forced labour, supply chains) without telling of anything done to anyone."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-10", "language": "en"}

INVITATION = """NORTH SEA LABOUR CIRCLE
Invitation

Who harvests the Baltic? Seasonal work and supply chains in 2026

Tuesday, 12 May 2026, 10:00-12:00
Circle meeting hall, Havnegade 4, Aarhus, and online

Dear members,

The North Sea Labour Circle invites you to an evening panel discussion on seasonal farm work around the Baltic.
Panellists will discuss how farm housing for seasonal pickers has changed and how forced-labour import rules apply to
supply chains.

Speakers:
- Dr Lotte Brandvik, senior fellow, North Sea Labour Circle (chair)
- Aivar Tamm, agricultural economist, Tartu

The Chatham House Rule applies. Registration closes on 5 May. Attendance is free for members.
"""


def test_invitation_to_a_panel_has_no_claims_and_no_indicators() -> None:
    a = analyse(INVITATION, META)
    assert a.claims == []
    assert not [h for c in a.claims for h in c.indicators]


def test_report_of_a_panel_that_tells_of_abuse_keeps_its_claims() -> None:
    text = ("At a panel discussion in Aarhus, a former picker said her passport was taken by the farm manager and "
            "that she was not paid for three months.\n\nShe said the workers were locked in their barracks at night.\n")
    a = analyse(text, META)
    assert a.claims
