"""Probes (session 41, from heldout411's case summary and committee record): a desk's summary of cases names each worker
by her home town before the role ("The Embu worker", "The Meru worker"): each is her own source, and a "she" after a
sentence opened by a new such worker is that worker; a case's "Status:" line is no speaker. A witness list that gives a
ministry whose name holds commas ("Director, Ministry of Labour, Youth and Sports") makes its officer an official.
Near misses: the same worker named twice stays one source; a list line of a group's head keeps its reading. Texts
written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import speaker

CASES = """RIVERSIDE MIGRANT HELP DESK
Case notes, first half of 2026

Case 1 (RM-26-01). Woman, 29, Nyeri. Employed with a family in Doha from May 2024. The Nyeri worker reports that her
employer kept her passport and paid her nothing for five months. Status: open.

Case 2 (RM-26-02). Woman, 33, Embu. Employed in Kuwait. The Embu worker reports that she worked nineteen hours a day
and was beaten by the employer. Status: open.

Case 3 (RM-26-03). Woman, 26, Meru. Employed in Jeddah. The Meru worker escaped after six months and now stays at a
shelter. She reports that the agency told her she owed 2,000 riyals for her visa. Status: awaiting return.
"""

HEARING = """Select Committee on Overseas Employment
Record of the sitting of 4 March 2026

Witnesses: Ms. Grace Achieng, Director, Ministry of Labour, Youth and Sports; Mr. Paul Odoi, Chairman, Guild of Licensed
Placement Agencies.

MS ACHIENG: Since June the ministry has logged 300 complaints of unpaid wages from workers in Qatar.

MR ODOI: Our member agencies never hold anyone's passport and charge no fees to workers.
"""


def _key(a: object, words: str) -> str:
    return next(c.source for c in a.claims if words in c.text)  # type: ignore[attr-defined]


def test_workers_named_by_home_town_are_told_apart() -> None:
    a = analyse(CASES, {})
    first, second, third = (_key(a, w) for w in ("kept her passport", "nineteen hours", "owed 2,000 riyals"))
    assert len({first, second, third}) == 3
    assert "Meru" in (a.source(third).wording or "")


def test_a_status_line_is_no_speaker() -> None:
    a = analyse(CASES, {})
    assert not any((s.wording or "").lower().startswith("status") for s in a.sources)


def test_a_ministry_name_with_commas_makes_an_official() -> None:
    assert speaker(HEARING, "300 complaints", {})[1] == "official"


def test_near_misses() -> None:
    again = CASES.replace("She reports that the agency", "The Embu worker also reports that the agency")
    a = analyse(again, {})
    assert _key(a, "nineteen hours") == _key(a, "owed 2,000 riyals")
    assert speaker(HEARING, "charge no fees", {})[1] == "organization"
