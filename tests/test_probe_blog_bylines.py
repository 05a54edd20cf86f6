"""A blog's byline "Posted by <given name> <surname> on <date>" names the writer of the page, not a forum handle,
also when the surname carries accents or is double-barrelled ("Benítez", "Ruiz-Soto"): the page's sentences are then
not all the poster's, and what it cites keeps its own speaker (probe 313). Every text is written for this test;
people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.forum_posts import post_header


@pytest.mark.parametrize("line", [
    "Posted by Ana Ruiz-Soto on 3 May 2026 | 2 comments",
    "Posted by Irene Gálvez on 9 March 2026",
    "Posted by Tomás Ibáñez-Luna on 1 June 2026",
])
def test_byline_is_no_forum_header(line: str) -> None:
    assert post_header(line) is None


def test_handle_is_still_a_forum_header() -> None:
    assert post_header("Posted by dock_worker77 on 3 May 2026") is not None

