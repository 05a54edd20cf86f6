"""A board's posts headed by their number or as the opening post and the poster's handle ("Reply #4 by X:",
"Original post by X:"): the lines under the header are the poster's. A name in a header of that shape is a
byline, not a handle. Texts written for these tests; names and figures are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.pipeline import analyse

THREAD = """Tile Trade Board > Gulf > Subcontractors
Thread: Has anyone inspected the labour camp near the Jebel Ali yard? (9 replies)

Original post by grout_master_21:
We are bidding for a flooring job in Dubai and the main contractor uses crews from a camp near the yard. Has anyone been there?

Reply #1 by kiln_rashid:
I went last winter to check a delivery. Twenty men slept in one container and the supervisor kept all their passports in his office.

Reply #2 by tess.builds:
I have toured two camps run by that firm and nobody I spoke to complained. The men are free to go to town on Fridays.

Reply #3 by grout_master_21:
Thanks. We pay about 18 dirhams a square metre, so the price is tight anyway.
"""


@pytest.mark.parametrize(("line", "user"), [
    ("Reply #1 by kiln_rashid:", "kiln_rashid"),
    ("Post 12 by tess.builds", "tess.builds"),
    ("Original post by grout_master_21:", "grout_master_21"),
    ("Opening post by ferro_99", "ferro_99"),
])
def test_numbered_and_opening_post_headers(line: str, user: str) -> None:
    found = post_header(line)
    assert found is not None and found[0] == user


@pytest.mark.parametrize("line", [
    "Reply #2 by Maria Okafor, our trade correspondent",  # a byline under a reply's heading
    "The first post by the ministry came a week later.",
    "Post 3 by the union was deleted.",
])
def test_bylines_and_prose_are_no_headers(line: str) -> None:
    assert post_header(line) is None


def test_replies_speak_for_their_posters() -> None:
    a = analyse(THREAD, {"published": "2026-03-02", "language": "en"})
    src = {s.key: s for s in a.sources}
    by_start = {c.text.split()[0] + " " + c.text.split()[1]: src[c.source] for c in a.claims}
    assert by_start["Twenty men"].wording == "kiln_rashid"
    assert by_start["The men"].wording == "tess.builds"
    assert by_start["The men"].kind == "named_person"
