"""A letter an outlet prints in full between rule lines (probe study307): its numbered points are the letter's own
instructions (kind ``document``, worded as the article names it), not the outlet's reporting, and the line that says
the letter is printed below is no claim. Every text is written for this test; people, bodies and firms are fictional
(places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import claim_rows

META = {"published": "2025-09-14", "language": "en"}

ARTICLE = """A directive for the lyceums

Talas Herald | 14 September 2025

The Talas Herald has seen a directive addressed to the rectors of technical lyceums in Talas region, issued as the apple picking began. A teacher passed us a copy and asked us not to name her. We reproduce it in full.

---

REGIONAL DEPARTMENT OF EDUCATION, TALAS

On the apple picking

1. Every lyceum is to provide at least 35 students for the orchards each day until the picking ends.
2. Students are to surrender their passports to the lyceum rector until the picking is over.
3. Any student who misses a day of picking will be expelled.

---

The teacher said the passports of all her students were taken from them on the second day.
"""

PLAIN = """A directive for the lyceums

Talas Herald | 14 September 2025

Regional officials in Talas told lyceums to send students to the apple picking, teachers said.

1. Every lyceum is to provide at least 35 students for the orchards each day until the picking ends.
2. Students are to surrender their passports to the lyceum rector until the picking is over.
"""


def test_points_of_a_letter_printed_in_full_speak_as_the_letter() -> None:
    a = analyse(ARTICLE, META)
    for words in ("surrender their passports", "will be expelled"):
        c = next(c for c in a.claims if words in c.text)
        s = a.source(c.source)
        assert s is not None and s.kind == "document" and (s.wording or "").startswith("a directive addressed to the rectors")
    rows = claim_rows(ARTICLE, META)
    assert not any("reproduce it in full" in r[0] for r in rows)


def test_points_without_rule_lines_keep_their_reading() -> None:
    assert not any(r[3] == "document" for r in claim_rows(PLAIN, META))
