"""Probes (s338): page lines that are never claims: the attendance list that opens a meeting's minutes ("Present: ...")
and a paywall's notice that the rest of a piece is for paying readers. Near miss: a numbered item of the same minutes
that reports on workers stays a claim. Texts written for these tests; the people and bodies are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

MINUTES = """MINUTES OF THE DISTRICT COMMITTEE ON BONDED LABOUR

Present: Sub-Collector (Chair); Tahsildar, Uthukottai; Inspector of Police; Thiru R. Anbu (social worker).

1. The Tahsildar reported that nine families from Ariyalur had been working at a kiln in Uthukottai for three years \
without wages and that the owner kept their ration cards.
"""

PAYWALL = """Kiln buyers face new audit rules

Three builders in Lahore said on Monday that they would ask brick suppliers for proof that moulders are paid weekly.

Moulders at two kilns near Pattoki told the paper that the owners kept their identity cards and paid them nothing \
for four months.

This story is for Kisan Weekly Plus subscribers only.
"""


def test_attendance_list_is_no_claim_but_the_item_is() -> None:
    a = analyse(MINUTES, {"published": "2026-01-01", "language": "en"})
    texts = [c.text for c in a.claims]
    assert not any(t.startswith("Present:") for t in texts)
    assert any("nine families" in t for t in texts)


def test_paywall_notice_is_no_claim() -> None:
    a = analyse(PAYWALL, {"published": "2026-01-01", "language": "en"})
    assert not any("subscribers" in c.text for c in a.claims)
    assert any("identity cards" in c.text for c in a.claims)
