"""Wording of monitoring reports and think-tank papers: estimative verbs ("are assessed to"), what
imagery only suggests, a perception modal that is no hedge ("could be heard"), a short paper called a brief, a paper
that calls itself by the kind its heading numbers ("the brief" under "Policy Brief No. 3"), and sums printed as
Russian records print them (spaces between thousands, a comma before the kopecks)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, source_of


def _hedged(sentence: str) -> bool:
    a = analyse(LEAD + sentence + "\n", META)
    return next(c for c in a.claims if c.text.startswith(sentence[:25])).hedged


@pytest.mark.parametrize("sentence", [
    "Sawmills in Tver are assessed to have hired about two hundred migrant loggers last winter.",
    "Floodlight patterns suggest that the loggers worked past midnight on most nights.",
])
def test_estimative_wording_is_hedged(sentence: str) -> None:
    assert _hedged(sentence)


def test_what_could_be_heard_is_no_hedge() -> None:
    assert not _hedged("Neighbours said the saws could be heard until two in the morning and the loggers were never paid.")


def test_a_brief_published_by_a_body_is_a_document() -> None:
    text = LEAD + "A policy brief published by a university in Perm estimates that 300 loggers sleep in the mill sheds.\n"
    src = source_of(analyse(text, META), "300 loggers")
    assert src.kind == "document" and "brief" in (src.wording or "").lower()


BRIEF = """NORTHERN FORESTS INSTITUTE
Policy Brief No. 3 | March 2025 | Labour Programme

Behind the sawmills: migrant loggers in Tver Oblast

- The brief estimates that about 300 loggers sleep in the mill sheds at two sites.
- Guards appear to keep the loggers locked inside the sheds at night.

A former logger said his wages were held back for four months.

The brief found armed guards posted at the gate of the third site.
"""


def test_the_brief_under_its_own_numbered_heading_is_the_page() -> None:
    a = analyse(BRIEF, {"published": "2025-03-10", "language": "en"})
    own = {source_of(a, frag).key for frag in ("300 loggers", "locked inside the sheds", "armed guards posted")}
    assert len(own) == 1
    assert source_of(a, "wages were held back").key not in own


def test_spaced_thousands_with_decimal_comma() -> None:
    text = LEAD + "The initial contract price was 3 470 150,00 RUB and the security deposit 34 701,50 RUB.\n"
    values = sorted(m.value for m in analyse(text, META).amounts)
    assert values == [34701.5, 3470150.0]
