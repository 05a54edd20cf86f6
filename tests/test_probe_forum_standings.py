"""A board thread whose post headers carry the poster's handle, a graded standing and counts ("kite_9 · Senior Member
· Posts: 210"): each post is its poster's, a handle ending in a department's letters ("_HR") is the firm's account,
and someone the poster met in casual words ("a guy at the depot told me ...") speaks for himself. Every text is
written for this test; people, handles and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.forum_posts import body_account, post_header
from probe_helpers import speakers_by_opening

THREAD = """Sawmill on the Bikin road, what is going on there?

Thread started by taiga_fox · 3 Mar 2026 · 812 views · 9 replies

taiga_fox · Member · Posts: 77

Passed the Larchwood sawmill on Sunday. Razor wire on top of the new hostel fence. A guy at the bus depot told me about 90 foreign loggers are kept in the yard. He said the loggers stay until dawn when a shipment is due.

Reply · Quote · Like (4) · Report

boreal_ken · Senior Member · Posts: 3,402

I deliver diesel there. The loggers have not been paid since January and the foreman holds their passports.

Reply · Quote · Like (9) · Report

Larchwood_HR · New Member · Posts: 2

All our loggers are local residents with written contracts.
"""


def test_graded_standing_with_counts_heads_a_post() -> None:
    assert post_header("boreal_ken · Senior Member · Posts: 3,402", True) == ("boreal_ken", 41)
    assert post_header("taiga_fox · Member · Posts: 77 · Joined 2019", True) is not None
    assert post_header("Larchwood_HR · New Member · Posts: 2", True) is not None


def test_handle_of_a_department_is_a_body_account() -> None:
    assert body_account("Larchwood_HR · New Member · Posts: 2", "Larchwood_HR")
    assert not body_account("boreal_ken · Member", "boreal_ken")


def test_posts_are_their_posters() -> None:
    got = speakers_by_opening(THREAD, 25)
    assert got["Razor wire on top of the "] == ("taiga_fox", "named_person")
    assert got["The loggers have not been"] == ("boreal_ken", "named_person")
    assert got["All our loggers are local"] == ("Larchwood_HR", "organization")


def test_a_guy_who_told_the_poster_speaks_for_himself() -> None:
    got = speakers_by_opening(THREAD, 25)
    assert got["A guy at the bus depot to"] == ("A guy at the bus depot", "anonymous_source")
    assert got["He said the loggers stay "] == ("A guy at the bus depot", "anonymous_source")
