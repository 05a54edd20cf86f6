"""Two speaker readings: "Whoever says no ..." opens a rule about anyone at all, not a speaker (analyse/mentions.py),
so a transcript's labelled line and a trailing "she said" keep their speakers; and a two-word name ending in a
staffing word of Central Europe ("Novak Personal", "Odra Personnel") is a firm (knowledge/organisations.yaml). Texts
written for this test; the plant, agency and people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-05-20", "language": "en"}

_TEXT = """REPORTER: Workers at the Velta cable plant near Brno are hired through an agency, Novak Personal. A welder who
kept his name out of it said he paid 7,000 dollars in Hanoi for the job.

WELDER (voice of interpreter): They keep our residence cards in the office and we never see them.

WOMAN (through an interpreter): Whoever says he cannot come on a Sunday loses his place on the bus home.

Whoever says he is sick loses a day of pay, she said.

REPORTER: Novak Personal rejected the accusations."""


def _speakers() -> dict[str, tuple[str | None, str]]:
    a = analyse(_TEXT, _META)
    sources = {s.key: s for s in a.sources}
    out = {}
    for c in a.claims:
        s = sources.get(c.source)
        out[c.text] = (s.wording if s else None, s.kind if s else "outlet")
    return out


def test_whoever_is_no_speaker() -> None:
    got = _speakers()
    assert all((w or "").lower() != "whoever" for w, _ in got.values())
    line = next(v for k, v in got.items() if k.startswith("WOMAN"))
    assert line[1] == "anonymous_source"
    trailing = next(v for k, v in got.items() if "loses a day of pay" in k)
    assert trailing == line


def test_a_staffing_agency_name_is_a_firm() -> None:
    got = _speakers()
    denial = next(v for k, v in got.items() if "rejected the accusations" in k)
    assert denial == ("Novak Personal", "organization")
