"""A board thread whose post headers give the handle, the date and time of posting and then the board's counts
("kestrel_4 | 3 Feb 2026, 18:20 | Posts: 12"): each post is its poster's, not the board's. Every text is written for
this test; boards, handles and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.forum_posts import post_header
from probe_helpers import speakers_by_opening

THREAD = """Northway Jobs Board > Abroad > Denmark
Topic: "Kestrel Crew Services" - is this agency fair? (Odense packing hall)

tomas_b | 3 Feb 2026, 18:20 | Posts: 12
Hello. Kestrel Crew Services is hiring migrant workers for a packing hall near Odense. Has anyone been there?

rosa.m | 3 Feb 2026, 19:05 | Posts: 230
I packed there last spring. The shift leader kept my passport in his drawer for the whole contract.

lev88 | 4 Feb 2026, 07:41 | Posts: 9
They charged us 90 euros a week for a bunk in a shared cabin and kept the last month of pay.
"""


def test_dated_header_with_counts_heads_a_post() -> None:
    assert post_header("rosa.m | 3 Feb 2026, 19:05 | Posts: 230", True) is not None
    assert post_header("lev88 | 4 Feb 2026, 07:41 | Posts: 9 | Joined 2021", True) is not None
    # near misses: a site's path, or a dated line with words after it, heads no post
    assert post_header("News | 4 Feb 2026 | Business", True) is None
    assert post_header("lev88 | 4 Feb 2026, 07:41 | Reported the agency", True) is None


def test_posts_are_their_posters() -> None:
    got = speakers_by_opening(THREAD, 25)
    assert got["The shift leader kept my "] == ("rosa.m", "named_person")
    assert got["They charged us 90 euros "] == ("lev88", "named_person")
