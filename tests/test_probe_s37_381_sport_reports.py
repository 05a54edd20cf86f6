"""A sports report is no report of abuse (a study of s37 on a held-out set; every text here is written for this test,
with fictional clubs and people): a cup won by "beating" a side, a goal from a free kick, a parent who "watched from
the stands", a mother "more nervous" than the players and a squad that "only received" new boots say nothing about
workers, even where the players come from migrant families. Near misses: a beating and unpaid wages in a story about
workers are still found."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

SPORT = (
    "RIVERSIDE SPORT\n\nHarbour Colts take the district cup\n\n"
    "Lakeport, 3 March 2026 - By Tomas Relling\n\n"
    "Harbour Colts won the under-15 District Cup on Saturday, beating Northfield Rovers 3-1 before a crowd of 900 at "
    "the town ground.\n\n"
    "The competition drew 18 teams from migrant community schools and farm clubs in the valley.\n\n"
    "Northfield scored first when their winger Ilan Dov bent a free kick into the top corner.\n\n"
    "\"We practised every night for a month,\" said captain Joel Marek, 14, whose parents moved to Lakeport from "
    "abroad. \"My mother watched from the stand. She told me she felt more nervous than I did.\"\n\n"
    "Coach Vera Halm said the team only received new boots in January, after a gift from a local shop.\n"
)


def test_sport_report_is_quiet() -> None:
    a = analyse(SPORT, {})
    assert a.claims == []


@pytest.mark.parametrize("text", [
    "Workers at the Norrby quarry said a foreman was beating men who missed their quota, and that wages had not "
    "been paid for three months.",
    "Two migrant workers at the Kestrel farm said guards kicked them and kept their passports.",
])
def test_abuse_still_found(text: str) -> None:
    a = analyse(text, {})
    assert any(c.indicators for c in a.claims)
