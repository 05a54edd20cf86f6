"""Heat that a crowd, guests or a festival's visitors bear is the weather of a day out, not workers' conditions: the
heat-and-cold rule (``r3_heat_cold`` in ``knowledge/indicators.yaml``) does not fire beside them, and a report of a
seasonal workers' harvest day stays quiet."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-08", "language": "en"}

HARVEST_DAY = """MURRAY RIVER WEEKLY
Community | Sunday 8 March 2026

Choirs, a feast and sevens rugby: Pacific pickers host a harvest day in Mildura

By Tessa Lowe

Hundreds of people filled the riverfront lawns on Sunday for a harvest day organised by Tongan and Samoan seasonal \
workers from the vineyards around Mildura and Robinvale.

Workers from Tonga roasted pigs for the guests, Samoan packers led the hymns, and a side of pickers from Vanuatu won \
the sevens final against the local fire brigade.

"We are far from home for the whole season, so this day is for our families and for the town that hosts us," said \
Sione Fifita, a forklift driver who helped plan the day.

The council's deputy mayor called the day "a great thank-you" to the farm workforce. Several growers gave their crews \
the afternoon off so they could come.

The committee praised the helpers at the kids' corner, and the fire crew that handed water to the crowd in the \
38-degree heat.
"""


def test_a_crowd_in_the_heat_at_a_harvest_day_is_no_abuse() -> None:
    a = analyse(HARVEST_DAY, META)
    assert not {h.rule for c in a.claims for h in c.indicators}
    assert a.claims == []  # nothing else in it tells of abuse: the report stays quiet


def test_workers_in_the_heat_still_are() -> None:  # control: the rule still reads workers' heat
    text = ("The pickers said they worked ten-hour shifts in temperatures that reached 41 degrees, with no shade and one "
            "water tap for the whole crew.\n")
    assert "abusive_working_and_living_conditions" in {h.indicator for c in analyse(text, META).claims for h in c.indicators}
