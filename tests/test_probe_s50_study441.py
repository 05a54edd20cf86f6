"""Probes for the study of heldout441 (fiftieth session): the post and reply headers of a social network's group
or a board written in capitals ("POST by kite_9 · 4 May", "REPLY by kite_9 · 21:10") or as a plain "Post by kite_9"
with a dot, a bar or a board's ">>" before the date: each header opens a post that is its poster's, up to the next
header. People, firms, pages and outlets are invented; places are real."""

from __future__ import annotations

from labourlens.analyse.forum_posts import post_header
from probe_helpers import META, speakers_by_opening

META_PAGE = {**META, "outlet": "Penang Crew Corner"}

CAPS_THREAD = """Penang Crew Corner (group) · Public group · 3.1K members

POST by tide_walker21 · 12 May 2026 at 20:05
My agent in Butterworth keeps my passport in his safe and says I get it only when the season ends. I still owe him 4,000 ringgit for the visa.

  REPLY by Lina.Perai · 20:40
  My cousin worked at the same jetty. The supervisor there locked the dormitory gate from outside every night.

  REPLY by harbour_ops_HR · 21:02
  At Harbour Ops we never keep worker passports and our dormitory is never locked.

  COMMENT by tide_walker21 · 21:30
  We work from four in the morning until ten at night and the boss takes 300 ringgit a month for the mattress.
"""

BOARD_THREAD = """Klang Workers Board > Jobs > Factories

Post by glove_line_77 >> 2 March 2026, 22:10
The factory in Klang took our passports on the first day. Overtime is not paid and they cut 200 ringgit for the hostel.

Post by Rasa.Ipoh >> 3 March 2026, 07:45
Same in my factory. The manager said he will call immigration if we complain to the labour office.
"""


def test_a_header_in_capitals_names_its_poster() -> None:
    got = post_header("POST by tide_walker21 \u00b7 12 May 2026 at 20:05", True)
    assert got is not None and got[0] == "tide_walker21"


def test_a_reply_header_in_capitals_names_its_poster() -> None:
    got = post_header("  REPLY by Lina.Perai \u00b7 20:40", True)
    assert got is not None and got[0] == "Lina.Perai"


def test_a_plain_post_header_with_a_boards_arrows_names_its_poster() -> None:
    got = post_header("Post by glove_line_77 >> 2 March 2026, 22:10", True)
    assert got is not None and got[0] == "glove_line_77"


def test_the_opening_post_in_capitals_is_its_posters_account() -> None:
    got = speakers_by_opening(CAPS_THREAD, meta=META_PAGE)
    assert got["My agent in Butterworth keeps "] == ("tide_walker21", "named_person")


def test_a_reply_in_capitals_is_its_posters_account() -> None:
    got = speakers_by_opening(CAPS_THREAD, meta=META_PAGE)
    assert got["My cousin worked at the same j"][0] == "Lina.Perai"


def test_a_firms_reply_in_capitals_is_the_firms() -> None:
    got = speakers_by_opening(CAPS_THREAD, meta=META_PAGE)
    assert got["At Harbour Ops we never keep w"] == ("harbour_ops_HR", "organization")


def test_the_posters_second_post_in_capitals_is_hers_again() -> None:
    got = speakers_by_opening(CAPS_THREAD, meta=META_PAGE)
    assert got["We work from four in the morni"] == ("tide_walker21", "named_person")


def test_a_boards_first_post_under_arrows_is_its_posters() -> None:
    got = speakers_by_opening(BOARD_THREAD, meta={**META, "outlet": "Klang Workers Board"})
    assert got["The factory in Klang took our "] == ("glove_line_77", "named_person")


def test_a_boards_post_under_arrows_holds_to_the_next_sentence() -> None:
    got = speakers_by_opening(BOARD_THREAD, meta={**META, "outlet": "Klang Workers Board"})
    assert got["Overtime is not paid and they "] == ("glove_line_77", "named_person")
