"""Probes (session 40, from heldout400's speaker misses): a state body's press release with no outlet, whose head
names the body ("Press release" and "Harbour Inspection Unit, Keelung") and whose text tells of the body's own
inspectors, speaks in its own voice when it says "Inspectors found ..." or "The Unit found ...": the page's voice, not
a source apart. Near misses: a news story (an outlet, no release head) keeps its "Inspectors", and crew members who
told the inspectors something keep their own source. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker

_RELEASE = """PRESS RELEASE
Harbour Inspection Unit, Keelung
For immediate release - 4 March 2026

1. On 1 March 2026 inspectors of the Harbour Inspection Unit boarded the longliner Sea Finch 8 at the fishing port after a complaint from a crew member's family.

2. Inspectors saw that the captain held the passports of all 19 crew members in a locked drawer.

3. The Unit found that the crew were owed five months of wages.

4. Seven crew members said to inspectors that the bosun had beaten them.

Media contact: Press Office, Harbour Inspection Unit
"""

_NEWS = """Harbour Daily

Keelung, 4 March 2026 - Inspectors found that the captain of a longliner held the passports of all 19 crew members in a locked drawer, the port authority said on Monday.

Inspectors also reported that the crew were owed five months of wages.
"""

_META = {"published": "2026-03-04", "language": "en"}


def test_the_bodys_inspectors_are_its_own_voice() -> None:
    assert speaker(_RELEASE, "held the passports", _META)[2] == "OUTLET"
    assert speaker(_RELEASE, "owed five months of wages", _META)[2] == "OUTLET"


def test_crew_who_told_inspectors_keep_their_source() -> None:
    assert speaker(_RELEASE, "bosun had beaten them", _META)[2] != "OUTLET"


def test_a_news_story_keeps_its_inspectors() -> None:
    assert speaker(_NEWS, "owed five months of wages", {**_META, "outlet": "Harbour Daily"})[2] != "OUTLET"
