"""Probes (session 37, from heldout382's study): a social network's group post under "Post by" and the author's name,
over the line of the post's date, is the author's; the network's counts line over the comments ("12 reactions · 5
comments") opens the comment section, so a name alone on its line over a comment is the commenter's. Near misses: a
blog's "Posted by" over a date stays the page's byline, and a counts line without comments opens no section. Every
text is written for this test; people and firms are fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

THREAD = """Kabayan Carers Osaka (Public group)

Post by Liza Ramos
3 May 2026 · Sakai

Hello all. My employer keeps my residence card in his car and gives me no rest day.

12 reactions · 5 comments

Nora Aquino
Same here in Kobe, my agency took my passport at the airport.

Brightway Staffing Kansai
Good evening, please send us a message. Our agency does not let employers hold the passports of workers.
"""


def test_the_post_is_its_author_s() -> None:
    wording, kind, _ = speaker(THREAD, "residence card in his car")
    assert wording == "Liza Ramos" and kind == "named_person"


def test_a_comment_under_the_counts_line_is_its_commenter_s() -> None:
    wording, kind, _ = speaker(THREAD, "took my passport at the airport")
    assert wording == "Nora Aquino" and kind == "named_person"


def test_a_firm_s_page_commenting_is_the_firm() -> None:
    wording, kind, _ = speaker(THREAD, "does not let employers")
    assert wording == "Brightway Staffing Kansai" and kind == "organization"


def test_a_blog_s_posted_by_stays_a_byline() -> None:
    text = ("Posted by Liza Ramos\n3 May 2026 · Sakai\n\n" + LEAD + "The carers said their employers kept their "
            "passports in a locked drawer and paid them nothing for three months.")
    wording, kind, _ = speaker(text, "kept their passports")
    assert kind != "named_person" or wording != "Liza Ramos"


def test_counts_without_comments_open_no_section() -> None:
    text = ("Carers in Sakai say their employers keep their passports.\n\n12 reactions · 4 shares\n\nNora Aquino\n"
            "Somebody at the agency took my passport at the airport.")
    wording, _, _ = speaker(text, "took my passport at the airport")
    assert wording != "Nora Aquino"
