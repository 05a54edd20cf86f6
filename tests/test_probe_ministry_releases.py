"""A state body's own press release: its bare inspectors and its campaign speak as the body (the page's voice), and
an officer it names by a title of office is an official. Inspectors of another body keep their own source. Every
text is written for this test; the officer and the figures are fictional (places and the kind of body are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import OUTLET_KEY

META = {"published": "2025-04-10", "language": "en"}

RELEASE = """Kingdom of Bahrain
Ministry of Labour
Press Release

Manama, 9 April 2025

Inspection visits to construction camps in the Southern Governorate record 140 violations

The Ministry of Labour carried out inspection visits to 60 labour camps in the Southern Governorate between 1 and 7 April.

Inspectors said 30 workers at one camp had not received their wages for three months.

Inspectors further found four camps where the men were sleeping fourteen to a room without air conditioning.

The campaign found 22 workers whose passports were held by their employer.

The Director of Labour Inspection, Khalid Yousif Al Mannai, said nine employers now face charges in the courts.
"""


def _source(a, words):  # type: ignore[no-untyped-def]
    return next(c for c in a.claims if words in c.text).source


def test_own_inspectors_and_campaign_are_the_page() -> None:
    a = analyse(RELEASE, META)
    assert _source(a, "had not received their wages") == OUTLET_KEY
    assert _source(a, "fourteen to a room") == OUTLET_KEY
    assert _source(a, "passports were held") == OUTLET_KEY
    # inspectors on someone else's page keep their own source
    text = ("Gulf Courier\nWorkers unpaid at camps, ministry says\n\n"
            "Inspectors said 30 workers at one camp in Sitra had not received their wages for three months, "
            "according to the ministry.\n\n"
            "A worker at the camp said the men were sleeping fourteen to a room without air conditioning.\n")
    b = analyse(text, {**META, "outlet": "Gulf Courier"})
    assert _source(b, "had not received their wages") != OUTLET_KEY


def test_named_officer_of_the_body_is_official() -> None:
    a = analyse(RELEASE, META)
    src = a.source(_source(a, "face charges in the courts"))
    assert src is not None and src.kind == "official" and "Al Mannai" in (src.wording or "")
