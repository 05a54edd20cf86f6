"""Probes (session 39, from heldout389's speaker misses): posts whose header gives the poster with the post's date on
the same line. A group's "Post by Ana Reyes · 4 May at 21:10 · Manila" heads the author's own first-person post; a
comment under it, a name alone on a line over its text and a footer of the network's actions with the comment's
date ("Reply · 5 May"), is the commenter's; a board's "kite_9 (Member, 40 posts) · 4 May 2026, 21:02" heads the
poster's words up to the next header. Near misses: a plain byline over a date ("By Ana Reyes", then a date) keeps
the outlet's voice; a poster's line with no date keeps the older reading. Texts written for these tests; every name
is fictional."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

_GROUP = """Harbour Helpers Network (public group) · 12K members

Post by Ana Reyes · 4 May at 21:10 · Manila, Philippines

Good evening everyone. I have worked for my employer in Salmiya for nine months. She keeps my passport in her room and I have been paid for only three of those months. I cannot go out on my day off.

Comments (most relevant)

Lorna Diaz
Go to the embassy shelter. My employer also kept my salary for five months before the office helped me.
Reply · 5 May

Ana Reyes
Thank you po. Yesterday sir shouted at me and pushed me against the wall.
Reply · 5 May
"""

_BOARD = """Tarn Valley Forum › Workers abroad › Pay problems

Thread: Employer not paying, passport kept

kite_9 (Member, 40 posts) · 4 May 2026, 21:02

Hello all, I work as a welder with a small firm in Muscat. For five months the salary is coming half only. The site manager holds my passport since the first week.

reef_hand (Senior Member, 1,210 posts) · 4 May 2026, 22:15

Same happened to me at my old company. They took my passport and said I must pay 500 rials to leave.
"""

_BYLINE = """The Harbour Times

Maids left unpaid in Salmiya

By Ana Reyes
4 May 2026

Several domestic workers in Salmiya say their employers keep their passports. One woman said she had been paid for only three of nine months.
"""


_speakers = speakers_by_claim


_find = speaker_of


def test_a_group_post_by_a_named_member_with_its_date_is_hers() -> None:
    speakers = _speakers(_GROUP)
    assert _find(speakers, "keeps my passport") == ("Ana Reyes", "named_person")
    assert _find(speakers, "cannot go out") == ("Ana Reyes", "named_person")


def test_a_comment_over_a_dated_reply_footer_is_the_commenters() -> None:
    speakers = _speakers(_GROUP)
    assert _find(speakers, "kept my salary for five months") == ("Lorna Diaz", "named_person")
    assert _find(speakers, "pushed me against the wall") == ("Ana Reyes", "named_person")


def test_a_board_poster_with_rank_counts_and_date_speaks_for_the_post() -> None:
    speakers = _speakers(_BOARD)
    assert _find(speakers, "salary is coming half only")[0] == "kite_9"
    assert _find(speakers, "site manager holds my passport")[0] == "kite_9"
    assert _find(speakers, "must pay 500 rials")[0] == "reef_hand"


def test_a_byline_over_a_date_keeps_the_page_voice() -> None:
    speakers = _speakers(_BYLINE)
    assert all(v[0] != "Ana Reyes" for v in speakers.values())
