"""Study s42 of a held-out set: a committee record in capital labels (written for this test; people and bodies are
fictional):

- a post in capitals that is never given a name ("DEPUTY MINISTER:") speaks as the post, an ``official``;
- a titled name in capitals with a trade body in brackets ("MR TAN HOCK SENG (Ceramic Tile Makers' Council)") is that
  person, a ``named_person``, for every sentence of the turn.
Near miss: the chair's own label stays the chair's."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

RECORD = """SELECT COMMITTEE ON LABOUR MIGRATION
Hearing on conditions in tile factories, extract from the unrevised record

CHAIR: We resume. I call Mr Lim.

LIM BOON HUAT: Thank you, Chair. Workers from two tile factories in Klang told my office that their passports are kept by the managers.

DEPUTY MINISTER: Chair, I thank the member. Our inspectors found no case in which workers were locked in their hostels last year.

MR TAN HOCK SENG (Ceramic Tile Makers' Council): Chair, our members do not keep passports. We reject the claim that workers are confined.

MS ROSE DAVID (Klang Migrant Workers' Network): Thank you, Chair. Workers told us their wages were held back for three months.

CHAIR: We adjourn.
"""


def _speakers() -> dict[str, tuple[str | None, str | None]]:
    a = analyse(RECORD, {"published": "2026-01-01", "language": "en"})
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text[:30]] = (s.wording if s else None, s.kind if s else None)
    return out


def test_unnamed_post_speaks_as_official() -> None:
    got = _speakers()
    key = next(k for k in got if k.startswith("Our inspectors"))
    assert got[key] == ("Deputy Minister", "official")


def test_titled_name_for_trade_body() -> None:
    got = _speakers()
    key = next(k for k in got if k.startswith("Chair, our members") or k.startswith("MR TAN"))
    assert got[key][1] == "named_person" and "Tan Hock Seng" in (got[key][0] or "")
    key = next(k for k in got if k.startswith("We reject"))
    assert got[key][1] == "named_person"
