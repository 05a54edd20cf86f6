"""(s404) A first-person testimony under a note that names its teller, describes the teller's trade and route in a
sentence or two, and only then says to whom the story was told: every sentence of the account is the teller's."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_TESTIMONY = """HARBOUR LETTERS - Told by crews

Grace Okafor, 41, is a welder from Port Harcourt. She spent two years on a dredger working the river mouths of
the delta and the coast of Cameroon, under a contractor based in Lagos. She told her story to Harbour Letters in May.

I paid the contractor 400,000 naira before I boarded. They kept my passport in the office safe. I worked fourteen
hours a day and my wages were always late.
"""

_NEAR_MISS = """Grace Okafor, 41, is a welder from Port Harcourt. She spent two years on a dredger working the river mouths
of the delta and the coast of Cameroon, under a contractor based in Lagos, and a great many other places besides that
she could no longer remember when we met her at the union hall last spring. She told her story to Harbour Letters in May.

The contractor kept the crew's passports in the office safe, the union said.
"""


def _speakers(text: str, outlet: str) -> list[tuple[str | None, str]]:
    a = analyse(text, {"language": "en", "outlet": outlet})
    by_key = {s.key: s for s in a.sources}
    return [(by_key[c.source].canonical or by_key[c.source].wording, c.text) for c in a.claims]


def test_account_after_a_long_note_is_the_tellers() -> None:
    said = _speakers(_TESTIMONY, "Harbour Letters")
    mine = [who for who, text in said if text.startswith(("I paid", "They kept", "I worked"))]
    assert mine and all(who == "Grace Okafor" for who in mine)


def test_a_third_person_report_keeps_its_speaker() -> None:
    said = _speakers(_NEAR_MISS, "Harbour Letters")
    assert all(who != "Grace Okafor" for who, text in said if "union said" in text)
