"""(s404) A what's-on page: several dated events, each with a day and an hour, in which a date range with an evening
hour, a voucher or a shuttle reads as a cue. Such a page tells of nothing done to anyone."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_LISTING = """EVENTS FOR SEAFARERS - March 2031
Compiled by the Harbourside Welfare Circle

Christmas Fair, North Quay
Saturday 7 March, 2 p.m. to 9 p.m., North Quay hall
Food stalls, a brass band and games run by Filipino and Indonesian crew families who live in town, and free phone cards for crews on ships at anchor. Entry free.

Advent evenings, Pier 4
Nightly from 9 to 15 March, 9 p.m., Pier 4 seafarers' chapel, Hull, Hull
The week of carols in the Polish tradition, with a feast and hot soup after the service. All welcome.

Football afternoon
Sunday 15 March, 3 p.m., Riverside ground
Five-a-side games for seafarers in port, with fireworks afterwards. Tickets 5 euros; seafarers on vessels in port go free with a meal voucher from their agency.

Helpers wanted
We need drivers to run the shuttle between the quay and the hall on fair nights.
"""

_ACCOUNT = """Dock workers at North Quay said they worked from 6 to 14 March until 11 p.m. without a day off.
Their passports were taken by the agent and they were paid in meal vouchers instead of wages.
"They locked us in the dormitory," one said. The festival went ahead next door with fireworks and music."""


def test_listing_of_dated_events_is_quiet() -> None:
    assert analyse(_LISTING, {"language": "en"}).claims == []


def test_account_of_abuse_beside_a_festival_keeps_its_claims() -> None:
    assert analyse(_ACCOUNT, {"language": "en"}).claims
