"""Probes (session 40, from heldout396's speaker misses): a hearing record in the Philippine style writes a department's
undersecretary and assistant secretary short before the name in capitals ("USEC. ANA CRUZ:", "ASEC. LIM:"): the full
stop after the rank ends no sentence, the person speaks for the state (``official``), and the label shortened later
("USEC. CRUZ:") is the same person. A witness whose label gives
the post of president of an association or a federation ("MR. X (PRESIDENT, FEDERATION OF ...):") heads no state
body: not ``official``. Near misses: a senator stays as read, and a president of the state stays ``official``. Texts
written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_RECORD = """HOUSE OF REPRESENTATIVES
Committee on Overseas Workers: excerpt of hearing, 4 May 2026

THE CHAIR (REP. MARISOL TAN): The session is open.

MS. JOY RAMOS: I worked in Riyadh for two years. My employer kept my passport and I was never paid for the last six months.

THE CHAIR: The department has the floor.

{label}: Madam Chair, the department recorded 210 cases of unpaid salaries from Riyadh last year. We have blacklisted two foreign agencies.

MS. RAMOS: The Riyadh agency kept my passport from the day I landed.

{short}: Those recruits are reportedly unpaid for months and their passports are taken by the employers.
"""


def _kinds(label: str, short: str = "THE CHAIR") -> dict[str, str]:
    a = analyse(_RECORD.format(label=label, short=short), {})
    return {s.wording or "": s.kind for s in a.sources}


def test_an_abbreviated_undersecretary_is_official() -> None:
    kinds = _kinds("USEC. PEDRO VILLANUEVA")
    assert any("Villanueva" in w and k == "official" for w, k in kinds.items()), kinds
    kinds = _kinds("ASEC. PEDRO VILLANUEVA")
    assert any("Villanueva" in w and k == "official" for w, k in kinds.items()), kinds


def test_the_shortened_label_is_the_same_official() -> None:
    a = analyse(_RECORD.format(label="USEC. PEDRO VILLANUEVA", short="USEC. VILLANUEVA"), {})
    by_key = {s.key: s for s in a.sources}
    said = {c.text[:14]: by_key[c.source] for c in a.claims if c.source in by_key}
    first, later = said.get("USEC. PEDRO VI"), said.get("USEC. VILLANUE")
    assert first is not None and later is not None and first.key == later.key and first.kind == "official", said


def test_an_associations_president_is_no_official() -> None:
    kinds = _kinds("MR. PEDRO VILLANUEVA (PRESIDENT, FEDERATION OF MANPOWER AGENCIES)")
    assert any("Villanueva" in w for w in kinds), kinds
    assert all(k != "official" for w, k in kinds.items() if "Villanueva" in w), kinds


def test_near_misses_keep_their_kinds() -> None:
    kinds = _kinds("UNDERSECRETARY PEDRO VILLANUEVA")
    assert any("Villanueva" in w and k == "official" for w, k in kinds.items()), kinds
    kinds = _kinds("MR. PEDRO VILLANUEVA (SENIOR INSPECTOR, DEPARTMENT OF LABOR)")
    assert any("Villanueva" in w and k == "official" for w, k in kinds.items()), kinds
