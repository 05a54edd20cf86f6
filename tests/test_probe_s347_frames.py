"""Probes (s347): sentences that frame a page, not claims about workers: a pointer to a helpline for a worried reader,
the page's thanks, a bare "(Source: ...)" tag inside a paragraph, a judgment's citation line, a host's introduction
of guests. An officer called by short Irish police rank and surname
speaks as an official, and as the one officer named in full before. Near misses: a helpline worker's account, a
thanks that goes on to tell of abuse, a guest introduced with a beating. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.editorial_frames import editorial_frame
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rank_names import rank_name_kind


@pytest.mark.parametrize("text", [
    "If you think a neighbour is being exploited, ring the national modern slavery hotline.",
    "Anyone with concerns about a nail salon can contact the police on 101.",
    "We are grateful to the three families for their patience.",
    "(Source: The Harbour Gazette)",
    "Okafor v Linden Care Ltd and another, Employment Tribunal (Bristol), case no. 1400123/2025, judgment of 3 May 2026.",
    "I'm joined today by a nurse from Leeds and by Sam, who is 20 and picked flowers in Kent.",
])
def test_frames_are_no_claims(text: str) -> None:
    assert editorial_frame(text)


@pytest.mark.parametrize("text", [
    "The helpline took 40 calls from cleaners whose passports were kept by the agency.",
    "We are grateful to Li, who was beaten by the owner for asking for her wages.",
    "I'm joined by Sam, whose boss beat him and kept his passport for a year.",
])
def test_near_misses_are_no_frames(text: str) -> None:
    assert not editorial_frame(text)


def test_short_irish_ranks_are_officials() -> None:
    assert rank_name_kind("Det Gda Byrne") == "official"
    assert rank_name_kind("Gda Nolan") == "official"
    assert rank_name_kind("Detective Garda Aoife Byrne") == "official"


_STORY = """Limerick Courier

Boys made to sell flowers at traffic lights, court hears

Detective Garda Aoife Byrne told the court that three boys were made to sell flowers at junctions for twelve hours a
day and hand every euro to the accused.

"They were dropped at the lights at eight and collected at nine at night," Det Gda Byrne said. She said the boys were
beaten if they returned with under €60.
"""


def test_an_officer_called_by_short_rank_is_the_one_named_in_full() -> None:
    result = analyse(_STORY, {"outlet": "Limerick Courier"})
    byrne = [c for c in result.claims if "lights at eight" in c.text or "beaten" in c.text or "twelve hours" in c.text]
    assert len(byrne) >= 2
    kinds = {s.key: s.kind for s in result.sources}
    assert len({c.source for c in byrne}) == 1
    assert all(kinds[c.source] == "official" for c in byrne)
