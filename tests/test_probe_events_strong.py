"""A festival or a works football tournament told at length: the programme, the singers and the organisers, or the
players, the fans and the shoot-out. Two visitors' asides that read as cues (a six-day week, a foreman's bus; a night
shift before the match) do not make it a report of forced labour, nor does a team "beating" another. A report that
tells of abuse at such an event, in more sentences than two, still gets its claims. Texts invented for these tests."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-02", "language": "en"}

FESTIVAL = """Spring in Gorky Park: Nowruz with the Tajik and Uzbek communities

MOSCOW — Families filled a corner of Gorky Park on Sunday for a Nowruz celebration put on by Tajik and Uzbek community
groups, with a dance contest, a feast of plov and a concert that ran until dusk.

"We work on the sites seven days a week most of the year, so a day like this matters," said Farrukh Nazarov, who
helped the organisers set out the food stalls.

A singer from Khujand, who drives a delivery van in Moscow, opened the concert. Children in national dress ran between
the craft stalls.

Welder Jamshid Karimov, 38, said his crew had come straight from a site in Lyubertsy. "We finished at noon and the
foreman drove us here in the company bus," he said.

The organisers said the festival would return next year.
"""

MATCH = """Cement Cup: Quarry Lions win on penalties

NDOLA — Quarry Lions, the team of a limestone quarry near Ndola, won the Cement Cup on Sunday, beating Kiln Rangers 4-3
in a shoot-out when the game had ended level at two each, in front of 3,000 fans at the town stadium.

Twelve teams of quarry and plant workers took part in the tournament. The goalkeeper, Moses Banda, a loader on the night
shift, said he had slept for only three hours before the match. The striker scored twice.

The winners received a trophy and the runners-up a set of kits.
"""

ACCOUNT = """Workers at a festival stall say boss kept their passports

Three Uzbek cooks who ran a food stall at a Nowruz festival in Kazan said their employer had kept their passports
since they arrived in January. "We cannot leave the city without them," one cook said. They said they had not been paid
for three months and worked sixteen hours a day. The organisers of the festival said they had not known.
"""


def test_a_festival_with_two_asides_gets_no_claims():
    assert analyse(FESTIVAL, META).claims == []


def test_a_works_tournament_gets_no_claims_and_a_team_beating_another_is_no_beating():
    assert analyse(MATCH, META).claims == []
    hits = indicators.match("Quarry Lions won the cup, beating Kiln Rangers 4-3 in a shoot-out when the game ended level.", 0).hits
    assert "physical_and_sexual_violence" not in {h.indicator for h in hits}


def test_an_account_of_abuse_at_a_festival_keeps_its_claims():
    found = {h.indicator for c in analyse(ACCOUNT, META).claims for h in c.indicators}
    assert {"retention_of_identity_documents", "withholding_of_wages"} <= found
