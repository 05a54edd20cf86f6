"""Bare dollars in a report set in a dollar country whose workers' homelands stand in one list (probe study-316): "from
Fiji, Samoa and Tonga" says where people come from, not where the report is set, and counts as one mention when the
report's home dollar is weighed. Every text is written for this test; people and firms are fictional (places are
real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-04", "language": "en"}

RELEASE = """Auckland orchard contractor fined $312,000 over seasonal workers

A labour contractor that supplied pickers to orchards near Auckland has been ordered to pay $312,000 after an
inspection found it had underpaid 31 seasonal workers.

The workers, who came from Fiji, Samoa, Tonga and Vanuatu, were paid $14 an hour for packing shifts in Auckland and
were charged $180 a week for beds in a shed.

Kowhai Labour Ltd did not respond to requests for comment.
"""


def test_bare_dollars_follow_the_setting_over_a_list_of_homelands() -> None:
    a = analyse(RELEASE, META)
    money = {m.text: m.currency for m in a.amounts if m.kind == "money"}
    assert money["$312,000"] == "NZD"
    assert {c for t, c in money.items() if t.startswith("$14") or t.startswith("$180")} == {"NZD"}
