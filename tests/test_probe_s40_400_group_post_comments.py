"""Probes (session 40, from heldout400's speaker misses): a social network group's page headed "<group> (public
group) \u2014 post by <name>" is that person's post (the first-person lines below are hers, not the page's), and in its
comment section a commenter's label with a town in brackets ("tito_rudy (Yeosu): ...") or a full name ("Grace Tan:
...") opens that commenter's comment. Near miss: a group page with no poster named in its head keeps its lines as
they were. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker

_THREAD = """Kabayan Fishers Busan (public group) \u2014 post by Marlon Reyes
Posted 3 March 2026

Good evening po. I work on a crab boat near Geoje. My captain is keeping my passport in his car since November. My wages for January and February are not paid. I am scared that the captain will fire me if I complain. 12 likes

Comments

Grace Tan: That is not legal. Call the migrant centre.

tito_rudy (Yeosu): Same before. My boss made us work 18 hours in the season and never paid overtime.

Marlon Reyes: Thank you all. We are also six in one small room with no heating.
"""

_META = {"published": "2026-03-03", "language": "en"}


def test_the_group_post_is_the_posters() -> None:
    assert speaker(_THREAD, "keeping my passport", _META)[:2] == ("Marlon Reyes", "named_person")
    assert speaker(_THREAD, "will fire me", _META)[:2] == ("Marlon Reyes", "named_person")


def test_comment_labels_with_a_town_or_a_full_name() -> None:
    assert speaker(_THREAD, "work 18 hours", _META)[:2] == ("tito_rudy", "named_person")
    assert speaker(_THREAD, "six in one small room", _META)[0] == "Marlon Reyes"


def test_a_group_page_without_a_poster_in_its_head() -> None:
    text = _THREAD.replace(" \u2014 post by Marlon Reyes", "")
    assert speaker(text, "keeping my passport", _META)[0] != "Marlon Reyes"
