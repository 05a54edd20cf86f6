"""A travel piece near a border where workers are seen across the river holds the field's words and one stray cue (a
watchtower of the scenery), but tells of nothing done to anyone: no claims. A report on workers that uses a few
travel words still gets its claims. Texts invented for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}

TRAVEL = """Three days in Hunchun: a long weekend on the Tumen

By Ines Marlow | Travel

HUNCHUN, China - The promenade along the Tumen fills up on summer evenings. From the viewing platform at Fangchuan you
can see three countries at once, and on the Russian side a watchtower stands above the marsh, fenced off and empty.
A boat trip down the river costs 60 yuan and takes an hour. The boatman, who has run the route for a decade, points
out North Korean workers loading timber on the far bank.

Where to eat
The night market behind the bus station is the place for street food: lamb skewers, cold noodles and king crab from
the Russian ports, for about 150 yuan a kilo.

Getting there
Trains from Changchun take three hours. Guesthouses near the river start at 200 yuan; book ahead in August.
"""

REPORT = """North Korean waitresses kept in a riverside restaurant, sources say

A China-based source said the twelve women who serve tourists at a restaurant on the promenade in Hunchun have not
been paid for four months. "The manager keeps their passports in his office," the source said. The women are not
allowed to leave the building except in a group with a minder, a second source said, and sleep in the storeroom
behind the kitchen. Day trips from Changchun and boat trips on the river bring the restaurant most of its customers.
"""


def test_a_travel_feature_with_a_watchtower_in_the_view_gets_no_claims():
    a = analyse(TRAVEL, META)
    assert a.claims == []


def test_a_report_on_workers_with_some_travel_words_keeps_its_claims():
    a = analyse(REPORT, META)
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert {"withholding_of_wages", "retention_of_identity_documents"} <= found
