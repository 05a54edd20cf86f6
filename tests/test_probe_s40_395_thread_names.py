"""Probes (session 40, from heldout395's group thread): a network's "Post by <name> - <date> at <time>" heads the
author's post (a dash before the clock time, as the dot does); a commenter's name line may end on initials run
together ("Ravi K.P.") or on a group standing in brackets ("Asha Rai (Admin)"). Near miss: a plain name line keeps its
reading. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speaker

THREAD = """Post by Kiran Thapa - 9 June at 18:40

My brother sews at a plastics plant. His boss locked up his passport on day one.

Comments

Hari Lama
Mine too. The boss held my passport for a whole year.

Suresh B.K.
Some bosses are fine. Each of us holds his own passport at my plant.

Dipak Rai (Admin)
Please do not name the plant. A broker took my passport once too."""


def _who(frag: str) -> str:
    return speaker(THREAD, frag, {})[0] or ""


def test_post_by_with_a_dash_and_time_heads_the_post() -> None:
    assert _who("His boss locked up") == "Kiran Thapa"


def test_commenters_with_initials_or_a_standing() -> None:
    assert "Suresh" in _who("Each of us holds his own")
    assert "Dipak Rai" in _who("A broker took my passport")


def test_a_plain_name_line_keeps_its_reading() -> None:
    assert _who("The boss held my passport") == "Hari Lama"
